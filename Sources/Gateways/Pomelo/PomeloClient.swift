import Foundation
import Logging
import TillCore
import Wire

/// The Pomelo Pay connector: a signed transaction whose `qrCode.url` image Till shows as the QR code,
/// read back by id, or found by `localId` in the paged list. Pomelo v2.0 has no refund endpoint and
/// no buyer-code payment, so the connector adopts neither capability.
///
/// Idempotency: `localId` is the attempt's merchant order number. After a lost create answer the
/// connector reads the newest list pages for that `localId`; it never creates again.
public struct PomeloClient: QRPaymentGateway {
    public let settings: PomeloSettings
    let exchange: Exchange

    public var gatewayID: GatewayID { .pomelo }

    public var currencies: [Currency] { settings.currencies }

    public var qrBrands: [Brand] { settings.brands }

    /// The wall clock, for `expires`.
    let now: @Sendable () -> Date

    public init(
        settings: PomeloSettings, transport: any HTTPTransport, logger: Logger = Logger(label: "till.gateways.pomelo"),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        self.now = now
        exchange = Exchange(logging: transport, to: logger, masking: [settings.apiKey])
    }

    /// The create body, in the documents' member order, valid `expiresMinutes` from now.
    func createBody(_ payment: PaymentRequest) -> JSONValue {
        let amount = payment.amount.minorUnits
        let currency = payment.amount.currency.code
        var members: [(key: String, value: JSONValue)] = [("localId", .string(payment.orderNumber.rawValue))]
        if let description = payment.description { members.append(("customerReference", .string(description))) }
        members.append(
            (
                "signature",
                .string(
                    PomeloSignature.sign(
                        amount: amount, currency: currency, apiKey: settings.apiKey, method: settings.signMethod))
            ))
        members.append(("amount", .integer(amount)))
        members.append(("currency", .string(currency)))
        members.append(("provider", .string(settings.provider(for: payment.brand))))
        members.append(("appVersion", .string(settings.appVersion)))
        members.append(("apiVersion", .string("2.0")))
        members.append(("deviceId", .string(settings.appID)))
        members.append(("signMethod", .string(settings.signMethod.rawValue)))
        if let webhook = settings.webhookURL { members.append(("webhook", .string(webhook))) }
        members.append(("expires", .string(PomeloSettings.expiresText(settings.expiry(from: now())))))
        return .object(members)
    }

