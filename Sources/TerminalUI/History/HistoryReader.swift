import Checkout
import Foundation
import TillCore

/// Answers the history screen's requests through the checkout (`PaymentHistory` for reading and
/// handled marks, the refund flow for refunds, the reconciler for a check now). The loop calls
/// `run`, which answers on a task and posts the answer to the inbox, so a slow journal or gateway
/// never holds up the keys.
public struct HistoryReader: Sendable {
    let checkout: CheckoutService
    let history: PaymentHistory
    /// The orders this counter works on: a refund holds its order so no reconciler (here or in
    /// another process) follows the same refund at the same time, and a check now claims its order
    /// so it never races a process waiting on it.
    let ordersInUse: ScreenOrders?
    /// Who handles attempts at this counter (`HandlingNote.person`).
    let person: String

    public init(
        checkout: CheckoutService, ordersInUse: ScreenOrders? = nil, person: String = "unknown",
        timeZone: TimeZone = .current, now: (@Sendable () -> Date)? = nil
    ) {
        self.checkout = checkout
        self.ordersInUse = ordersInUse
        self.person = person
        history = PaymentHistory(context: checkout.context, timeZone: timeZone, now: now)
    }

    /// Answers `request` on a task. What may change the journal (a refund, a check, a handled
    /// mark) is followed by `.journalChanged`, so whatever shows the journal (the list, the status
    /// bar) reads it again.
    public func run(_ request: HistoryRequest, inbox: EventInbox) {
        Task {
            let update = await answer(request)
            inbox.post(.history(update))
            switch request {
            case .refund, .checkNow, .markHandled: inbox.post(.journalChanged)
            case .loadToday, .loadDay, .search, .countToHandle, .details: break
            }
        }
    }

    /// The answer to one request.
    public func answer(_ request: HistoryRequest) async -> HistoryUpdate {
        do throws(CheckoutError) {
            switch request {
            case .loadToday: return .loaded(try await history.today())
            case .loadDay(let offset):
                let (heading, entries) = try await history.day(offset)
                return .found(.day(offset: offset), heading: heading, entries)
            case .search(let text, let currency):
                return .found(.search(text), heading: text, try await history.search(text, currency: currency))
            case .countToHandle: return .toHandle(try await history.toHandleCount())
            case .details(let order): return .details(try await history.details(order))
            case .refund(let order, let amount): return await refund(order, amount)
            case .checkNow(let order): return await check(order)
            case .markHandled(let order, let note, let seen): return await markHandled(order, note: note, seen: seen)
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

    private func check(_ order: MerchantOrderNumber) async -> HistoryUpdate {
        let claims: any OrderClaims = if let ordersInUse { ordersInUse } else { SkippingOrders() }
        do {
            return .checked(order, try await Reconciler(service: checkout).checkNow(order, claims: claims))
        } catch {
            return .checkFailed(order, error.message)
        }
    }

    private func markHandled(_ order: MerchantOrderNumber, note: String, seen: AttemptAsSeen) async -> HistoryUpdate {
        do {
            return .handled(try await history.markHandled(order, note: note, by: person, seen: seen))
        } catch {
            return .handleFailed(error.message)
        }
    }
}
