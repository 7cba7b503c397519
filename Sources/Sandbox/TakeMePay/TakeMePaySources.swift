import Foundation
import TillCore
import Wire

extension SandboxWorld {
    /// `POST /sources`: a WeChat Pay source whose `payload.qrCode` the POS shows.
    mutating func createSource(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let amount: Int64, currency: String, type: String, description: String?, metadata: JSONValue?
        do throws(FieldError) {
            amount = try fields.integer("amount")
            currency = try fields.string("currency")
            type = try fields.string("type")
            description = try fields.optionalString("description")
            metadata = try fields.optionalObject("metadata")
        } catch {
            return TakeMePayReply.field(error)
        }
        guard amount > 0 else { return TakeMePayReply.error(400, "amount_invalid", "amount must be greater than 0 (in the smallest currency unit)") }
        let currencies = environment.configuration.takeMePayCurrencies
        guard currencies.contains(currency) else {
            return TakeMePayReply.constraint("currency \(currency) is not available for this account: use \(currencies.joined(separator: ", "))")
        }
        guard type == "WeChatPay" else { return TakeMePayReply.constraint("type \(type) is not available: use WeChatPay") }
        if let description, description.count > 255 { return TakeMePayReply.constraint("description must be at most 255 characters") }
        let now = TakeMePayState.milliseconds(environment.now)
        let source = TMPSource(
            id: "src_" + Identifiers.base64URL(22), amount: amount, currency: currency, type: type,
            clientSecret: "src_cs_" + Identifiers.base64URL(22), description: description,
            metadata: JSONWriter.text(metadata ?? [:]), status: "pending",
            qrCode: "weixin://wxpay/bizpayurl?pr=" + Identifiers.alphanumeric(7), created: now, updated: now)
        takeMePay.sources[source.id] = source
        takeMePay.sourceOrder.append(source.id)
        takeMePayEvent("source.created", current: source.json(), previous: nil, environment)
        scheduleBuyer(for: .takemepay, reference: source.id, amountMinor: amount, environment)
        return .json(200, source.json())
    }

    /// Moves a source to `status`, recording `source.updated` with the previous object.
    mutating func updateSource(_ id: String, to status: String, _ environment: Environment) {
        guard var source = takeMePay.sources[id] else { return }
        let previous = source.json()
        source.status = status
        source.updated = TakeMePayState.milliseconds(environment.now)
        takeMePay.sources[id] = source
        takeMePayEvent("source.updated", current: source.json(), previous: previous, environment)
    }

    /// The buyer acts on a source still `pending`.
    mutating func takeMePayBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? {
        guard let source = takeMePay.sources[reference] else { return nil }
        guard source.status == "pending" else { return .failure(.notWaiting(reference, state: source.status)) }
        let status = switch action {
        case .pay: "chargeable"
        case .decline: "failed"
        case .cancel: "canceled"
        }
        updateSource(reference, to: status, environment)
        return .success("takemepay source \(reference) is now \(status)")
    }
}

extension TakeMePayState {
    /// `GET /sources/:id`: with the secret key as it stands; with the public key only together with the
    /// source's `clientSecret` in the JSON body, as the document's example sends it. A client secret
    /// in the query string is not what the document shows and does not count.
    func retrieveSource(_ id: String, key: TMPKey, request: RouteRequest) -> HTTPResponse {
        guard let source = sources[id] else { return TakeMePayReply.missing("source", id) }
        guard key == .publicKey else { return .json(200, source.json()) }
        var secret: String?
        if !request.body.isEmpty {
            switch BodyFields.parse(request.body) {
            case .success(let fields): secret = fields.object["clientSecret"]?.string
            case .failure(let error):
                return TakeMePayReply.error(400, "parse_error", "The request body is not valid JSON: \(error)")
            }
        }
        guard let secret, Digests.constantTimeEqual(secret, source.clientSecret) else {
            let why = request.query["clientSecret"] != nil && secret == nil
                ? "send the clientSecret in the JSON body ({\"clientSecret\": \"src_cs_...\"}), not in the query string"
                : "send the source's clientSecret in the JSON body ({\"clientSecret\": \"src_cs_...\"}), or use the secret key"
            return TakeMePayReply.forbidden("The resource requested is forbidden for current API key: \(why).")
        }
        return .json(200, source.json())
    }
}
