import TillCore

/// Why a shift, a cash record or a report could not be made. Each message says what to do.
public enum ShiftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The journal itself failed.
    case journal(JournalError)
    /// Something needs an open shift and none is.
    case noOpenShift
    /// A second shift cannot open while one is.
    case alreadyOpen(cashier: String, id: Int64)
    /// A name or a reason was empty.
    case empty(what: String)
    /// An amount in another currency than the shift's.
    case wrongCurrency(expected: String, got: String)
    /// The buyer handed over less cash than the sale costs.
    case tenderedTooLittle(amount: Money, tendered: Money)
    /// No cash or other-terminal sale has this order number.
    case unknownTenderOrder(String)
    /// A refund of a cash or other sale above what is left of it.
    case refundTooLarge(order: String, left: Money)
    /// The shift cannot close while these attempts have no final state, unless a manager acknowledges each.
    case unresolvedAtClose([String])
    /// No Z report has this number.
    case unknownReport(Int64)

    public var description: String {
        switch self {
        case .journal(let error):
            error.description
        case .noOpenShift:
            "No shift is open. Open one with `till shift open --cashier NAME --float AMOUNT`."
        case .alreadyOpen(let cashier, let id):
            "Shift \(id) (\(cashier)) is still open. Close it with `till shift close --counted AMOUNT` first."
        case .empty(let what):
            "The \(what) is empty. Write one."
        case .wrongCurrency(let expected, let got):
            "The amount is in \(got) but this shift counts \(expected). Write the amount in \(expected)."
        case .tenderedTooLittle(let amount, let tendered):
            "The buyer handed over \(tendered.formatted()), less than the sale's \(amount.formatted()). Take the rest first."
        case .unknownTenderOrder(let order):
            "No cash or other-terminal sale has order number \(order). Check the number with `till report x`."
        case .refundTooLarge(let order, let left):
            "A refund of order \(order) cannot exceed what is left of it, \(left.formatted()). Enter a smaller amount."
        case .unresolvedAtClose(let orders):
            "The shift cannot close: \(orders.count) payment(s) have no final answer (\(orders.joined(separator: ", "))). "
                + "Run `till recover`, or let a manager acknowledge each with `--acknowledge ORDER --manager NAME`."
        case .unknownReport(let number):
            "There is no Z report number \(number). See `till report list`."
        }
    }
}
