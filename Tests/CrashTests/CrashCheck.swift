import Foundation
import Journal
import Sandbox
import TillCore

/// The figures a crash or fault run reports, and the problems it found.
struct CrashFigures: Sendable, CustomStringConvertible {
    var runs = 0
    var killed = 0
    /// Paid once and kept (the cashier was, or would have been, told "paid").
    var paid = 0
    /// Never paid: declined, cancelled, closed, or never reached the gateway.
    var notPaid = 0
    /// Killed before the attempt was stored: no gateway was called (the sandbox agrees, or the
    /// order shows up as one no journal knows).
    var notStarted = 0
    /// Paid after nobody waited any more, and refunded in full.
    var lateRefunded = 0
    /// Paid late where the gateway has no refund API (TapIn, Pomelo), or the refund failed: flagged.
    var flagged = 0
    /// Money taken at the gateway that the journal does not show as paid.
    var lost = 0
    /// An order charged more than once.
    var doubled = 0
    /// The journal and the sandbox disagree (state, refunds, an order the journal does not know).
    var mismatches = 0
    /// Attempts or refunds still without a final state after the last `till recover`.
    var open = 0
    /// Orders whose create (MOTP native/quick/jsapi-pay, TapIn or Pomelo create, TakeMe Pay source or
    /// charge) the sandbox processed more than once, by its request log: a second create after an
    /// answer that did not settle the first.
    var duplicateCreates = 0
    /// Refund numbers whose refund the sandbox processed more than once.
    var duplicateRefunds = 0
    /// Orders whose create was sent more than once, one of them stopped by a fault before processing
    /// (allowed: nothing was done; for the figures).
    var resentCreates = 0
    /// Requests the sandbox's log recorded, and how many of them a fault struck after processing.
    var requests = 0
    var faultedAfterProcessing = 0
    var recoverPasses = 0
    /// Where the kills struck: the attempt's journal state then ("none": before it was stored).
    var killedAt: [String: Int] = [:]
    var problems: [String] = []

    var description: String {
        "runs \(runs), killed \(killed), paid \(paid), not paid \(notPaid), not started \(notStarted), late refunded \(lateRefunded), flagged \(flagged), "
            + "lost \(lost), doubled \(doubled), journal/sandbox mismatches \(mismatches), open \(open), "
            + "duplicate creates \(duplicateCreates), duplicate refunds \(duplicateRefunds), resent creates \(resentCreates), "
            + "requests \(requests) (\(faultedAfterProcessing) answered 500/SYSTEMERROR/nothing after processing), "
            + "recover passes \(recoverPasses); killed at: "
            + killedAt.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    var isClean: Bool {
        lost == 0 && doubled == 0 && mismatches == 0 && open == 0 && duplicateCreates == 0 && duplicateRefunds == 0
            && problems.isEmpty
    }
}

/// Compares every run's journal with the sandbox's payment list.
struct CrashCheck {
    let payments: [PaymentSummary]
    let requests: [SandboxRequestRecord]
    /// Records the sandbox's log forgot: then the create counts cannot be trusted.
    let forgotten: Int
    /// Whether every run wrote to one store's journal.
    var shared = false

    /// The calls that create a payment (or charge one), and those that refund.
    static let createCalls: Set<String> = ["native-pay", "quick-pay", "jsapi-pay", "create", "sources", "charges"]
    static let refundCalls: Set<String> = ["refund", "refunds"]

    func check(_ results: [Result<CrashRunResult, any Error>]) async -> CrashFigures {
        var figures = CrashFigures()
        figures.requests = requests.count
        figures.faultedAfterProcessing = requests.filter { $0.processed && ["500after", "syserr", "lost"].contains($0.fault ?? "") }.count
        if forgotten > 0 {
            figures.problems.append("the sandbox's request log forgot \(forgotten) records: lower the runs, or the create counts mean nothing")
        }
        countRefunds(into: &figures)
        var known: Set<String> = []
        for result in results {
            figures.runs += 1
            switch result {
            case .failure(let error):
                figures.problems.append("a run could not be played: \(error)")
            case .success(let run):
                figures.killed += run.killed ? 1 : 0
                if let state = run.stateAtKill { figures.killedAt[state, default: 0] += 1 }
                figures.recoverPasses += run.recoverPasses
                known.formUnion(await check(run, into: &figures))
            }
        }
        for payment in payments where !known.contains(payment.order ?? "") {
            if payment.paid && payment.refundedMinor < payment.amountMinor { figures.lost += 1 } else { figures.mismatches += 1 }
            figures.problems.append("the sandbox has \(payment.gateway) \(payment.reference) (order \(payment.order ?? "none"), \(payment.state)) that no journal knows")
        }
        return figures
    }

