import Checkout
import TillCore

/// What the history screen shows: the list of today's attempts (and earlier ones that need a
/// person), one attempt's details, the refund and handled-note prompts, a check with the gateway
/// under way; and the count of attempts to handle that the status bar shows everywhere.
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
        /// Typing the note of a handled mark.
        case handleNote
        /// Typing what to search for.
        case search
    }

    /// What the list shows: today (with earlier attempts that need a person), another day, or a
    /// search of every day.
    public enum Listing: Equatable, Sendable {
        case today
        /// `offset` days from today: -1 is yesterday.
        case day(offset: Int)
        case search(String)
    }

    /// How often the count is asked for again: the background reconciler may settle some.
    public static let countInterval: Milliseconds = 5000

    /// True when a journal is behind the screen (set by the loop); without one nothing is asked.
    public var isAvailable = false
    public var mode: Mode = .list
    public var listing: Listing = .today
    /// The list's heading: the day's date, or what was searched; nil for today.
    public var heading: String?
    /// The search as typed (`/`).
    public var searchText = ""
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
    /// The handled note as typed.
    public var handleNote = ""
    /// The attempt the handled-note prompt is about.
    public var handleTarget: HistoryEntry?
    /// The order being checked with the gateway now (`c`), until the answer comes.
    public var checking: MerchantOrderNumber?
    public var message: AppModel.Message?
    /// Attempts that need a person (`NeedsAPerson`); nil until first counted.
    public var toHandleCount: Int?
    /// When the count was last asked for.
    public var lastCountRequest: Milliseconds?
    /// Where the screen was before a prompt (refund, handled note) opened, to return there.
    public var promptReturnMode: Mode = .list

    public init() {}

    /// The attempt under the cursor.
    public var selectedEntry: HistoryEntry? {
        entries.indices.contains(selected) ? entries[selected] : nil
    }
}

/// News from the history's reader (answers to `HistoryRequest`).
public enum HistoryUpdate: Equatable, Sendable {
    /// Today's attempts and earlier ones that need a person, newest first.
    case loaded([HistoryEntry])
    /// Another day's attempts, or what a search found, under a heading (the day's date, the search).
    case found(HistoryState.Listing, heading: String, [HistoryEntry])
    /// How many attempts need a person.
    case toHandle(Int)
    case details(HistoryDetails)
    /// The refund was stored and the gateway answered (or left it pending).
    case refunded(Refund)
    /// The refund was not made; the text says why and what to do.
    case refundFailed(String)
    /// What asking the gateway about one order found.
    case checked(MerchantOrderNumber, Reconciler.Check)
    /// The order could not be checked; the text says why.
    case checkFailed(MerchantOrderNumber, String)
    /// The handled mark is in the journal.
    case handled(HandledNote)
    /// Nothing was journaled; the text says why.
    case handleFailed(String)
    /// The journal could not be read; the text says why.
    case failed(String)
}

/// What the history screen asks of the journal and the checkout flows.
public enum HistoryRequest: Equatable, Sendable {
    case loadToday
    /// The attempts of the day `offset` days from today.
    case loadDay(offset: Int)
    /// Every day's attempts the text finds (`PaymentHistory.searchFilter`).
    case search(String, Currency)
    case countToHandle
    case details(MerchantOrderNumber)
    case refund(MerchantOrderNumber, Money)
    /// Ask the gateway about this order now (the reconciler's steps, under the order's lock).
    case checkNow(MerchantOrderNumber)
    /// Journal that the person at the counter handled this order, with the note.
    case markHandled(MerchantOrderNumber, note: String, seen: AttemptAsSeen)
}
