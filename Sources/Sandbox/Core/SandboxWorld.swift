import Foundation
import TillCore
import Wire

/// What a handler needs besides the state: the time and the settings.
struct Environment {
    let now: Date
    let configuration: SandboxConfiguration
}

/// All of the sandbox's state: every gateway's objects, the scheduled jobs and the webhook outbox.
/// A value type behind one lock; handlers mutate it synchronously, so no request sees half a change.
struct SandboxWorld: Codable {
    var takeMePay = TakeMePayState()
    var tapIn = TapInState()
    var pomelo = PomeloState()
    var motp = MOTPState()
    var jobs: [ScheduledJob] = []
    var deliveries: [WebhookDelivery] = []
    var nextDeliveryID: Int64 = 1

    /// Finished deliveries kept for the control API; older ones are forgotten.
    static let deliveryHistoryLimit = 500

    mutating func schedule(_ action: ScheduledJob.Action, at due: Date) {
        jobs.append(ScheduledJob(due: due, action: action))
    }

    /// Queues a webhook or callback for the next delivery round.
    mutating func enqueueDelivery(
        gateway: GatewayID, event: String, url: String, body: JSONValue,
        signingSecret: String? = nil, policy: RetryPolicy, expectsSuccessBody: Bool = false, now: Date
    ) {
        deliveries.append(WebhookDelivery(
            id: nextDeliveryID, gateway: gateway, event: event, url: url, body: JSONWriter.text(body),
            signingSecret: signingSecret, policy: policy, expectsSuccessBody: expectsSuccessBody,
            state: .pending, nextAttemptAt: now, attempts: []))
        nextDeliveryID += 1
        trimDeliveryHistory()
    }

    private mutating func trimDeliveryHistory() {
        let finished = deliveries.filter { $0.state == .delivered || $0.state == .failed }.count
        guard finished > Self.deliveryHistoryLimit else { return }
        var toDrop = finished - Self.deliveryHistoryLimit
        deliveries.removeAll { delivery in
            guard toDrop > 0, delivery.state == .delivered || delivery.state == .failed else { return false }
            toDrop -= 1
            return true
        }
    }

    /// Carries out every job due by now, oldest first.
    mutating func runDueJobs(_ environment: Environment) {
        let due = jobs.filter { $0.due <= environment.now }.sorted { $0.due < $1.due }
        guard !due.isEmpty else { return }
        jobs.removeAll { $0.due <= environment.now }
        for job in due {
            let at = Environment(now: job.due, configuration: environment.configuration)
            switch job.action {
            case .buyer(let action, let gateway, let reference):
                _ = applyBuyer(action, gateway: gateway, reference: reference, at)
            case .tapInRelease(let id1):
                releaseTapInMoney(id1: id1, at)
            case .pomeloRefunded(let id):
                completePomeloRefund(id: id, at)
            case .pomeloExpire(let id):
                expirePomelo(id: id, at)
            }
        }
    }

    /// Schedules what the buyer does with a new QR payment, by its scenario.
    mutating func scheduleBuyer(for gateway: GatewayID, reference: String, amountMinor: Int64, _ environment: Environment) {
        let configured = environment.configuration.buyerPaysAfter
        switch Scenarios.qr(amountMinor: amountMinor) {
        case .decline:
            let after = configured ?? Scenarios.defaultDeclineSeconds
            schedule(.buyer(.decline, gateway, reference: reference), at: environment.now.addingTimeInterval(after))
        case .neverPaid:
            break
        case .paidLate:
            schedule(.buyer(.pay, gateway, reference: reference), at: environment.now.addingTimeInterval(Scenarios.lateSeconds))
        case .normal, .chargePending:
            if let configured {
                schedule(.buyer(.pay, gateway, reference: reference), at: environment.now.addingTimeInterval(configured))
            }
        }
    }

    /// The buyer acts on the payment named `reference` (any gateway when `gateway` is nil).
    mutating func applyBuyer(
        _ action: BuyerAction, gateway: GatewayID?, reference: String, _ environment: Environment
    ) -> Result<String, ControlError> {
        let order: [GatewayID] = gateway.map { [$0] } ?? GatewayID.allCases
        for candidate in order {
            let outcome: Result<String, ControlError>?
            switch candidate {
            case .takemepay: outcome = takeMePayBuyer(action, reference: reference, environment)
            case .tapin: outcome = tapInBuyer(action, reference: reference, environment)
            case .pomelo: outcome = pomeloBuyer(action, reference: reference, environment)
            case .motp: outcome = motpBuyer(action, reference: reference, environment)
            }
            if let outcome { return outcome }
        }
        return .failure(.notFound(reference))
    }
}
