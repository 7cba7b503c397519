import TillCore
import TillStrings

/// The shift on the counter: asked for at start, opened from the prompt (cashier and float), shown
/// on the key bar. Selling with no shift open is allowed (its money goes into the next Z), so Esc
/// leaves the prompt and F7 brings it back.
extension TillApp {
    /// On every tick until answered: asks the desk whether a shift is open.
    static func requestShiftIfUnknown(_ model: inout AppModel, effects: inout [AppEffect]) {
        let shop = model.shop
        guard shop.isAvailable, !shop.isShiftKnown, !shop.isShiftRequested else { return }
        model.shop.isShiftRequested = true
        effects.append(.shop(.loadShift))
    }

    /// F7: the prompt that opens a shift, or where the open one stands.
    static func openShiftPrompt(_ model: inout AppModel) {
        guard model.shop.isAvailable else {
            model.message = .error(model.strings[.msgNoJournalShift])
            return
        }
        if let shift = model.shop.shift {
            model.message = .info(model.strings.text(.msgShiftAlreadyOpen, ["cashier": shift.cashier, "id": String(shift.id)]))
            return
        }
        var prompt = ShiftPrompt()
        prompt.cashier = model.shop.prompt.cashier
        prompt.float = AmountEntry(currency: model.amount.currency, strings: model.strings)
        model.shop.prompt = prompt
        model.screen = .shift
        model.message = nil
    }

    /// A key on the shift prompt: the name, Tab or Enter to the float, Enter opens, Esc sells
    /// without a shift.
    static func handleOnShiftPrompt(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        var prompt = model.shop.prompt
        guard !prompt.isOpening else { return }
        prompt.message = nil
        switch (key, prompt.field) {
        case (.escape, _):
            model.screen = .amount
            model.message = .info(model.strings[.msgNoShiftSelling])
            return
        case (.tab, _), (.backTab, _), (.up, _), (.down, _):
            prompt.field = prompt.field == .cashier ? .float : .cashier
        case (.enter, .cashier):
            prompt.field = .float
        case (.enter, .float):
            return openShift(prompt, in: &model, effects: &effects)
        case (.backspace, .cashier):
            if !prompt.cashier.isEmpty { prompt.cashier.removeLast() }
        case (.backspace, .float):
            prompt.float?.deleteBackward()
        case (.character(let character), .cashier):
            guard !character.isNewline, prompt.cashier.count < ShiftPrompt.maximumNameLength else {
                effects.append(.bell)
                break
            }
            prompt.cashier.append(character)
        case (.character(let character), .float):
            do throws(AmountEntry.Refusal) { try prompt.float?.type(character) } catch {
                prompt.message = .error(error.message)
                effects.append(.bell)
            }
        default:
            break
        }
        model.shop.prompt = prompt
    }

    private static func openShift(_ prompt: ShiftPrompt, in model: inout AppModel, effects: inout [AppEffect]) {
        var prompt = prompt
        let name = prompt.cashier.trimmingCharacters(in: .whitespaces)
        let entry = prompt.float
        if name.isEmpty {
            prompt.message = .error(model.strings[.msgShiftNeedsCashier])
            prompt.field = .cashier
        } else if let refusal = entry?.refusal {
            prompt.message = .error(refusal.message)
        } else if let units = (entry?.isEmpty ?? true) ? 0 : entry?.minorUnits {
            prompt.isOpening = true
            effects.append(.shop(.openShift(cashier: name, float: Money(minorUnits: units, currency: model.amount.currency))))
        } else {
            prompt.message = .error(model.strings[.msgShiftFloatWrong])
        }
        if prompt.message != nil { effects.append(.bell) }
        model.shop.prompt = prompt
    }

    /// The desk's answer to "is a shift open?": with none, the shift named at start opens, or the
    /// prompt opens on an untouched counter.
    static func shiftKnown(_ shift: Shift?, in model: inout AppModel, effects: inout [AppEffect]) {
        model.shop.shift = shift
        model.shop.isShiftKnown = true
        model.shop.isShiftRequested = false
        let named = model.shop.openAtStart
        model.shop.openAtStart = nil
        if let shift, let named, shift.cashier != named.cashier {
            model.message = .info(model.strings.text(.msgShiftAlreadyOpen, ["cashier": shift.cashier, "id": String(shift.id)]))
        }
        guard shift == nil else { return }
        if let named {
            model.shop.prompt.isOpening = true
            effects.append(.shop(.openShift(cashier: named.cashier, float: named.float)))
        } else if model.screen == .amount, model.amount.isEmpty, model.saleDescription.isEmpty {
            openShiftPrompt(&model)
        }
    }

    /// The shift the prompt opened.
    static func shiftOpened(_ shift: Shift, in model: inout AppModel) {
        model.shop.shift = shift
        model.shop.isShiftKnown = true
        model.shop.prompt.isOpening = false
        let wasPrompted = model.screen == .shift
        if wasPrompted { model.screen = .amount }
        // A shift opened at start leaves the first screen's message (a theme that fell back) alone.
        if !wasPrompted, model.message != nil { return }
        model.message = .info(model.strings.text(
            .msgShiftOpened, ["cashier": shift.cashier, "id": String(shift.id), "float": shift.float.formatted()]))
    }
}
