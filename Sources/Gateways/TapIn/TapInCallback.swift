import Foundation
import TillCore
import Wire

/// TapIn's success callback, as posted (JSON) to the `webhook` URL. It is not signed, so it is only a
/// hint: the receiver answers `acknowledgement` and then asks the status with a signed query.
public struct TapInCallback: Sendable, Equatable {
    /// The plain body the receiver answers so that TapIn stops retrying.
    public static let acknowledgement = "SUCCESS"

    /// The whole answer to a callback: 200 with the plain body `SUCCESS`.
    public static var acknowledgementResponse: HTTPResponse {
        HTTPResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8")],
            body: Data(acknowledgement.utf8))
    }

    public let collectionID: String
    public let ewID: String
    public let id1: String
    public let id2: String?
    public let status: String
    public let payMoney: Int64
    public let tip: Int64?

    /// The attempt state the callback claims (to be confirmed by a status query).
    public var state: AttemptState {
        get throws(GatewayError) { try TapInStatusTable.state(for: status) }
    }

    /// Reads a callback body; a body without the required fields is refused with the reason.
    public static func parse(_ body: Data) throws(GatewayError) -> TapInCallback {
        let json: JSONValue
        do {
            json = try JSONReader.parse(body)
        } catch {
            throw .cashier(.unexpectedAnswer(GatewayRawError(code: "callback", message: "not JSON: \(error.reason)")))
        }
        func text(_ key: String) -> String? { json[key]?.string ?? json[key]?.numberText }
        guard let collectionID = text("collection_id") else { throw AnswerError.missing("collection_id") }
        guard let ewID = text("ew_id") else { throw AnswerError.missing("ew_id") }
        guard let id1 = text("id_1") else { throw AnswerError.missing("id_1") }
        guard let status = json["status"]?.string else { throw AnswerError.missing("status") }
        guard let payMoney = json["pay_money"]?.int64 else { throw AnswerError.missing("pay_money") }
        return TapInCallback(
            collectionID: collectionID, ewID: ewID, id1: id1, id2: text("id_2"), status: status, payMoney: payMoney,
            tip: json["tip"]?.int64)
    }
}

/// Reads TapIn's success callbacks for the store server. TapIn does not sign them, so every notice is
/// a hint (`isSigned` false): the server asks the status with a signed query before anything changes.
public struct TapInCallbackReader: WebhookVerifier {
    public var gatewayID: GatewayID { .tapin }

    public init() {}

    public func verify(headers: [HTTPHeader], body: Data) throws(WebhookRejection) -> WebhookNotice {
        do {
            let callback = try TapInCallback.parse(body)
            return WebhookNotice(
                orderNumber: callback.id1, gatewayReference: callback.collectionID, gatewayStatus: callback.status,
                isSigned: false)
        } catch {
            throw WebhookRejection(.tapin, error.description)
        }
    }
}
