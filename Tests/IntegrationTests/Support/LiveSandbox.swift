import Foundation
import Gateways
import Sandbox
import TillCore
import Wire

/// The sandbox engine on a manual clock, served as a real HTTP server on an ephemeral loopback port
/// for one test's life, with the control API spoken over real HTTP too.
final class LiveSandbox {
    let clock: SandboxManualClock
    let engine: SandboxEngine
    let server: SandboxHTTPServer
    let webhooks: WebhookInbox
    /// The transport every connector of the test uses: real HTTP, recorded.
    let transport: RecordingHTTPTransport
    private let control = AsyncHTTPTransport(requestTimeout: .seconds(10))

    init(
        configuration: SandboxConfiguration = SandboxConfiguration(), faults: FaultPlan = FaultPlan(),
        rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)? = nil
    ) throws {
        clock = SandboxManualClock()
        webhooks = WebhookInbox()
        engine = try SandboxEngine(configuration: configuration, clock: clock, outbound: webhooks, faults: faults)
        server = try SandboxHTTPServer(engine: engine)
        server.start()
        transport = RecordingHTTPTransport(AsyncHTTPTransport(requestTimeout: .seconds(10)), rewrite: rewrite)
    }

    deinit { server.stop() }

    func url(_ path: String) -> URL { URL(string: server.baseURL + path)! }

    /// The simulated buyer acts through `POST /__sandbox/buyer/{action}/{reference}`.
    @discardableResult
    func buyer(_ action: String, _ reference: String) async throws -> Gateways.JSONValue {
        let response = try await control.send(HTTPRequest(method: "POST", url: url("/__sandbox/buyer/\(action)/\(reference)")))
        let json = try Gateways.JSONReader.parse(response.body)
        guard response.status == 200 else { throw ControlFailure(text: String(decoding: response.body, as: UTF8.self)) }
        return json
    }

    /// The sandbox's own record of every payment, read through `GET /__sandbox/payments`.
    func payments() async throws -> [SandboxPaymentRow] {
        let response = try await control.send(HTTPRequest(method: "GET", url: url("/__sandbox/payments")))
        let json = try Gateways.JSONReader.parse(response.body)
        return (json["payments"]?.array ?? []).map { row in
            SandboxPaymentRow(
                gateway: row["gateway"]?.string ?? "", reference: row["reference"]?.string ?? "",
                amount: row["amount"]?.numberText ?? "", state: row["state"]?.string ?? "")
        }
    }

    /// Sends every webhook the sandbox has due, to the inbox.
    func deliverWebhooks() async { await engine.deliverDueWebhooks() }
}

/// One row of `GET /__sandbox/payments`.
struct SandboxPaymentRow: Equatable {
    let gateway: String
    let reference: String
    let amount: String
    let state: String
}

struct ControlFailure: Error { let text: String }
