import TillCore

/// What happened: a key (with the time it was read), the clock, a new window size, news of a
/// payment, a request to stop.
public enum AppEvent: Equatable, Sendable {
    case key(Key, at: Milliseconds)
    case tick(Milliseconds)
    case resize(TerminalSize)
    /// News of the open payment from the payment runner (Checkout/).
    case payment(PaymentProgress)
    /// News from the history's reader (History/).
    case history(HistoryUpdate)
    /// News from the shop's desk (Shop/).
    case shop(ShopUpdate)
    /// The journal changed (a sale finished, a refund was made): what shows it reloads.
    case journalChanged
    /// A signal (SIGTERM, SIGHUP) or the terminal asked Till to stop.
    case quitRequested
    /// Ctrl-C (SIGINT): quits like F10, and like F10 is refused while a payment is open.
    case interruptRequested
}

/// What `update` asks the outside world to do.
public enum AppEffect: Equatable, Sendable {
    case quit
    /// Draw the whole screen again (Ctrl-L): whatever else wrote on the terminal goes.
    case redraw
    /// Ring the terminal bell: a keystroke was refused.
    case bell
    /// Flash the screen (or ring the bell where the terminal cannot flash): a sale was paid.
    case flash
    /// Ask the history's reader for something (History/).
    case history(HistoryRequest)
    /// Ask the shop's desk for something (Shop/).
    case shop(ShopRequest)
    /// Start, cancel or keep waiting on a payment (Checkout/).
    case payment(PaymentCommand)
    /// Remember the theme chosen with F6 for the next start.
    case keepTheme(String)
}
