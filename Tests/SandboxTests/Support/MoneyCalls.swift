import Foundation
@testable import Sandbox
import TillCore
import Wire

/// Valid money-moving requests of each gateway, as raw pieces a test sends in process or on a socket.
enum MoneyCalls {
    struct Call {
        let method: String
        let path: String
        let headers: [String: String]
        let body: String

        /// The same request for the in-process transport.
        var request: HTTPRequest {
            HTTPRequest(
                method: method, url: URL(string: "http://127.0.0.1" + path)!,
                headers: headers.map { HTTPHeader($0.key, $0.value) } + [HTTPHeader("Content-Type", "application/json")],
                body: Data(body.utf8))
        }
    }

    static let tokenCall = Call(
        method: "POST", path: "/motp/api/token", headers: [:],
        body: #"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#)

    static func motp(_ call: String, token: String, _ body: String) -> Call {
        Call(method: "POST", path: "/motp/api/\(call)", headers: ["Authorization": "Bearer \(token)"], body: body)
    }

    static func quickPay(_ order: String, token: String, amount: String = "0.50", authCode: String = "284957000000000000") -> Call {
        motp("quick-pay", token: token, #"{"service_id":2,"store_id":"109038","amount":\#(amount),"auth_code":\#(authCode),"out_trade_no":"\#(order)"}"#)
    }

    static func nativePay(_ order: String, token: String, amount: String = "0.50") -> Call {
        motp("native-pay", token: token, #"{"service_id":30,"store_id":"109038","amount":\#(amount),"out_trade_no":"\#(order)"}"#)
    }

    static func motpRefund(_ order: String, _ refund: String, token: String, amount: String = "0.50") -> Call {
        motp("refund", token: token, #"{"service_id":30,"store_id":"109038","refund_amount":\#(amount),"out_trade_no":"\#(order)","out_refund_no":"\#(refund)"}"#)
    }

    static func tapInCreate(_ id1: String) -> Call {
        Call(
            method: "POST", path: "/tapin/api/external_collection/create_external_collection",
            headers: ["signature": TapInState.signature(id1: id1)],
            body: #"{"vendor_id":25467,"amount":1500,"id_1":"\#(id1)","webhook":"http://127.0.0.1:9/hook"}"#)
    }

    static func pomeloCreate(_ localID: String) -> Call {
        let signature = PomeloState.signature(amount: 2000, currency: "GBP", method: "sha1") ?? ""
        return Call(
            method: "POST", path: "/pomelo/public/transactions", headers: ["Authorization": TestCredentials.pomeloAPIKey],
            body: #"{"localId":"\#(localID)","amount":2000,"currency":"GBP","signature":"\#(signature)","deviceId":"\#(TestCredentials.pomeloClientID)","appVersion":"till-test","apiVersion":"2.0","signMethod":"sha1"}"#)
    }

    static func takeMePay(_ resource: String, key: String = TestCredentials.takeMePaySecretKey, _ body: String) -> Call {
        Call(method: "POST", path: "/takemepay/v1/\(resource)", headers: ["Authorization": "Bearer \(key)"], body: body)
    }

    static func takeMePaySource(_ order: String) -> Call {
        takeMePay("sources", key: TestCredentials.takeMePayPublicKey, #"{"amount":150,"currency":"JPY","type":"WeChatPay","metadata":{"orderNumber":"\#(order)"}}"#)
    }

    static func takeMePayCharge(source: String, order: String) -> Call {
        takeMePay("charges", #"{"amount":150,"currency":"JPY","sourceId":"\#(source)","metadata":{"orderNumber":"\#(order)"}}"#)
    }

    static func takeMePayRefund(charge: String, order: String, refund: String) -> Call {
        takeMePay("refunds", #"{"chargeId":"\#(charge)","metadata":{"orderNumber":"\#(order)","refundNumber":"\#(refund)"}}"#)
    }
}
