import Foundation
import TillCore

/// One movement of money a shift report counts, read from the journal row that recorded it: a
/// payment's success, a refund's success, a cash or other-terminal sale or refund, cash paid in or out.
/// Its `digest` covers every field the report uses, so `till report verify` can name an edited row.
public struct MoneyEvent: Hashable, Sendable {
    /// What the movement was.
    public enum Kind: String, Sendable {
        case sale
        case refund
        case paidIn = "paid_in"
        case paidOut = "paid_out"
    }

    /// The table the row is in (`transitions`) and its key there (`42`, `T2026…`).
    public let table: String
    public let key: String
    public let kind: Kind
    /// The order paid or refunded; nil for cash paid in or out.
    public let orderNumber: String?
    /// How it was paid; nil for cash paid in or out.
    public let tender: Tender?
    public let brand: Brand?
    public let gateway: GatewayID?
    /// Always positive: `kind` says which way.
    public let amount: Money
    /// A refund the reconciler made of a payment that came after the cashier gave up.
    public let isAutomatic: Bool
    public let at: Date

    /// The table and key of the row: `transitions/42`.
    public var row: String { table + "/" + key }

    /// Every field, in a fixed order, as one line: what the Z's row list stores a hash of.
    var canonicalText: String {
        [row, kind.rawValue, orderNumber ?? "", tender?.rawValue ?? "", brand?.rawValue ?? "", gateway?.rawValue ?? "",
         String(amount.minorUnits), amount.currency.code, isAutomatic ? "automatic" : "", String(at.journalMilliseconds)]
            .joined(separator: "|")
    }
}
