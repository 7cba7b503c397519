import Foundation

/// Somewhere ESC/POS bytes go: a network printer or a printer device file.
///
/// `send` blocks the calling thread for at most the connection's timeouts, so a sale is never held
/// up for long; run it off the thread that draws the screen. It either delivers all the bytes or
/// throws a ``PrinterError`` that says what is wrong, after which the same bytes can be sent again.
public protocol PrinterConnection: Sendable {
    /// Where the bytes go, for messages: `HOST:PORT` or a device path.
    var address: String { get }
    /// Sends one receipt's bytes.
    func send(_ bytes: [UInt8]) throws(PrinterError)
}

extension PrinterConnection {
    /// Encodes and sends a document.
    public func print(_ document: PrintDocument, with encoder: ESCPOSEncoder) throws(PrinterError) {
        try send(encoder.encode(document))
    }
}

extension PrinterConnection {
    /// Encodes the document and sends it on a thread of its own, so the blocking socket or device
    /// calls never hold one of the few threads of Swift's cooperative pool (two on a 2-core till)
    /// while a printer takes its time.
    public func printInBackground(_ document: PrintDocument, with encoder: ESCPOSEncoder) async throws(PrinterError) {
        let bytes = try encoder.encode(document)
        let result: Result<Void, PrinterError> = await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: Result { () throws(PrinterError) in try self.send(bytes) })
            }.start()
        }
        try result.get()
    }
}
