import Synchronization
import TillCore
import Wire

/// The fault drawn for one request.
struct FaultDraw {
    enum Kind: Equatable { case none, serverError, tooManyRequests, drop, loseAnswer, delay(Double), serverErrorAfter, systemError }
    let kind: Kind

    /// The fault's `--fault` name, as the request log shows it; nil for none.
    var name: String? {
        switch kind {
        case .none: nil
        case .serverError: FaultKind.serverError.rawValue
        case .tooManyRequests: FaultKind.tooManyRequests.rawValue
        case .drop: FaultKind.drop.rawValue
        case .loseAnswer: FaultKind.lost.rawValue
        case .delay: FaultKind.delay.rawValue
        case .serverErrorAfter: FaultKind.serverErrorAfter.rawValue
        case .systemError: FaultKind.systemError.rawValue
        }
    }

    /// The outcome when the request must not be processed at all.
    func earlyOutcome(for gateway: GatewayID) -> SandboxOutcome? {
        switch kind {
        case .drop: .dropConnection
        case .serverError: .respond(FaultReplies.serverError(gateway), delay: 0)
        case .tooManyRequests: .respond(FaultReplies.tooManyRequests(gateway), delay: 0)
        case .none, .loseAnswer, .delay, .serverErrorAfter, .systemError: nil
        }
    }

    /// The outcome of a processed request: its answer, or what the fault puts in its place.
    func finalOutcome(_ response: HTTPResponse, for gateway: GatewayID) -> SandboxOutcome {
        switch kind {
        case .loseAnswer: .loseAnswer
        case .delay(let seconds): .respond(response, delay: seconds)
        case .serverErrorAfter: .respond(FaultReplies.serverError(gateway), delay: 0)
        case .systemError: .respond(FaultReplies.systemError(gateway), delay: 0)
        case .none, .serverError, .tooManyRequests, .drop: .respond(response, delay: 0)
        }
    }
}

/// Draws faults from a seeded generator, so a run with the same seed and requests repeats.
final class FaultInjector: Sendable {
    private let plan: FaultPlan
    private let generator: Mutex<SplitMix64>

    init(_ plan: FaultPlan) {
        self.plan = plan
        generator = Mutex(SplitMix64(seed: plan.seed))
    }

    /// `call` is the money-moving call the request makes (see `FaultCall`), nil for any other.
    func draw(for gateway: GatewayID, call: String? = nil) -> FaultDraw {
        let rates = plan.rates(for: gateway, call: call)
        guard !rates.isEmpty else { return FaultDraw(kind: .none) }
        let roll = generator.withLock { Double($0.next() >> 11) / Double(1 << 53) }
        var threshold = 0.0
        // The kinds added later go last, so that an older plan draws what it always drew.
        let ordered: [(Double, FaultDraw.Kind)] = [
            (rates.serverError, .serverError), (rates.tooManyRequests, .tooManyRequests), (rates.drop, .drop),
            (rates.loseAnswer, .loseAnswer), (rates.delay, .delay(rates.delaySeconds)),
            (rates.serverErrorAfter, .serverErrorAfter), (rates.systemError, .systemError),
        ]
        for (rate, kind) in ordered {
            threshold += rate
            if roll < threshold { return FaultDraw(kind: kind) }
        }
        return FaultDraw(kind: .none)
    }
}
