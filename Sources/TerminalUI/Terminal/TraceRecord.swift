#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of the timing trace `EventTrace` writes, read back by `till bench ui`.
public struct TraceRecord: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A key was read.
        case key
        /// A frame was painted (the terminal's output for it written).
        case frame
        /// The scanner detector decided a burst was a payment code.
        case scan
        /// The scanner detector dropped a burst.
        case discard
    }

    public let kind: Kind
    /// CLOCK_MONOTONIC, in nanoseconds.
    public let time: Int64
    /// For frames: the screen shown (`amount`, `payment`, ...).
    public let screen: String?
    /// For frames: the amount field's text, empty when the field is.
    public let amount: String?
    /// For scans and discards: how many there have been.
    public let count: Int?

    public init(kind: Kind, time: Int64, screen: String? = nil, amount: String? = nil, count: Int? = nil) {
        self.kind = kind
        self.time = time
        self.screen = screen
        self.amount = amount
        self.count = count
    }

    /// Parses a line such as `frame 123 amount 7` or `scan 456 2`; nil for anything else.
    public init?(line: Substring) {
        let words = line.split(separator: " ")
        guard words.count >= 2, let kind = Kind(rawValue: String(words[0])), let time = Int64(words[1]) else {
            return nil
        }
        switch kind {
        case .key:
            self.init(kind: kind, time: time)
        case .frame:
            guard words.count == 4 else { return nil }
            self.init(kind: kind, time: time, screen: String(words[2]), amount: words[3] == "-" ? "" : String(words[3]))
        case .scan, .discard:
            guard words.count == 3, let count = Int(words[2]) else { return nil }
            self.init(kind: kind, time: time, count: count)
        }
    }

    /// The line for this record (the inverse of `init(line:)`).
    public var line: String {
        switch kind {
        case .key: "key \(time)"
        case .frame: "frame \(time) \(screen ?? "-") \(amount.flatMap { $0.isEmpty ? nil : $0 } ?? "-")"
        case .scan, .discard: "\(kind.rawValue) \(time) \(count ?? 0)"
        }
    }

    /// The monotonic clock in nanoseconds: the same clock in Till and in the benchmark.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// `VmRSS` of a `/proc/PID/status` text, in KiB.
    public static func residentKiB(procStatus: String) -> Int? {
        for line in procStatus.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 3, words[2] == "kB" else { return nil }
            return Int(words[1])
        }
        return nil
    }
}
