import TillCore

/// How often each fault strikes one gateway's requests, as probabilities from 0 to 1.
public struct FaultRates: Sendable, Equatable {
    /// HTTP 500 in the gateway's own envelope, the request not processed.
    public var serverError: Double = 0
    /// Too many requests (TapIn: `errCode` 4), the request not processed.
    public var tooManyRequests: Double = 0
    /// The connection closed before processing: no answer, nothing done.
    public var drop: Double = 0
    /// Processed, but the answer never arrives.
    public var loseAnswer: Double = 0
    /// The answer is held back `delaySeconds`.
    public var delay: Double = 0
    public var delaySeconds: Double = 2

    public init() {}

    var isEmpty: Bool { serverError == 0 && tooManyRequests == 0 && drop == 0 && loseAnswer == 0 && delay == 0 }
}

/// The faults to inject, per gateway, with the seed that makes a run repeatable.
public struct FaultPlan: Sendable, Equatable {
    public var rates: [GatewayID: FaultRates]
    public var seed: UInt64

    public init(rates: [GatewayID: FaultRates] = [:], seed: UInt64 = 1) {
        self.rates = rates
        self.seed = seed
    }

    /// Reads one `--fault` argument: `GATEWAY:KIND=RATE[,KIND=RATE...]`, or `all:...` for every gateway.
    /// Kinds: `500`, `429`, `drop`, `lost`, `delay` (with an optional `@SECONDS`, e.g. `delay=0.2@1.5`).
    public mutating func add(_ argument: String) throws(FaultPlanError) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw FaultPlanError("expected GATEWAY:KIND=RATE, e.g. motp:500=0.1,drop=0.05 (got \(argument))") }
        let gateways: [GatewayID]
        if parts[0] == "all" {
            gateways = GatewayID.allCases
        } else if let gateway = GatewayID(rawValue: parts[0]) {
            gateways = [gateway]
        } else {
            throw FaultPlanError("unknown gateway \(parts[0]): use takemepay, tapin, pomelo, motp or all")
        }
        for gateway in gateways {
            var current = rates[gateway] ?? FaultRates()
            for item in parts[1].split(separator: ",") { try Self.apply(String(item), to: &current) }
            rates[gateway] = current
        }
    }

    private static func apply(_ item: String, to rates: inout FaultRates) throws(FaultPlanError) {
        let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2 else { throw FaultPlanError("expected KIND=RATE (got \(item))") }
        var rateText = pair[1]
        if pair[0] == "delay", let at = rateText.firstIndex(of: "@") {
            guard let seconds = Double(rateText[rateText.index(after: at)...]), seconds >= 0 else {
                throw FaultPlanError("the delay after @ must be seconds, e.g. delay=0.2@1.5 (got \(item))")
            }
            rates.delaySeconds = seconds
            rateText = String(rateText[..<at])
        }
        guard let rate = Double(rateText), (0...1).contains(rate) else {
            throw FaultPlanError("a fault rate must be a probability from 0 to 1 (got \(item))")
        }
        switch pair[0] {
        case "500": rates.serverError = rate
        case "429": rates.tooManyRequests = rate
        case "drop": rates.drop = rate
        case "lost": rates.loseAnswer = rate
        case "delay": rates.delay = rate
        default: throw FaultPlanError("unknown fault \(pair[0]): use 500, 429, drop, lost or delay")
        }
    }
}

/// A `--fault` argument that cannot be read.
public struct FaultPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
