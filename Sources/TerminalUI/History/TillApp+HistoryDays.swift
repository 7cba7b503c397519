import Checkout
import TillCore
import TillStrings

/// The history over days: ← and → move a day at a time, `/` searches every day (an order number,
/// `#receipt`, an amount, a brand, `@cashier`), Esc comes back to today.
extension TillApp {
    /// The longest search the prompt takes.
    static let maximumSearchLength = 40

    /// The request that reads what the list shows now.
    static func loadRequest(_ model: AppModel) -> HistoryRequest {
        switch model.history.listing {
        case .today: .loadToday
        case .day(let offset): .loadDay(offset: offset)
        case .search(let text): .search(text, model.amount.currency)
        }
    }

    /// ← or →: the day before or after the one shown; never past today.
    static func moveDay(by step: Int, in model: inout AppModel, effects: inout [AppEffect]) {
        let current = if case .day(let offset) = model.history.listing { offset } else { 0 }
        let next = current + step
        guard next <= 0 else { return effects.append(.bell) }
        show(next == 0 ? .today : .day(offset: next), in: &model, effects: &effects)
    }

    /// A key while typing a search: Enter searches (nothing typed: back to today), Esc leaves it.
    static func handleOnSearch(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        switch key {
        case .escape:
            model.history.mode = .list
        case .enter:
            model.history.mode = .list
            let text = model.history.searchText.trimmingCharacters(in: .whitespaces)
            show(text.isEmpty ? .today : .search(text), in: &model, effects: &effects)
        case .backspace:
            if !model.history.searchText.isEmpty { model.history.searchText.removeLast() }
        case .character(let character) where model.history.searchText.count < maximumSearchLength:
            model.history.searchText.append(character)
        default:
            effects.append(.bell)
        }
    }

    /// Asks for `listing`; the list shows it when the answer comes.
    private static func show(_ listing: HistoryState.Listing, in model: inout AppModel, effects: inout [AppEffect]) {
        model.history.listing = listing
        model.history.isLoading = true
        model.history.entries = []
        model.history.selected = 0
        model.history.message = nil
        effects.append(.history(loadRequest(model)))
    }

    /// A list arrived: the selection stays on the same attempt when it is still there.
    static func listed(_ entries: [HistoryEntry], in model: inout AppModel) {
        let previous = model.history.selectedEntry?.orderNumber
        model.history.entries = entries
        model.history.isLoading = false
        let kept = entries.firstIndex { $0.orderNumber == previous }
        model.history.selected = kept ?? min(model.history.selected, max(0, entries.count - 1))
    }
}
