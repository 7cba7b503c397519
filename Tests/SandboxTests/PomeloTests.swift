import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// Pomelo over real HTTP on loopback.
@Suite("Pomelo sandbox")
struct PomeloTests {
    let sandbox: LiveSandbox
    let receiver: RecordingTransport
    init() throws {
        receiver = RecordingTransport.receiver(answering: HTTPResponse(status: 200))
        sandbox = try LiveSandbox(configuration: SandboxConfiguration(pomeloCompanyWebhook: "https://shop.example/pomelo"), webhooks: receiver)
    }

    static let key = ["Authorization": TestCredentials.pomeloAPIKey]

    static func body(amount: String = "2000", currency: String = "GBP", signature: String? = nil, method: String = "sha1", extra: String = "") -> String {
        let sign = signature ?? PomeloState.signature(amount: Int64(amount) ?? 0, currency: currency, method: method) ?? ""
        return #"{"localId":"L-\#(UUID().uuidString)","amount":\#(amount),"currency":"\#(currency)","signature":"\#(sign)","deviceId":"\#(TestCredentials.pomeloClientID)","appVersion":"till-test","apiVersion":"2.0","signMethod":"\#(method)"\#(extra)}"#
    }

    func create(_ body: String, key: [String: String] = key) async throws -> WireAnswer {
        try await sandbox.send("POST", "/pomelo/public/transactions", headers: key.merging(["Accept": "application/json"]) { $1 }, body: body)
    }

    @Test func theSignaturesFollowTheDocuments() {
        // Independently: printf 'amount=2000&currency=GBP&apiKey=pp_sandbox_key_6c1e9f3a7b5d2480e4a1c9f7' | sha1sum / md5 | base64
        #expect(PomeloState.signature(amount: 2000, currency: "GBP", method: "sha1") == "883e5c1d006b0c22a9d312e5195cc73203e8f339")
        #expect(PomeloState.signature(amount: 2000, currency: "GBP", method: "md5") == "xwlbOqIZFX2D2iMx+dactw==")
    }

