import TillCore
import Crypto
import Foundation

/// Pomelo's transaction `signature`: over `amount=<cents>&currency=<code>&apiKey=<key>`, md5 as
/// base64 or sha1 as hex, per `signMethod`.
public enum PomeloSignature {
    /// The two documented methods.
    public enum Method: String, Sendable, CaseIterable {
        case md5
        case sha1
    }

    /// The text that is hashed.
    static func payload(amount: Int64, currency: String, apiKey: Secret) -> String {
        "amount=\(amount)&currency=\(currency)&apiKey=\(apiKey.reveal())"
    }

    /// The signature of a transaction.
    public static func sign(amount: Int64, currency: String, apiKey: Secret, method: Method) -> String {
        let data = Data(payload(amount: amount, currency: currency, apiKey: apiKey).utf8)
        switch method {
        case .md5: return Data(Insecure.MD5.hash(data: data)).base64EncodedString()
        case .sha1: return Hex.encode(Insecure.SHA1.hash(data: data))
        }
    }

    /// The method a received signature was made with, told by its form: 40 hex digits are sha1,
    /// anything else is taken as md5 base64 (24 characters).
    static func method(of signature: String) -> Method {
        signature.count == 40 && Hex.decode(signature) != nil ? .sha1 : .md5
    }

    /// True when `signature` is the signature of `amount` and `currency`, compared in constant time.
    public static func matches(_ signature: String, amount: Int64, currency: String, apiKey: Secret) -> Bool {
        let expected = sign(amount: amount, currency: currency, apiKey: apiKey, method: method(of: signature))
        return ConstantTime.equal(Array(expected.utf8), Array(signature.utf8))
    }
}
