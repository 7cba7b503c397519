import Foundation
import Logging
import TillCore
import Wire

/// The TakeMe Pay REST API as documented: sources, charges, refunds, events and webhooks. The
/// checkout uses it through `TakeMePayClient`; the `till webhooks` command uses it directly.
public struct TakeMePayAPI: Sendable {
    /// Which key a call is made with.
    enum Key { case publicKey, secretKey }

    public let settings: TakeMePaySettings
    let exchange: Exchange

    public init(
        settings: TakeMePaySettings, transport: any HTTPTransport,
        logger: Logger = Logger(label: "till.gateways.takemepay")
    ) {
        self.settings = settings
        exchange = Exchange(logging: transport, to: logger, masking: [settings.publicKey, settings.secretKey].compactMap { $0 })
    }

    // MARK: Sources

    /// `POST /sources` with the public key; the merchant order number goes in metadata.
    func createSource(amount: Money, orderNumber: MerchantOrderNumber, description: String?) async throws(ExchangeError)
        -> TakeMePaySource
    {
        var members: [(key: String, value: JSONValue)] = [
            ("amount", .integer(amount.minorUnits)),
            ("currency", .string(amount.currency.code)),
            ("type", .string(settings.sourceType)),
        ]
        if let description { members.append(("description", .string(description))) }
        members.append(("metadata", .object([(TakeMePayObjects.orderNumberKey, .string(orderNumber.rawValue))])))
        return try await object(TakeMePaySource.init) { () async throws(ExchangeError) in
            try await call("POST", "/sources", key: .publicKey, body: .object(members))
        }
    }

    /// `GET /sources/:id` with the public key and `{"clientSecret": ...}` as its JSON body, exactly as
    /// the document's example sends it; without a client secret, with the secret key (which needs
    /// none) and no body.
    public func retrieveSource(id: String, clientSecret: Secret?) async throws(ExchangeError) -> TakeMePaySource {
        try await object(TakeMePaySource.init) { () async throws(ExchangeError) in
            if let clientSecret {
                try await call(
                    "GET", "/sources/\(id)", key: .publicKey,
                    body: .object([("clientSecret", .string(clientSecret.reveal()))]))
            } else {
                try await call("GET", "/sources/\(id)", key: .secretKey)
            }
        }
    }

    /// `GET /sources` with the secret key.
    public func listSources(_ page: TakeMePayPage = TakeMePayPage()) async throws(ExchangeError) -> TakeMePayList<
        TakeMePaySource
    > {
        try await list("/sources", page, TakeMePaySource.init)
    }

    // MARK: Charges

    /// `POST /charges` with the secret key.
    func createCharge(source: TakeMePaySource, orderNumber: MerchantOrderNumber) async throws(ExchangeError)
        -> TakeMePayCharge
    {
        let body = JSONValue.object([
            ("amount", .integer(source.amount)),
            ("currency", .string(source.currency)),
            ("sourceId", .string(source.id)),
            ("metadata", .object([(TakeMePayObjects.orderNumberKey, .string(orderNumber.rawValue))])),
        ])
        return try await object(TakeMePayCharge.init) { () async throws(ExchangeError) in
            try await call("POST", "/charges", key: .secretKey, body: body)
        }
    }

    /// `GET /charges/:id`.
    public func retrieveCharge(id: String) async throws(ExchangeError) -> TakeMePayCharge {
        try await object(TakeMePayCharge.init) { () async throws(ExchangeError) in
            try await call("GET", "/charges/\(id)", key: .secretKey)
        }
    }

    /// `GET /charges`.
    public func listCharges(_ page: TakeMePayPage = TakeMePayPage()) async throws(ExchangeError) -> TakeMePayList<
        TakeMePayCharge
    > {
        try await list("/charges", page, TakeMePayCharge.init)
    }

    // MARK: Refunds

    /// `POST /refunds`: always the whole charge (the documents give no amount argument).
    func createRefund(chargeID: String, reason: String?, metadata: [(String, String)]) async throws(ExchangeError)
        -> TakeMePayRefund
    {
        var members: [(key: String, value: JSONValue)] = [("chargeId", .string(chargeID))]
        if let reason { members.append(("reason", .string(reason))) }
        members.append(("metadata", .object(metadata.map { ($0.0, JSONValue.string($0.1)) })))
        return try await object(TakeMePayRefund.init) { () async throws(ExchangeError) in
            try await call("POST", "/refunds", key: .secretKey, body: .object(members))
        }
    }

    /// `GET /refunds/:id`.
    public func retrieveRefund(id: String) async throws(ExchangeError) -> TakeMePayRefund {
        try await object(TakeMePayRefund.init) { () async throws(ExchangeError) in
            try await call("GET", "/refunds/\(id)", key: .secretKey)
        }
    }

    // MARK: Events

