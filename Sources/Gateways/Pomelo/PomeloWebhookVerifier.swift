import Foundation
import TillCore
import Wire

/// Verifies Pomelo webhook bodies by recomputing the transaction's `signature` from its `amount`,
/// `currency` and the API key. A webhook body carries no `signMethod`, so the method is told by the
/// signature's form (40 hex digits: sha1; otherwise md5 base64). Compared in constant time.
public struct PomeloWebhookVerifier: Sendable {
    /// Why a webhook was refused.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unreadable(String)
        case missingField(String)
        case signatureMismatch

        public var description: String {
            switch self {
            case .unreadable(let why): "the webhook body is not JSON: \(why)"
            case .missingField(let field): "the webhook body has no valid `\(field)`"
            case .signatureMismatch: "the webhook's signature does not match its amount and currency"
            }
        }
    }

    private let apiKey: Secret

    public init(apiKey: Secret) { self.apiKey = apiKey }

    /// The verified transaction of a webhook body.
    public func verify(body: Data) throws(Failure) -> PomeloTransaction {
        let json: JSONValue
        do {
            json = try JSONReader.parse(body)
        } catch {
            throw .unreadable(error.reason)
        }
        guard let signature = json["signature"]?.string else { throw .missingField("signature") }
        guard let amount = json["amount"]?.int64 else { throw .missingField("amount") }
        guard let currency = json["currency"]?.string else { throw .missingField("currency") }
        guard PomeloSignature.matches(signature, amount: amount, currency: currency, apiKey: apiKey) else {
            throw .signatureMismatch
        }
        do {
            return try PomeloTransaction(json)
        } catch {
            throw .missingField("transactionId or state")
        }
    }
}

extension PomeloWebhookVerifier: WebhookVerifier {
    public var gatewayID: GatewayID { .pomelo }

    /// Pomelo signs the body itself (its `signature` member), so the headers are not read.
    public func verify(headers: [HTTPHeader], body: Data) throws(WebhookRejection) -> WebhookNotice {
        do {
            let transaction = try verify(body: body)
            return WebhookNotice(
                orderNumber: transaction.localID, gatewayReference: transaction.id, gatewayStatus: transaction.state,
                isSigned: true)
        } catch {
            throw WebhookRejection(.pomelo, error.description, kind: error == .signatureMismatch ? .notAuthentic : .malformed)
        }
    }
}
