import TillCore

/// What the counter asks of the shop's day: the shift, the cash tender, the X report, receipts and
/// the printer, a manager's approval. The journal, the report's layout and the printer live below
/// the screens; the counter only ever sees their answers, already in the cashier's words.
/// Every method may be slow (a journal on disk, a printer on the network): the loop runs them on a
/// task through `ShopRunner`, never on the key path.
public protocol ShopDesk: Sendable {
    /// The open shift, if any.
    func currentShift() async -> Result<Shift?, ShopFailure>
    /// Opens a shift for `cashier` with `float` in the drawer.
    func openShift(cashier: String, float: Money) async -> Result<Shift, ShopFailure>
    /// The X report of the open shift (or of the money since the last Z), as lines of text.
    func xReport() async -> Result<[String], ShopFailure>
    /// Records a cash sale of `amount` (the buyer gave `tendered`; nil: exactly the amount), opens
    /// the drawer and prints the receipt when a printer is configured.
    func cashSale(amount: Money, tendered: Money?, description: String?) async -> Result<CashSale, ShopFailure>
    /// The newest receipt of `order` (issued when the money moved), printed first if it never was
    /// and the printer prints on its own.
    func receipt(of order: MerchantOrderNumber) async -> Result<ReceiptView?, ShopFailure>
    /// Prints receipt `number` again (after a manager approved it, when one must).
    func print(receipt number: Int64) async -> Result<ReceiptView, ShopFailure>
    /// True when refunds and reprints need a manager's name and PIN.
    var needsManager: Bool { get }
    /// Checks the manager's PIN and journals the approval of `action` on `subject`.
    func approve(_ action: ManagerAction, subject: String, manager: String, pin: String) async -> Result<Void, ShopFailure>
}

/// A failure of the shop's desk, told in the cashier's language: what went wrong and what to do.
public struct ShopFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// What needs a manager at the counter.
public enum ManagerAction: String, Equatable, Sendable {
    case refund
    case reprint
}

/// A cash sale as recorded: its order, the change to give back, its receipt.
public struct CashSale: Equatable, Sendable {
    public let orderNumber: MerchantOrderNumber
    public let amount: Money
    public let change: Money
    public let receipt: ReceiptView?
    /// Why the receipt did not reach the printer, when one is configured and failed.
    public let printProblem: String?
    /// True when the printer printed the receipt, and so kicked the drawer open.
    public let drawerOpened: Bool

    public init(
        orderNumber: MerchantOrderNumber, amount: Money, change: Money, receipt: ReceiptView?, printProblem: String?,
        drawerOpened: Bool
    ) {
        self.orderNumber = orderNumber
        self.amount = amount
        self.change = change
        self.receipt = receipt
        self.printProblem = printProblem
        self.drawerOpened = drawerOpened
    }
}

/// A receipt as the screen shows it: its number, its lines, how often it was printed.
public struct ReceiptView: Equatable, Sendable {
    public let number: Int64
    public let lines: [String]
    public let printed: Int
    /// Why the last printing failed, when it did.
    public let printProblem: String?
    /// The text of the receipt's QR code (the order number), drawn under the lines.
    public let qrText: String?

    public init(number: Int64, lines: [String], printed: Int, printProblem: String? = nil, qrText: String? = nil) {
        self.number = number
        self.lines = lines
        self.printed = printed
        self.printProblem = printProblem
        self.qrText = qrText
    }

    /// The same receipt, with what went wrong when it was printed.
    public func printing(failed problem: String?) -> ReceiptView {
        ReceiptView(number: number, lines: lines, printed: printed, printProblem: problem, qrText: qrText)
    }
}
