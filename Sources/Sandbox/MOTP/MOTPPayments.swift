import Foundation
import TillCore
import Wire

/// The fields every MOTP payment call shares.
private struct MOTPPaymentFields {
    let serviceID: Int64
    let storeID: String
    let amountMinor: Int64
    let outTradeNo: String

    init(_ fields: BodyFields) throws(FieldError) {
        serviceID = try fields.integer("service_id")
        storeID = try fields.identifier("store_id")
        amountMinor = try fields.decimal("amount", places: 2)
        guard amountMinor > 0 else { throw .invalid("amount", "must be greater than 0") }
        outTradeNo = try fields.string("out_trade_no")
        guard outTradeNo.count <= 64 else { throw .invalid("out_trade_no", "must be at most 64 characters") }
        _ = try fields.optionalIdentifier("sub_store_id")
        _ = try fields.optionalString("sub_store_name")
        if fields.has("fee_rate") {
            let rate = try fields.decimal("fee_rate", places: 2)
            guard rate >= 0, rate <= 10_000 else { throw .invalid("fee_rate", "must be a percentage from 0 to 100") }
        }
    }
}

extension SandboxWorld {
    /// Native Pay: a dynamic QR code the buyer scans. The document's service answers a WeChat Pay code
    /// (`weixin://`); this merchant also has an Alipay Native Pay service, which answers an Alipay one.
    mutating func motpNativePay(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let common: MOTPPaymentFields
        do { common = try MOTPPaymentFields(fields) } catch { return MOTPReply.invalid(error) }
        let services = [TestCredentials.motpNativeServiceID, TestCredentials.motpAlipayServiceID]
        guard services.contains(common.serviceID) else {
            return MOTPReply.failure(400, code: "INVALID_SERVICE", "service_id \(common.serviceID) is not one of this merchant's Native Pay services (\(services.map(String.init).joined(separator: ", ")))")
        }
        guard motp.orders[common.outTradeNo] == nil else { return MOTPState.used(common.outTradeNo) }
        let qrCode = common.serviceID == TestCredentials.motpAlipayServiceID
            ? "https://qr.alipay.com/" + Identifiers.alphanumeric(22).lowercased()
            : "weixin://wxpay/bizpayurl?pr=" + Identifiers.alphanumeric(7)
        let magic = Scenarios.motpMinorUnits(common.amountMinor, currency: environment.configuration.motpCurrency)
        motp.add(MOTPOrder(
            kind: .native, outTradeNo: common.outTradeNo, serviceID: common.serviceID, storeID: common.storeID,
            amountMinor: common.amountMinor, transactionID: MOTPState.newTransactionID(), status: .userPaying,
            qrCode: qrCode, authCode: nil, created: environment.now, wording: Scenarios.motpWording(amountMinor: magic)))
        scheduleBuyer(for: .motp, reference: common.outTradeNo, amountMinor: magic, environment)
        return MOTPReply.success([
            "qr_code": .string(qrCode), "amount": MOTPState.amountJSON(common.amountMinor),
            "out_trade_no": .string(common.outTradeNo), "result_code": "SUCCESS",
        ])
    }
}

extension MOTPState {
    static func used(_ outTradeNo: String) -> HTTPResponse {
        MOTPReply.failure(400, code: "OUT_TRADE_NO_USED", "out_trade_no \(outTradeNo) has been used already: ask payment-status for it instead of paying again")
    }

    static func newTransactionID() -> String { "4200" + Identifiers.digits(24) }

    mutating func add(_ order: MOTPOrder) {
        orders[order.outTradeNo] = order
        orderSequence.append(order.outTradeNo)
    }

