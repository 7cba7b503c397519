import Foundation
import Sandbox
import TillCore

/// A sandbox engine on a manual clock, served on an ephemeral loopback port for the test's life.
final class LiveSandbox {
    let clock: SandboxManualClock
    let engine: SandboxEngine
    let server: SandboxHTTPServer
    let outbound: RecordingTransport
    let client: WireClient

    init(
        configuration: SandboxConfiguration = SandboxConfiguration(),
        outbound: RecordingTransport = RecordingTransport(),
        faults: FaultPlan = FaultPlan(),
        stateFile: URL? = nil,
        clock: SandboxManualClock = SandboxManualClock()
    ) throws {
        self.clock = clock
        self.outbound = outbound
        engine = try SandboxEngine(configuration: configuration, clock: clock, outbound: outbound, faults: faults, stateFile: stateFile)
        server = try SandboxHTTPServer(engine: engine)
        server.start()
        client = WireClient(baseURL: server.baseURL)
    }

    deinit { server.stop() }

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> WireAnswer {
        try await client.send(method, path, headers: headers, body: body)
    }

    /// The simulated buyer, through the HTTP control API.
    func buyer(_ action: String, _ reference: String) async throws -> WireAnswer {
        try await send("POST", "/__sandbox/buyer/\(action)/\(reference)")
    }
}
