import Checkout
import TillCore

/// The history's keys for an attempt that needs a person: `c` asks the gateway about it now, `h`
/// opens a prompt for a note and journals it as handled (who and when are added by the reader).
extension TillApp {
    /// `c`: asks the gateway about the selected attempt now, or says why there is nothing to ask.
    static func checkNow(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        if let checking = model.history.checking {
            model.history.message = .error("Order \(checking) is being checked with the gateway: wait for its answer")
            effects.append(.bell)
            return
        }
        guard entry.isOpen else {
            model.history.message = .error(
                "Order \(entry.orderNumber) is \(entry.stateText) and no refund of it is open: there is nothing to ask the gateway")
            effects.append(.bell)
            return
        }
        model.history.checking = entry.orderNumber
        model.history.message = nil
        effects.append(.history(.checkNow(entry.orderNumber)))
    }

    /// `h`: opens the note prompt for an attempt that needs a person, or says why it needs nobody.
    static func openHandle(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        guard entry.needsAPerson else {
            model.history.message = .error(HandlingNote.nobodyNeeded(entry.orderNumber, state: entry.state, handled: entry.handled))
            effects.append(.bell)
            return
        }
        model.history.promptReturnMode = model.history.mode
        model.history.handleTarget = entry
        model.history.handleNote = ""
        model.history.message = nil
        model.history.mode = .handleNote
    }

    /// A key in the note prompt: typed like the sale's description (bounded, a refused key rings),
    /// Enter journals a note that `HandlingNote` accepts, Esc writes nothing.
    static func handleOnHandleNote(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard let target = model.history.handleTarget else { return }
        switch key {
        case .escape:
            closeHandle(&model, message: .info("Nothing written: order \(target.orderNumber) is not marked as handled"))
        case .backspace:
            if !model.history.handleNote.isEmpty { model.history.handleNote.removeLast() }
            model.history.message = nil
        case .enter:
            do {
                let note = try HandlingNote.checked(model.history.handleNote)
                closeHandle(&model, message: .info("Writing the note of order \(target.orderNumber) to the journal…"))
                effects.append(.history(.markHandled(
                    target.orderNumber, note: note, seen: AttemptAsSeen(state: target.state, attention: target.attention))))
            } catch {
                model.history.message = .error(error.message)
                effects.append(.bell)
            }
        case .character(let character):
            guard model.history.handleNote.count < HandlingNote.maximumLength, HandlingNote.isAllowed(character) else {
                model.history.message = .error("A note is one line of at most \(HandlingNote.maximumLength) characters")
                effects.append(.bell)
                return
            }
            model.history.handleNote.append(character)
            model.history.message = nil
        default:
            break
        }
    }

    private static func closeHandle(_ model: inout AppModel, message: AppModel.Message) {
        model.history.mode = model.history.promptReturnMode
        model.history.handleTarget = nil
        model.history.handleNote = ""
        model.history.message = message
    }

    /// The reader's answer to a check or a handled mark.
    static func applyFollowUp(_ update: HistoryUpdate, to model: inout AppModel, effects: inout [AppEffect]) {
        switch update {
        case .checked(let order, let check):
            model.history.checking = nil
            model.history.message = checkMessage(order, check)
            if model.history.message?.kind == .error { effects.append(.bell) }
        case .checkFailed(_, let text):
            model.history.checking = nil
            model.history.message = .error(text)
            effects.append(.bell)
        case .handled(let note):
            model.history.message = .info("Order \(note.orderNumber) is marked as handled: \(note.text)")
        case .handleFailed(let text):
            model.history.message = .error(text)
            effects.append(.bell)
        default:
            break
        }
    }

    /// What a check found, in the cashier's words.
    static func checkMessage(_ order: MerchantOrderNumber, _ check: Reconciler.Check) -> AppModel.Message {
        switch check {
        case .inUse:
            return .error(
                "Order \(order) is in use: a payment screen or another till is waiting on it. Nothing was asked; try again once it ends")
        case .nothingOpen(let attempt):
            return .info("Order \(order) is \(PaymentWords.state(attempt.state)): nothing was left to ask the gateway")
        case .asked(let report, let refunds):
            var text = "Order \(order): " + checkedWords(report)
            if report.lateRefund == nil, let refund = refunds.last {
                text += "; refund \(refund.refundNumber): \(PaymentWords.refund(refund.state))"
            }
            return report.attention != nil ? .error(text) : .info(text)
        }
    }

    private static func checkedWords(_ report: Reconciler.Report) -> String {
        let state = report.attempt.state
        if let refund = report.lateRefund {
            return "paid after the cashier gave up, so Till gives it back: refund \(refund.refundNumber) \(PaymentWords.refund(refund.state))"
        }
        if let attention = report.attention { return attention }
        switch state {
        case .succeeded: return "paid"
        case .failed, .canceled, .closed: return "\(PaymentWords.state(state)): the gateway confirms it was not paid"
        case .created, .awaitingBuyer, .processing, .unconfirmed:
            return "still no final answer from the gateway (\(PaymentWords.state(state))); Till keeps asking"
        }
    }
}