    /// Quick Pay (the seller scans the buyer's code) and JSAPI Pay: answered at once with the result,
    /// or `USERPAYING` while the buyer confirms with a PIN.
    mutating func quickPay(_ fields: BodyFields, kind: MOTPOrderKind, _ environment: Environment) -> HTTPResponse {
        let common: MOTPPaymentFields
        let authCode: String
        do {
            common = try MOTPPaymentFields(fields)
            authCode = try fields.identifier("auth_code")
        } catch {
            return MOTPReply.invalid(error)
        }
        let expectedService = kind == .quick ? TestCredentials.motpQuickServiceID : TestCredentials.motpNativeServiceID
        guard common.serviceID == expectedService else {
            let name = kind == .quick ? "Quick Pay" : "JSAPI Pay"
            return MOTPReply.failure(400, code: "INVALID_SERVICE", "service_id \(common.serviceID) is not this merchant's \(name) service (\(expectedService))")
        }
        guard orders[common.outTradeNo] == nil else { return Self.used(common.outTradeNo) }
        let scenario = kind == .quick ? Scenarios.quickPay(authCode: authCode) : .success
        var order = MOTPOrder(
            kind: kind, outTradeNo: common.outTradeNo, serviceID: common.serviceID, storeID: common.storeID,
            amountMinor: common.amountMinor, transactionID: Self.newTransactionID(), status: .userPaying,
            qrCode: nil, authCode: authCode, created: environment.now, quickScenario: scenario,
            wording: Scenarios.motpWording(amountMinor: Scenarios.motpMinorUnits(common.amountMinor, currency: environment.configuration.motpCurrency)))
        switch scenario {
        case .success: order.settle(.success)
        case .fail: order.settle(.fail)
        case .userPaying(let checks): order.userPayingChecksLeft = checks
        case .userPayingThenFail: order.userPayingChecksLeft = 1
        case .userPayingForever, .lateSuccess: break
        }
        add(order)
        return paymentAnswer(order, currency: environment.configuration.motpCurrency)
    }

    /// The answer of a Quick/JSAPI Pay call.
    private func paymentAnswer(_ order: MOTPOrder, currency: String) -> HTTPResponse {
        var data: JSONValue = [
            "amount": Self.amountJSON(order.amountMinor), "currency": .string(currency),
            "out_trade_no": .string(order.outTradeNo), "transaction_id": .string(order.transactionID),
            "result_code": .string(order.word),
        ]
        guard order.isRefusal else { return MOTPReply.success(data) }
        data["message"] = .string(Self.message(for: order.word))
        return .json(200, ["success": false, "data": data])
    }

    static func message(for word: String) -> String {
        switch word {
        case "SUCCESS": "Payment Successful!"
        case "USERPAYING": "The buyer is confirming the payment"
        case "NOTPAY": "The buyer has not paid yet"
        case "FAIL": "Payment failed: the buyer declined or has too little balance"
        case "PAYERROR": "Payment failed: the payment channel reported an error"
        case "CLOSED": "The order is closed"
        case "REVOKED": "The order was revoked"
        case "REFUND": "The payment was refunded"
        default: "The payment was reversed"
        }
    }

    /// Moves a Quick Pay along its scenario on each status check.
    private mutating func advanceOnCheck(_ outTradeNo: String, _ environment: Environment) {
        guard var order = orders[outTradeNo], order.status == .userPaying, let scenario = order.quickScenario else { return }
        switch scenario {
        case .userPaying, .userPayingThenFail:
            let left = order.userPayingChecksLeft ?? 0
            if left > 0 {
                order.userPayingChecksLeft = left - 1
            } else {
                order.settle(scenario == .userPayingThenFail ? .fail : .success)
            }
        case .lateSuccess:
            if environment.now >= order.created.addingTimeInterval(Scenarios.quickPayLateSeconds) { order.settle(.success) }
        case .success, .fail, .userPayingForever:
            break
        }
        orders[outTradeNo] = order
    }

    mutating func paymentStatus(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let outTradeNo: String
        do { outTradeNo = try fields.string("out_trade_no") } catch { return MOTPReply.invalid(error) }
        advanceOnCheck(outTradeNo, environment)
        guard let order = orders[outTradeNo] else { return MOTPReply.notFound(outTradeNo) }
        var data: JSONValue = [
            "is_success": .bool(order.word == MOTPStatus.success.rawValue), "service_id": .integer(order.serviceID),
            "out_trade_no": .string(order.outTradeNo), "amount": Self.amountJSON(order.amountMinor),
            "currency": .string(environment.configuration.motpCurrency),
        ]
        // The document's own example carries neither transaction_id nor result_code.
        if order.wording != .document {
            data["transaction_id"] = .string(order.transactionID)
            data["result_code"] = .string(order.word)
        }
        data["message"] = .string(Self.message(for: order.word))
        if let refund = order.refunds.last { data["out_refund_no"] = .string(refund.outRefundNo) }
        guard order.isRefusal else { return MOTPReply.success(data) }
        return .json(200, ["success": false, "data": data])
    }
}
