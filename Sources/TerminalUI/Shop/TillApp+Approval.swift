import TillCore
import TillStrings

/// A manager's approval at the counter, when `[security] manager_pin` is set: the manager's name
/// and PIN (shown as dots, never kept past the check), checked and journaled by the desk; then the
/// refund or the reprint runs.
extension TillApp {
    /// Opens the prompt for `action`; what follows approval is `then`.
    static func askManager(_ action: ManagerAction, subject: String, then: ManagerPrompt.Approved, in model: inout AppModel) {
        model.shop.approval = ManagerPrompt(action: action, subject: subject, then: then, returnTo: model.screen)
        model.screen = .approval
    }

    static func handleOnApproval(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var prompt = model.shop.approval, !prompt.isChecking else { return }
        prompt.message = nil
        switch (key, prompt.field) {
        case (.escape, _):
            model.shop.approval = nil
            model.screen = prompt.returnTo
            cancelledApproval(prompt.then, in: &model)
            return
        case (.tab, _), (.backTab, _), (.up, _), (.down, _), (.enter, .name):
            prompt.field = prompt.field == .name ? .pin : .name
        case (.enter, .pin):
            let name = prompt.name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || prompt.pin.isEmpty {
                prompt.message = .error(model.strings[.msgManagerNeedsBoth])
                effects.append(.bell)
            } else {
                prompt.isChecking = true
                effects.append(.shop(.approve(prompt.action, subject: prompt.subject, manager: name, pin: prompt.pin, then: prompt.then)))
                prompt.pin = ""
            }
        case (.backspace, .name):
            if !prompt.name.isEmpty { prompt.name.removeLast() }
        case (.backspace, .pin):
            if !prompt.pin.isEmpty { prompt.pin.removeLast() }
        case (.character(let character), .name) where prompt.name.count < ShiftPrompt.maximumNameLength:
            prompt.name.append(character)
        case (.character(let character), .pin) where prompt.pin.count < 32:
            prompt.pin.append(character)
        default:
            effects.append(.bell)
        }
        model.shop.approval = prompt
    }

    /// The desk accepted the PIN: back where the prompt opened, and the action runs.
    static func approved(_ then: ManagerPrompt.Approved, in model: inout AppModel, effects: inout [AppEffect]) {
        guard let prompt = model.shop.approval else { return }
        model.shop.approval = nil
        model.screen = prompt.returnTo
        switch then {
        case .refund(let order, let amount):
            model.history.mode = .refunding
            model.history.message = nil
            effects.append(.history(.refund(order, amount)))
        case .reprint(let number):
            model.shop.document?.message = .info(model.strings.text(.msgPrinting, ["number": String(number)]))
            effects.append(.shop(.print(receipt: number)))
        }
    }

    /// The desk refused the approval: the prompt stays, the PIN is typed again.
    static func approvalRefused(_ reason: String, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var prompt = model.shop.approval else { return }
        prompt.isChecking = false
        prompt.pin = ""
        prompt.field = .pin
        prompt.message = .error(reason)
        model.shop.approval = prompt
        effects.append(.bell)
    }

    private static func cancelledApproval(_ then: ManagerPrompt.Approved, in model: inout AppModel) {
        let message = AppModel.Message.info(model.strings[.msgApprovalCancelled])
        switch then {
        case .refund: model.history.message = message
        case .reprint: model.shop.document?.message = message
        }
    }
}
