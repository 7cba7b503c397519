import Foundation
import TillCore
import Wire

/// Pomelo's transaction states.
enum PomeloTransactionState: String, Codable {
    case qrCodeGenerated = "QR_CODE_GENERATED"
    case confirmed = "CONFIRMED"
    case cancelled = "CANCELLED"
    case refundRequested = "REFUND_REQUESTED"
    case refunded = "REFUNDED"
}

/// One Pomelo transaction.
struct PomeloTransaction: Codable {
    var id: String
    var localID: String?
    var customerReference: String?
    var amount: Int64
    var currency: String
    var signature: String
    var deviceID: String
    var appVersion: String
    var apiVersion: String
    var signMethod: String
    var provider: String?
    var webhook: String?
    var redirectURL: String?
    var expires: String?
    var state: PomeloTransactionState
    var created: Date

    /// Where the sandbox serves the QR image (`PomeloQRImage`), set when the transaction is created.
    var qrImageURL: String? = nil

    /// The text in the QR image: the checkout page a buyer's phone opens.
    var checkoutLink: String { "https://pay.pomelopay.com/checkout/\(id)" }
    var qrURL: String { qrImageURL ?? checkoutLink }

    /// The transaction object as the API answers it.
    func json() -> JSONValue {
        [
            "id": .string(id), "localId": .optional(localID), "customerReference": .optional(customerReference),
            "amount": .integer(amount), "currency": .string(currency), "signature": .string(signature),
            "deviceId": .string(deviceID), "appVersion": .string(appVersion), "apiVersion": .string(apiVersion),
            "signMethod": .string(signMethod), "provider": .optional(provider), "webhook": .optional(webhook),
            "redirectUrl": .optional(redirectURL), "expires": .optional(expires), "state": .string(state.rawValue),
            "created": .string(PomeloTransaction.timestamp(created)), "qrCode": ["url": .string(qrURL)],
        ]
    }

    /// The webhook body of the documents (`transactionId`, not `id`).
    func webhookJSON() -> JSONValue {
        [
            "localId": .optional(localID), "customerReference": .optional(customerReference),
            "transactionId": .string(id), "state": .string(state.rawValue),
            "created": .string(PomeloTransaction.timestamp(created)), "signature": .string(signature),
            "amount": .integer(amount), "currency": .string(currency), "provider": .optional(provider),
            "qrCode": ["url": .string(qrURL)],
        ]
    }

    /// ISO 8601 in UTC with milliseconds: `2020-01-02T10:42:14.898Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// Pomelo's state: transactions in creation order, and the `localId`s in use.
struct PomeloState: Codable {
    var transactions: [String: PomeloTransaction] = [:]
    var order: [String] = []
    var localIDs: [String: String] = [:]

    static let pageSize = 10
    static let providers = ["card", "wechatpay", "alipay", "unionpay"]

    func find(_ reference: String) -> String? {
        if transactions[reference] != nil { return reference }
        return localIDs[reference]
    }

    /// The signature the documents define over amount, currency and the API key.
    static func signature(amount: Int64, currency: String, method: String) -> String? {
        let text = "amount=\(amount)&currency=\(currency)&apiKey=\(TestCredentials.pomeloAPIKey)"
        switch method {
        case "md5": return Digests.md5Base64(text)
        case "sha1": return Digests.sha1Hex(text)
        default: return nil
        }
    }
}

/// Pomelo's error envelope: `{"code": "PP-xx-xx", "message": "..."}`.
enum PomeloReply {
    static func error(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        .json(status, ["code": .string(code), "message": .string(message)])
    }

    static func field(_ error: FieldError) -> HTTPResponse {
        switch error.kind {
        case .missing: Self.error(400, "PP-02-01", error.message)
        case .invalid: Self.error(400, "PP-02-02", error.message)
        }
    }

    static let unauthorized = error(401, "PP-01-01", "Not authorized: send your API key as the Authorization header")

    static func notFound(_ id: String) -> HTTPResponse { error(404, "PP-04-01", "Transaction not found: \(id)") }
}
