import TillCore

/// The shop's day on the counter: the open shift (on the key bar), the prompt that opens one, the
/// cash tender and its change, the X report and receipts on screen, a manager's approval.
public struct ShopState: Equatable, Sendable {
    /// True when a shop's desk (a journal) is behind the screen; without one nothing is asked.
    public var isAvailable = false
    /// Refunds and reprints need a manager's name and PIN (`[security] manager_pin`).
    public var needsManager = false
    /// The open shift; nil when none is open or before the first answer.
    public var shift: Shift?
    /// True once the desk has said whether a shift is open.
    public var isShiftKnown = false
    /// True from asking whether a shift is open until the answer.
    public var isShiftRequested = false
    public var prompt = ShiftPrompt()
    public var cash: CashTender?
    public var document: ShopDocument?
    public var approval: ManagerPrompt?
    /// The receipt of the sale on the result screen, once the desk found it.
    public var saleReceipt: ReceiptView?
    /// Who opens the shift, and with what float, when none is open at start (`till --cashier`);
    /// nil: the counter asks.
    public var openAtStart: ShiftOpening?
    /// The order whose receipt the history asked to see, until the desk answers.
    public var pendingReceipt: MerchantOrderNumber?

    public init() {}
}

/// A shift to open: who works the counter and the cash in the drawer.
public struct ShiftOpening: Equatable, Sendable {
    public let cashier: String
    public let float: Money

    public init(cashier: String, float: Money) {
        self.cashier = cashier
        self.float = float
    }
}

/// The prompt that opens a shift: who works the counter and the cash in the drawer.
public struct ShiftPrompt: Equatable, Sendable {
    public enum Field: Equatable, Sendable { case cashier, float }
    /// The longest cashier's name the prompt takes.
    public static let maximumNameLength = 32

    public var cashier = ""
    public var float: AmountEntry?
    public var field: Field = .cashier
    /// True while the desk opens the shift.
    public var isOpening = false
    public var message: AppModel.Message?

    public init() {}
}

/// A cash sale at the counter: what is due, what the buyer gave, then the change.
public struct CashTender: Equatable, Sendable {
    public let due: Money
    public var tendered: AmountEntry
    /// True while the desk records the sale.
    public var isRecording = false
    /// The sale, once recorded: the screen shows the change in big digits.
    public var sale: CashSale?
    public var message: AppModel.Message?

    public init(due: Money, tendered: AmountEntry) {
        self.due = due
        self.tendered = tendered
    }
}

/// Lines of text on screen, scrolled: the X report or a receipt.
public struct ShopDocument: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case xReport
        case receipt(number: Int64, printed: Int)
    }

    public var kind: Kind
    public var lines: [String]
    /// A QR code's text, drawn under the lines (a receipt's order number).
    public var qrText: String?
    /// The first line shown.
    public var top = 0
    /// Where Esc goes back to.
    public var returnTo: AppModel.Screen
    public var message: AppModel.Message?

    public init(kind: Kind, lines: [String], returnTo: AppModel.Screen) {
        self.kind = kind
        self.lines = lines
        self.returnTo = returnTo
    }
}

/// A manager's name and PIN, asked before a refund or a reprint when a PIN is set.
public struct ManagerPrompt: Equatable, Sendable {
    public enum Field: Equatable, Sendable { case name, pin }
    /// What runs once the manager approved.
    public enum Approved: Equatable, Sendable {
        case refund(MerchantOrderNumber, Money)
        case reprint(receipt: Int64)
    }

    public let action: ManagerAction
    public let subject: String
    public let then: Approved
    public var name = ""
    /// Never drawn: the screen shows one dot per digit.
    public var pin = ""
    public var field: Field = .name
    public var isChecking = false
    public var message: AppModel.Message?
    /// Where Esc (or the approval) goes back to.
    public var returnTo: AppModel.Screen

    public init(action: ManagerAction, subject: String, then: Approved, returnTo: AppModel.Screen) {
        self.action = action
        self.subject = subject
        self.then = then
        self.returnTo = returnTo
    }
}

/// What the counter asks of the shop's desk.
public enum ShopRequest: Equatable, Sendable {
    case loadShift
    case openShift(cashier: String, float: Money)
    case xReport
    case cashSale(amount: Money, tendered: Money?, description: String?)
    case receipt(of: MerchantOrderNumber)
    case print(receipt: Int64)
    case approve(ManagerAction, subject: String, manager: String, pin: String, then: ManagerPrompt.Approved)
}

/// The desk's answers.
public enum ShopUpdate: Equatable, Sendable {
    case shift(Shift?)
    case shiftOpened(Shift)
    case xReport([String])
    case cashSold(CashSale)
    case receipt(of: MerchantOrderNumber, ReceiptView?)
    case printed(ReceiptView)
    case approved(ManagerPrompt.Approved)
    /// The request failed; the text says why and what to do.
    case failed(ShopRequest, String)
}
