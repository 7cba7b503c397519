#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Checkout
import TillCore
import TillStrings

/// The UI loop: reads keys, ticks the clock, runs `TillApp.update`, draws the changed cells. Runs
/// on the calling thread, which is then the only one that talks to ncurses.
public struct TerminalLoop {
    /// What the loop needs to build the first model.
    public struct Settings: Sendable {
        public var theme: Theme
        public var storeName: String
        public var currency: Currency
        public var maximum: Money?
        public var scanGap: Milliseconds
        /// The themes F6 cycles through, complete (see `ThemeChain.complete`); `theme` is added
        /// when missing.
        public var themes: [Theme] = []
        /// Messages to show on the first screen (a theme that fell back to the default, ...).
        public var startMessages: [String]
        /// The checkout flows (and, through their context, the journal) the screens drive. Nil: the
        /// counter can only take amounts.
        public var checkout: CheckoutService?
        /// The orders the screens work on, kept from the reconcilers (the background one and those
        /// of other processes) while they do. Nil: nothing is guarded.
        public var ordersInUse: ScreenOrders?
        /// Every gateway runs on the built-in sandbox: every screen shows the demo banner.
        public var isDemo = false
        /// The cashier's language.
        public var language: Language = .en
        /// The shop's day (shift, cash, X report, receipts, printer, manager PIN). Nil: none of it.
        public var shop: (any ShopDesk)?
        /// The shift to open when none is open at start (`till --cashier NAME --float AMOUNT`).
        public var openShiftAtStart: ShiftOpening?
        /// `[lane] id`, shown at the right of the key bar in a store of several counters.
        public var lane: String?
        /// Keeps the name of a theme chosen with F6 (the caller writes it where the next start reads it).
        public var keepTheme: (@Sendable (String) -> Void)?

        public init(
            theme: Theme, storeName: String, currency: Currency, maximum: Money? = nil, scanGap: Milliseconds = 50,
            startMessages: [String] = [], checkout: CheckoutService? = nil
        ) {
            self.theme = theme
            self.storeName = storeName
            self.currency = currency
            self.maximum = maximum
            self.scanGap = scanGap
            self.startMessages = startMessages
            self.checkout = checkout
        }
    }

    /// The longest the loop sleeps when no key comes and the scanner waits for nothing: it also
    /// bounds how late the inbox's events (payment news) are seen.
    static let readTimeout: Int32 = 10

    /// How long to wait for a key: until the scanner's next deadline, at most `readTimeout`.
    static func readWait(now: Milliseconds, deadline: Milliseconds?) -> Int32 {
        guard let deadline else { return readTimeout }
        return Int32(max(0, min(Milliseconds(readTimeout), deadline - now)))
    }

    /// Runs the UI until the cashier quits or a signal arrives; the terminal is restored on every
    /// way out. Returns how it stopped: the signal, and the payment a signal left open.
    public static func run(_ settings: Settings, environment: [String: String]) throws(TerminalStartError) -> TerminalExit {
        TerminationSignals.install()
        let terminal = try NCursesTerminal(term: environment["TERM"], readTimeout: readTimeout)
        defer { terminal.shutdown() }
        let depth = ColorDepth.detect(environment: environment, cursesColors: terminal.colorCount)
        var model = firstModel(settings, size: terminal.terminalSize, depth: depth)
        let trace = EventTrace(environment: environment)
        let clock = MonotonicMilliseconds()
        let inbox = EventInbox()
        let router = EffectRouter(settings, terminal: terminal, inbox: inbox, environment: environment)
        model.history.isAvailable = router.history != nil
        var shown: Frame?
        var drawnModel: AppModel?
        while true {
            var events: [AppEvent] = inbox.drain()
            if TerminationSignals.takeInterrupt() { events.append(.interruptRequested) }
            if TerminationSignals.pending != nil { events.append(.quitRequested) }
            // Every key already waiting is read before drawing: a slow frame must not stretch the
            // gaps between a scanner's keys past the burst threshold.
            var input = terminal.readInput(timeout: readWait(now: clock.now(), deadline: model.scanner.nextDeadline))
            var count = 0
            while let read = input {
                switch read {
                case .key(let key):
                    trace?.key()
                    events.append(.key(key, at: clock.now()))
                case .resize: events.append(.resize(terminal.terminalSize))
                }
                count += 1
                input = count < 256 ? terminal.readInput(timeout: 0) : nil
            }
            events.append(.tick(clock.now()))
            let scannerBefore = model.scanner
            for event in events {
                let (next, effects) = TillApp.update(model, event)
                model = next
                for effect in effects {
                    switch router.run(effect) {
                    case .quit: return TerminalExit(signal: TerminationSignals.pending, model: model)
                    case .redraw:
                        shown = nil
                        drawnModel = nil
                    default: break
                    }
                }
            }
            trace?.scanner(model.scanner, before: scannerBefore)
            // The clock alone never changes the screen: skip drawing until something else did.
            var settled = model
            settled.now = drawnModel?.now ?? model.now
            guard settled != drawnModel else { continue }
            drawnModel = model
            let frame = TillApp.view(model)
            if frame != shown {
                terminal.draw(FrameDiff.between(shown, frame))
                shown = frame
                trace?.frame(model)
            }
        }
    }
}

extension TerminalLoop {
    /// The model of the first frame: theme, store, currency and limit, scanner, themes, demo mode,
    /// the checkout's choices and the first message.
    static func firstModel(_ settings: Settings, size: TerminalSize, depth: ColorDepth) -> AppModel {
        let theme = ResolvedTheme(settings.theme, depth: depth, strings: Strings(settings.language))
        var scanner = ScannerDetector(isPaymentCode: { Brand.forBuyerCode($0) != nil })
        scanner.gapThreshold = settings.scanGap
        var model = AppModel(
            size: size, theme: theme, storeName: settings.storeName, currency: settings.currency,
            maximum: settings.maximum, scanner: scanner)
        model.isDemo = settings.isDemo
        model.strings = Strings(settings.language)
        model.themes = themes(settings, depth: depth)
        if let first = (settings.startMessages + theme.warnings).first { model.message = .error(first) }
        model.checkout = CheckoutState(service: settings.checkout, currency: settings.currency)
        model.shop.isAvailable = settings.shop != nil
        model.shop.needsManager = settings.shop?.needsManager ?? false
        model.shop.openAtStart = settings.openShiftAtStart
        model.lane = settings.lane
        return model
    }

    /// The themes to cycle through, fitted to the terminal: the chosen one is always among them.
    static func themes(_ settings: Settings, depth: ColorDepth) -> [ResolvedTheme] {
        var themes = settings.themes
        if !themes.contains(where: { $0.name == settings.theme.name }) { themes.insert(settings.theme, at: 0) }
        return themes.map { ResolvedTheme($0, depth: depth, strings: Strings(settings.language)) }
    }
}

/// Milliseconds since the loop started, on the monotonic clock.
struct MonotonicMilliseconds {
    private let start = ContinuousClock.now

    func now() -> Milliseconds {
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
