import TillCore
import TillStrings

/// Why a shift, a cash record or a report could not be made. Each message says what to do, in the
/// language of the catalog given (`message(in:)`); `description` is the English one.
public enum ShiftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The journal itself failed.
    case journal(JournalError)
    /// Something needs an open shift and none is.
    case noOpenShift
    /// A second shift cannot open while one is.
    case alreadyOpen(cashier: String, id: Int64)
    /// The cashier's name was empty.
    case emptyCashier
    /// A paid-in's or paid-out's reason was empty.
    case emptyReason
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
    /// Closing the store's day needs the cash counted in every lane's drawer; these lanes have none.
    case uncountedLanes([String])

    public var description: String { message(in: Strings(.en)) }

    /// The message in the language of `strings`.
    public func message(in strings: Strings) -> String {
        switch self {
        case .journal(let error): error.message(in: strings)
        case .noOpenShift: strings[.shopNoOpenShift]
        case .alreadyOpen(let cashier, let id): strings.text(.shopAlreadyOpen, ["id": String(id), "cashier": cashier])
        case .emptyCashier: strings[.shopEmptyCashier]
        case .emptyReason: strings[.shopEmptyReason]
        case .wrongCurrency(let expected, let got): strings.text(.shopWrongCurrency, ["expected": expected, "got": got])
        case .tenderedTooLittle(let amount, let tendered):
            strings.text(.shopTenderedTooLittle, ["amount": amount.formatted(), "tendered": tendered.formatted()])
        case .unknownTenderOrder(let order): strings.text(.shopUnknownTenderOrder, ["order": order])
        case .refundTooLarge(let order, let left):
            strings.text(.shopTenderRefundTooLarge, ["order": order, "left": left.formatted()])
        case .unresolvedAtClose(let orders):
            strings.text(.shopUnresolvedAtClose, ["count": String(orders.count), "orders": orders.joined(separator: ", ")])
        case .unknownReport(let number): strings.text(.shopUnknownReport, ["number": String(number)])
        case .uncountedLanes(let lanes):
            strings.text(.shopUncountedLanes, ["lanes": lanes.map { $0.isEmpty ? "-" : $0 }.joined(separator: ", ")])
        }
    }
}
