import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Wire

/// What an AsyncHTTPClient or SwiftNIO error means for idempotency. Only errors raised before the
/// request could have left (connecting, resolving, the TLS handshake) are `.notSent`; a deadline is
/// `.timedOut`; everything else, known or not, is `.connectionLost`, because the gateway may have
/// seen the request and the connector must then ask before it would ever send again.
enum TransportErrorMapping {
    static func map(_ error: any Error) -> TransportError {
        switch error {
        case let error as HTTPClientError: map(error)
        // Happy Eyeballs wraps every failure to resolve or connect, refused included.
        case is NIOConnectionError: .notSent("the connection could not be opened")
        // A refusal answers only a connection attempt (an open connection is reset: ECONNRESET).
        case let error as IOError where [ECONNREFUSED, EADDRNOTAVAIL].contains(error.errnoCode):
            .notSent("the connection was refused")
        case ChannelError.connectTimeout: .notSent("the connection timed out")
        // A handshake or certificate failure happens before the request is written; an unclean TLS
        // shutdown may come after it, so that one stays `.connectionLost`.
        case NIOSSLError.handshakeFailed, NIOSSLError.unableToValidateCertificate, NIOSSLError.noCertificateToValidate:
            .notSent("the TLS connection could not be established")
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            .notSent("the TLS certificate is not for this host")
        case is CancellationError: .connectionLost("the request was cancelled")
        default: .connectionLost(String(describing: error))
        }
    }

    private static func map(_ error: HTTPClientError) -> TransportError {
        switch error {
        case .connectTimeout: .notSent("the connection timed out")
        case .tlsHandshakeTimeout: .notSent("the TLS handshake timed out")
        case .invalidURL, .emptyHost, .emptyScheme: .notSent("the URL cannot be used")
        case .deadlineExceeded, .readTimeout, .writeTimeout: .timedOut
        case .remoteConnectionClosed: .connectionLost("the server closed the connection")
        case .cancelled: .connectionLost("the request was cancelled")
        default: .connectionLost(error.description)
        }
    }
}
