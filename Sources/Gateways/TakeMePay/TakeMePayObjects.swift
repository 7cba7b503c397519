import TillCore
import Wire

/// A TakeMe Pay source: the payment the buyer is asked for.
public struct TakeMePaySource: Sendable, Equatable {
    public let id: String
    public let status: String
    public let amount: Int64
    public let currency: String
    public let clientSecret: Secret?
    /// `payload.qrCode`: the text to show as a QR code.
    public let qrCode: String?
    public let metadata: [String: String]

    init(_ json: JSONValue) throws(GatewayError) {
        (id, status, amount, currency) = try TakeMePayObjects.moneyObject(json)
        clientSecret = json["clientSecret"]?.string.map(Secret.init)
        qrCode = json["payload"]?["qrCode"]?.string
        metadata = TakeMePayObjects.metadata(json)
    }
}

/// A TakeMe Pay charge of a chargeable source.
public struct TakeMePayCharge: Sendable, Equatable {
    public let id: String
    public let status: String
    public let amount: Int64
    public let currency: String
    public let sourceID: String?
    public let refunded: Bool
    public let failure: GatewayRawError?
    public let metadata: [String: String]
    /// `created` as written (Unix milliseconds in the documents' tables), when the answer has it.
    public let created: Int64?

    init(_ json: JSONValue) throws(GatewayError) {
        (id, status, amount, currency) = try TakeMePayObjects.moneyObject(json)
        created = json["created"]?.int64
        sourceID = json["sourceId"]?.string
        refunded = json["refunded"]?.bool ?? false
        failure = json["failureCode"]?.string.map { GatewayRawError(code: $0, message: json["failureMessage"]?.string) }
        metadata = TakeMePayObjects.metadata(json)
    }
}

/// A TakeMe Pay refund of a charge.
public struct TakeMePayRefund: Sendable, Equatable {
    public let id: String
    public let status: String
    public let amount: Int64
    public let currency: String
    public let chargeID: String?
    public let failureReason: String?
    public let metadata: [String: String]

    init(_ json: JSONValue) throws(GatewayError) {
        (id, status, amount, currency) = try TakeMePayObjects.moneyObject(json)
        chargeID = json["chargeId"]?.string
        failureReason = json["failureReason"]?.string
        metadata = TakeMePayObjects.metadata(json)
    }
}

/// Something that happened in the account (`source.updated`, `refund.created`, ...).
public struct TakeMePayEvent: Sendable, Equatable {
    public let id: String
    public let type: String
    public let created: Int64?
    /// `data.dataObject`: the object as it is now.
    public let dataObject: JSONValue?
    /// `data.previousObject`: the object before an update.
    public let previousObject: JSONValue?

    init(_ json: JSONValue) throws(GatewayError) {
        guard let id = json["id"]?.string else { throw AnswerError.missing("id") }
        guard let type = json["type"]?.string else { throw AnswerError.missing("type") }
        self.id = id
        self.type = type
        created = json["created"]?.int64
        dataObject = json["data"]?["dataObject"]
        previousObject = json["data"]?["previousObject"]
    }
}

/// A webhook endpoint registered with TakeMe Pay.
public struct TakeMePayWebhook: Sendable, Equatable {
    public let id: String
    public let url: String
    public let enabledEvents: [String]
    /// The secret that signs deliveries (present when created or retrieved).
    public let secret: Secret?

    init(_ json: JSONValue) throws(GatewayError) {
        guard let id = json["id"]?.string else { throw AnswerError.missing("id") }
        self.id = id
        url = json["url"]?.string ?? ""
        enabledEvents = json["enabledEvents"]?.array?.compactMap(\.string) ?? []
        secret = json["secret"]?.string.map(Secret.init)
    }
}

/// One page of a TakeMe Pay list.
public struct TakeMePayList<Item: Sendable & Equatable>: Sendable, Equatable {
    public let items: [Item]
    public let hasMore: Bool
}

enum TakeMePayObjects {
    /// What a source, a charge and a refund all carry, each required: id, status, amount, currency.
    static func moneyObject(_ json: JSONValue) throws(GatewayError) -> (String, String, Int64, String) {
        guard let id = json["id"]?.string else { throw AnswerError.missing("id") }
        guard let status = json["status"]?.string else { throw AnswerError.missing("status") }
        guard let amount = json["amount"]?.int64 else { throw AnswerError.missing("amount") }
        guard let currency = json["currency"]?.string else { throw AnswerError.missing("currency") }
        return (id, status, amount, currency)
    }

    /// `metadata` members that are strings.
    static func metadata(_ json: JSONValue) -> [String: String] {
        guard case .object(let members)? = json["metadata"] else { return [:] }
        var result: [String: String] = [:]
        for member in members {
            if let text = member.value.string { result[member.key] = text }
        }
        return result
    }

    /// The key under which Till puts the merchant order number in metadata.
    static let orderNumberKey = "orderNumber"
    /// The key under which Till puts a refund's own number in metadata.
    static let refundNumberKey = "refundNumber"
}
