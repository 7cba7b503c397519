import Checkout
import TillCore
import TillStrings

/// The refund prompt of the history screen: amount (default what is left, never more), confirm,
/// then the refund runs through the checkout flows and its answer shows.
extension TillApp {
    /// `r` on the list or the details: opens the prompt, or says plainly why this attempt cannot be refunded.
    static func openRefund(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        if let refusal = refundRefusal(entry, checking: model.history.checking, model.strings) {
            model.history.message = .error(refusal)
            effects.append(.bell)
            return
        }
        model.history.promptReturnMode = model.history.mode
        model.history.refundTarget = entry
        model.history.message = nil
        if entry.refunds == .fullOnly {
            // Nothing to choose: the gateway gives back the whole payment or nothing.
            model.history.refundEntry = AmountEntry(currency: entry.left.currency, strings: model.strings)
            model.history.refundEntry?.suggest(entry.left)
            model.history.mode = .refundConfirm
            return
        }
        var typed = AmountEntry(currency: entry.left.currency, strings: model.strings)
        typed.suggest(entry.left)
        model.history.refundEntry = typed
        model.history.mode = .refundAmount
    }

    /// Why `entry` cannot be refunded from the counter (while `checking` is its order, the check
    /// may be following its refunds), or nil when it can.
    static func refundRefusal(
        _ entry: HistoryEntry, checking: MerchantOrderNumber? = nil, _ strings: Strings = Strings(.en)
    ) -> String? {
        let names = ["order": "\(entry.orderNumber)", "gateway": entry.gateway.displayName]
        if checking == entry.orderNumber { return strings.text(.msgBeingChecked, names) }
        guard entry.state == .succeeded else {
            return strings.text(.msgRefundNotPaid, names.merging(["state": entry.stateText(in: strings)]) { $1 })
        }
        switch entry.refunds {
        case .none: return strings.text(.msgRefundNone, names)
        case .fullOnly where entry.left != entry.amount: return strings.text(.msgRefundFullOnlyPart, names)
        default: break
        }
        guard entry.left.isPositive else { return strings.text(.msgRefundedInFull, names) }
        return nil
    }

    static func handleOnRefundAmount(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var typed = model.history.refundEntry, let target = model.history.refundTarget else { return }
        switch key {
        case .escape:
            closeRefund(&model, message: .info(model.strings[.msgRefundCancelled]))
            return
        case .backspace:
            typed.deleteBackward()
            model.history.message = typed.refusal.map { .error($0.message) }
        case .enter:
            if let refusal = typed.refusal {
                // Never the amount shortened by the refused keys: the cashier corrects it first.
                model.history.message = .error(model.strings.text(.msgNothingRefunded, ["reason": refusal.message]))
                effects.append(.bell)
                return
            }
            guard let units = typed.minorUnits, units > 0 else {
                model.history.message = .error(model.strings.text(.msgTypeRefundAmount, ["amount": target.left.formatted()]))
                effects.append(.bell)
                return
            }
            model.history.mode = .refundConfirm
            model.history.message = nil
        case .character(let character):
            typeRefund(character, into: &typed, left: target.left, model.strings)
            model.history.message = typed.refusal.map { .error($0.message) }
            if typed.hasRefusal { effects.append(.bell) }
        default:
            return
        }
        model.history.refundEntry = typed
    }

    /// Types one key of the refund amount. Above what is left, the key is refused (with every key
    /// after it until Backspace takes them back) rather than the amount being cut short.
    private static func typeRefund(_ character: Character, into typed: inout AmountEntry, left: Money, _ strings: Strings) {
        var next = typed
        guard (try? next.type(character)) != nil else { return typed = next }
        if let units = next.minorUnits, units > left.minorUnits {
            typed.refuse(character, because: AmountEntry.Refusal(message: strings.text(.msgRefundLeftOnly, ["amount": left.formatted()])))
            return
        }
        typed = next
    }

    static func handleOnRefundConfirm(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard let target = model.history.refundTarget, let units = model.history.refundEntry?.minorUnits else { return }
        switch key {
        case .enter, .character("y"), .character("Y"):
            let amount = Money(minorUnits: units, currency: target.left.currency)
            if model.shop.needsManager {
                return askManager(.refund, subject: target.orderNumber.rawValue, then: .refund(target.orderNumber, amount), in: &model)
            }
            model.history.mode = .refunding
            model.history.message = nil
            effects.append(.history(.refund(target.orderNumber, amount)))
        case .escape, .backspace, .character("n"), .character("N"):
            if target.refunds == .fullOnly {
                closeRefund(&model, message: .info(model.strings[.msgRefundCancelled]))
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
        let names = ["amount": amount, "order": "\(refund.orderNumber)", "refund": "\(refund.refundNumber)"]
        switch refund.state {
        case .succeeded:
            closeRefund(&model, message: .info(model.strings.text(.msgRefunded, names)))
            askForReceipt(of: refund.orderNumber, in: &model, effects: &effects)
        case .failed:
            closeRefund(&model, message: .error(model.strings.text(.msgRefundRefused, names)))
            effects.append(.bell)
        case .requested, .pending:
            let state = PaymentWords.refund(refund.state, in: model.strings)
            closeRefund(&model, message: .info(model.strings.text(.msgRefundUnsettled, names.merging(["state": state]) { $1 })))
        }
    }

    private static func closeRefund(_ model: inout AppModel, message: AppModel.Message) {
        model.history.mode = model.history.promptReturnMode
        model.history.refundEntry = nil
        model.history.refundTarget = nil
        model.history.message = message
    }
}
