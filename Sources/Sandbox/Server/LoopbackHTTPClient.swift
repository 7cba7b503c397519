#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import TillCore

/// A minimal HTTP/1.1 client over POSIX sockets for plain `http://` URLs: how the sandbox server
/// delivers webhooks and callbacks to receivers on the same machine. One request per connection.
public struct LoopbackHTTPClient: HTTPTransport {
    /// Seconds to wait for the connection and the answer.
    public var timeoutSeconds: Int

    public init(timeoutSeconds: Int = 10) {
        self.timeoutSeconds = timeoutSeconds
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let timeout = timeoutSeconds
        let result: Result<HTTPResponse, TransportError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(TransportError) in try Self.exchange(request, timeout: timeout) })
            }
        }
        return try result.get()
    }

    private static func exchange(_ request: HTTPRequest, timeout: Int) throws(TransportError) -> HTTPResponse {
        guard request.url.scheme?.lowercased() == "http", let host = request.url.host else {
            throw .notSent("the sandbox sends only to http:// receivers on this machine (got \(request.url.absoluteString))")
        }
        let address: sockaddr_in
        do { address = try Socket.address(host: host, port: UInt16(request.url.port ?? 80)) } catch {
            throw .notSent(error.description)
        }
        let fd = socket(AF_INET, Socket.streamType, 0)
        guard fd >= 0 else { throw .notSent("no socket") }
        defer { Socket.close(fd) }
        Socket.setTimeout(fd, seconds: timeout)
        guard Socket.connect(fd, address) == 0 else { throw .notSent(SocketError.system("connecting to \(host)").description) }
        guard Socket.writeAll(fd, HTTPWire.serialize(request)) else { throw .connectionLost("the receiver closed the connection") }
        var reader = SocketReader(fd: fd)
        do {
            guard let head = HTTPWire.parseHead(try reader.readHead()), let status = Int(head.first[1]) else {
                throw TransportError.connectionLost("the answer is not HTTP")
            }
            let body = try head.contentLength().map { length throws(SocketReader.ReadError) in try reader.readBody(count: length) }
                ?? reader.readToEnd(limit: 1 << 20)
            return HTTPResponse(status: status, headers: head.headers, body: body)
        } catch let error as TransportError {
            throw error
        } catch SocketReader.ReadError.timedOut {
            throw .timedOut
        } catch {
            throw .connectionLost("the connection closed before the whole answer arrived")
        }
    }
}
