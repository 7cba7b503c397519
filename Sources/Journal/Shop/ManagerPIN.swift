import Crypto
import Foundation
import TillCore

/// The manager's PIN as the configuration keeps it: a salted, stretched SHA-256, never the PIN.
/// Stored as `sha256i$<rounds>$<salt hex>$<hash hex>`.
public struct ManagerPIN: Sendable, Equatable {
    /// Rounds of SHA-256 over salt and PIN: slows guessing a 4–12 digit PIN from a stolen file.
    public static let rounds = 100_000
    static let prefix = "sha256i"

    let rounds: Int
    let salt: [UInt8]
    let hash: [UInt8]

    /// Reads the stored form; nil when it is not one (a PIN written in clear, a damaged line).
    public init?(stored: String) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Self.prefix, let rounds = Int(parts[1]), (1...10_000_000).contains(rounds),
            let salt = HexText.decode(parts[2]), salt.count >= 8, let hash = HexText.decode(parts[3]), hash.count == 32
        else { return nil }
        (self.rounds, self.salt, self.hash) = (rounds, salt, hash)
    }

    /// The stored form of a new PIN with a fresh random salt.
    public static func store(pin: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [prefix, String(rounds), HexText.encode(salt), HexText.encode(stretch(pin, salt: salt, rounds: rounds))].joined(separator: "$")
    }

    /// Whether `pin` is the manager's, compared without stopping at the first difference.
    public func accepts(_ pin: String) -> Bool {
        let candidate = Self.stretch(pin, salt: salt, rounds: rounds)
        return zip(candidate, hash).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A PIN Till accepts: 4 to 12 digits.
    public static func isWellFormed(_ pin: String) -> Bool {
        (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func stretch(_ pin: String, salt: [UInt8], rounds: Int) -> [UInt8] {
        var digest = Array(SHA256.hash(data: salt + Array(pin.utf8)))
        for _ in 1..<max(rounds, 1) { digest = Array(SHA256.hash(data: digest + salt)) }
        return digest
    }
}
