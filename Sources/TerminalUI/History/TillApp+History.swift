import TillCore
import TillStrings

extension TillApp {
    /// Opens the history screen (F2) and asks for today's list.
    static func openHistory(_ model: inout AppModel, effects: inout [AppEffect]) {
        model.screen = .history
        model.history.mode = .list
        model.history.message = nil
        guard model.history.isAvailable else {
            model.history.message = .error(model.strings[.msgNoJournal])
            return
        }
        model.history.listing = .today
        model.history.heading = nil
        model.history.isLoading = true
        effects.append(.history(.loadToday))
        requestCount(&model, effects: &effects)
    }

    /// A key on the history screen.
    static func handleOnHistory(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        switch model.history.mode {
        case .list: handleOnHistoryList(key, in: &model, effects: &effects)
        case .details: handleOnHistoryDetails(key, in: &model, effects: &effects)
        case .refundAmount: handleOnRefundAmount(key, in: &model, effects: &effects)
        case .refundConfirm: handleOnRefundConfirm(key, in: &model, effects: &effects)
        case .refunding: break  // the gateway is answering; nothing may interrupt the refund
        case .handleNote: handleOnHandleNote(key, in: &model, effects: &effects)
        case .search: handleOnSearch(key, in: &model, effects: &effects)
        }
    }

    private static func handleOnHistoryList(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        let page = max(1, HistoryScreen.visibleRows(in: model.size))
        switch key {
        case .escape where model.history.listing != .today: openHistory(&model, effects: &effects)
        case .escape, .function(2), .character("q"): model.screen = .amount
        case .left, .right: moveDay(by: key == .left ? -1 : 1, in: &model, effects: &effects)
        case .character("/"):
            model.history.mode = .search
            model.history.message = nil
        case .up: moveSelection(by: -1, in: &model)
        case .down: moveSelection(by: 1, in: &model)
        case .pageUp: moveSelection(by: -page, in: &model)
        case .pageDown: moveSelection(by: page, in: &model)
        case .home: moveSelection(by: -model.history.entries.count, in: &model)
        case .end: moveSelection(by: model.history.entries.count, in: &model)
        case .enter: openDetails(&model, effects: &effects)
        case .character("r"), .character("R"): openRefund(&model, effects: &effects)
        case .character("c"), .character("C"): checkNow(&model, effects: &effects)
        case .character("h"), .character("H"): openHandle(&model, effects: &effects)
        case .character("p"), .character("P"): showReceiptFromHistory(&model, effects: &effects)
        case .function(5):
            model.history.isLoading = true
            effects.append(.history(loadRequest(model)))
            requestCount(&model, effects: &effects)
        case .function(1), .character("?"): model.history.message = .info(HistoryScreen.helpText)
        default: break
        }
    }

    private static func handleOnHistoryDetails(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        switch key {
        case .escape, .backspace, .character("q"):
            model.history.mode = .list
            model.history.message = nil
        case .function(2): model.screen = .amount
        case .character("r"), .character("R"): openRefund(&model, effects: &effects)
        case .character("c"), .character("C"): checkNow(&model, effects: &effects)
        case .character("h"), .character("H"): openHandle(&model, effects: &effects)
        case .character("p"), .character("P"): showReceiptFromHistory(&model, effects: &effects)
        case .up, .down:
            moveSelection(by: key == .up ? -1 : 1, in: &model)
            openDetails(&model, effects: &effects)
        default: break
        }
    }

    private static func moveSelection(by offset: Int, in model: inout AppModel) {
        let count = model.history.entries.count
        guard count > 0 else { return }
        model.history.selected = min(count - 1, max(0, model.history.selected + offset))
        model.history.message = nil
    }

    private static func openDetails(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let entry = model.history.selectedEntry else { return }
        model.history.mode = .details
        model.history.message = nil
        if model.history.details?.entry.orderNumber != entry.orderNumber { model.history.details = nil }
        effects.append(.history(.details(entry.orderNumber)))
    }

    /// Asks for the count of attempts to handle, and remembers when.
    static func requestCount(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard model.history.isAvailable else { return }
        model.history.lastCountRequest = model.now
        effects.append(.history(.countToHandle))
    }

    /// On every tick: asks for the count at start and every `countInterval`, since the background
    /// reconciler may settle attempts without the screen knowing.
    static func refreshUnresolvedIfDue(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard model.history.isAvailable else { return }
        if let last = model.history.lastCountRequest, model.now - last < HistoryState.countInterval { return }
        requestCount(&model, effects: &effects)
    }

    /// An answer from the history's reader.
    static func apply(_ update: HistoryUpdate, to model: inout AppModel, effects: inout [AppEffect]) {
        switch update {
        case .loaded(let entries):
            // A late answer for today, after the cashier moved to another day, is stale.
            guard model.history.listing == .today else { return }
            model.history.heading = nil
            listed(entries, in: &model)
        case .found(let listing, let heading, let entries):
            guard model.history.listing == listing else { return }
            model.history.heading = heading
            listed(entries, in: &model)
        case .toHandle(let count):
            model.history.toHandleCount = count
        case .details(let details):
            guard details.entry.orderNumber == model.history.selectedEntry?.orderNumber else { return }
            model.history.details = details
        case .refunded(let refund):
            refundAnswered(refund, in: &model, effects: &effects)
        case .refundFailed(let text):
            model.history.mode = model.history.promptReturnMode
            model.history.message = .error(text)
            effects.append(.bell)
        case .checked, .checkFailed, .handled, .handleFailed:
            applyFollowUp(update, to: &model, effects: &effects)
        case .failed(let text):
            model.history.isLoading = false
            model.history.message = .error(text)
        }
    }

    /// The journal changed: count again, and read again what the history screen shows.
    static func journalChanged(_ model: inout AppModel, effects: inout [AppEffect]) {
        requestCount(&model, effects: &effects)
        guard model.screen == .history, model.history.isAvailable else { return }
        effects.append(.history(loadRequest(model)))
        if model.history.mode == .details, let order = model.history.selectedEntry?.orderNumber {
            effects.append(.history(.details(order)))
        }
    }
}
