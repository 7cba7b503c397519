import Journal
import TillCore

extension Reconciler {
    /// One pass over every unresolved attempt and refund whose order `claims` grants, each held while
    /// it is settled. Once the task is cancelled no further order is started. `onReport` hears each
    /// attempt as it is settled (a bounded pass keeps what was done before its time ran out).
    public func reconcileOnce(
        claims: any OrderClaims, onReport: @Sendable (Report) -> Void = { _ in }
    ) async -> [Report] {
        var reports: [Report] = []
        for order in await openOrders() {
            if Task.isCancelled { break }
            guard let claim = claims.claim(order) else { continue }
            defer { claim.release() }
            if let report = await settleClaimed(order) {
                onReport(report)
                reports.append(report)
            }
        }
        return reports
    }

    /// Every order with something left to settle, each once: attempts without a final state, late
    /// payments whose refund or flag a crash cut off, then refunds without a final state.
    private func openOrders() async -> [MerchantOrderNumber] {
        let journal = service.context.journal
        let attempts = (try? await journal.unresolvedAttempts()) ?? []
        let late = (try? await journal.succeededWithoutFollowUp(note: Self.settledNote)) ?? []
        let refunds = (try? await journal.unresolvedRefunds()) ?? []
        var seen = Set<MerchantOrderNumber>()
        return (attempts.map(\.orderNumber) + late.map(\.orderNumber) + refunds.map(\.orderNumber)).filter {
            seen.insert($0).inserted
        }
    }

    /// Settles one order whose claim the caller holds: the attempt, if it has no final state; else
    /// a late payment's missing refund or flag; then every refund of it without a final state. The
    /// report of the attempt, or nil when there was none to settle (only refunds, or nothing).
    func settleClaimed(_ order: MerchantOrderNumber) async -> Report? {
        let journal = service.context.journal
        // Read again under the claim: the process that held it may have finished the payment since
        // the list was read, and settling a paid order would refund it.
        guard let attempt = try? await journal.attempt(order) else { return nil }
        var report: Report?
        if !attempt.state.isFinal {
            report = await settle(attempt)
        } else if let late = try? await journal.succeededWithoutFollowUp(note: Self.settledNote, order: order),
            !late.isEmpty
        {
            // A late payment found by an earlier pass that crashed before its refund or flag was stored.
            report = await refundLatePayment(attempt)
        }
        for refund in (try? await journal.refunds(of: order)) ?? [] where !refund.state.isFinal {
            await followRefund(refund)
        }
        return report
    }

    /// Runs passes until the task is cancelled, asking `claims` before each pass which orders it may
    /// touch. The pause is `interval` while passes settle something or find a new open order, and
    /// doubles up to `maximumInterval` while the answers stay the same.
    public func run<C: Clock>(
        clock: C, interval: Duration = .seconds(15), maximumInterval: Duration = .seconds(300),
        claims: @Sendable () async -> any OrderClaims
    ) async where C.Duration == Duration {
        var pause = interval
        var stillOpen: Set<MerchantOrderNumber> = []
        while !Task.isCancelled {
            let reports = await reconcileOnce(claims: await claims())
            let open = Set(reports.filter { !$0.attempt.state.isFinal }.map(\.attempt.orderNumber))
            let changed = reports.contains { $0.attempt.state.isFinal } || !open.isSubset(of: stillOpen)
            stillOpen = open
            pause = changed ? interval : min(pause * 2, maximumInterval)
            do { try await clock.sleep(for: pause) } catch { return }
        }
    }
}
