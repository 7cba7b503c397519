import Foundation
import Logging
import TillCore
import Wire

/// The TakeMe Pay connector: a source shown as a QR code, polled with its client secret, charged
/// with the secret key once `chargeable`, a `pending` charge followed to its end, full refunds.
///
/// Idempotency: the merchant order number rides in the source's and the charge's metadata
/// (`{"orderNumber": ...}`) and the refund number in the refund's. TakeMe Pay has no lookup by
/// metadata, so after a lost answer the connector reads recent list pages and matches the metadata
/// (sources), the source id (charges) or the `refund.created` events (refunds); it never creates
/// again. A source is charged only while TakeMe Pay says it is `chargeable`, so a lost charge
/// answer cannot lead to a second charge: the next poll sees `consumed` and finds the charge.
public struct TakeMePayClient: QRPaymentGateway, RefundingGateway {
    public let api: TakeMePayAPI
    var lookup: TakeMePayLookup { TakeMePayLookup(api: api) }
    var settings: TakeMePaySettings { api.settings }

    public var gatewayID: GatewayID { .takemepay }

    public var currencies: [Currency] { settings.currencies }

    public var qrBrands: [Brand] { [.wechatPay] }

    public var refundScope: RefundScope { .fullOnly }

    public init(
        settings: TakeMePaySettings, transport: any HTTPTransport,
        logger: Logger = Logger(label: "till.gateways.takemepay")
    ) {
        api = TakeMePayAPI(settings: settings, transport: transport, logger: logger)
    }

    public func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
        try requireQRBrand(payment.brand)
        try requireCurrency(payment.amount)
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        let source = try await IdempotentCreate.run(number: payment.orderNumber.rawValue) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<TakeMePaySource> in
            .answered(
                try await api.createSource(
                    amount: payment.amount, orderNumber: payment.orderNumber, description: payment.description))
        } lookUp: { () async throws(ExchangeError) -> TakeMePaySource? in
            try await lookup.source(orderNumber: payment.orderNumber)
        }
        let state = try check(source, against: reference)
        guard let qrCode = source.qrCode, !qrCode.isEmpty else {
            if state == .awaitingBuyer { throw AnswerError.missing("payload.qrCode") }
            throw .unconfirmed(
                orderNumber: payment.orderNumber.rawValue,
                reason: "the source is \(source.status) and has no QR code to show")
        }
        var completed = reference
        completed.gatewayReference = source.id
        completed.clientSecret = source.clientSecret
        return QRPaymentStart(qrPayload: qrCode, reference: completed, state: state)
    }

    /// Checks a source's echoes and maps its status.
    func check(_ source: TakeMePaySource, against reference: PaymentReference) throws(GatewayError) -> AttemptState {
        try Echo.text(
            "amount", sent: String(reference.amount.minorUnits), echoed: String(source.amount), required: true)
        try Echo.currency("currency", sent: reference.amount.currency, echoed: source.currency, required: true)
        try Echo.text(
            "metadata.orderNumber", sent: reference.orderNumber.rawValue,
            echoed: source.metadata[TakeMePayObjects.orderNumberKey],
            required: false)
        return try TakeMePayStatusTable.lookUp(TakeMePayStatusTable.source, source.status, field: "source.status")
    }

    /// Checks a charge's echoes and maps it to a payment status.
    func status(of charge: TakeMePayCharge, reference: PaymentReference) throws(GatewayError) -> PaymentStatus {
        try Echo.text(
            "amount", sent: String(reference.amount.minorUnits), echoed: String(charge.amount), required: true)
        try Echo.currency("currency", sent: reference.amount.currency, echoed: charge.currency, required: true)
        if let sourceID = reference.gatewayReference {
            try Echo.text("sourceId", sent: sourceID, echoed: charge.sourceID, required: false)
        }
        let state = try TakeMePayStatusTable.lookUp(TakeMePayStatusTable.charge, charge.status, field: "charge.status")
        var completed = reference
        completed.chargeID = charge.id
        if completed.gatewayReference == nil { completed.gatewayReference = charge.sourceID }
        return PaymentStatus(
            state: state, gatewayStatus: charge.status, reference: completed,
            failure: state == .failed ? charge.failure : nil)
    }

    public func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        do {
            return try await TakeMePayPolling(client: self).status(reference, completing: true)
        } catch {
            throw error.asGatewayError
        }
    }

    public func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        do {
            return try await TakeMePayPolling(client: self).status(reference, completing: false)
        } catch {
            throw error.asGatewayError
        }
    }

    public func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus {
        try await TakeMePayRefunds(client: self).refund(refund)
    }

    public func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus {
        try await TakeMePayRefunds(client: self).refundStatus(reference)
    }
}
