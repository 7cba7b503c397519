import Foundation
import Sandbox
import Wire
import WireHTTPClient

/// The sandbox engine on a manual clock, served as a real HTTP server on an ephemeral loopback port
/// for one test's life. Its control API is spoken over real HTTP too, and its webhooks go to a
/// recording receiver.
public final class LiveSandbox {
    public let clock: SandboxManualClock
    public let engine: SandboxEngine
    public let server: SandboxHTTPServer
    /// The merchant's server: receives every webhook the sandbox sends.
    public let webhooks: RecordingTransport
    /// The transport the test's connectors use: real HTTP, each request recorded.
    public let transport: RecordingHTTPTransport
    /// Raw requests, with no connector in the path.
    public let client: WireClient
    private let control: SandboxControlClient

    /// - Parameter rewrite: changes an answer the sandbox really gave before a connector reads it, to
    ///   make it say what the sandbox never would.
    public init(
        configuration: SandboxConfiguration = SandboxConfiguration(), webhooks: RecordingTransport = .receiver(),
        faults: FaultPlan = FaultPlan(), stateFile: URL? = nil, clock: SandboxManualClock = SandboxManualClock(),
        rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)? = nil
    ) throws {
        self.clock = clock
        self.webhooks = webhooks
        engine = try SandboxEngine(
            configuration: configuration, clock: clock, outbound: webhooks, faults: faults, stateFile: stateFile)
        server = try SandboxHTTPServer(engine: engine)
        server.start()
        let http = AsyncHTTPTransport(requestTimeout: .seconds(10))
        transport = RecordingHTTPTransport(http, rewrite: rewrite)
        client = WireClient(baseURL: server.baseURL)
        control = SandboxControlClient(serverURL: server.baseURL, transport: http)
    }

    deinit { server.stop() }

    /// The server's address with `path`.
    public func url(_ path: String) -> URL { URL(string: server.baseURL + path)! }

    /// Sends one request as it is, through the real transport.
    public func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> WireAnswer {
        try await client.send(method, path, headers: headers, body: body)
    }

    /// The simulated buyer acts through `POST /__sandbox/buyer/{action}/{reference}`; throws the
    /// sandbox's refusal (`ControlError`) when it does not.
    @discardableResult
    public func buyer(_ action: BuyerAction, _ reference: String) async throws -> String {
        try await control.buyer(action, reference: reference)
    }

    /// The sandbox's own record of every payment, read through `GET /__sandbox/payments`.
    public func payments() async throws -> [PaymentSummary] {
        try await control.paymentSummaries()
    }

    /// Sends every webhook the sandbox has due, to `webhooks`.
    public func deliverWebhooks() async { await engine.deliverDueWebhooks() }
}
