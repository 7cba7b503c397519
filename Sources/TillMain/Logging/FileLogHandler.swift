import Foundation
import Logging

/// The swift-log handler of every Till process: one line per message in `LogFile`, with the time,
/// level, logger label and metadata. The gateways' loggers already mask every secret before a
/// message is made (`Redactor`), so this handler writes what it is given.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Sends every logger of this process to `file`; call once, first thing in `main`.
    static func bootstrap(_ file: LogFile) {
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: file) }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let time = Date().formatted(.iso8601)
        file.append("\(time) \(event.level) \(label): \(event.message)\(details)")
    }
}
