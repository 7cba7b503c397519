import Foundation
import Logging
import TillCore
import Wire

/// The MOTP connector: Native Pay (QR), Quick Pay (buyer code), JSAPI Pay, refunds and both status
/// queries, with amounts as exact decimal text.
///
/// Idempotency: every create carries the attempt's `out_trade_no` (`out_refund_no`) and is sent once
/// (`IdempotentCreate`). When a create's answer is lost, the connector asks the status by that number;
/// when that settles nothing either, the outcome is unknown.
public struct MOTPClient: QRPaymentGateway, QuickPayGateway, RefundingGateway {
    public let settings: MOTPSettings
    let connection: MOTPConnection

    public var gatewayID: GatewayID { .motp }

    public var currencies: [Currency] { [settings.currency] }

    /// Native Pay answers a WeChat Pay code (`weixin://`); Alipay is offered only when the account has
    /// a Native Pay service for it (`alipay_service_id`).
    public var qrBrands: [Brand] {
        settings.brands.filter { $0 == .wechatPay || ($0 == .alipay && settings.alipayNativeServiceID != nil) }
    }

    /// Quick Pay takes the code of whichever wallet the buyer shows.
    public var quickPayBrands: [Brand] { settings.brands }

    public var refundScope: RefundScope { .fullAndPartial }

    /// - Parameters:
    ///   - transport: the HTTP transport (wrapped here in a masked logger).
    ///   - now: the clock for token lifetimes.
    public init(
        settings: MOTPSettings, transport: any HTTPTransport, logger: Logger = Logger(label: "till.gateways.motp"),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        connection = MOTPConnection(
            settings: settings, exchange: Exchange(logging: transport, to: logger, masking: [settings.password]),
            tokens: MOTPTokenStore(now: now))
    }

    // MARK: Requests

    /// The body shared by Native, Quick and JSAPI Pay, in the documents' member order.
    func payBody(serviceID: Int, payment: PaymentRequest, buyerCode: String?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("service_id", .integer(serviceID)),
            ("store_id", .string(settings.storeID)),
        ]
        if let subStoreID = settings.subStoreID { members.append(("sub_store_id", .integer(subStoreID))) }
        if let subStoreName = settings.subStoreName { members.append(("sub_store_name", .string(subStoreName))) }
        members.append(("amount", .number(MOTPDecimal.format(payment.amount))))
        if let feeRate = settings.feeRate { members.append(("fee_rate", .number(feeRate))) }
        if let buyerCode { members.append(("auth_code", .string(buyerCode))) }
        members.append(("out_trade_no", .string(payment.orderNumber.rawValue)))
        return .object(members)
    }

    /// `store_id` as the status examples write it: a number when it is all digits.
    var storeIDForQueries: JSONValue {
        settings.storeID.allSatisfy(\.isASCIIDigit) && !settings.storeID.isEmpty
            ? .number(settings.storeID) : .string(settings.storeID)
    }

    // MARK: Payments

    public func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
        try requireQRBrand(payment.brand)
        try requireCurrency(payment.amount)
        let serviceID = payment.brand == .alipay ? settings.alipayNativeServiceID ?? settings.nativeServiceID : settings.nativeServiceID
        let body = payBody(serviceID: serviceID, payment: payment, buyerCode: nil)
        return try await createOnce(path: MOTPPath.nativePay, body: body, payment: payment) {
            answer throws(GatewayError) in try nativePayStart(answer, payment: payment)
        } found: { _ throws(GatewayError) in
            throw GatewayError.unconfirmed(
                orderNumber: payment.orderNumber.rawValue, reason: "MOTP has the order but its QR code answer was lost")
        }
    }

    /// Reads a Native Pay answer: the QR code to show, with the echoes checked.
    private func nativePayStart(_ answer: MOTPAnswer, payment: PaymentRequest) throws(GatewayError) -> QRPaymentStart {
        guard answer.success else { throw answer.refusal }
        guard let word = answer.resultCode else { throw AnswerError.missing("data.result_code") }
        guard word == "SUCCESS" else { throw AnswerError.unknownStatus(word, field: "data.result_code") }
        try Echo.text(
            "data.out_trade_no", sent: payment.orderNumber.rawValue, echoed: answer.text("out_trade_no"), required: true
        )
        try answer.expectAmount("amount", sent: payment.amount, required: true)
        try Echo.currency("data.currency", sent: settings.currency, echoed: answer.text("currency"), required: false)
        guard let qrCode = answer.data["qr_code"]?.string, !qrCode.isEmpty else {
            throw AnswerError.missing("data.qr_code")
        }
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        return QRPaymentStart(qrPayload: qrCode, reference: reference, state: .awaitingBuyer)
    }

    public func quickPay(_ payment: PaymentRequest, buyerCode: String) async throws(GatewayError) -> PaymentStatus {
        try await collect(
            path: MOTPPath.quickPay, serviceID: settings.quickPayServiceID, payment: payment, buyerCode: buyerCode)
    }

    /// JSAPI Pay: the same body and answer as Quick Pay, under JSAPI's `service_id`.
    public func jsapiPay(_ payment: PaymentRequest, buyerCode: String) async throws(GatewayError) -> PaymentStatus {
        try await collect(
            path: MOTPPath.jsapiPay, serviceID: settings.jsapiServiceID, payment: payment, buyerCode: buyerCode)
    }

    private func collect(path: String, serviceID: Int, payment: PaymentRequest, buyerCode: String)
        async throws(GatewayError)
        -> PaymentStatus
    {
        try requireQuickPayBrand(payment.brand)
        try requireCurrency(payment.amount)
        guard !buyerCode.isEmpty, buyerCode.allSatisfy(\.isASCIIDigit) else {
            throw .cashier(
                .buyerCodeInvalid(GatewayRawError(code: "auth_code", message: "a buyer code is digits only")))
        }
        let body = payBody(serviceID: serviceID, payment: payment, buyerCode: buyerCode)
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        return try await createOnce(path: path, body: body, payment: payment) { answer throws(GatewayError) in
            try paymentStatus(from: answer, reference: reference, requireEcho: true)
        } found: { status in
            status
        }
    }

    /// Nothing to cancel at this gateway: one more status question, and the reconciler follows
    /// whatever is still open.
    /// Nobody waits any more: an order MOTP does not know was never received (a create that went
    /// unanswered, or never left), so nothing can be paid on it and it is `canceled`; the
    /// reconciler can close it. While someone waits, `paymentStatus` keeps calling it a refusal.
    public func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        let found: PaymentStatus?
        do {
            found = try await lookUpPayment(reference)
        } catch {
            throw error.asGatewayError
        }
        return found ?? PaymentStatus(state: .canceled, gatewayStatus: "not found", reference: reference)
    }

    public func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        let found: PaymentStatus?
        do {
            found = try await lookUpPayment(reference)
        } catch {
            throw error.asGatewayError
        }
        guard let found else {
            throw .cashier(
                .requestRefused(
                    GatewayRawError(code: "not-found", message: "MOTP does not know order \(reference.orderNumber)")))
        }
        return found
    }

    public func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus {
        try await MOTPRefunds(client: self).refund(refund)
    }

    public func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus {
        try await MOTPRefunds(client: self).refundStatus(reference)
    }
}
