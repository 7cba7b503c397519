import TillCore
import TillStrings

/// The UI's pure functions: `update` makes the next model from an event, `view` draws a model.
public enum TillApp {
    /// The next model and the effects to run, from a model and one event. Pure.
    public static func update(_ model: AppModel, _ event: AppEvent) -> (AppModel, [AppEffect]) {
        var next = model
        var effects: [AppEffect] = []
        switch event {
        case .key(let key, let time):
            next.now = max(next.now, time)
            let outputs = next.scanner.feed(key, at: time)
            for output in outputs { apply(output, to: &next, effects: &effects) }
        case .tick(let now):
            next.now = max(next.now, now)
            for output in next.scanner.tick(now) { apply(output, to: &next, effects: &effects) }
            refreshCountdowns(&next)
            refreshUnresolvedIfDue(&next, effects: &effects)
            requestShiftIfUnknown(&next, effects: &effects)
        case .resize(let size):
            // Digits typed just before the window shrank were typed while the cashier could see:
            // they are taken now rather than dropped with the keys that come while it is too small.
            for output in next.scanner.releaseTypingNow() { apply(output, to: &next, effects: &effects) }
            next.size = size
        case .payment(let progress):
            apply(progress, to: &next, effects: &effects)
        case .history(let update):
            apply(update, to: &next, effects: &effects)
        case .shop(let update):
            apply(update, to: &next, effects: &effects)
        case .journalChanged:
            journalChanged(&next, effects: &effects)
        case .quitRequested:
            next.isQuitting = true
            effects.append(.quit)
        case .interruptRequested:
            requestQuit(by: "Ctrl-C", in: &next, effects: &effects)
        }
        return (next, effects)
    }

    private static func apply(_ output: ScannerDetector.Output, to model: inout AppModel, effects: inout [AppEffect]) {
        switch output {
        case .typed(let keys):
            for key in keys { handle(key, in: &model, effects: &effects) }
        case .scanned(let code):
            handleScan(code, in: &model, effects: &effects)
        case .discarded(.noEnter):
            model.message = .error(model.strings[.msgScanCut])
        case .discarded(.notAPaymentCode(let digits)):
            model.message = .error(model.strings.text(.msgScanNotPaymentCode, ["digits": "\(digits)"]))
        case .discarded(.repeated(let code)):
            model.message = .info(model.strings.text(.msgScanRepeated, ["code": "…" + code.suffix(4)]))
        }
    }

    /// A key typed by a person (never a scanner's).
    static func handle(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        switch key {
        case .function(10): return requestQuit(by: "F10", in: &model, effects: &effects)
        case .control(17): return requestQuit(by: "Ctrl-Q", in: &model, effects: &effects)
        case .control(12): return effects.append(.redraw)
        default: break
        }
        // Nothing can be seen while the window is too small, so nothing but quitting is taken.
        if model.isTooSmall { return }
        switch model.screen {
        case .amount: handleOnAmountScreen(key, in: &model, effects: &effects)
        case .help: handleOnHelp(key, in: &model)
        case .sheet: handleOnSheet(key, in: &model, effects: &effects)
        case .payment: handleOnPayment(key, in: &model, effects: &effects)
        case .result: handleOnResult(key, in: &model, effects: &effects)
        case .history: handleOnHistory(key, in: &model, effects: &effects)
        case .shift: handleOnShiftPrompt(key, in: &model, effects: &effects)
        case .cash: handleOnCash(key, in: &model, effects: &effects)
        case .document: handleOnDocument(key, in: &model, effects: &effects)
        case .approval: handleOnApproval(key, in: &model, effects: &effects)
        }
    }

    private static func handleOnHelp(_ key: Key, in model: inout AppModel) {
        let closesHelp: [Key] = [.escape, .function(1), .enter, .character("?"), .character("q")]
        if closesHelp.contains(key) {
            model.screen = .amount
        }
    }
}
