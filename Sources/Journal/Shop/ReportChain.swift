import Crypto
import Foundation
import TillCore

/// The hashes that make Z reports tamper-evident: each Z's hash covers its content, the digest of
/// every journal row it counts, and the previous Z's hash, so an edit anywhere breaks the chain.
enum ReportChain {
    /// What the first Z follows.
    static let genesis = String(repeating: "0", count: 64)

    /// The hash of one Z: SHA-256 over a version tag, the previous hash, the content and the rows.
    static func hash(previous: String, content: String, rows: String) -> String {
        hex(SHA256.hash(data: Data("till-z-1\n\(previous)\n\(content)\n\(rows)".utf8)))
    }

    /// The short digest of one row's fields (64 bits: the full chain hash protects the list itself).
    static func rowDigest(_ canonicalText: String) -> String {
        String(hex(SHA256.hash(data: Data(canonicalText.utf8))).prefix(16))
    }

    /// The row list a Z stores: `table/key digest`, one per line, sorted by row.
    static func rowList(_ events: [MoneyEvent], shift: Shift) -> String {
        var lines = events.map { "\($0.row) \(rowDigest($0.canonicalText))" }
        lines.append("shifts/\(shift.id) \(rowDigest(canonicalText(shift)))")
        return lines.sorted().joined(separator: "\n")
    }

    /// `rowList` read back: row → digest.
    static func parseRowList(_ text: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { rows[String(parts[0])] = String(parts[1]) }
        }
        return rows
    }

    static func canonicalText(_ shift: Shift) -> String {
        let closed: String = shift.closedAt.map { String($0.journalMilliseconds) } ?? ""
        let counted: String = shift.counted.map { String($0.minorUnits) } ?? ""
        let fields: [String] = [
            String(shift.id), shift.cashier, String(shift.float.minorUnits), shift.float.currency.code,
            String(shift.openedAt.journalMilliseconds), closed, counted,
        ]
        return fields.joined(separator: "|")
    }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
    }
}
