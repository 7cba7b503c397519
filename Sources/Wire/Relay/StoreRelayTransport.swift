import Foundation
import TillCore

/// The transport of a lane that holds no secret key for a gateway (TakeMe Pay: `[store] server` and
/// `[store] token`, no `secret_key`): the store server makes that gateway's secret-key calls for it.
///
/// The connector has no key to put on a secret-key call, so it sends it without an `Authorization`
/// header; this transport sends such a call to the store server instead, at
/// `{server}/relay/<gateway><path>?<query>` with the lane's token as `Authorization: Bearer`, and the
/// store server adds its secret key and sends it to the gateway once (`StoreRelay`). A call the
/// connector authorised itself (TakeMe Pay's public key: creating a source, reading it with its client
/// secret) goes straight to the gateway; a create (a `POST`) only once the store server has said it
/// will make the calls that must follow (`GET /relay/check`), so a buyer is never shown a code
/// nobody could charge.
///
/// Nothing is sent twice: each call goes out once, to the gateway or to the store server, and a call
/// whose answer was lost behind the store server is reported as the lane's own lost answer would be.
public struct StoreRelayTransport: HTTPTransport {
    private let direct: any HTTPTransport
    private let toServer: any HTTPTransport
    private let server: URL
    private let token: Secret
    private let gateway: GatewayID
    private let gatewayBaseURL: URL

    /// - Parameters:
    ///   - direct: the transport to the gateway itself.
    ///   - toServer: the transport to the store server; give it a longer deadline than the store
    ///     server's own to the gateway, so its verdict arrives before the lane gives up.
    ///   - server: the store server's address (`[store] server`).
    ///   - token: this lane's token (`[store] token`).
    ///   - gatewayBaseURL: the connector's base URL: what follows it is the path the store server is given.
    public init(
        direct: any HTTPTransport, toServer: any HTTPTransport, server: URL, token: Secret, gateway: GatewayID,
        gatewayBaseURL: URL
    ) {
        self.direct = direct
        self.toServer = toServer
        self.server = server
        self.token = token
        self.gateway = gateway
        self.gatewayBaseURL = gatewayBaseURL
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        guard request.header("Authorization") == nil else {
            if request.method == "POST" { try await checkServer() }
            return try await direct.send(request)
        }
        let relayed = try relayRequest(for: request)
        let response = try await toServer.send(relayed)
        return try StoreRelay.outcome(of: response).get()
    }

    /// The call as the store server takes it: its path and query under `/relay/<gateway>`, the
    /// token in place of a key, the body and content headers as they were.
    func relayRequest(for request: HTTPRequest) throws(TransportError) -> HTTPRequest {
        let base = Self.trimmed(gatewayBaseURL.absoluteString)
        let full = request.url.absoluteString
        let rest = full.dropFirst(base.count)
        guard full.hasPrefix(base), rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("?") else {
            throw .notSent("\(TransportPolicy.redactedURL(request.url)) is not under the gateway's base URL")
        }
        guard let url = URL(string: Self.trimmed(server.absoluteString) + StoreRelay.path(gateway) + rest) else {
            throw .notSent("the store server's address cannot take the path")
        }
        var headers = request.headers.filter { ["content-type", "accept"].contains($0.name.lowercased()) }
        headers.append(HTTPHeader("Authorization", "Bearer \(token.reveal())"))
        return HTTPRequest(method: request.method, url: url, headers: headers, body: request.body)
    }

    /// Asks the store server whether it will make this lane's calls; throws why not. Nothing has been
    /// created yet, so whatever goes wrong here leaves nothing behind: it is `notSent`, or the store
    /// server's refusal.
    private func checkServer() async throws(TransportError) {
        guard let url = URL(string: Self.trimmed(server.absoluteString) + StoreRelay.checkPath) else {
            throw .notSent("the store server's address cannot take the path")
        }
        let check = HTTPRequest(method: "GET", url: url, headers: [HTTPHeader("Authorization", "Bearer \(token.reveal())")])
        let response: HTTPResponse
        do {
            response = try await toServer.send(check)
        } catch {
            if case .insecureURL = error { throw error }
            throw .notSent("the store server did not answer (\(error.description))")
        }
        let verdict = StoreRelay.verdict(of: response)
        if verdict == .ready { return }
        if let refusal = verdict?.refusal { throw .storeServerRefused(refusal) }
        throw .notSent("\(TransportPolicy.redactedURL(server)) did not answer as a Till store server (HTTP \(response.status))")
    }

    private static func trimmed(_ text: String) -> String {
        var text = text
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
