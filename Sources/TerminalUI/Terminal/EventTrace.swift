#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A timing trace for `till bench ui`, written when `TILL_TRACE=path` is set: one line per key
/// read, per frame painted and per scan decision, each with the CLOCK_MONOTONIC time in
/// nanoseconds, which the benchmark shares with Till (same machine, same clock). Lines:
/// `key NS`, `frame NS SCREEN AMOUNT` (AMOUNT is `-` when empty), `scan NS COUNT`, `discard NS COUNT`.
/// Written with one `write(2)` per line, unbuffered, so a reader sees a line once it is true.
final class EventTrace {
    private let descriptor: Int32

    /// Opens the trace file named by `TILL_TRACE`; nil when it is not set or cannot be opened.
    init?(environment: [String: String]) {
        guard let path = environment["TILL_TRACE"], !path.isEmpty else { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func key() { append(TraceRecord(kind: .key, time: TraceRecord.now()).line) }

    func frame(_ model: AppModel) {
        append(
            TraceRecord(kind: .frame, time: TraceRecord.now(), screen: "\(model.screen)", amount: model.amount.text).line)
    }

    /// Notes the scans and dropped bursts the scanner decided since `before`.
    func scanner(_ scanner: ScannerDetector, before: ScannerDetector) {
        if scanner.scanCount != before.scanCount {
            append(TraceRecord(kind: .scan, time: TraceRecord.now(), count: scanner.scanCount).line)
        }
        if scanner.discardCount != before.discardCount {
            append(TraceRecord(kind: .discard, time: TraceRecord.now(), count: scanner.discardCount).line)
        }
    }

    private func append(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
