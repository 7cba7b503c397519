import TillCore
import TillStrings

/// The amount screen's keys: typing, correcting, reusing the last sale's amount, charging.
extension TillApp {
    static func handleOnAmountScreen(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        switch key {
        case .function(1):
            model.screen = .help
        case .function(2):
            openHistory(&model, effects: &effects)
        case .function(3):
            reuseLastAmount(&model, effects: &effects)
        case .function(4):
            askForXReport(&model, effects: &effects)
        case .function(7):
            openShiftPrompt(&model)
        case .function(6):
            cycleTheme(in: &model, effects: &effects)
        case .character("?") where model.focus == .amount:
            model.screen = .help
        case .tab, .backTab, .down, .up:
            model.focus = model.focus == .amount ? .description : .amount
        case .escape:
            if model.focus == .amount { model.amount.clear() } else { model.saleDescription = "" }
            model.message = nil
        case .backspace:
            if model.focus == .amount {
                model.amount.deleteBackward()
            } else if !model.saleDescription.isEmpty {
                model.saleDescription.removeLast()
            }
            model.message = nil
        case .enter:
            charge(&model, effects: &effects)
        case .character(let character):
            type(character, in: &model, effects: &effects)
        default:
            break
        }
    }

    /// F3: the last sale's amount goes into the field, where the cashier sees it; only Enter (or a
    /// scan) then charges it.
    private static func reuseLastAmount(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let last = model.lastSaleAmount, last.currency == model.amount.currency else {
            model.message = .error(model.strings[.msgNoEarlierSale])
            effects.append(.bell)
            return
        }
        model.amount.fill(with: last)
        model.focus = .amount
        let shown = AmountEntry.display(minorUnits: last.minorUnits, currency: last.currency)
        model.message = model.amount.isEmpty
            ? .error(model.strings.text(.msgLastAboveLimit, ["amount": shown]))
            : .info(model.strings.text(.msgLastAmount, ["amount": shown]))
    }

    private static func type(_ character: Character, in model: inout AppModel, effects: inout [AppEffect]) {
        switch model.focus {
        case .amount:
            do {
                try model.amount.type(character)
                model.message = nil
            } catch {
                model.message = .error(error.message)
                effects.append(.bell)
            }
        case .description:
            guard model.saleDescription.count < AppModel.maximumDescriptionLength else {
                model.message = .error(
                    model.strings.text(.msgDescriptionTooLong, ["maximum": "\(AppModel.maximumDescriptionLength)"]))
                effects.append(.bell)
                return
            }
            model.saleDescription.append(character)
            model.message = nil
        }
    }

    /// Enter: the sheet opens with the amount typed, unless anything typed was refused. A refusal is
    /// a refusal: what is left of the field after it is not what the cashier meant.
    private static func charge(_ model: inout AppModel, effects: inout [AppEffect]) {
        if let refusal = refusalToCharge(model.amount, model.strings) {
            model.message = .error(refusal)
            effects.append(.bell)
            return
        }
        do {
            let money = try model.amount.money()
            let description = model.saleDescription.isEmpty ? nil : model.saleDescription
            openSheet(money, description: description, in: &model)
        } catch {
            model.message = .error(
                "\(model.amount.displayText) is not an amount Till can charge (\(error)); correct it")
            effects.append(.bell)
        }
    }

    /// Why the amount field cannot be charged as it stands (refused keys, or nothing typed), or nil.
    static func refusalToCharge(_ amount: AmountEntry, _ strings: Strings) -> String? {
        if let refusal = amount.refusal {
            // The line under the message says how to take the refused keys back.
            return strings.text(.msgNothingCharged, ["reason": refusal.message])
        }
        guard !amount.isEmpty, amount.minorUnits != 0 else { return strings[.msgTypeAmountFirst] }
        return nil
    }
}
