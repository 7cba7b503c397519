import Foundation
import Logging
import Synchronization
import Testing
import TillCore
import TillTesting
import Wire

@testable import Gateways

/// A log handler that keeps every message, to check what reaches the logs.
struct CapturingLogHandler: LogHandler {
    let box: LogBox
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(into box: LogBox) { self.box = box }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        box.lines.withLock { $0.append(event.message.description) }
    }
}

final class LogBox: Sendable {
    let lines = Mutex<[String]>([])
    var logger: Logger { Logger(label: "test") { _ in CapturingLogHandler(into: self) } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

@Suite struct LoggingTests {
    @Test func motpLogsRequestsAndAnswersWithoutPasswordOrToken() async throws {
        let box = LogBox()
        let transport = RecordingTransport()
        let client = MOTPClient(
            settings: MOTPSettings(
                baseURL: URL(string: "https://motp.example")!, user: "till", password: Secret("pa55word-very-secret"),
                storeID: "1", currency: usd),
            transport: transport, logger: box.logger, now: TestNow().now)
        transport.answer(#"{"success": true, "data": {"message": "SUCCESS", "token": "eyJ0eXAiOiJKV1Q.tok"}}"#)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.01, "currency": "USD", "out_trade_no": "T1", "result_code": "SUCCESS"}}"#
        )
        _ = try await client.quickPay(
            PaymentRequest(orderNumber: order("T1"), amount: Money(minorUnits: 1, currency: usd), brand: .wechatPay),
            buyerCode: "134567890123456789")
        let text = box.text
        #expect(text.contains("/api/quick-pay"))
        #expect(text.contains("\"amount\":0.01"))
        for leaked in ["pa55word", "eyJ0eXAiOiJKV1Q", "134567890123456789"] {
            #expect(!text.contains(leaked), "\(leaked) leaked into the log")
        }
    }

    @Test func takeMePayLogsWithoutKeysOrClientSecret() async throws {
        let box = LogBox()
        let transport = RecordingTransport()
        let client = TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret("pk_test_publicpublic1234"), secretKey: Secret("sk_test_secretsecret9yWV")),
            transport: transport, logger: box.logger)
        transport.answer(
            #"{"id": "src_1", "amount": 150, "currency": "JPY", "metadata": {}, "payload": {}, "status": "pending", "clientSecret": "src_cs_Jj1uRu5uTFmwGteDXHME0g"}"#
        )
        let reference = PaymentReference(
            orderNumber: order("T1"), amount: Money(minorUnits: 150, currency: jpy), gatewayReference: "src_1",
            clientSecret: Secret("src_cs_Jj1uRu5uTFmwGteDXHME0g"))
        _ = try await client.paymentStatus(reference)
        let text = box.text
        #expect(text.contains("/sources/src_1"))
        for leaked in ["pk_test_publicpublic1234", "src_cs_Jj1uRu5uTFmwGteDXHME0g"] {
            #expect(!text.contains(leaked), "\(leaked) leaked into the log")
        }
    }

    @Test func transportFailuresAreLoggedWithoutTheQuery() async {
        let box = LogBox()
        let transport = RecordingTransport()
        transport.fail(.timedOut)
        let logged = LoggingTransport(transport, logger: box.logger, redactor: Redactor())
        _ = try? await logged.send(
            HTTPRequest(method: "GET", url: URL(string: "https://x.example/sources/s?clientSecret=src_cs_SECRET")!))
        #expect(box.text.contains("no answer arrived in time"))
        #expect(!box.text.contains("src_cs_SECRET"))
    }
}
