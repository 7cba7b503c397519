import Foundation
import Gateways
import Sandbox
import TillCore
import Wire

/// Demo mode: all four gateways on the in-process sandbox, with its published test credentials. The
/// sandbox keeps its state in a file next to the journal, so `till pay` and a later `till refund` in
/// another process see the same payments.
final class DemoSandbox: Sendable {
    let engine: SandboxEngine
    let gateways: [any PaymentGateway]
    private let pump: Task<Void, Never>

    init(currency: Currency, stateFile: URL, buyerDelay: Double) throws {
        let sandboxEngine: SandboxEngine
        do {
            try FileManager.default.createDirectory(
                at: stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            sandboxEngine = try SandboxEngine(
                configuration: .demo(storeCurrency: currency.code, buyerPaysAfter: buyerDelay), stateFile: stateFile)
        } catch let error as SandboxStateError {
            throw CLIError("The demo sandbox cannot start: \(error.message).", exitCode: 2)
        } catch {
            throw CLIError("The demo sandbox cannot start: \(error.localizedDescription).", exitCode: 2)
        }
        engine = sandboxEngine
        gateways = Self.connectors(currency: currency, transport: SandboxTransport(engine: sandboxEngine))
        pump = Task { await sandboxEngine.runBackgroundWork() }
    }

    func stop() {
        pump.cancel()
        try? engine.save()
    }

    private static func url(_ gateway: GatewayID) -> URL {
        URL(string: SandboxConfigFile.baseURL(of: gateway, serverURL: "http://sandbox.invalid"))!
    }

    private static func connectors(currency: Currency, transport: any HTTPTransport) -> [any PaymentGateway] {
        [
            TakeMePayClient(
                settings: TakeMePaySettings(
                    publicKey: Secret(TestCredentials.takeMePayPublicKey), secretKey: Secret(TestCredentials.takeMePaySecretKey),
                    baseURL: url(.takemepay), currencies: [currency]),
                transport: transport),
            TapInClient(
                settings: TapInSettings(
                    vendorID: Int(TestCredentials.tapInVendorID), ssCode: Secret(TestCredentials.tapInSSCode),
                    webhookURL: "http://127.0.0.1:9/till/tapin", currency: currency, baseURL: url(.tapin)),
                transport: transport),
            PomeloClient(
                settings: PomeloSettings(
                    apiKey: Secret(TestCredentials.pomeloAPIKey), appID: TestCredentials.pomeloClientID, currencies: [currency],
                    baseURL: url(.pomelo)),
                transport: transport),
            MOTPClient(
                settings: MOTPSettings(
                    baseURL: url(.motp), user: TestCredentials.motpUser, password: Secret(TestCredentials.motpPassword),
                    storeID: TestCredentials.motpStoreID, currency: currency,
                    nativeServiceID: Int(TestCredentials.motpNativeServiceID),
                    quickPayServiceID: Int(TestCredentials.motpQuickServiceID), brands: [.wechatPay, .alipay]),
                transport: transport),
        ]
    }
}
