import Foundation
import Logging
import TillCore
import Wire

/// Wraps a transport and logs every request and answer through swift-log, masked by a `Redactor`.
public struct LoggingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let logger: Logger
    private let redactor: Redactor

    public init(_ base: any HTTPTransport, logger: Logger, redactor: Redactor) {
        self.base = base
        self.logger = logger
        self.redactor = redactor
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        logger.debug("→ \(redactor.describe(request))")
        do {
            let response = try await base.send(request)
            logger.debug("← \(redactor.describe(response))")
            return response
        } catch {
            logger.warning("✗ \(request.method) \(TransportPolicy.redactedURL(request.url)): \(error)")
            throw error
        }
    }
}
