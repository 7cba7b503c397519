import Checkout
import TillCore

/// The refund prompt of the history screen: amount (default what is left, never more), confirm,
/// then the refund runs through the checkout flows and its answer shows.
extension TillApp {
    /// `r` on the list or the details: opens the prompt, or says plainly why this attempt cannot be refunded.
    static func openRefund(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        if let refusal = refundRefusal(entry, checking: model.history.checking) {
            model.history.message = .error(refusal)
            effects.append(.bell)
            return
        }
        model.history.promptReturnMode = model.history.mode
        model.history.refundTarget = entry
        model.history.message = nil
        if entry.refunds == .fullOnly {
            // Nothing to choose: the gateway gives back the whole payment or nothing.
            model.history.refundEntry = AmountEntry(currency: entry.left.currency)
            model.history.refundEntry?.suggest(entry.left)
            model.history.mode = .refundConfirm
            return
        }
        var typed = AmountEntry(currency: entry.left.currency)
        typed.suggest(entry.left)
        model.history.refundEntry = typed
        model.history.mode = .refundAmount
    }

    /// Why `entry` cannot be refunded from the counter (while `checking` is its order, the check
    /// may be following its refunds), or nil when it can.
    static func refundRefusal(_ entry: HistoryEntry, checking: MerchantOrderNumber? = nil) -> String? {
        if checking == entry.orderNumber {
            return "Order \(entry.orderNumber) is being checked with the gateway: wait for its answer"
        }
        guard entry.state == .succeeded else {
            return "Order \(entry.orderNumber) is \(entry.stateText), not paid: only a paid payment can be refunded"
        }
        switch entry.refunds {
        case .none:
            return "\(entry.gateway.displayName) does not offer refunds: refund order \(entry.orderNumber) from the \(entry.gateway.displayName) merchant portal"
        case .fullOnly where entry.left != entry.amount:
            return "\(entry.gateway.displayName) refunds only whole payments, and part of order \(entry.orderNumber) is already refunded or on its way back"
        default:
            break
        }
        guard entry.left.isPositive else {
            return "Order \(entry.orderNumber) is already refunded in full: nothing is left to refund"
        }
        return nil
    }

    static func handleOnRefundAmount(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var typed = model.history.refundEntry, let target = model.history.refundTarget else { return }
        switch key {
        case .escape:
            closeRefund(&model, message: .info("Refund cancelled: nothing was given back"))
            return
        case .backspace:
            typed.deleteBackward()
            model.history.message = typed.refusal.map { .error($0.message) }
        case .enter:
            if let refusal = typed.refusal {
                // Never the amount shortened by the refused keys: the cashier corrects it first.
                model.history.message = .error("Nothing refunded: \(refusal.message)")
                effects.append(.bell)
                return
            }
            guard let units = typed.minorUnits, units > 0 else {
                model.history.message = .error("Type the amount to give back, at most \(target.left.formatted())")
                effects.append(.bell)
                return
            }
            model.history.mode = .refundConfirm
            model.history.message = nil
        case .character(let character):
            typeRefund(character, into: &typed, left: target.left)
            model.history.message = typed.refusal.map { .error($0.message) }
            if typed.hasRefusal { effects.append(.bell) }
        default:
            return
        }
        model.history.refundEntry = typed
    }

    /// Types one key of the refund amount. Above what is left, the key is refused (with every key
    /// after it until Backspace takes them back) rather than the amount being cut short.
    private static func typeRefund(_ character: Character, into typed: inout AmountEntry, left: Money) {
        var next = typed
        guard (try? next.type(character)) != nil else { return typed = next }
        if let units = next.minorUnits, units > left.minorUnits {
            typed.refuse(character, because: AmountEntry.Refusal(message: "Only \(left.formatted()) is left to refund of this payment"))
            return
        }
        typed = next
    }

    static func handleOnRefundConfirm(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard let target = model.history.refundTarget, let units = model.history.refundEntry?.minorUnits else { return }
        switch key {
        case .enter, .character("y"), .character("Y"):
            model.history.mode = .refunding
            model.history.message = nil
            effects.append(.history(.refund(target.orderNumber, Money(minorUnits: units, currency: target.left.currency))))
        case .escape, .backspace, .character("n"), .character("N"):
            if target.refunds == .fullOnly {
                closeRefund(&model, message: .info("Refund cancelled: nothing was given back"))
            } else {
                model.history.mode = .refundAmount
            }
        default:
            break
        }
    }

    /// The gateway's answer to the refund.
    static func refundAnswered(_ refund: Refund, in model: inout AppModel, effects: inout [AppEffect]) {
        let amount = refund.amount.formatted()
        switch refund.state {
        case .succeeded:
            closeRefund(&model, message: .info("Refunded \(amount) of order \(refund.orderNumber) (refund \(refund.refundNumber))"))
        case .failed:
            closeRefund(&model, message: .error("The gateway refused the refund of \(amount) (refund \(refund.refundNumber)); nothing was given back"))
            effects.append(.bell)
        case .requested, .pending:
            closeRefund(&model, message: .info("Refund \(refund.refundNumber) of \(amount) is \(refund.state.rawValue): Till keeps checking it in the background"))
        }
    }

    private static func closeRefund(_ model: inout AppModel, message: AppModel.Message) {
        model.history.mode = model.history.promptReturnMode
        model.history.refundEntry = nil
        model.history.refundTarget = nil
        model.history.message = message
    }
}
