import Foundation
import Logging
import TillCore
import Wire

/// The TapIn connector: a signed collection link shown as the QR code, and its status by `id_1`.
/// TapIn has no QuickPay and no refund API, so the connector adopts neither capability.
///
/// Idempotency: `id_1` is the attempt's merchant order number. After a lost create answer (or a
/// "created by id_1" refusal) the connector asks the status by `id_1`; it never creates again.
/// The status answer has no link, so a collection found that way cannot be shown: it is reported as
/// unconfirmed, to be settled by status queries.
public struct TapInClient: QRPaymentGateway {
    public let settings: TapInSettings
    let exchange: Exchange

    public var gatewayID: GatewayID { .tapin }

    public var currencies: [Currency] { [settings.currency] }

    public var qrBrands: [Brand] { [.tapinLink] }

    /// The wall clock, for the validity of a new link (`limit_days` from now).
    let now: @Sendable () -> Date

    public init(
        settings: TapInSettings, transport: any HTTPTransport, logger: Logger = Logger(label: "till.gateways.tapin"),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        self.now = now
        exchange = Exchange(logging: transport, to: logger, masking: [settings.ssCode])
    }

    /// The create request, in the documents' member order.
    func createRequest(_ payment: PaymentRequest) throws(GatewayError) -> HTTPRequest {
        let id1 = payment.orderNumber.rawValue
        var members: [(key: String, value: JSONValue)] = [
            ("vendor_id", .integer(settings.vendorID)),
            ("amount", .integer(payment.amount.minorUnits)),
            ("id_1", .string(id1)),
            ("webhook", .string(settings.webhookURL)),
        ]
        members.append(("limit_days", .integer(settings.limitDays)))
        if let customerPaysFee = settings.customerPaysFee {
            members.append(("is_customer_fee", .integer(customerPaysFee ? 1 : 0)))
        }
        if let description = payment.description { members.append(("instruction", .string(description))) }
        let url = try self.url(TapInPath.create, query: [])
        return .json(
            "POST", url, body: .object(members),
            headers: [HTTPHeader("signature", TapInSignature.sign(ssCode: settings.ssCode, id1: id1))])
    }

    /// The status request for `id1`.
    func statusRequest(id1: String) throws(GatewayError) -> HTTPRequest {
        let url = try self.url(TapInPath.status, query: [("id_1", id1)])
        return HTTPRequest(
            method: "GET", url: url,
            headers: [
                HTTPHeader("Accept", "application/json"),
                HTTPHeader("signature", TapInSignature.sign(ssCode: settings.ssCode, id1: id1)),
            ])
    }

    private func url(_ path: String, query: [(String, String)]) throws(GatewayError) -> URL {
        guard let url = settings.baseURL.appending(gatewayPath: path, query: query) else {
            throw .cashier(.configuration("the TapIn base URL \(settings.baseURL) cannot take the path \(path)"))
        }
        return url
    }

    public func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
        try requireQRBrand(payment.brand)
        try requireCurrency(payment.amount)
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        let request = try createRequest(payment)
        return try await IdempotentCreate.run(number: payment.orderNumber.rawValue) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<QRPaymentStart> in
            let response = try await exchange.send(request)
            let answer = try ExchangeError.reading { () throws(GatewayError) in try TapInAnswer.read(response) }
            if answer.errCode == TapInErrors.duplicate { return .numberUsed }
            return .answered(
                try ExchangeError.reading { () throws(GatewayError) in
                    try started(answer, payment: payment, reference: reference)
                })
        } lookUp: { () async throws(ExchangeError) -> QRPaymentStart? in
            guard try await lookUp(reference) != nil else { return nil }
            // The status answer carries no link, so the collection cannot be shown.
            throw .gateway(
                .unconfirmed(
                    orderNumber: payment.orderNumber.rawValue, reason: "TapIn has this collection but its link was lost"))
        }
    }

    private func started(_ answer: TapInAnswer, payment: PaymentRequest, reference: PaymentReference)
        throws(GatewayError) -> QRPaymentStart
    {
        guard answer.errCode == 0 else { throw answer.refusal }
        try Echo.text("data.id_1", sent: payment.orderNumber.rawValue, echoed: answer.text("id_1"), required: true)
        guard let link = answer.data["url"]?.string, !link.isEmpty else { throw AnswerError.missing("data.url") }
        var completed = reference
        completed.gatewayReference = answer.text("collection_id")
        // The link lives `limit_days` from its creation, which happened before this answer arrived.
        let expiresAt = now().addingTimeInterval(Double(settings.limitDays) * 86_400)
        return QRPaymentStart(qrPayload: link, reference: completed, state: .awaitingBuyer, expiresAt: expiresAt)
    }

    /// Nothing to cancel at this gateway: one more status question, and the reconciler follows
    /// whatever is still open.
    public func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        try await paymentStatus(reference)
    }

    public func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        do {
            if let status = try await lookUp(reference) { return status }
        } catch {
            throw error.asGatewayError
        }
        // errCode 2 on status: never created, or past limit_days. Either way nobody can pay it.
        return PaymentStatus(
            state: .canceled, gatewayStatus: "not found", reference: reference,
            failure: GatewayRawError(code: "2", message: "not found (expired or never created)"))
    }

    /// The collection's status, or nil when TapIn answers "not found".
    func lookUp(_ reference: PaymentReference) async throws(ExchangeError) -> PaymentStatus? {
        let request: HTTPRequest
        do {
            request = try statusRequest(id1: reference.orderNumber.rawValue)
        } catch {
            throw .gateway(error)
        }
        let response = try await exchange.send(request)
        do throws(GatewayError) {
            let answer = try TapInAnswer.read(response)
            if answer.errCode == TapInErrors.notFound { return nil }
            guard answer.errCode == 0 else { throw answer.refusal }
            return try status(from: answer, reference: reference)
        } catch {
            throw .gateway(error)
        }
    }

    private func status(from answer: TapInAnswer, reference: PaymentReference) throws(GatewayError) -> PaymentStatus {
        guard let word = answer.data["status"]?.string else { throw AnswerError.missing("data.status") }
        let state = try TapInStatusTable.state(for: word)
        try Echo.text("data.id_1", sent: reference.orderNumber.rawValue, echoed: answer.text("id_1"), required: true)
        let fee = try buyerFee(answer.data["pay_money"], asked: reference.amount, paid: state == .succeeded)
        var completed = reference
        if let collectionID = answer.text("collection_id") { completed.gatewayReference = collectionID }
        return PaymentStatus(state: state, gatewayStatus: word, reference: completed, buyerFee: fee)
    }

    /// Reads `pay_money` of a paid collection against the amount asked. Equal: no fee. Above: the
    /// buyer paid the handling fee (`is_customer_fee`), which is the difference, in the same minor
    /// units. Below: a mismatch. Before payment `pay_money` says nothing that was paid: not read.
    func buyerFee(_ payMoney: JSONValue?, asked: Money, paid isPaid: Bool) throws(GatewayError) -> Money? {
        guard isPaid else { return nil }
        guard let payMoney, !payMoney.isNull else { throw AnswerError.missing("data.pay_money") }
        guard let paid = payMoney.int64 else { throw AnswerError.missing("data.pay_money") }
        guard paid >= asked.minorUnits else {
            throw AnswerError.mismatch("data.pay_money", sent: String(asked.minorUnits), echoed: String(paid))
        }
        guard paid > asked.minorUnits else { return nil }
        return Money(minorUnits: paid - asked.minorUnits, currency: asked.currency)
    }
}
