import Foundation
import Synchronization
import TillCore
import Wire

/// The sandbox: the server side of all four gateways behind one router. The HTTP server and the
/// in-process transport both hand it `HTTPRequest`s, so connectors take the same code path either way.
public final class SandboxEngine: Sendable {
    /// The settings it runs with.
    public let configuration: SandboxConfiguration
    /// The clock every deadline and schedule reads.
    public let clock: any SandboxClock
    private let outbound: any HTTPTransport
    private let world: Mutex<SandboxWorld>
    private let faults: FaultInjector
    private let shared: SharedStateFile?
    let requestLog: Mutex<RequestLog>

    /// - Parameters:
    ///   - outbound: how webhooks and callbacks leave the sandbox.
    ///   - faults: the faults to inject, per gateway.
    ///   - stateFile: where to keep the state across restarts; loaded now when it exists.
    ///   - requestLogLimit: how many of the latest gateway requests `requests()` keeps.
    public init(
        configuration: SandboxConfiguration = SandboxConfiguration(),
        clock: any SandboxClock = SystemClock(),
        outbound: any HTTPTransport = NoOutbound(),
        faults: FaultPlan = FaultPlan(),
        stateFile: URL? = nil,
        requestLogLimit: Int = 10_000
    ) throws(SandboxStateError) {
        self.configuration = configuration
        self.clock = clock
        self.outbound = outbound
        self.faults = FaultInjector(faults)
        requestLog = Mutex(RequestLog(limit: requestLogLimit))
        let shared = stateFile.map(SharedStateFile.init(url:))
        self.shared = shared
        world = Mutex(try shared?.loadAtStart() ?? SandboxWorld())
    }

    private var environment: Environment { Environment(now: clock.now, configuration: configuration) }

    /// Answers one request (or, with faults, decides not to).
    public func handle(_ request: HTTPRequest) -> SandboxOutcome {
        let route = GatewayRoute(url: request.url)
        switch route {
        case .unknown:
            return .respond(.json(404, ["error": .string("nothing at \(request.url.path): the sandbox serves /takemepay/v1, /tapin, /pomelo/public, /motp and /__sandbox")]), delay: 0)
        case .control(let segments):
            return .respond(control(RouteRequest(request, segments: segments)), delay: 0)
        case .gateway(let gateway, let segments):
            let routed = RouteRequest(request, segments: segments)
            let call = FaultCall.name(of: gateway, method: routed.method, segments: segments)
            // Pomelo's QR images stand for its file host, not its API: the API's faults do not reach them.
            let image = PomeloQRImage.isImageRequest(gateway, method: request.method, segments: segments)
            let fault = image ? FaultDraw(kind: .none) : faults.draw(for: gateway, call: call)
            let entry = RequestEntry(gateway: gateway, request: routed, call: call, fault: fault.name)
            if let early = fault.earlyOutcome(for: gateway) {
                log(entry, processed: false, early)
                return early
            }
            return process(gateway, routed) { response in
                let outcome = fault.finalOutcome(response, for: gateway)
                log(entry, processed: true, outcome)
                return outcome
            }
        }
    }

    /// Handles a request and, under the same lock, turns its answer into the outcome (and logs it), so
    /// the log's order is the order the state changed in.
    private func process(
        _ gateway: GatewayID, _ request: RouteRequest, finish: (HTTPResponse) -> SandboxOutcome
    ) -> SandboxOutcome {
        let environment = environment
        return access { world in
            world.runDueJobs(environment)
            let response: HTTPResponse = switch gateway {
            case .takemepay: world.handleTakeMePay(request, environment)
            case .tapin: world.handleTapIn(request, environment)
            case .pomelo: world.handlePomelo(request, environment)
            case .motp: world.handleMOTP(request, environment)
            }
            persist(world)
            return finish(response)
        }
    }

    private func persist(_ world: SandboxWorld) {
        // A failed save must not fail the payment call; the next request tries again.
        try? shared?.save(world)
    }

    /// Runs `change` on the state: with a state file, under its lock and on what was last written by
    /// any process sharing the file.
    private func access<T: Sendable>(_ change: (inout SandboxWorld) -> T) -> T {
        world.withLock { world in
            guard let shared else { return change(&world) }
            return shared.withExclusiveAccess(to: &world, change)
        }
    }

    /// The simulated buyer pays, declines or walks away. `gateway` narrows the search for `reference`.
    public func buyer(_ action: BuyerAction, reference: String, gateway: GatewayID? = nil) -> Result<String, ControlError> {
        let environment = environment
        return access { world in
            world.runDueJobs(environment)
            let result = world.applyBuyer(action, gateway: gateway, reference: reference, environment)
            persist(world)
            return result
        }
    }

    /// Pomelo's merchant portal refunds a confirmed transaction (the API has no refund call).
    public func pomeloPortalRefund(reference: String) -> Result<String, ControlError> {
        let environment = environment
        return access { world in
            world.runDueJobs(environment)
            let result = world.requestPomeloRefund(reference, environment)
            persist(world)
            return result
        }
    }

    /// Every payment the sandbox knows, newest last.
    public func payments() -> [PaymentSummary] {
        let environment = environment
        return access { world in
            world.runDueJobs(environment)
            return world.paymentSummaries(environment)
        }
    }

    /// Every webhook and callback queued or sent (finished ones up to a limit).
    public func deliveries() -> [WebhookDelivery] { access { $0.deliveries } }

    /// Runs due jobs and sends every webhook or callback that is due, each once; failed ones are
    /// rescheduled by their gateway's retry policy. Returns how many were tried.
    @discardableResult
    public func deliverDueWebhooks() async -> Int {
        let environment = environment
        let due: [WebhookDelivery] = access { world in
            world.runDueJobs(environment)
            var picked: [WebhookDelivery] = []
            for index in world.deliveries.indices
            where world.deliveries[index].state == .pending && world.deliveries[index].nextAttemptAt <= environment.now {
                world.deliveries[index].state = .sending
                picked.append(world.deliveries[index])
            }
            // Written at once, so that another process sharing the file does not send them too.
            if !picked.isEmpty { persist(world) }
            return picked
        }
        for delivery in due {
            let attempt = await WebhookSender.send(delivery, via: outbound, at: clock.now)
            let finishedAt = clock.now
            access { world in
                guard let index = world.deliveries.firstIndex(where: { $0.id == delivery.id }) else { return }
                world.deliveries[index].record(attempt, finishedAt: finishedAt)
                persist(world)
            }
        }
        return due.count
    }

    /// Runs jobs and deliveries every `interval` seconds of the clock until the task is cancelled.
    public func runBackgroundWork(interval: Double = 0.25) async {
        while !Task.isCancelled {
            await deliverDueWebhooks()
            await clock.sleep(seconds: interval)
        }
    }

    /// Writes the state file now (when there is one).
    public func save() throws(SandboxStateError) {
        guard let shared else { return }
        let failure: SandboxStateError? = access { world in
            do throws(SandboxStateError) { try shared.save(world) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }
}
