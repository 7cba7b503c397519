import Synchronization
import TillCore

/// The fault drawn for one request.
struct FaultDraw {
    enum Kind { case none, serverError, tooManyRequests, drop, loseAnswer, delay(Double) }
    let kind: Kind

    /// The outcome when the request must not be processed at all.
    func earlyOutcome(for gateway: GatewayID) -> SandboxOutcome? {
        switch kind {
        case .drop: .dropConnection
        case .serverError: .respond(FaultReplies.serverError(gateway), delay: 0)
        case .tooManyRequests: .respond(FaultReplies.tooManyRequests(gateway), delay: 0)
        case .none, .loseAnswer, .delay: nil
        }
    }

    /// The outcome of a processed request.
    func finalOutcome(_ response: HTTPResponse) -> SandboxOutcome {
        switch kind {
        case .loseAnswer: .loseAnswer
        case .delay(let seconds): .respond(response, delay: seconds)
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

    func draw(for gateway: GatewayID) -> FaultDraw {
        guard let rates = plan.rates[gateway], !rates.isEmpty else { return FaultDraw(kind: .none) }
        let roll = generator.withLock { Double($0.next() >> 11) / Double(1 << 53) }
        var threshold = 0.0
        let ordered: [(Double, FaultDraw.Kind)] = [
            (rates.serverError, .serverError), (rates.tooManyRequests, .tooManyRequests), (rates.drop, .drop),
            (rates.loseAnswer, .loseAnswer), (rates.delay, .delay(rates.delaySeconds)),
        ]
        for (rate, kind) in ordered {
            threshold += rate
            if roll < threshold { return FaultDraw(kind: kind) }
        }
        return FaultDraw(kind: .none)
    }
}

/// Each gateway's own envelope for the injected 500 and 429.
enum FaultReplies {
    static func serverError(_ gateway: GatewayID) -> HTTPResponse {
        switch gateway {
        case .takemepay: .json(500, .object(["error": .object(["message": "We had a problem with our server. Try again later.", "code": "internal_error"])]))
        case .tapin: TapInReply.failure(500, "Server error, please try again later")
        case .pomelo: .json(500, .object(["code": "PP-50-00", "message": "Internal Server Error"]))
        case .motp: MOTPReply.failure(500, code: "SYSTEMERROR", "Internal server error: try again later")
        }
    }

    static func tooManyRequests(_ gateway: GatewayID) -> HTTPResponse {
        switch gateway {
        case .takemepay: .json(429, .object(["error": .object(["message": "You're requesting too fast. Please slow down.", "code": "too_many_requests"])]))
        case .tapin: TapInReply.failure(4, "Please wait a moment. You are sending too many collect requests.")
        case .pomelo: .json(429, .object(["code": "PP-42-90", "message": "Too many requests: slow down"]))
        case .motp: MOTPReply.failure(429, code: "FREQUENCY_LIMITED", "Too many requests: slow down")
        }
    }
}