    /// Checks one run's journal; returns its order numbers.
    private func check(_ run: CrashRunResult, into figures: inout CrashFigures) async -> Set<String> {
        let store: JournalStore
        let attempts: [PaymentAttempt]
        do {
            store = try JournalStore(location: run.journal)
            attempts = try await JournalProbe.runAttempts(store, shared ? SharedJournal.description(of: run.plan) : nil)
        } catch {
            figures.problems.append("\(run.plan): the journal cannot be read: \(error)\n\(run.transcript)")
            return []
        }
        if attempts.isEmpty { figures.notStarted += 1 }
        for attempt in attempts {
            let before = figures.problems.count
            await check(attempt, in: store, run: run, into: &figures)
            if figures.problems.count > before { figures.problems[figures.problems.count - 1] += "\n\(run.transcript)" }
        }
        return Set(attempts.map(\.orderNumber.rawValue))
    }

    private func check(_ attempt: PaymentAttempt, in store: JournalStore, run: CrashRunResult, into figures: inout CrashFigures) async {
        let order = attempt.orderNumber.rawValue
        let here = payments.filter { $0.order == order }
        let charges = here.reduce(0) { $0 + $1.charges }
        let taken = here.contains { $0.paid }
        let givenBack = here.reduce(Int64(0)) { $0 + $1.refundedMinor }
        let refunds = (try? await store.refunds(of: attempt.orderNumber)) ?? []
        let openRefunds = refunds.filter { !$0.state.isFinal }
        let refunded = refunds.filter { $0.state == .succeeded }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        let transitions = (try? await store.transitions(attempt.orderNumber)) ?? []
        let settledLate = transitions.contains { $0.to == .succeeded && ($0.note ?? "").contains("reconciler") }
        let label = "\(run.plan): order \(order) \(attempt.state.rawValue) in the journal; sandbox: "
            + (here.map { "\($0.state) paid=\($0.paid) charges=\($0.charges) refunded=\($0.refundedMinor)" }.joined(separator: ", "))
        countCreates(of: order, label: label, into: &figures)
        if charges > 1 {
            figures.doubled += 1
            figures.problems.append("charged \(charges) times: \(label)")
        }
        guard attempt.state.isFinal, openRefunds.isEmpty else {
            figures.open += 1
            figures.problems.append("still open after \(run.recoverPasses) recover passes (\(openRefunds.count) open refunds): \(label)")
            return
        }
        guard attempt.state == .succeeded else {
            if taken && givenBack < attempt.amount.minorUnits {
                figures.lost += 1
                figures.problems.append("paid at the gateway, not in the journal: \(label)")
            } else {
                figures.notPaid += 1
            }
            return
        }
        if !taken || givenBack != refunded {
            figures.mismatches += 1
            figures.problems.append("journal refunded \(refunded), paid=\(taken) at the gateway: \(label)")
        } else if refunded == attempt.amount.minorUnits {
            figures.lateRefunded += 1
        } else if attempt.attention != nil {
            figures.flagged += 1
        } else if settledLate || (!run.killed && run.payStatus != 0) {
            figures.mismatches += 1
            figures.problems.append("paid after the cashier gave up, neither refunded nor flagged: \(label)")
        } else {
            figures.paid += 1
        }
    }

    /// Counts, from the request log, the order's creates the sandbox processed more than once per call.
    private func countCreates(of order: String, label: String, into figures: inout CrashFigures) {
        let creates = requests.filter { $0.order == order && Self.createCalls.contains($0.call ?? "") }
        let processed = Dictionary(grouping: creates.filter(\.processed)) { $0.call ?? "" }
        if let (call, twice) = processed.first(where: { $0.value.count > 1 }) {
            figures.duplicateCreates += 1
            figures.problems.append("\(twice[0].gateway) \(call) processed \(twice.count) times (faults: \(Self.faults(twice))): \(label)")
        }
        if Dictionary(grouping: creates, by: { $0.call ?? "" }).values.contains(where: { $0.count > 1 }) { figures.resentCreates += 1 }
    }

    private func countRefunds(into figures: inout CrashFigures) {
        let refunds = requests.filter { $0.processed && Self.refundCalls.contains($0.call ?? "") && $0.refund != nil }
        for (number, sent) in Dictionary(grouping: refunds, by: { $0.refund ?? "" }) where sent.count > 1 {
            figures.duplicateRefunds += 1
            figures.problems.append(
                "\(sent[0].gateway) refund \(number) of order \(sent[0].order ?? "?") processed \(sent.count) times (faults: \(Self.faults(sent)))")
        }
    }

    /// The faults that struck each request, in order ("none" for a clean answer).
    private static func faults(_ requests: [SandboxRequestRecord]) -> String {
        requests.map { $0.fault ?? "none" }.joined(separator: ", ")
    }
}
