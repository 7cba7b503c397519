import Foundation

/// An X or Z report: what a shift took, by tender, brand and gateway; refunds; cash in the drawer;
/// what is still open. Amounts are exact decimal text in the report's currency. Its JSON (`json()`)
/// is what a Z stores, hashes and `till report … --json` prints.
public struct ShiftReport: Codable, Hashable, Sendable {
    /// How many and how much.
    public struct Figures: Codable, Hashable, Sendable {
        public var count: Int
        public var total: String
    }

    /// Sales, refunds and what is left of one tender, brand, gateway or currency.
    public struct Bucket: Codable, Hashable, Sendable {
        public var sales: Figures
        public var refunds: Figures
        public var net: String
    }

    /// The drawer: what should be in it, and what was counted at the close.
    public struct Cash: Codable, Hashable, Sendable {
        public var float: String
        public var sales: String
        public var refunds: String
        public var paidIn: String
        public var paidOut: String
        public var expected: String
        public var counted: String?
        public var variance: String?

        enum CodingKeys: String, CodingKey {
            case float, sales, refunds, expected, counted, variance
            case paidIn = "paid_in", paidOut = "paid_out"
        }
    }

    /// The shift a report covers (all nil for an X taken while no shift is open).
    public struct ShiftInfo: Codable, Hashable, Sendable {
        public var id: Int64?
        public var cashier: String?
        public var openedAt: String?
        public var closedAt: String?

        enum CodingKeys: String, CodingKey {
            case id, cashier
            case openedAt = "opened_at", closedAt = "closed_at"
        }
    }

    /// An unresolved payment a manager let the shift close with.
    public struct Acknowledgement: Codable, Hashable, Sendable {
        public var order: String
        public var manager: String
    }

    /// `x` (a look at any time) or `z` (the close of a shift, stored and numbered).
    public var kind: String
    /// The Z's number, gap-free per store; nil for an X.
    public var number: Int64?
    public var currency: String
    public var shift: ShiftInfo
    public var sales: Figures
    /// Every refund, the reconciler's automatic ones included.
    public var refunds: Figures
    /// The refunds the reconciler made of payments that came after the cashier gave up.
    public var automaticRefunds: Figures
    public var net: String
    public var byTender: [String: Bucket]
    public var byBrand: [String: Bucket]
    public var byGateway: [String: Bucket]
    public var paidIn: Figures
    public var paidOut: Figures
    public var cash: Cash
    /// Payments without a final answer when the report was made (in the whole journal).
    public var unresolved: Int
    /// Orders of this report flagged for a manager (paid late at a gateway without refunds).
    public var flagged: [String]
    public var acknowledged: [Acknowledgement]
    /// Sales and refunds in a currency other than the report's, kept apart rather than added up.
    public var otherCurrencies: [String: Bucket]
    /// Whether the gateways' own lists were compared with the journal, and what differed.
    public var reconciliation: [String]
    /// How many journal rows the report counts.
    public var rows: Int
    public var hash: String?
    public var previousHash: String?

    enum CodingKeys: String, CodingKey {
        case kind, number, currency, shift, sales, refunds, net, cash, unresolved, flagged, acknowledged, reconciliation
        case rows, hash
        case automaticRefunds = "automatic_refunds"
        case byTender = "by_tender", byBrand = "by_brand", byGateway = "by_gateway"
        case paidIn = "paid_in", paidOut = "paid_out"
        case otherCurrencies = "other_currencies"
        case previousHash = "previous_hash"
    }

    /// The report as JSON with sorted keys: the exact text a Z stores and hashes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, array or object of those: encoding cannot fail.
        guard let data = try? encoder.encode(self) else { preconditionFailure("a report always encodes") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The report without its hashes: what a Z's hash is taken over.
    var content: ShiftReport {
        var content = self
        content.hash = nil
        content.previousHash = nil
        return content
    }
}
