import Foundation
import TillCore

/// Talks to a running sandbox's control API: what `till sandbox pay|decline|cancel` uses.
public struct SandboxControlClient: Sendable {
    public let serverURL: String
    private let transport: any HTTPTransport

    public init(serverURL: String, transport: any HTTPTransport) {
        self.serverURL = serverURL.hasSuffix("/") ? String(serverURL.dropLast()) : serverURL
        self.transport = transport
    }

    /// The buyer acts on `reference`; returns the sandbox's message, or throws it.
    public func buyer(_ action: BuyerAction, reference: String, gateway: GatewayID? = nil) async throws(ControlError) -> String {
        let escaped = reference.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? reference
        var path = "/__sandbox/buyer/\(action.rawValue)/\(escaped)"
        if let gateway { path += "?gateway=\(gateway.rawValue)" }
        return try await call("POST", path)["message"]?.stringValue ?? "done"
    }

    /// Every payment the sandbox knows, one line each.
    public func payments() async throws(ControlError) -> [String] {
        let answer = try await call("GET", "/__sandbox/payments")
        return (answer["payments"]?.arrayValue ?? []).map { payment in
            let gateway = payment["gateway"]?.stringValue ?? "?"
            let reference = payment["reference"]?.stringValue ?? "?"
            let amount = payment["amount"]?.numberText ?? "?"
            let state = payment["state"]?.stringValue ?? "?"
            return "\(gateway)\t\(reference)\t\(amount)\t\(state)"
        }
    }

    private func call(_ method: String, _ path: String) async throws(ControlError) -> JSONValue {
        guard let url = URL(string: serverURL + path) else {
            throw ControlError(status: 0, message: "\(serverURL) is not a URL: give the sandbox's address, e.g. http://127.0.0.1:8808")
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: method, url: url))
        } catch {
            throw ControlError(status: 0, message: "no sandbox answered at \(serverURL) (\(error)): start one with `till sandbox serve` or pass --url")
        }
        let json = (try? JSONParser.parse(response.body)) ?? .null
        guard (200..<300).contains(response.status) else {
            throw ControlError(status: response.status, message: json["error"]?.stringValue ?? "the sandbox answered HTTP \(response.status)")
        }
        return json
    }
}
