import Foundation
import TillCore
import Wire

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
        return try await call("POST", path)["message"]?.string ?? "done"
    }

    /// Every payment the sandbox knows, one line each.
    public func payments() async throws(ControlError) -> [String] {
        try await paymentSummaries().map { "\($0.gateway.rawValue)\t\($0.reference)\t\($0.amountMinor)\t\($0.state)" }
    }

    /// Every payment the sandbox knows (`GET /__sandbox/payments`), oldest first.
    public func paymentSummaries() async throws(ControlError) -> [PaymentSummary] {
        let answer = try await call("GET", "/__sandbox/payments")
        return try Self.list(answer["payments"], of: "payments", PaymentSummary.init(json:))
    }

    /// The sandbox's request log (`GET /__sandbox/requests`), oldest first, and how many older records
    /// it forgot.
    public func requestLog() async throws(ControlError) -> (records: [SandboxRequestRecord], forgotten: Int) {
        let answer = try await call("GET", "/__sandbox/requests")
        let records = try Self.list(answer["requests"], of: "requests", SandboxRequestRecord.init(json:))
        return (records, Int(answer["forgotten"]?.int64 ?? 0))
    }

    private static func list<Entry>(
        _ value: JSONValue?, of name: String, _ read: (JSONValue) -> Entry?
    ) throws(ControlError) -> [Entry] {
        let entries = (value?.array ?? []).compactMap(read)
        guard entries.count == value?.array?.count else {
            throw ControlError(status: 0, message: "the sandbox's \(name) list is not what this Till reads")
        }
        return entries
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
        let json = (try? JSONReader.parse(response.body)) ?? .null
        guard (200..<300).contains(response.status) else {
            throw ControlError(status: response.status, message: json["error"]?.string ?? "the sandbox answered HTTP \(response.status)")
        }
        return json
    }
}
