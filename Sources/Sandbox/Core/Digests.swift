import Crypto
import Foundation
import TillCore

/// The hashes the gateways sign with.
enum Digests {
    static func md5Hex(_ text: String) -> String { hex(Insecure.MD5.hash(data: Data(text.utf8))) }

    static func md5Base64(_ text: String) -> String { Data(Insecure.MD5.hash(data: Data(text.utf8))).base64EncodedString() }

    static func sha1Hex(_ text: String) -> String { hex(Insecure.SHA1.hash(data: Data(text.utf8))) }

    static func hmacSHA256Hex(key: String, message: Data) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Data(key.utf8)))
        return hex(code)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String { HexText.encode(bytes) }

    /// Compares two signatures without stopping at the first difference.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
