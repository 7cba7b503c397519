import Foundation
import Journal
import TillCore
import TillStrings

/// The one rule for what needs a person: what the counter's badge counts ("! 2 to handle") and the
/// history marks with `!`. It leaves out what Till settles on its own, so the badge means "look".
///
/// An attempt needs a person when at least one of these holds and no handled mark covers it:
/// - **no final answer** `automaticWindow` (10 minutes) after it started. By then the background
///   reconciler (every 15 s, backing off to 2 minutes) has asked the gateway many times and a late
///   payment would have shown, so the gateway keeps it open (a TapIn link stays payable for a day)
///   or cannot be reached. A younger attempt is left to the reconciler, or to the screen still
///   waiting on it;
/// - **flagged** for the manager: paid after the cashier gave up at a gateway without a refund API,
///   or the automatic refund of such a payment failed;
/// - **a refund without a final answer** `automaticWindow` after it was asked.
///
/// A late payment refunded automatically needs nobody. A handled mark covers the attempt while its
/// state and flag are what the person saw (`HandledMark.covers`): a late payment found afterwards,
/// or a new flag, needs a person again.
public struct NeedsAPerson: Sendable {
    /// Why an attempt needs a person.
    public enum Reason: Equatable, Sendable {
        /// No final answer past the reconciler's window.
        case noFinalAnswer
        /// Flagged for the manager (the attempt's `attention`).
        case flagged
        /// A refund without a final answer past the window.
        case refundUnsettled

        /// The reason in the cashier's words, in English.
        public var text: String { text(in: Strings(.en)) }

        /// The reason in the cashier's words, in the language of `strings`.
        public func text(in strings: Strings) -> String {
            let minutes = ["minutes": "\(Int(NeedsAPerson.automaticWindow / 60))"]
            return switch self {
            case .noFinalAnswer: strings.text(.needsNoFinalAnswer, minutes)
            case .flagged: strings[.needsFlagged]
            case .refundUnsettled: strings.text(.needsRefundUnsettled, minutes)
            }
        }
    }

    /// How long Till settles an attempt or a refund on its own before it needs a person: 10 minutes.
    public static let automaticWindow: TimeInterval = 600

    /// The time the rule is applied at.
    public let now: Date

    public init(now: Date) { self.now = now }

    /// Why `attempt` needs a person now; empty when it needs nobody. `refunds` are the attempt's
    /// refunds, `handled` its latest handled mark.
    /// A mark covers the refunds asked before it only: one asked later that gets stuck needs a person.
    public func reasons(_ attempt: PaymentAttempt, refunds: [Refund], handled: HandledMark?) -> [Reason] {
        let cover = handled.flatMap { $0.covers(attempt) ? $0 : nil }
        var reasons: [Reason] = []
        if cover == nil, !attempt.state.isFinal, isPastWindow(attempt.createdAt) { reasons.append(.noFinalAnswer) }
        if cover == nil, attempt.attention != nil { reasons.append(.flagged) }
        let stuck = refunds.contains { refund in
            !refund.state.isFinal && isPastWindow(refund.createdAt) && cover.map { refund.createdAt > $0.at } != false
        }
        if stuck { reasons.append(.refundUnsettled) }
        return reasons
    }

    private func isPastWindow(_ start: Date) -> Bool {
        now.timeIntervalSince(start) >= Self.automaticWindow
    }
}
