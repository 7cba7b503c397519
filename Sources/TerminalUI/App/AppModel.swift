import TillCore

/// Everything the screen shows, as a value: `TillApp.update` makes the next one from an event.
public struct AppModel: Equatable, Sendable {
    /// The screens of this first version of the UI.
    public enum Screen: Equatable, Sendable {
        case amount
        case help
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
    public var storeName: String
    public var screen: Screen = .amount
    public var amount: AmountEntry
    public var saleDescription: String = ""
    public var focus: Field = .amount
    public var message: Message?
    public var scanner: ScannerDetector
    public var now: Milliseconds = 0
    public var isQuitting = false

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

/// What happened: a key (with the time it was read), the clock, a new window size, news of a
/// payment, a request to stop.
public enum AppEvent: Equatable, Sendable {
    case key(Key, at: Milliseconds)
    case tick(Milliseconds)
    case resize(TerminalSize)
    /// A payment changed; the payment flows that post it land with the checkout work.
    case paymentUpdate(String)
    /// A signal (SIGINT, SIGTERM, SIGHUP) or the terminal asked Till to stop.
    case quitRequested
}

/// What `update` asks the outside world to do.
public enum AppEffect: Equatable, Sendable {
    case quit
    /// Ring the terminal bell: a keystroke was refused.
    case bell
    /// Start a sale of this amount; the checkout flows that act on it land later.
    case startSale(Money, description: String?)
}