    public func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
        try requireQRBrand(payment.brand)
        try requireCurrency(payment.amount)
        guard payment.amount.minorUnits >= PomeloSettings.minimumMinorUnits else {
            let smallest = Money(minorUnits: PomeloSettings.minimumMinorUnits, currency: payment.amount.currency)
            throw .cashier(.amountNotAccepted("Pomelo Pay takes at least \(smallest.formatted(symbol: false)) per payment"))
        }
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount)
        // No later than the `expires` the create sends: its clock is read after this one.
        let sentExpiry = settings.expiry(from: now())
        let transaction = try await IdempotentCreate.run(number: payment.orderNumber.rawValue) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<PomeloTransaction> in
            .answered(try object(try await call("POST", "/transactions", body: createBody(payment))))
        } lookUp: { () async throws(ExchangeError) -> PomeloTransaction? in
            try await find(localID: payment.orderNumber.rawValue)
        }
        let status = try status(of: transaction, reference: reference)
        guard let link = transaction.qrCodeURL, !link.isEmpty else { throw AnswerError.missing("qrCode.url") }
        let payload = try await PomeloQRImage(exchange: exchange, baseURL: settings.baseURL).payload(at: link)
        let expiresAt = transaction.expires.flatMap(PomeloSettings.readTime) ?? sentExpiry
        return QRPaymentStart(qrPayload: payload, reference: status.reference, state: status.state, expiresAt: expiresAt)
    }

    /// Checks a transaction's echoes (amount, currency, localId, signature) and maps its state.
    func status(of transaction: PomeloTransaction, reference: PaymentReference) throws(GatewayError) -> PaymentStatus {
        try Echo.text(
            "amount", sent: String(reference.amount.minorUnits), echoed: String(transaction.amount), required: true)
        try Echo.currency("currency", sent: reference.amount.currency, echoed: transaction.currency, required: true)
        try Echo.text("localId", sent: reference.orderNumber.rawValue, echoed: transaction.localID, required: false)
        if let signature = transaction.signature,
            !PomeloSignature.matches(
                signature, amount: transaction.amount, currency: transaction.currency, apiKey: settings.apiKey)
        {
            throw .cashier(
                .unexpectedAnswer(
                    GatewayRawError(code: "signature", message: "the transaction's signature does not match")))
        }
        let state = try PomeloStatusTable.state(for: transaction.state)
        var completed = reference
        completed.gatewayReference = transaction.id
        return PaymentStatus(state: state, gatewayStatus: transaction.state, reference: completed)
    }

    /// Nothing to cancel at this gateway: one more status question, and the reconciler follows
    /// whatever is still open.
    public func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        try await paymentStatus(reference)
    }

    public func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        let found: PomeloTransaction?
        do {
            if let id = reference.gatewayReference {
                found = try object(try await call("GET", "/transactions/\(id)"))
            } else {
                found = try await find(localID: reference.orderNumber.rawValue)
            }
        } catch {
            throw error.asGatewayError
        }
        guard let found else {
            // No transaction carries this localId: it was never created, so nothing can be paid.
            return PaymentStatus(state: .canceled, gatewayStatus: "not found", reference: reference)
        }
        return try status(of: found, reference: reference)
    }

    /// `GET /transactions/:id`.
    public func transaction(id: String) async throws(ExchangeError) -> PomeloTransaction {
        try object(try await call("GET", "/transactions/\(id)"))
    }

    /// `GET /transactions?page=N`: one page of the list and the total `count`.
    public func listTransactions(page: Int) async throws(ExchangeError) -> (count: Int, items: [PomeloTransaction]) {
        let json = try await call("GET", "/transactions", query: [("page", String(page))])
        guard let items = json["items"]?.array else { throw .gateway(AnswerError.missing("items")) }
        do throws(GatewayError) {
            return (
                Int(json["count"]?.int64 ?? 0),
                try items.map { item throws(GatewayError) in try PomeloTransaction(item) }
            )
        } catch {
            throw .gateway(error)
        }
    }

    /// The transaction whose `localId` is `localID`, from the first `lookupPages` pages.
    func find(localID: String) async throws(ExchangeError) -> PomeloTransaction? {
        var seen = 0
        for page in 1...max(1, settings.lookupPages) {
            let list = try await listTransactions(page: page)
            if let found = list.items.first(where: { $0.localID == localID }) { return found }
            seen += list.items.count
            if list.items.isEmpty || seen >= list.count { return nil }
        }
        return nil
    }

    // MARK: Plumbing

    private func object(_ json: JSONValue) throws(ExchangeError) -> PomeloTransaction {
        do {
            return try PomeloTransaction(json)
        } catch {
            throw .gateway(error)
        }
    }

    private func call(_ method: String, _ path: String, query: [(String, String)] = [], body: JSONValue? = nil)
        async throws(ExchangeError) -> JSONValue
    {
        guard let url = settings.baseURL.appending(gatewayPath: path, query: query) else {
            throw .gateway(
                .cashier(.configuration("the Pomelo base URL \(settings.baseURL) cannot take the path \(path)")))
        }
        let request = HTTPRequest.json(
            method, url, body: body, headers: [HTTPHeader("Authorization", settings.apiKey.reveal())])
        let response = try await exchange.send(request)
        let json: JSONValue
        do {
            json = try JSONReader.parse(response.body)
        } catch {
            throw .gateway(AnswerError.unreadable(.pomelo, error.reason, status: response.status))
        }
        guard (200...299).contains(response.status) else {
            throw .gateway(
                .cashier(
                    PomeloErrors.cashierError(
                        code: json["code"]?.string, message: json["message"]?.string, status: response.status)))
        }
        return json
    }
}
