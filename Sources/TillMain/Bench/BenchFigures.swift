import TerminalUI

/// Small arithmetic for `till bench ui`: order statistics of nanosecond samples and their text.
enum BenchFigures {
    static func median(_ samples: [Int64]) -> Int64 {
        percentile(samples, 0.5)
    }

    /// The nearest-rank percentile (`fraction` in 0...1); 0 without samples.
    static func percentile(_ samples: [Int64], _ fraction: Double) -> Int64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// Nanoseconds as milliseconds with two decimals.
    static func ms(_ nanoseconds: Int64) -> String {
        decimal(nanoseconds / 10_000, places: 2)
    }

    /// KiB as MiB with one decimal.
    static func mebibytes(kib: Int) -> String {
        decimal(Int64(kib) * 10 / 1024, places: 1)
    }

    private static func decimal(_ scaled: Int64, places: Int) -> String {
        var divisor: Int64 = 1
        for _ in 0..<places { divisor *= 10 }
        let fraction = String(scaled % divisor)
        return "\(scaled / divisor)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A 24-digit Alipay-shaped buyer code (prefix 28), different for every burst and every run
    /// so the scanner's repeat rule never drops one.
    static func burstCode(_ burst: Int) -> String {
        let seed = UInt64(truncatingIfNeeded: TraceRecordClock.seed) % 1_000_000_000_000
        let number = String(seed * 1000 + UInt64(burst % 1000))
        return "28" + String(repeating: "0", count: 22 - number.count) + number
    }
}

/// A per-run seed taken once from the clock.
private enum TraceRecordClock {
    static let seed = TraceRecord.now()
}
