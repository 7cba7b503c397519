import Foundation
import TillCore
import Wire

/// MOTP refunds: `POST /api/refund` with `out_refund_no`, and the refund status query.
///
/// The documents' refund status request carries only `store_id` and `out_trade_no`; Till also sends
/// `out_refund_no` (a member the refund answers use), so that one of several partial refunds can be
/// told apart, and checks that the answer's `out_refund_no` is the one asked about.
struct MOTPRefunds {
    let client: MOTPClient

    func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus {
        guard refund.amount.currency == client.settings.currency, refund.amount.minorUnits > 0,
            refund.amount.minorUnits <= refund.payment.amount.minorUnits
        else {
            throw .cashier(
                .configuration(
                    "a refund must be more than zero and at most the payment's \(MOTPDecimal.format(refund.payment.amount)) \(refund.payment.amount.currency.code)"
                ))
        }
        var members: [(key: String, value: JSONValue)] = [
            ("service_id", .integer(client.settings.refundServiceID)),
            ("store_id", .string(client.settings.storeID)),
            ("refund_amount", .number(MOTPDecimal.format(refund.amount))),
            ("out_trade_no", .string(refund.payment.orderNumber.rawValue)),
            ("out_refund_no", .string(refund.refundNumber)),
        ]
        if let reason = refund.reason { members.append(("reason", .string(reason))) }
        let reference = RefundReference(
            refundNumber: refund.refundNumber, payment: refund.payment, amount: refund.amount)
        return try await IdempotentCreate.run(number: refund.refundNumber) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<RefundStatus> in
            let answer = try await client.connection.call(MOTPPath.refund, .object(members))
            if !answer.success, answer.resultCode == MOTPErrors.refundNumberUsed { return .numberUsed }
            return .answered(
                try ExchangeError.reading { () throws(GatewayError) in
                    try status(from: answer, reference: reference, amountField: "refund_amount")
                })
        } lookUp: { () async throws(ExchangeError) -> RefundStatus? in
            try await lookUp(reference)
        }
    }

    func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus {
        let found: RefundStatus?
        do {
            found = try await lookUp(reference)
        } catch {
            throw error.asGatewayError
        }
        guard let found else {
            throw .cashier(
                .requestRefused(
                    GatewayRawError(code: "not-found", message: "MOTP does not know refund \(reference.refundNumber)")))
        }
        return found
    }

    private func lookUp(_ reference: RefundReference) async throws(ExchangeError) -> RefundStatus? {
        let body = JSONValue.object([
            ("store_id", client.storeIDForQueries),
            ("out_trade_no", .string(reference.payment.orderNumber.rawValue)),
            ("out_refund_no", .string(reference.refundNumber)),
        ])
        let answer = try await client.connection.call(MOTPPath.refundStatus, body)
        if !answer.success, let code = answer.resultCode, MOTPErrors.notFound.contains(code) { return nil }
        do {
            let amountField = answer.data["refund_amount"] != nil ? "refund_amount" : "amount"
            return try status(from: answer, reference: reference, amountField: amountField)
        } catch {
            throw .gateway(error)
        }
    }

    /// Maps a refund or refund status answer onto the refund state machine, checking the echoes.
    private func status(from answer: MOTPAnswer, reference: RefundReference, amountField: String) throws(GatewayError)
        -> RefundStatus
    {
        var word = answer.resultCode
        if word == nil, answer.success, let isSuccess = answer.data["is_success"]?.bool {
            word = MOTPStatusTable.word(isSuccess: isSuccess, refund: true)
        }
        guard let word else {
            if !answer.success { throw answer.refusal }
            throw AnswerError.missing("data.result_code")
        }
        guard let state = MOTPStatusTable.refund[word] else {
            if !answer.success { throw answer.refusal }
            throw AnswerError.unknownStatus(word, field: "data.result_code")
        }
        try Echo.text(
            "data.out_trade_no", sent: reference.payment.orderNumber.rawValue, echoed: answer.text("out_trade_no"),
            required: state == .succeeded)
        try Echo.text(
            "data.out_refund_no", sent: reference.refundNumber, echoed: answer.text("out_refund_no"), required: false)
        try answer.expectAmount(amountField, sent: reference.amount, required: state == .succeeded)
        try Echo.currency(
            "data.currency", sent: client.settings.currency, echoed: answer.text("currency"), required: false)
        var completed = reference
        if let transactionID = answer.text("transaction_id") { completed.gatewayReference = transactionID }
        let failure = state == .failed ? GatewayRawError(code: word, message: answer.message) : nil
        let said = answer.resultCode ?? "is_success: \(state == .succeeded)"
        return RefundStatus(state: state, gatewayStatus: said, reference: completed, failure: failure)
    }
}
