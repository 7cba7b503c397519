import Foundation
import TillCore
import Wire

/// A refused transaction, as its answer.
struct PomeloRefusal: Error { let response: HTTPResponse }

extension PomeloState {
    /// Checks a new transaction against the documents' rules, in the order a reader meets them.
    func validateNew(_ fields: BodyFields, _ environment: Environment) -> Result<PomeloTransaction, PomeloRefusal> {
        func refuse(_ code: String, _ message: String) -> Result<PomeloTransaction, PomeloRefusal> {
            .failure(PomeloRefusal(response: PomeloReply.error(400, code, message)))
        }
        let amount: Int64, currency: String, signature: String, deviceID: String, appVersion: String
        let apiVersion: String, signMethod: String, localID: String?, reference: String?, provider: String?
        let webhook: String?, redirect: String?, expires: String?
        do throws(FieldError) {
            amount = try fields.integer("amount")
            currency = try fields.string("currency")
            signature = try fields.string("signature")
            deviceID = try fields.string("deviceId")
            appVersion = try fields.string("appVersion")
            apiVersion = try fields.string("apiVersion")
            signMethod = try fields.string("signMethod")
            localID = try fields.optionalString("localId")
            reference = try fields.optionalString("customerReference")
            provider = try fields.optionalString("provider")
            webhook = try fields.optionalString("webhook")
            redirect = try fields.optionalString("redirectUrl")
            expires = try fields.optionalString("expires")
        } catch {
            return .failure(PomeloRefusal(response: PomeloReply.field(error)))
        }
        guard amount >= 100 else { return refuse("PP-02-03", "amount must be at least 100 cents (got \(amount))") }
        let currencies = environment.configuration.pomeloCurrencies
        guard currencies.contains(currency) else {
            return refuse("PP-02-04", "currency \(currency) is not available for this merchant: use \(currencies.joined(separator: ", "))")
        }
        guard let expected = Self.signature(amount: amount, currency: currency, method: signMethod) else {
            return refuse("PP-02-08", "signMethod must be sha1 or md5 (got \(signMethod))")
        }
        let matches = signMethod == "sha1"
            ? Digests.constantTimeEqual(signature.lowercased(), expected) : Digests.constantTimeEqual(signature, expected)
        guard matches else { return refuse("PP-02-05", "signature does not match amount, currency and the API key for signMethod \(signMethod)") }
        guard deviceID == TestCredentials.pomeloClientID else { return refuse("PP-02-06", "deviceId must be the app id (client_id) of this API key") }
        guard apiVersion == "2.0" else { return refuse("PP-02-07", "apiVersion must be 2.0 (got \(apiVersion))") }
        if let webhook, !WebhookURLPolicy.isAcceptable(webhook) {
            return refuse("PP-02-09", "webhook must be a valid URL starting with https:// (plain http:// only to 127.0.0.1 or localhost)")
        }
        if let expires {
            guard let date = Self.parseExpiry(expires) else {
                return refuse("PP-02-10", "expires must be an ISO time string in UTC such as 2021-01-01T12:12:12.000Z (got \(expires))")
            }
            guard date >= environment.now.addingTimeInterval(3600) else {
                return refuse("PP-02-10", "expires must be at least 1 hour in the future")
            }
        }
        if let provider, !Self.providers.contains(provider) {
            return refuse("PP-02-11", "provider \(provider) is not available for this merchant: use \(Self.providers.joined(separator: ", "))")
        }
        if let localID, localIDs[localID] != nil { return refuse("PP-02-12", "localId \(localID) is used by another transaction already") }
        return .success(PomeloTransaction(
            id: Identifiers.hex(24), localID: localID, customerReference: reference, amount: amount, currency: currency,
            signature: signature, deviceID: deviceID, appVersion: appVersion, apiVersion: apiVersion, signMethod: signMethod,
            provider: provider, webhook: webhook, redirectURL: redirect, expires: expires, state: .qrCodeGenerated,
            created: environment.now))
    }

    /// Reads `2021-01-01T12:12:12.000001Z` (any fraction, or none); only UTC (`Z`) is accepted.
    static func parseExpiry(_ text: String) -> Date? {
        guard text.hasSuffix("Z") else { return nil }
        var trimmed = text
        var fraction = 0.0
        if let dot = text.firstIndex(of: ".") {
            let digits = text[text.index(after: dot)..<text.index(before: text.endIndex)]
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Double("0." + digits) ?? 0
            trimmed = String(text[..<dot]) + "Z"
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: trimmed)?.addingTimeInterval(fraction)
    }
}
