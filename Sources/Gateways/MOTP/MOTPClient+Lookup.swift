import Foundation
import TillCore
import Wire

extension MOTPClient {
    /// Sends a create once through `IdempotentCreate`: `read` maps its answer (a refusal it throws is
    /// judged by the one rule); when the answer settles nothing, `found` maps the status asked by the
    /// order number (it may throw, e.g. when the QR code cannot be recovered that way).
    func createOnce<Result>(
        path: String, body: JSONValue, payment: PaymentRequest,
        read: @escaping (MOTPAnswer) throws(GatewayError) -> Result,
        found: @escaping (PaymentStatus) throws(GatewayError) -> Result
    ) async throws(GatewayError) -> Result {
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        return try await IdempotentCreate.run(number: payment.orderNumber.rawValue) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<Result> in
            let answer = try await connection.call(path, body)
            if !answer.success, answer.resultCode == MOTPErrors.orderNumberUsed { return .numberUsed }
            return .answered(try ExchangeError.reading { () throws(GatewayError) in try read(answer) })
        } lookUp: { () async throws(ExchangeError) -> Result? in
            guard let status = try await lookUpPayment(reference) else { return nil }
            return try ExchangeError.reading { () throws(GatewayError) in try found(status) }
        }
    }

    /// The payment's status, or nil when MOTP says the order number is unknown.
    func lookUpPayment(_ reference: PaymentReference) async throws(ExchangeError) -> PaymentStatus? {
        let body = JSONValue.object([
            ("store_id", storeIDForQueries), ("out_trade_no", .string(reference.orderNumber.rawValue)),
        ])
        let answer = try await connection.call(MOTPPath.paymentStatus, body)
        if !answer.success, let code = answer.resultCode, MOTPErrors.notFound.contains(code) { return nil }
        do {
            return try paymentStatus(from: answer, reference: reference, requireEcho: false)
        } catch {
            throw .gateway(error)
        }
    }

    /// Maps a Quick Pay or payment status answer onto the attempt state machine.
    ///
    /// The documents' payment status example has `is_success` but no `result_code`: without
    /// `result_code`, `is_success: true` reads as `SUCCESS` (paid) and `false` as `NOTPAY` (not paid
    /// yet: keep waiting, never a failure).
    func paymentStatus(from answer: MOTPAnswer, reference: PaymentReference, requireEcho: Bool) throws(GatewayError)
        -> PaymentStatus
    {
        var word = answer.resultCode
        if word == nil, answer.success, let isSuccess = answer.data["is_success"]?.bool {
            word = MOTPStatusTable.word(isSuccess: isSuccess, refund: false)
        }
        guard let word else {
            if !answer.success { throw answer.refusal }
            throw AnswerError.missing("data.result_code")
        }
        guard let state = MOTPStatusTable.payment[word] else {
            if !answer.success { throw answer.refusal }
            throw AnswerError.unknownStatus(word, field: "data.result_code")
        }
        // `is_success` is true only for SUCCESS; `REFUND` (paid, then refunded) may say either.
        if word != "REFUND", let isSuccess = answer.data["is_success"]?.bool, isSuccess != (word == "SUCCESS") {
            throw .cashier(
                .unexpectedAnswer(GatewayRawError(code: word, message: "is_success is \(isSuccess) for \(word)")))
        }
        try Echo.text(
            "data.out_trade_no", sent: reference.orderNumber.rawValue, echoed: answer.text("out_trade_no"),
            required: state == .succeeded)
        try answer.expectAmount("amount", sent: reference.amount, required: state == .succeeded)
        try Echo.currency(
            "data.currency", sent: settings.currency, echoed: answer.text("currency"),
            required: requireEcho && state == .succeeded)
        var completed = reference
        if let transactionID = answer.text("transaction_id") { completed.gatewayReference = transactionID }
        let failure =
            state == .failed || state == .canceled ? GatewayRawError(code: word, message: answer.message) : nil
        // What MOTP said, for the journal: its word, or the bare `is_success` it answered instead.
        let said = answer.resultCode ?? "is_success: \(state == .succeeded)"
        return PaymentStatus(state: state, gatewayStatus: said, reference: completed, failure: failure)
    }
}
