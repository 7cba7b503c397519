import Checkout
import TillCore
import TillStrings

/// Where each of `update`'s effects goes: the terminal (bell, flash), the payment runner, the
/// history's reader, the shop's desk, the theme kept for the next start. Quitting and drawing
/// again are the loop's own.
struct EffectRouter {
    let terminal: NCursesTerminal
    let inbox: EventInbox
    let payments: CounterEffectRunner
    /// Nil without a checkout (and so without a journal).
    let history: HistoryReader?
    /// Nil without a shop's desk.
    let shop: ShopRunner?
    let keepTheme: (@Sendable (String) -> Void)?

    init(_ settings: TerminalLoop.Settings, terminal: NCursesTerminal, inbox: EventInbox, environment: [String: String]) {
        self.terminal = terminal
        self.inbox = inbox
        payments = CounterEffectRunner(
            service: settings.checkout, inbox: inbox, ordersInUse: Self.hook(settings.ordersInUse), strings: Strings(settings.language))
        history = settings.checkout.map {
            HistoryReader(checkout: $0, ordersInUse: settings.ordersInUse, person: HandlingNote.person(in: environment))
        }
        shop = settings.shop.map(ShopRunner.init(desk:))
        keepTheme = settings.keepTheme
    }

    /// Runs `effect`; returns it when it is the loop's to act on (`.quit`, `.redraw`), else nil.
    func run(_ effect: AppEffect) -> AppEffect? {
        switch effect {
        case .quit, .redraw: return effect
        case .bell: terminal.bell()
        case .flash: terminal.flash()
        case .payment(let command): payments.run(command)
        case .history(let request): history?.run(request, inbox: inbox)
        case .shop(let request): shop?.run(request, inbox: inbox)
        case .keepTheme(let name): keepTheme?(name)
        }
        return nil
    }

    /// The payment runner's way to tell the reconcilers which orders the screens wait on.
    static func hook(_ orders: ScreenOrders?) -> (@Sendable (MerchantOrderNumber, Bool) -> Void)? {
        guard let orders else { return nil }
        return { order, open in
            if open { orders.begin(order) } else { orders.end(order) }
        }
    }
}
