import TillCore
import Wire

/// A Pomelo transaction as the API (or a webhook) returns it.
public struct PomeloTransaction: Sendable, Equatable {
    public let id: String
    public let state: String
    public let amount: Int64
    public let currency: String
    public let localID: String?
    public let signature: String?
    /// `qrCode.url`: the address of the QR code image (see `PomeloQRImage`).
    public let qrCodeURL: String?
    /// `expires`, as the transaction echoes it (an ISO time string), when it does.
    public let expires: String?
    /// `created`, the creation time in UTC as an ISO string, when the answer has it.
    public let created: String?

    /// Reads a transaction. Its id is `id` in API answers and `transactionId` in webhooks; the QR
    /// object is `qrCode` in webhooks and the project's decisions, `qrcode` in the documents' table:
    /// both are read.
    init(_ json: JSONValue) throws(GatewayError) {
        guard let id = json["id"]?.string ?? json["transactionId"]?.string else { throw AnswerError.missing("id") }
        guard let state = json["state"]?.string else { throw AnswerError.missing("state") }
        guard let amount = json["amount"]?.int64 else { throw AnswerError.missing("amount") }
        guard let currency = json["currency"]?.string else { throw AnswerError.missing("currency") }
        self.id = id
        self.state = state
        self.amount = amount
        self.currency = currency
        localID = json["localId"]?.string
        signature = json["signature"]?.string
        qrCodeURL = (json["qrCode"] ?? json["qrcode"])?["url"]?.string
        expires = json["expires"]?.string
        created = json["created"]?.string
    }
}
