import Foundation
import Gateways
import Sandbox
import TillConfig
import TillCore
import Wire
import TillStrings

/// Demo mode: all four gateways on the in-process sandbox, with its published test credentials. The
/// sandbox keeps its state in a file next to the journal, so `till pay` and a later `till refund` in
/// another process see the same payments.
final class DemoSandbox: Sendable {
    let engine: SandboxEngine
    let gateways: [any PaymentGateway]
    private let pump: Task<Void, Never>

    init(currency: Currency, stateFile: URL, buyerDelay: Double, strings: Strings) throws {
        let sandboxEngine: SandboxEngine
        do {
            try FileManager.default.createDirectory(
                at: stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            sandboxEngine = try SandboxEngine(
                configuration: .demo(storeCurrency: currency.code, buyerPaysAfter: buyerDelay), stateFile: stateFile)
        } catch let error as SandboxStateError {
            throw CLIError(strings.text(.demoCannotStart, ["reason": error.message]), exitCode: 2)
        } catch {
            throw CLIError(strings.text(.demoCannotStart, ["reason": error.localizedDescription]), exitCode: 2)
        }
        engine = sandboxEngine
        gateways = try Self.connectors(currency: currency, transport: SandboxTransport(engine: sandboxEngine), strings: strings)
        pump = Task { await sandboxEngine.runBackgroundWork() }
    }

    func stop() {
        pump.cancel()
        try? engine.save()
    }

    /// The connectors of the sandbox's configuration file (what `till sandbox serve --write-config`
    /// writes), made the way a real account's are, on the in-process transport.
    private static func connectors(
        currency: Currency, transport: any HTTPTransport, strings: Strings
    ) throws -> [any PaymentGateway] {
        let text = SandboxConfigFile.toml(serverURL: "http://127.0.0.1", currency: currency.code)
        let configuration: TillConfiguration
        do {
            configuration = try ConfigLoader.decode(text, file: "(demo sandbox)")
        } catch {
            let issues = error.issues.map { $0.message(in: strings) }.joined(separator: "; ")
            throw CLIError(strings.text(.demoConfigInvalid, ["issues": issues]), exitCode: 2)
        }
        return try configuration.enabledGateways.map {
            try GatewayFactory.connector(for: $0, currency: currency, strings: strings, transport: { _ in transport })
        }
    }
}
