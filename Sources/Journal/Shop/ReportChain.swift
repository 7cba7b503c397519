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
        HexText.encode(SHA256.hash(data: Data("till-z-1\n\(previous)\n\(content)\n\(rows)".utf8)))
    }

    /// The short digest of one row's fields (64 bits: the full chain hash protects the list itself).
    static func rowDigest(_ canonicalText: String) -> String {
        HexText.encode(SHA256.hash(data: Data(canonicalText.utf8)).prefix(8))
    }

    /// The shift's own row and its digest, which every Z's row list holds beside the money rows.
    static func shiftRow(_ shift: Shift) -> CountedRow {
        CountedRow(row: "shifts/\(shift.id)", digest: rowDigest(canonicalText(shift)), order: nil)
    }

    /// The row list a Z stores: `table/key digest`, one per line, sorted by row.
    static func rowList(_ rows: [CountedRow]) -> String {
        rows.map { $0.row + " " + $0.digest }.sorted().joined(separator: "\n")
    }

    /// `rowList` read back: row → digest. Scans bytes: a Z of a busy day lists 100,000 rows.
    static func parseRowList(_ text: String) -> [String: String] {
        var rows: [String: String] = [:]
        let bytes = Array(text.utf8)
        rows.reserveCapacity(bytes.count / 40)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if let space = bytes[start..<end].firstIndex(of: UInt8(ascii: " ")) {
                rows[String(decoding: bytes[start..<space], as: UTF8.self)] = String(decoding: bytes[(space + 1)..<end], as: UTF8.self)
            }
            start = end + 1
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
}
