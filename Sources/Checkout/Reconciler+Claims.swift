import Journal
import TillCore

extension Reconciler {
    /// One pass over every unresolved attempt and refund whose order `claims` grants, each held while
    /// it is settled. Once the task is cancelled no further order is started. `onReport` hears each
    /// attempt as it is settled (a bounded pass keeps what was done before its time ran out).
    public func reconcileOnce(
        claims: any OrderClaims, onReport: @Sendable (Report) -> Void = { _ in }
    ) async -> [Report] {
        let journal = service.context.journal
        var reports: [Report] = []
        for listed in (try? await journal.unresolvedAttempts()) ?? [] {
            if Task.isCancelled { break }
            guard let claim = claims.claim(listed.orderNumber) else { continue }
            defer { claim.release() }
            // Read again under the claim: the process that held it may have finished the payment
            // since the list was read, and settling a paid order would refund it.
            guard let attempt = try? await journal.attempt(listed.orderNumber), !attempt.state.isFinal else { continue }
            let report = await settle(attempt)
            onReport(report)
            reports.append(report)
        }
        for refund in (try? await journal.unresolvedRefunds()) ?? [] {
            if Task.isCancelled { break }
            guard let claim = claims.claim(refund.orderNumber) else { continue }
            defer { claim.release() }
            await followRefund(refund)
        }
        return reports
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
