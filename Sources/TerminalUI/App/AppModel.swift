import TillCore
import TillStrings

/// Everything the screen shows, as a value: `TillApp.update` makes the next one from an event.
public struct AppModel: Equatable, Sendable {
    /// The screens of the counter. Each has its key handling and its drawing in its own files.
    public enum Screen: Equatable, Sendable {
        case amount
        case help
        /// The checkout sheet: commodity, price, the brands to choose from, the confirm button.
        case sheet
        /// A payment in progress: the QR code, or a scanned buyer code, with status and countdown.
        case payment
        /// The outcome of the last payment: paid, declined or unconfirmed, with a receipt summary.
        case result
        /// Today's sales from the journal, one sale's details, refunds.
        case history
        /// No shift is open: who works the counter, and the float (Shop/).
        case shift
        /// A cash sale: what the buyer gave, then the change in big digits (Shop/).
        case cash
        /// The X report or a receipt, scrolled (Shop/).
        case document
        /// A manager's name and PIN before a refund or a reprint (Shop/).
        case approval
    }

    /// The fields of the amount screen.
    public enum Field: Equatable, Sendable {
        case amount
        case description
    }

    /// A line of feedback for the cashier.
    public struct Message: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case info, error }
        public let text: String
        public let kind: Kind

        public static func info(_ text: String) -> Message { Message(text: text, kind: .info) }
        public static func error(_ text: String) -> Message { Message(text: text, kind: .error) }
    }

    /// Below this size the screen asks for a larger window.
    public static let minimumSize = TerminalSize(columns: 40, rows: 12)
    /// The longest description a sale may carry.
    public static let maximumDescriptionLength = 64

    public var size: TerminalSize
    public var theme: ResolvedTheme
    /// The themes F6 cycles through, fitted to this terminal.
    public var themes: [ResolvedTheme] = []
    public var storeName: String
    public var screen: Screen = .amount
    public var amount: AmountEntry
    public var saleDescription: String = ""
    public var focus: Field = .amount
    public var message: Message?
    public var scanner: ScannerDetector
    public var now: Milliseconds = 0
    public var isQuitting = false
    /// The cashier's language: every line of every screen comes from its catalog.
    public var strings = Strings(.en) {
        didSet { amount.strings = strings }
    }
    /// Every gateway runs on the built-in sandbox: every screen says no real money moves.
    public var isDemo = false
    /// The amount of the last sale that ended, whatever its end: F3 puts it back in the field, shown
    /// before anything is charged. Never reused on its own.
    public var lastSaleAmount: Money?
    /// The sale being checked out, from the sheet to the result (Checkout/).
    public var checkout = CheckoutState()
    /// What the history screen shows (History/).
    public var history = HistoryState()
    /// The shift, the cash tender, the X report and receipts (Shop/).
    public var shop = ShopState()
    /// This counter's lane in a store of several (`[lane] id`); nil for a counter alone.
    public var lane: String?

    public init(
        size: TerminalSize, theme: ResolvedTheme, storeName: String, currency: Currency, maximum: Money? = nil,
        scanner: ScannerDetector = ScannerDetector(isPaymentCode: { Brand.forBuyerCode($0) != nil })
    ) {
        self.size = size
        self.theme = theme
        self.storeName = storeName
        self.amount = AmountEntry(currency: currency, maximum: maximum)
        self.scanner = scanner
    }

    /// True when the window is too small for any screen.
    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }
}
