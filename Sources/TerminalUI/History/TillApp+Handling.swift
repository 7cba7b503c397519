import Checkout
import TillCore
import TillStrings

/// The history's keys for an attempt that needs a person: `c` asks the gateway about it now, `h`
/// opens a prompt for a note and journals it as handled (who and when are added by the reader).
extension TillApp {
    /// `c`: asks the gateway about the selected attempt now, or says why there is nothing to ask.
    static func checkNow(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        if let checking = model.history.checking {
            model.history.message = .error(model.strings.text(.msgBeingChecked, ["order": "\(checking)"]))
            effects.append(.bell)
            return
        }
        guard entry.isOpen else {
            model.history.message = .error(
                model.strings.text(.msgNothingToAsk, ["order": "\(entry.orderNumber)", "state": entry.stateText(in: model.strings)]))
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
            let refusal = HandlingNote.nobodyNeeded(entry.orderNumber, state: entry.state, handled: entry.handled)
            model.history.message = .error(refusal.message(in: model.strings))
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
            closeHandle(&model, message: .info(model.strings.text(.msgNoteNotWritten, ["order": "\(target.orderNumber)"])))
        case .backspace:
            if !model.history.handleNote.isEmpty { model.history.handleNote.removeLast() }
            model.history.message = nil
        case .enter:
            do {
                let note = try HandlingNote.checked(model.history.handleNote)
                closeHandle(&model, message: .info(model.strings.text(.msgWritingNote, ["order": "\(target.orderNumber)"])))
                effects.append(.history(.markHandled(
                    target.orderNumber, note: note, seen: AttemptAsSeen(state: target.state, attention: target.attention))))
            } catch {
                model.history.message = .error(error.message)
                effects.append(.bell)
            }
        case .character(let character):
            guard model.history.handleNote.count < HandlingNote.maximumLength, HandlingNote.isAllowed(character) else {
                model.history.message = .error(model.strings.text(.msgNoteTooLong, ["maximum": "\(HandlingNote.maximumLength)"]))
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
            model.history.message = checkMessage(order, check, model.strings)
            if model.history.message?.kind == .error { effects.append(.bell) }
        case .checkFailed(_, let text):
            model.history.checking = nil
            model.history.message = .error(text)
            effects.append(.bell)
        case .handled(let note):
            model.history.message = .info(model.strings.text(.msgMarkedHandled, ["order": "\(note.orderNumber)", "note": note.text]))
        case .handleFailed(let text):
            model.history.message = .error(text)
            effects.append(.bell)
        default:
            break
        }
    }

    /// What a check found, in the cashier's words.
    static func checkMessage(
        _ order: MerchantOrderNumber, _ check: Reconciler.Check, _ strings: Strings = Strings(.en)
    ) -> AppModel.Message {
        switch check {
        case .inUse:
            return .error(strings.text(.msgOrderInUse, ["order": "\(order)"]))
        case .nothingOpen(let attempt):
            return .info(
                strings.text(.msgNothingLeftToAsk, ["order": "\(order)", "state": PaymentWords.state(attempt.state, in: strings)]))
        case .asked(let report, let refunds):
            var text = strings.text(.msgChecked, ["order": "\(order)", "words": checkedWords(report, strings)])
            if report.lateRefund == nil, let refund = refunds.last {
                text += strings.text(
                    .msgCheckedRefund, ["refund": "\(refund.refundNumber)", "state": PaymentWords.refund(refund.state, in: strings)])
            }
            return report.attention != nil ? .error(text) : .info(text)
        }
    }

    private static func checkedWords(_ report: Reconciler.Report, _ strings: Strings) -> String {
        let state = PaymentWords.state(report.attempt.state, in: strings)
        if let refund = report.lateRefund {
            return strings.text(
                .msgLateRefund, ["refund": "\(refund.refundNumber)", "state": PaymentWords.refund(refund.state, in: strings)])
        }
        if let attention = report.attention { return attention }
        switch report.attempt.state {
        case .succeeded: return strings[.statePaid]
        case .failed, .canceled, .closed: return strings.text(.msgConfirmedNotPaid, ["state": state])
        case .created, .awaitingBuyer, .processing, .unconfirmed: return strings.text(.msgStillNoAnswer, ["state": state])
        }
    }
}
