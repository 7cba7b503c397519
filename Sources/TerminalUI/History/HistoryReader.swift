import Checkout
import Foundation
import TillCore

/// Answers the history screen's requests through the checkout (`PaymentHistory` for reading, the
/// refund flow for refunds). The loop calls `run`, which answers on a task and posts the answer to
/// the inbox, so a slow journal or gateway never holds up the keys.
public struct HistoryReader: Sendable {
    let checkout: CheckoutService
    let history: PaymentHistory
    /// The orders this counter works on: a refund holds its order so no reconciler (here or in
    /// another process) follows the same refund at the same time.
    let ordersInUse: ScreenOrders?

    public init(
        checkout: CheckoutService, ordersInUse: ScreenOrders? = nil, timeZone: TimeZone = .current,
        now: (@Sendable () -> Date)? = nil
    ) {
        self.checkout = checkout
        self.ordersInUse = ordersInUse
        history = PaymentHistory(context: checkout.context, timeZone: timeZone, now: now)
    }

    /// Answers `request` on a task. A refund is followed by `.journalChanged`, so whatever shows
    /// the journal (the list, the status bar) reads it again.
    public func run(_ request: HistoryRequest, inbox: EventInbox) {
        Task {
            let update = await answer(request)
            inbox.post(.history(update))
            if case .refund = request { inbox.post(.journalChanged) }
        }
    }

    /// The answer to one request.
    public func answer(_ request: HistoryRequest) async -> HistoryUpdate {
        do throws(CheckoutError) {
            switch request {
            case .loadToday: return .loaded(try await history.today())
            case .countUnresolved: return .unresolved(try await history.unresolvedCount())
            case .details(let order): return .details(try await history.details(order))
            case .refund(let order, let amount): return await refund(order, amount)
            }
        } catch {
            return .failed(error.message)
        }
    }

    private func refund(_ order: MerchantOrderNumber, _ amount: Money) async -> HistoryUpdate {
        ordersInUse?.begin(order)
        defer { ordersInUse?.end(order) }
        do {
            return .refunded(try await checkout.refund(order, amount: amount, reason: "refunded at the counter"))
        } catch {
            return .refundFailed(error.message)
        }
    }
}
