import Crypto
import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire
import WireHTTPClient

/// TakeMe Pay over real HTTP on loopback.
@Suite("TakeMe Pay sandbox")
struct TakeMePayTests {
    let sandbox: LiveSandbox
    init() throws { sandbox = try LiveSandbox() }

    static let pk = ["Authorization": "Bearer \(TestCredentials.takeMePayPublicKey)"]
    static let sk = ["Authorization": "Bearer \(TestCredentials.takeMePaySecretKey)"]

    func post(_ path: String, _ body: String, key: [String: String] = sk) async throws -> WireAnswer {
        try await sandbox.send("POST", "/takemepay/v1/\(path)", headers: key.merging(["Content-Type": "application/json; charset=utf-8"]) { $1 }, body: body)
    }

    func get(_ path: String, key: [String: String] = sk) async throws -> WireAnswer {
        try await sandbox.send("GET", "/takemepay/v1/\(path)", headers: key)
    }

    func source(amount: Int = 150) async throws -> JSONValue {
        let answer = try await post("sources", #"{"amount":\#(amount),"currency":"JPY","type":"WeChatPay"}"#, key: Self.pk)
        #expect(answer.status == 200)
        return try answer.json
    }

    func errorCode(_ answer: WireAnswer) throws -> String? { try answer.json["error"]?["code"]?.string }

    /// `GET /sources/:id` with the public key and `body` as the JSON body of the GET, as the document
    /// shows it (the AsyncHTTPClient transport sends a GET's body).
    func readWithPublicKey(_ id: String, body: String?, query: String = "") async throws -> WireAnswer {
        var headers = [HTTPHeader("Authorization", "Bearer \(TestCredentials.takeMePayPublicKey)")]
        if body != nil { headers.append(HTTPHeader("Content-Type", "application/json; charset=utf-8")) }
        let request = HTTPRequest(
            method: "GET", url: URL(string: sandbox.server.baseURL + "/takemepay/v1/sources/\(id)\(query)")!,
            headers: headers, body: Data((body ?? "").utf8))
        return WireAnswer(try await AsyncHTTPTransport().send(request))
    }

    @Test func aSourceIsPaidChargedAndRefunded() async throws {
        let source = try await source()
        let id = try #require(source["id"]?.string)
        let secret = try #require(source["clientSecret"]?.string)
        #expect(id.hasPrefix("src_"))
        #expect(source["status"] == "pending")
        #expect(source["amount"] == .number("150"))
        #expect(source["payload"]?["qrCode"]?.string?.hasPrefix("weixin://wxpay/bizpayurl?pr=") == true)
        #expect(try await readWithPublicKey(id, body: #"{"clientSecret":"\#(secret)"}"#).json["status"] == "pending")
        let early = try await post("charges", #"{"amount":150,"currency":"JPY","sourceId":"\#(id)"}"#)
        #expect(early.status == 400)
        #expect(try errorCode(early) == "not_chargeable")
        try await sandbox.buyer(.pay, id)
        #expect(try await readWithPublicKey(id, body: #"{"clientSecret":"\#(secret)"}"#).json["status"] == "chargeable")
        let charge = try await post("charges", #"{"amount":150,"currency":"JPY","sourceId":"\#(id)"}"#)
        #expect(charge.status == 200)
        let chargeID = try #require(try charge.json["id"]?.string)
        #expect(try charge.json["status"] == "succeeded")
        #expect(try charge.json["refunded"] == false)
        #expect(try await get("sources/\(id)").json["status"] == "consumed")
        let again = try await post("charges", #"{"amount":150,"currency":"JPY","sourceId":"\#(id)"}"#)
        #expect(try errorCode(again) == "not_chargeable")
        let refund = try await post("refunds", #"{"chargeId":"\#(chargeID)"}"#)
        #expect(try refund.json["status"] == "pending")
        #expect(try refund.json["amount"] == .number("150"))
        let refundID = try #require(try refund.json["id"]?.string)
        #expect(try await get("refunds/\(refundID)").json["status"] == "succeeded")
        #expect(try await get("charges/\(chargeID)").json["refunded"] == true)
        #expect(try errorCode(try await post("refunds", #"{"chargeId":"\#(chargeID)"}"#)) == "constraint_violation")
    }

    @Test func keysAreCheckedAndThePublicKeyIsForbiddenSecretCalls() async throws {
        #expect(try await get("charges", key: [:]).status == 401)
        let wrong = try await get("charges", key: ["Authorization": "Bearer sk_test_wrong"])
        #expect(wrong.status == 401)
        #expect(try errorCode(wrong) == "unauthorized")
        #expect(try await get("charges", key: ["Authorization": "Bearer " + "sk_live_" + "anything"]).status == 401)
        for path in ["charges", "sources", "events", "webhooks"] {
            let answer = try await get(path, key: Self.pk)
            #expect(answer.status == 403)
            #expect(try errorCode(answer) == "forbidden")
        }
        #expect(try await post("refunds", #"{"chargeId":"ch_x"}"#, key: Self.pk).status == 403)
        let id = try #require(try await source()["id"]?.string)
        #expect(try await get("sources/\(id)", key: Self.pk).status == 403)
        #expect(try await get("sources/\(id)?clientSecret=src_cs_wrong", key: Self.pk).status == 403)
        #expect(try await get("sources/\(id)").status == 200)
    }

    /// The document sends the client secret in the JSON body of the GET; the query string, a wrong
    /// secret or none at all are refused in the document's error form (403 `forbidden`).
    @Test func thePublicKeyReadsASourceOnlyWithTheClientSecretInTheBody() async throws {
        let created = try await source()
        let id = try #require(created["id"]?.string)
        let secret = try #require(created["clientSecret"]?.string)
        let read = try await readWithPublicKey(id, body: #"{"clientSecret":"\#(secret)"}"#)
        #expect(read.status == 200)
        #expect(try read.json["id"]?.string == id)
        for (body, query) in [
            (nil, "?clientSecret=\(secret)"), (nil, ""), (#"{"clientSecret":"src_cs_wrong"}"#, ""), ("{}", ""),
        ] as [(String?, String)] {
            let refused = try await readWithPublicKey(id, body: body, query: query)
            #expect(refused.status == 403)
            #expect(try errorCode(refused) == "forbidden")
            #expect(try refused.json["error"]?["message"]?.string?.contains("clientSecret") == true)
        }
        #expect(try await readWithPublicKey(id, body: "{").status == 400)
        #expect(try await get("sources/\(id)").status == 200)
    }

    @Test(arguments: [
        (#"{"amount":150.0,"currency":"JPY","type":"WeChatPay"}"#, "invalid_format"),
        (#"{"amount":"150","currency":"JPY","type":"WeChatPay"}"#, "invalid_format"),
        (#"{"currency":"JPY","type":"WeChatPay"}"#, "missing_parameter"),
        (#"{"amount":0,"currency":"JPY","type":"WeChatPay"}"#, "amount_invalid"),
        (#"{"amount":150,"currency":"USD","type":"WeChatPay"}"#, "constraint_violation"),
        (#"{"amount":150,"currency":"JPY","type":"AliPay"}"#, "constraint_violation"),
        (#"{"amount":150,"currency":"JPY""#, "parse_error"),
    ])
    func badSourcesAreRefused(_ body: String, _ code: String) async throws {
        let answer = try await post("sources", body, key: Self.pk)
        #expect(answer.status == 400)
        #expect(try errorCode(answer) == code)
    }

    @Test func aBodyThatIsNotJSONTypedIsRefused() async throws {
        let answer = try await sandbox.send(
            "POST", "/takemepay/v1/sources", headers: Self.pk.merging(["Content-Type": "application/x-www-form-urlencoded"]) { $1 },
            body: "amount=150")
        #expect(try errorCode(answer) == "media_type_not_supported")
        #expect(try errorCode(try await sandbox.send("DELETE", "/takemepay/v1/charges", headers: Self.sk)) == "method_not_supported")
        #expect(try await get("charges/ch_nothing").status == 404)
        #expect(try errorCode(try await get("charges/ch_nothing")) == "missing_object")
    }

    @Test func aDeclinedOrAbandonedSourceEnds() async throws {
        let first = try #require(try await source()["id"]?.string)
        let second = try #require(try await source()["id"]?.string)
        _ = try await sandbox.buyer(.decline, first)
        _ = try await sandbox.buyer(.cancel, second)
        #expect(try await get("sources/\(first)").json["status"] == "failed")
        #expect(try await get("sources/\(second)").json["status"] == "canceled")
    }

    @Test func listsPageNewestFirst() async throws {
        var ids: [String] = []
        for amount in 1...5 { ids.append(try #require(try await source(amount: amount)["id"]?.string)) }
        let first = try await get("sources?limit=2").json
        #expect(first["object"] == "list")
        #expect(first["hasMore"] == true)
        #expect(first["data"]?.array?.compactMap { $0["id"]?.string } == [ids[4], ids[3]])
        let second = try await get("sources?limit=2&startingAfter=\(ids[3])").json
        #expect(second["data"]?.array?.compactMap { $0["id"]?.string } == [ids[2], ids[1]])
        let last = try await get("sources?limit=2&startingAfter=\(ids[1])").json
        #expect(last["data"]?.array?.compactMap { $0["id"]?.string } == [ids[0]])
        #expect(last["hasMore"] == false)
        let back = try await get("sources?limit=2&endingBefore=\(ids[1])").json
        #expect(back["data"]?.array?.compactMap { $0["id"]?.string } == [ids[3], ids[2]])
        #expect(try await get("sources?limit=0").status == 400)
        #expect(try await get("sources?limit=abc").status == 400)
    }

    @Test func eventsCarryThePreviousObject() async throws {
        let id = try #require(try await source()["id"]?.string)
        _ = try await sandbox.buyer(.pay, id)
        let events = try await get("events").json["data"]?.array ?? []
        #expect(events.compactMap { $0["type"]?.string } == ["source.updated", "source.created"])
        #expect(events.first?["data"]?["dataObject"]?["status"] == "chargeable")
        #expect(events.first?["data"]?["previousObject"]?["status"] == "pending")
        let eventID = try #require(events.first?["id"]?.string)
        #expect(try await get("events/\(eventID)").json["type"] == "source.updated")
    }

    @Test func webhooksAreCreatedListedAndDeleted() async throws {
        let created = try await post("webhooks", #"{"enabledEvents":["source.updated"],"url":"https://demo.takemepay.com/hook"}"#)
        let id = try #require(try created.json["id"]?.string)
        #expect(id.hasPrefix("we_"))
        #expect(try created.json["secret"]?.string?.hasPrefix("wesec_") == true)
        #expect(try await get("webhooks").json.array?.count == 1)
        #expect(try await get("webhooks/\(id)").json["url"] == "https://demo.takemepay.com/hook")
        #expect(try await sandbox.send("DELETE", "/takemepay/v1/webhooks/\(id)", headers: Self.sk).json["id"] == .string(id))
        #expect(try await get("webhooks/\(id)").status == 404)
        #expect(try errorCode(try await post("webhooks", #"{"enabledEvents":["source.update"],"url":"https://x.example/h"}"#)) == "constraint_violation")
        #expect(try errorCode(try await post("webhooks", #"{"enabledEvents":["source.updated"],"url":"http://x.example/h"}"#)) == "constraint_violation")
        #expect(try errorCode(try await post("webhooks", #"{"url":"https://x.example/h"}"#)) == "missing_parameter")
    }

    @Test func webhookDeliveriesAreSignedAndRetriedAfterOneTwoFourEightSeconds() async throws {
        let receiver = RecordingTransport.receiver(answering: HTTPResponse(status: 500))
        let sandbox = try LiveSandbox(webhooks: receiver)
        let webhook = try await sandbox.send(
            "POST", "/takemepay/v1/webhooks", headers: Self.sk.merging(["Content-Type": "application/json"]) { $1 },
            body: #"{"enabledEvents":["source.created"],"url":"https://receiver.example/hook"}"#)
        let secret = try #require(try webhook.json["secret"]?.string)
        _ = try await sandbox.send("POST", "/takemepay/v1/sources", headers: Self.pk.merging(["Content-Type": "application/json"]) { $1 },
                                   body: #"{"amount":150,"currency":"JPY","type":"WeChatPay"}"#)
        var times: [Double] = []
        let start = sandbox.clock.now
        for _ in 0..<40 {
            if await sandbox.engine.deliverDueWebhooks() > 0 { times.append(sandbox.clock.now.timeIntervalSince(start)) }
            sandbox.clock.advance(seconds: 0.5)
        }
        #expect(times == [0, 1, 3, 7, 15])
        #expect(sandbox.engine.deliveries().first?.state == .failed)
        let request = try #require(receiver.requests.last)
        let header = try #require(request.header("TakemePay-Signature"))
        let parts = Dictionary(uniqueKeysWithValues: header.split(separator: ",").map { item in
            let pair = item.split(separator: "=", maxSplits: 1)
            return (String(pair[0]), String(pair[1]))
        })
        let timestamp = try #require(parts["t"])
        #expect(Int64(timestamp) == Int64(start.timeIntervalSince1970) + 15)
        let expected = HMAC<SHA256>.authenticationCode(
            for: Data("\(timestamp).".utf8) + request.body, using: SymmetricKey(data: Data(secret.utf8)))
        #expect(parts["s"] == expected.map { String(format: "%02x", $0) }.joined())
        #expect(try JSONReader.parse(request.body)["type"] == "source.created")
    }

    @Test func scenarioChargePendingThenSucceeded() async throws {
        let id = try #require(try await source(amount: 1594)["id"]?.string)
        _ = try await sandbox.buyer(.pay, id)
        let charge = try await post("charges", #"{"amount":1594,"currency":"JPY","sourceId":"\#(id)"}"#).json
        #expect(charge["status"] == "pending")
        let chargeID = try #require(charge["id"]?.string)
        #expect(try await get("charges/\(chargeID)").json["status"] == "pending")
        #expect(try await get("charges/\(chargeID)").json["status"] == "succeeded")
    }

    @Test func scenarioRefundsProcessingAndFailing() async throws {
        for (amount, words) in [(1581, ["pending", "pending", "succeeded"]), (1582, ["failed", "failed", "failed"])] {
            let id = try #require(try await source(amount: amount)["id"]?.string)
            _ = try await sandbox.buyer(.pay, id)
            let chargeID = try #require(try await post("charges", #"{"amount":\#(amount),"currency":"JPY","sourceId":"\#(id)"}"#).json["id"]?.string)
            let refundID = try #require(try await post("refunds", #"{"chargeId":"\#(chargeID)"}"#).json["id"]?.string)
            var seen: [String] = []
            for _ in 0..<3 { seen.append(try await get("refunds/\(refundID)").json["status"]?.string ?? "?") }
            #expect(seen == words)
        }
    }
}

@Suite("TakeMe Pay webhook selection")
struct TakeMePayWebhookSelectionTests {
    @Test func onlyEnabledEventsAreSentAndADeliveredOneIsNotRepeated() async throws {
        let receiver = RecordingTransport.receiver(answering: HTTPResponse(status: 200))
        let sandbox = try LiveSandbox(webhooks: receiver)
        let headers = TakeMePayTests.sk.merging(["Content-Type": "application/json"]) { $1 }
        _ = try await sandbox.send("POST", "/takemepay/v1/webhooks", headers: headers,
                                   body: #"{"enabledEvents":["source.updated","charge.created"],"url":"https://shop.example/a"}"#)
        let source = try await sandbox.send("POST", "/takemepay/v1/sources", headers: headers, body: #"{"amount":300,"currency":"JPY","type":"WeChatPay"}"#)
        let id = try #require(try source.json["id"]?.string)
        _ = try await sandbox.buyer(.pay, id)
        _ = try await sandbox.send("POST", "/takemepay/v1/charges", headers: headers, body: #"{"amount":300,"currency":"JPY","sourceId":"\#(id)"}"#)
        for _ in 0..<5 {
            await sandbox.engine.deliverDueWebhooks()
            sandbox.clock.advance(seconds: 10)
        }
        let types = try receiver.requests.map { try JSONReader.parse($0.body)["type"]?.string }
        #expect(types == ["source.updated", "source.updated", "charge.created"])
        #expect(sandbox.engine.deliveries().allSatisfy { $0.state == .delivered && $0.attempts.count == 1 })
    }
}
