import Foundation
import TillCore
import Wire

extension MOTPState {
    /// Refund to buyer: part or all of a paid order, once per `out_refund_no`.
    mutating func refund(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let outTradeNo: String, outRefundNo: String, amountMinor: Int64, serviceID: Int64, reason: String?
        do throws(FieldError) {
            serviceID = try fields.integer("service_id")
            amountMinor = try fields.decimal("refund_amount", places: 2)
            guard amountMinor > 0 else { throw FieldError.invalid("refund_amount", "must be greater than 0") }
            outTradeNo = try fields.string("out_trade_no")
            outRefundNo = try fields.string("out_refund_no")
            reason = try fields.optionalString("reason")
        } catch {
            return MOTPReply.invalid(error)
        }
        guard var order = orders[outTradeNo] else { return MOTPReply.notFound(outTradeNo) }
        // The documents' refund carries the merchant's configured service_id (30 in the example) and
        // never say it must be the one the order was paid with: any of this merchant's services is taken.
        let services = [TestCredentials.motpNativeServiceID, TestCredentials.motpAlipayServiceID, TestCredentials.motpQuickServiceID]
        guard (services + [order.serviceID]).contains(serviceID) else {
            return MOTPReply.failure(400, code: "INVALID_SERVICE", "service_id \(serviceID) is not one of this merchant's services (\(services.map(String.init).joined(separator: ", ")))")
        }
        guard !refundNumbers.contains(outRefundNo) else {
            return MOTPReply.failure(400, code: "OUT_REFUND_NO_USED", "out_refund_no \(outRefundNo) has been used already: ask refund-status for it instead of refunding again")
        }
        guard order.status == .success else {
            return MOTPReply.failure(400, code: "ORDER_NOT_PAID", "order \(outTradeNo) is \(order.status.rawValue), not SUCCESS: only a paid order can be refunded")
        }
        let refundable = order.amountMinor - order.refundedMinor
        guard amountMinor <= refundable else {
            let left = NumberText.decimal(minorUnits: refundable, places: 2)
            return MOTPReply.failure(400, code: "REFUND_AMOUNT_EXCEEDED", "refund_amount is more than the \(left) still refundable on order \(outTradeNo)")
        }
        var refund = MOTPRefund(outRefundNo: outRefundNo, amountMinor: amountMinor, reason: reason, status: .success, processingChecksLeft: 0)
        switch Scenarios.refund(amountMinor: Scenarios.motpMinorUnits(amountMinor, currency: environment.configuration.motpCurrency)) {
        case .normal: break
        case .processing: refund.status = .processing; refund.processingChecksLeft = 2
        case .fail: refund.status = .fail
        }
        refundNumbers.insert(outRefundNo)
        order.refunds.append(refund)
        orders[outTradeNo] = order
        var data: JSONValue = [
            "service_id": .integer(order.serviceID), "store_id": Self.storeJSON(order.storeID),
            "refund_amount": Self.amountJSON(amountMinor), "currency": .string(environment.configuration.motpCurrency),
            "out_trade_no": .string(outTradeNo), "out_refund_no": .string(outRefundNo),
            "transaction_id": .string(order.transactionID), "result_code": .string(refund.status.rawValue),
        ]
        guard refund.status != .fail else {
            data["message"] = "Refund failed: the payment channel refused it"
            return .json(200, ["success": false, "data": data])
        }
        return MOTPReply.success(data)
    }

    /// The store id as the documents write it in answers: a number when it is one.
    static func storeJSON(_ storeID: String) -> JSONValue {
        NumberText.integer(storeID) != nil ? .number(storeID) : .string(storeID)
    }

    /// Check refund status: the refund named by `out_refund_no`, or the order's latest.
    mutating func refundStatus(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let outTradeNo: String, outRefundNo: String?
        do {
            outTradeNo = try fields.string("out_trade_no")
            outRefundNo = try fields.optionalString("out_refund_no")
        } catch {
            return MOTPReply.invalid(error)
        }
        guard var order = orders[outTradeNo] else { return MOTPReply.notFound(outTradeNo) }
        let index = outRefundNo.map { wanted in order.refunds.lastIndex { $0.outRefundNo == wanted } } ?? order.refunds.indices.last
        guard let index else {
            let which = outRefundNo.map { "refund \($0)" } ?? "any refund"
            return MOTPReply.failure(404, code: "REFUND_NOT_FOUND", "order \(outTradeNo) has no \(which)")
        }
        if order.refunds[index].status == .processing {
            if order.refunds[index].processingChecksLeft > 0 {
                order.refunds[index].processingChecksLeft -= 1
            } else {
                order.refunds[index].status = .success
            }
            orders[outTradeNo] = order
        }
        let refund = order.refunds[index]
        let message = switch refund.status {
        case .success: "Refund Successful!"
        case .processing: "The refund is being processed"
        case .fail: "Refund failed"
        }
        var data: JSONValue = [
            "is_success": .bool(refund.status == .success), "service_id": .integer(order.serviceID),
            "out_trade_no": .string(outTradeNo), "amount": Self.amountJSON(refund.amountMinor),
            "out_refund_no": .string(refund.outRefundNo), "currency": .string(environment.configuration.motpCurrency),
        ]
        // As the document's example: no result_code.
        if order.wording != .document { data["result_code"] = .string(refund.status.rawValue) }
        data["message"] = .string(message)
        guard refund.status != .fail else { return .json(200, ["success": false, "data": data]) }
        return MOTPReply.success(data)
    }
}
