import Checkout
import Dispatch
import TillCore
import TillStrings

extension TillEnvironment {
    /// The order lock files, in `orders-in-use/` beside the journal.
    var orderLocks: OrderLocks { OrderLocks(besideJournal: journalPath, store: storeLocks) }

    /// The bounded pass every checkout command makes as it starts: at most `limit` (a gateway that
    /// does not answer must not hold up the cashier), leaving alone the orders other processes hold.
    /// Nothing it meets stops the command; what it settled is told on standard error, so that
    /// standard output stays the command's own (JSON lines with `--json`).
    func reconcileAtStart(limit: Duration = .seconds(5)) async {
        let pass = await Reconciler(service: checkout()).reconcileBounded(
            within: limit, clock: ContinuousClock(), claims: orderLocks)
        // An order still open afterwards is nothing new to the cashier; a settled one is.
        for report in pass.reports where report.attempt.state.isFinal {
            printError(strings.text(.settledEarlier, ["line": Self.line(report, in: strings)]))
        }
        if !pass.finished {
            printError(strings[.stillChecking])
        }
    }

    /// `reconcileAtStart` for a command that runs on the main thread without async (the counter).
    func reconcileAtStartWaiting(limit: Duration = .seconds(5)) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await reconcileAtStart(limit: limit)
            done.signal()
        }
        done.wait()
    }

    /// The counter's reconciliation: the bounded pass, then the background reconciler, started on the
    /// real clock, with the screen orders it leaves alone (the payment runner begins and ends them).
    func startCounterReconciler() -> BackgroundReconciler {
        reconcileAtStartWaiting()
        let background = BackgroundReconciler(
            reconciler: Reconciler(service: checkout()), screenOrders: ScreenOrders(locks: orderLocks), locks: orderLocks)
        background.start(clock: ContinuousClock())
        return background
    }

    /// One settled attempt as a line: order, gateway, amount, state, and a late refund or a flag.
    /// The state words stay the journal's own (`succeeded`), as scripts read them.
    static func line(_ report: Reconciler.Report, in strings: Strings) -> String {
        let attempt = report.attempt
        var line = "\(attempt.orderNumber.rawValue)  \(attempt.gateway.rawValue)  \(attempt.amount.decimalText) \(attempt.amount.currency.code)  \(attempt.state.rawValue)"
        if let refund = report.lateRefund {
            line += "  " + strings.text(.paidLateRefund, ["refund": "\(refund.refundNumber)", "state": refund.state.rawValue])
        }
        if let attention = report.attention { line += "  ! \(attention)" }
        return line
    }
}
