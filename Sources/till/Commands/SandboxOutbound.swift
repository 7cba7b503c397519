import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Sandbox
import TillCore

/// How `till sandbox serve` delivers webhooks: plain `http://` receivers on this machine through the
/// sandbox's own socket client, `https://` receivers through URLSession (the sandbox module itself
/// has no TLS client).
struct SandboxOutbound: HTTPTransport {
    private let loopback = LoopbackHTTPClient(timeoutSeconds: 10)

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        guard request.url.scheme?.lowercased() == "https" else { return try await loopback.send(request) }
        var urlRequest = URLRequest(url: request.url, timeoutInterval: 10)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        let data: Data, response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: urlRequest)
        } catch let error as URLError where error.code == .timedOut {
            throw .timedOut
        } catch let error as URLError where [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed].contains(error.code) {
            throw .notSent(error.localizedDescription)
        } catch {
            throw .connectionLost(error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw .connectionLost("the answer is not HTTP") }
        let headers = http.allHeaderFields.map { HTTPHeader(String(describing: $0.key), String(describing: $0.value)) }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}