    /// `GET /events`.
    public func listEvents(_ page: TakeMePayPage = TakeMePayPage()) async throws(ExchangeError) -> TakeMePayList<
        TakeMePayEvent
    > {
        try await list("/events", page, TakeMePayEvent.init)
    }

    /// `GET /events/:id`.
    public func retrieveEvent(id: String) async throws(ExchangeError) -> TakeMePayEvent {
        try await object(TakeMePayEvent.init) { () async throws(ExchangeError) in
            try await call("GET", "/events/\(id)", key: .secretKey)
        }
    }

    // MARK: Webhooks

    /// `POST /webhooks`.
    public func createWebhook(url: String, enabledEvents: [String]) async throws(ExchangeError) -> TakeMePayWebhook {
        let body = JSONValue.object([
            ("enabledEvents", .array(enabledEvents.map(JSONValue.string))), ("url", .string(url)),
        ])
        return try await object(TakeMePayWebhook.init) { () async throws(ExchangeError) in
            try await call("POST", "/webhooks", key: .secretKey, body: body)
        }
    }

    /// `GET /webhooks`: documented as a bare array; a list object is read too.
    public func listWebhooks() async throws(ExchangeError) -> [TakeMePayWebhook] {
        let json = try await call("GET", "/webhooks", key: .secretKey)
        let elements = json.array ?? json["data"]?.array
        guard let elements else { throw .gateway(AnswerError.missing("webhook list")) }
        do throws(GatewayError) {
            return try elements.map { element throws(GatewayError) in try TakeMePayWebhook(element) }
        } catch {
            throw .gateway(error)
        }
    }

    /// `GET /webhooks/:id`.
    public func retrieveWebhook(id: String) async throws(ExchangeError) -> TakeMePayWebhook {
        try await object(TakeMePayWebhook.init) { () async throws(ExchangeError) in
            try await call("GET", "/webhooks/\(id)", key: .secretKey)
        }
    }

    /// `DELETE /webhooks/:id`.
    public func deleteWebhook(id: String) async throws(ExchangeError) -> TakeMePayWebhook {
        try await object(TakeMePayWebhook.init) { () async throws(ExchangeError) in
            try await call("DELETE", "/webhooks/\(id)", key: .secretKey)
        }
    }

    // MARK: Plumbing

    private func object<T>(
        _ make: (JSONValue) throws(GatewayError) -> T, _ fetch: () async throws(ExchangeError) -> JSONValue
    ) async throws(ExchangeError) -> T {
        let json = try await fetch()
        do {
            return try make(json)
        } catch {
            throw .gateway(error)
        }
    }

    private func list<T>(_ path: String, _ page: TakeMePayPage, _ make: (JSONValue) throws(GatewayError) -> T)
        async throws(ExchangeError)
        -> TakeMePayList<T>
    {
        let json = try await call("GET", path, key: .secretKey, query: page.queryItems)
        guard let data = json["data"]?.array else { throw .gateway(AnswerError.missing("data")) }
        do throws(GatewayError) {
            let items = try data.map { element throws(GatewayError) in try make(element) }
            return TakeMePayList(items: items, hasMore: json["hasMore"]?.bool ?? false)
        } catch {
            throw .gateway(error)
        }
    }

    /// Sends one call and returns the JSON of a 2xx answer; an error envelope becomes a cashier error.
    /// A secret-key call without a secret key (a lane whose store server makes those calls) goes out
    /// with no `Authorization` header, for the lane's `StoreRelayTransport` to send to the store server.
    func call(_ method: String, _ path: String, key: Key, query: [(String, String)] = [], body: JSONValue? = nil)
        async throws(ExchangeError)
        -> JSONValue
    {
        guard let url = settings.baseURL.appending(gatewayPath: path, query: query) else {
            throw .gateway(
                .cashier(.configuration("the TakeMe Pay base URL \(settings.baseURL) cannot take the path \(path)")))
        }
        let secret = key == .publicKey ? settings.publicKey : settings.secretKey
        let request = HTTPRequest.json(
            method, url, body: body, headers: secret.map { [HTTPHeader("Authorization", "Bearer \($0.reveal())")] } ?? [])
        let response = try await exchange.send(request)
        let json: JSONValue
        do {
            json = try JSONReader.parse(response.body)
        } catch {
            throw .gateway(AnswerError.unreadable(.takemepay, error.reason, status: response.status))
        }
        guard (200...299).contains(response.status) else {
            let error = json["error"]
            throw .gateway(
                .cashier(
                    TakeMePayErrors.cashierError(
                        code: error?["code"]?.string, message: error?["message"]?.string, status: response.status)))
        }
        return json
    }
}

extension ExchangeError {
    /// The TakeMe Pay error code of a refusal, if this is one.
    var takeMePayCode: String? {
        guard case .gateway(.cashier(let error)) = self else { return nil }
        return error.raw?.code
    }
}
