import ArgumentParser
import Foundation
import TerminalUI

/// `till bench ui`: the counter screen's speed as a cashier meets it, measured on the real binary
/// in a pseudo-terminal (80×24, TERM=xterm-256color, demo mode in empty temporary folders).
struct UIBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Start-up, key-to-frame, scanner bursts and idle memory of the counter screen (build with -c release).")

    @Option(help: "Starts timed for the start-to-first-frame figure.")
    var starts = 10

    @Option(help: "Keys timed per kind (digit, non-digit).")
    var keys = 100

    @Option(help: "24-digit scanner bursts sent.")
    var bursts = 20

    @Option(help: "Gap between a burst's keys, in milliseconds.")
    var burstGap = 2

    @Option(help: "Seconds left idle before the memory is read.")
    var idleSeconds = 3

    @Option(help: "The till binary to measure (this one by default).")
    var binary: String?

    func run() throws {
        let program = binary ?? Self.ownPath()
        print("till bench ui: \(program), 80×24, TERM=xterm-256color, demo mode")
        try measureStarts(program)
        let session = try PtySession(binary: program, arguments: Self.arguments)
        defer { session.stop() }
        guard session.pump(timeout: 10, until: { $0.contains { $0.kind == .frame } }) else {
            throw CLIError("till drew no frame within 10 s; run it by hand to see why", exitCode: 1)
        }
        session.pump(timeout: 0.5)
        measureKeys(session)
        try measureBursts(session)
        session.pump(timeout: Double(idleSeconds))
        let rss = session.residentKiB().map { BenchFigures.mebibytes(kib: $0) } ?? "unknown"
        print("idle RSS after \(idleSeconds) s:        \(rss) MiB (target ≤ 40)")
    }

    /// A shift opened at start, so every start draws the amount screen, not the shift prompt.
    static let arguments = ["ui", "--cashier", "Bench"]

    /// The `till` front door beside this `till-main`, as a cashier starts it (the hand-over counts);
    /// this binary itself when there is none.
    private static func ownPath() -> String {
        let main = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let frontDoor = URL(fileURLWithPath: main).deletingLastPathComponent().appendingPathComponent("till").path
        return FileManager.default.isExecutableFile(atPath: frontDoor) ? frontDoor : main
    }

    private func measureStarts(_ program: String) throws {
        var times: [Int64] = []
        for _ in 0..<starts {
            let session = try PtySession(binary: program, arguments: Self.arguments)
            defer { session.stop() }
            guard session.pump(timeout: 10, until: { $0.contains { $0.kind == .frame } }),
                let frame = session.records.first(where: { $0.kind == .frame })
            else {
                throw CLIError("till drew no frame within 10 s of starting", exitCode: 1)
            }
            times.append(frame.time - session.startedAt)
        }
        print(
            "start to first frame:          median \(BenchFigures.ms(BenchFigures.median(times))) ms, "
                + "max \(BenchFigures.ms(times.max() ?? 0)) ms over \(starts) starts (target ≤ 50)")
    }

    /// A digit then Backspace, `keys` times: each must be painted before the next is sent.
    private func measureKeys(_ session: PtySession) {
        var digits: [Int64] = []
        var others: [Int64] = []
        var lost = 0
        for _ in 0..<keys {
            for (key, isDigit) in [([UInt8(ascii: "7")], true), ([UInt8(0x7F)], false)] {
                let from = session.records.count
                let sent = session.send(key)
                let isFrame: (TraceRecord) -> Bool = { $0.kind == .frame && $0.time >= sent }
                let painted = session.pump(timeout: 1) { $0[from...].contains(where: isFrame) }
                if painted, let frame = session.records[from...].first(where: isFrame) {
                    if isDigit { digits.append(frame.time - sent) } else { others.append(frame.time - sent) }
                } else {
                    lost += 1
                }
                // Past the scanner's gap threshold, so the next key starts afresh.
                session.pump(timeout: 0.07)
            }
        }
        for (label, times) in [("digit", digits), ("non-digit", others)] {
            let name = "key to frame (\(label)):".padding(toLength: 31, withPad: " ", startingAt: 0)
            print(
                "\(name)median \(BenchFigures.ms(BenchFigures.median(times))) ms, "
                    + "p99 \(BenchFigures.ms(BenchFigures.percentile(times, 0.99))) ms, "
                    + "max \(BenchFigures.ms(times.max() ?? 0)) ms over \(times.count) keys (target p99 ≤ 2)")
        }
        if lost > 0 { print("keys never painted within 1 s: \(lost)") }
    }

    /// Bursts of 24 digits (distinct Alipay-shaped codes) at `burstGap` ms, then Enter; then
    /// Esc twice, after which the amount screen must be back with an empty amount.
    private func measureBursts(_ session: PtySession) throws {
        var dropped = 0
        var misrouted = 0
        var notBack = 0
        var stalled = 0
        for burst in 0..<bursts {
            let scansBefore = session.records.last { $0.kind == .scan }?.count ?? 0
            let startIndex = session.records.count
            let widestGap = sendBurst(BenchFigures.burstCode(burst), to: session)
            let scanned = session.pump(timeout: 1) { records in
                records.contains { $0.kind == .scan && ($0.count ?? 0) > scansBefore }
            }
            session.pump(timeout: 0.2)
            let landed = session.records[startIndex...].contains { $0.kind == .frame && $0.amount != "" }
            // A gap past the scanner threshold is no scanner's burst: this machine stalled the
            // sender. Such bursts are counted apart, not blamed on Till.
            if widestGap >= Self.scannerGapThreshold {
                stalled += 1
            } else {
                if !scanned { dropped += 1 }
                if landed { misrouted += 1 }
            }
            for _ in 0..<2 {
                session.send([0x1B])
                session.pump(timeout: 0.15)
            }
            session.pump(timeout: 0.3)
            let last = session.records.last { $0.kind == .frame }
            if last?.screen != "amount" || last?.amount != "" { notBack += 1 }
        }
        print(
            "\(bursts) bursts of 24 digits at \(burstGap) ms + Enter: dropped \(dropped), misrouted \(misrouted), "
                + "not back on an empty amount screen after Esc Esc \(notBack) (target 0)")
        if stalled > 0 {
            print("  \(stalled) bursts left out: the sender stalled ≥ 50 ms within them (a loaded machine); run again")
        }
    }

    /// The scanner detector's default gap threshold, in nanoseconds.
    static let scannerGapThreshold: Int64 = 50_000_000

    /// Types `code` at `burstGap` ms and Enter; returns the widest gap actually sent (ns).
    private func sendBurst(_ code: String, to session: PtySession) -> Int64 {
        var widest: Int64 = 0
        var previous: Int64?
        for byte in Array(code.utf8) + [0x0D] {
            let sent = session.send([byte])
            if let previous { widest = max(widest, sent - previous) }
            previous = sent
            if byte != 0x0D { session.pump(timeout: Double(burstGap) / 1000) }
        }
        return widest
    }
}
