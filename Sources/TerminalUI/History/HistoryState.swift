import Checkout
import TillCore

/// What the history screen shows: the list of today's attempts (and older unresolved ones), one
/// attempt's details, the refund prompt; and the unresolved count the status bar shows everywhere.
public struct HistoryState: Equatable, Sendable {
    /// Which part of the history screen has the keys.
    public enum Mode: Equatable, Sendable {
        case list
        case details
        /// Typing the refund's amount.
        case refundAmount
        /// Asking the cashier to confirm the refund.
        case refundConfirm
        /// The refund is with the gateway; keys wait for its answer.
        case refunding
    }

    /// How often the unresolved count is asked for again: the background reconciler may settle some.
    public static let countInterval: Milliseconds = 5000

    /// True when a journal is behind the screen (set by the loop); without one nothing is asked.
    public var isAvailable = false
    public var mode: Mode = .list
    public var entries: [HistoryEntry] = []
    /// True from the request until the list arrives.
    public var isLoading = false
    public var selected = 0
    /// The details of the selected attempt, once read.
    public var details: HistoryDetails?
    /// The refund amount as typed.
    public var refundEntry: AmountEntry?
    /// The attempt the refund prompt is about.
    public var refundTarget: HistoryEntry?
    public var message: AppModel.Message?
    /// Attempts without a final state or flagged for the manager; nil until first counted.
    public var unresolvedCount: Int?
    /// When the count was last asked for.
    public var lastCountRequest: Milliseconds?
    /// Where the screen was before the refund prompt opened, to return there.
    public var refundReturnMode: Mode = .list

    public init() {}

    /// The attempt under the cursor.
    public var selectedEntry: HistoryEntry? {
        entries.indices.contains(selected) ? entries[selected] : nil
    }
}

/// News from the history's reader (answers to `HistoryRequest`).
public enum HistoryUpdate: Equatable, Sendable {
    /// Today's attempts and older unresolved ones, newest first.
    case loaded([HistoryEntry])
    /// How many attempts are unresolved.
    case unresolved(Int)
    case details(HistoryDetails)
    /// The refund was stored and the gateway answered (or left it pending).
    case refunded(Refund)
    /// The refund was not made; the text says why and what to do.
    case refundFailed(String)
    /// The journal could not be read; the text says why.
    case failed(String)
}

/// What the history screen asks of the journal and the checkout flows.
public enum HistoryRequest: Equatable, Sendable {
    case loadToday
    case countUnresolved
    case details(MerchantOrderNumber)
    case refund(MerchantOrderNumber, Money)
}