    @Test func aTransactionIsCreatedConfirmedAndListed() async throws {
        let created = try await create(Self.body(extra: #","webhook":"https://shop.example/hook/1","provider":"wechatpay""#))
        #expect(created.status == 200)
        let json = try created.json
        let id = try #require(json["id"]?.string)
        #expect(id.count == 24)
        #expect(json["state"] == "QR_CODE_GENERATED")
        #expect(json["amount"] == .number("2000"))
        #expect(json["qrCode"]?["url"]?.string == sandbox.server.baseURL + "/pomelo/public/qr/\(id)/code.png")
        #expect(json["created"]?.string?.hasSuffix("Z") == true)
        try await sandbox.buyer(.pay, id)
        let read = try await sandbox.send("GET", "/pomelo/public/transactions/\(id)", headers: Self.key)
        #expect(try read.json["state"] == "CONFIRMED")
        let list = try await sandbox.send("GET", "/pomelo/public/transactions?page=1", headers: Self.key).json
        #expect(list["count"] == .number("1"))
        #expect(list["items"]?.array?.first?["id"] == .string(id))
        await sandbox.engine.deliverDueWebhooks()
        let bodies = try receiver.requests.map { try JSONReader.parse($0.body) }
        #expect(Set(receiver.requests.map(\.url.absoluteString)) == ["https://shop.example/hook/1", "https://shop.example/pomelo"])
        #expect(bodies.compactMap { $0["state"]?.string }.sorted() == ["CONFIRMED", "CONFIRMED", "QR_CODE_GENERATED", "QR_CODE_GENERATED"])
        #expect(bodies.allSatisfy { $0["transactionId"] == .string(id) && $0["signature"] == json["signature"] })
    }

    @Test func md5SignaturesAreBase64() async throws {
        #expect(try await create(Self.body(method: "md5")).status == 200)
    }

    @Test func theAPIKeyIsRequired() async throws {
        let missing = try await create(Self.body(), key: [:])
        #expect(missing.status == 401)
        #expect(try missing.json["code"]?.string?.hasPrefix("PP-") == true)
        #expect(try await create(Self.body(), key: ["Authorization": "Bearer \(TestCredentials.pomeloAPIKey)"]).status == 401)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions", headers: ["Authorization": "wrong"]).status == 401)
    }

    @Test(arguments: [
        (body(amount: "99"), "PP-02-03"),
        (body(amount: "2000.0", signature: "x"), "PP-02-02"),
        (body(currency: "JPY"), "PP-02-04"),
        (body(signature: "mMBR0TXWHvuno/8su3SKMg=="), "PP-02-05"),
        (body(signature: "abc", method: "sha256"), "PP-02-08"),
        (body(extra: #","webhook":"http://shop.example/hook""#), "PP-02-09"),
        (body(extra: #","expires":"2030-01-01 12:00""#), "PP-02-10"),
        (body(extra: #","provider":"cash""#), "PP-02-11"),
        (#"{"amount":2000}"#, "PP-02-01"),
        ("not json", "PP-02-00"),
    ])
    func badTransactionsAreRefused(_ body: String, _ code: String) async throws {
        let answer = try await create(body)
        #expect(answer.status == 400)
        #expect(try answer.json["code"] == .string(code))
        #expect(try answer.json["message"]?.string?.isEmpty == false)
    }

    @Test func expiresMustBeAnHourAhead() async throws {
        let soon = PomeloTransaction.timestamp(sandbox.clock.now.addingTimeInterval(3599))
        #expect(try await create(Self.body(extra: #","expires":"\#(soon)""#)).json["code"] == "PP-02-10")
        let later = PomeloTransaction.timestamp(sandbox.clock.now.addingTimeInterval(3600))
        let created = try await create(Self.body(extra: #","expires":"\#(later)""#))
        #expect(created.status == 200)
        let id = try #require(try created.json["id"]?.string)
        sandbox.clock.advance(seconds: 3600)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions/\(id)", headers: Self.key).json["state"] == "CANCELLED")
    }

    /// "ISO timestring ... in UTC timezone": an offset or a bare date-time is refused.
    @Test(arguments: ["2030-01-01T12:12:12+00:00", "2030-01-01 12:12:12", "2030-01-01T12:12:12.Z", "tomorrow"])
    func expiresMustBeAnISOTimeInUTC(_ text: String) async throws {
        let refused = try await create(Self.body(extra: #","expires":"\#(text)""#))
        #expect(refused.status == 400)
        #expect(try refused.json["code"] == "PP-02-10")
    }

    @Test func wrongDeviceOrAPIVersionIsRefused() async throws {
        let device = Self.body().replacingOccurrences(of: TestCredentials.pomeloClientID, with: "other-app")
        #expect(try await create(device).json["code"] == "PP-02-06")
        let version = Self.body().replacingOccurrences(of: #""apiVersion":"2.0""#, with: #""apiVersion":"1.0""#)
        #expect(try await create(version).json["code"] == "PP-02-07")
    }

    @Test func aLocalIDIsUsedOnce() async throws {
        let body = Self.body()
        #expect(try await create(body).status == 200)
        #expect(try await create(body).json["code"] == "PP-02-12")
    }

    @Test func unknownTransactionsAre404() async throws {
        let answer = try await sandbox.send("GET", "/pomelo/public/transactions/5e22e1037ac57f000841efff", headers: Self.key)
        #expect(answer.status == 404)
        #expect(try answer.json["code"] == "PP-04-01")
    }

    @Test func aDeclineCancelsAndThePortalRefunds() async throws {
        let first = try #require(try await create(Self.body()).json["id"]?.string)
        _ = try await sandbox.buyer(.decline, first)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions/\(first)", headers: Self.key).json["state"] == "CANCELLED")
        let second = try #require(try await create(Self.body()).json["id"]?.string)
        _ = try await sandbox.buyer(.pay, second)
        #expect(try await sandbox.send("POST", "/__sandbox/pomelo/refund/\(second)").status == 200)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions/\(second)", headers: Self.key).json["state"] == "REFUND_REQUESTED")
        sandbox.clock.advance(seconds: 5)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions/\(second)", headers: Self.key).json["state"] == "REFUNDED")
    }

    @Test func listsPageByTen() async throws {
        for _ in 0..<12 { _ = try await create(Self.body()) }
        let second = try await sandbox.send("GET", "/pomelo/public/transactions?page=2", headers: Self.key).json
        #expect(second["count"] == .number("12"))
        #expect(second["items"]?.array?.count == 2)
        #expect(try await sandbox.send("GET", "/pomelo/public/transactions?page=0", headers: Self.key).status == 400)
    }
}
