import TillCore

/// How often each fault strikes one gateway's requests, as probabilities from 0 to 1.
public struct FaultRates: Sendable, Equatable {
    /// HTTP 500 in the gateway's own envelope, the request not processed.
    public var serverError: Double = 0
    /// Too many requests (TapIn: `errCode` 4), the request not processed.
    public var tooManyRequests: Double = 0
    /// The connection closed before processing: no answer, nothing done.
    public var drop: Double = 0
    /// Processed, but the connection is closed at once without an answer (`lost`, `dropafter`).
    public var loseAnswer: Double = 0
    /// The answer is held back `delaySeconds`.
    public var delay: Double = 0
    public var delaySeconds: Double = 2
    /// Processed, then HTTP 500 in the gateway's envelope (`500after`).
    public var serverErrorAfter: Double = 0
    /// Processed, then the gateway's "system error" refusal (`syserr`).
    public var systemError: Double = 0

    public init() {}

    var isEmpty: Bool {
        serverError == 0 && tooManyRequests == 0 && drop == 0 && loseAnswer == 0 && delay == 0
            && serverErrorAfter == 0 && systemError == 0
    }

    /// Sets the rate of one kind.
    public mutating func set(_ kind: FaultKind, _ rate: Double) {
        switch kind {
        case .serverError: serverError = rate
        case .tooManyRequests: tooManyRequests = rate
        case .drop: drop = rate
        case .lost: loseAnswer = rate
        case .delay: delay = rate
        case .serverErrorAfter: serverErrorAfter = rate
        case .systemError: systemError = rate
        }
    }

    mutating func apply(_ setting: FaultSetting) {
        set(setting.kind, setting.rate)
        if let seconds = setting.delaySeconds { delaySeconds = seconds }
    }
}

/// Which requests a narrowed rule (`GATEWAY/CALL:...`) strikes: one money-moving call, or all of
/// them (`money`).
public struct FaultScope: Hashable, Sendable {
    public let gateway: GatewayID
    public let call: String
}

/// One `KIND=RATE` of a rule.
public struct FaultSetting: Equatable, Sendable {
    public let kind: FaultKind
    public let rate: Double
    /// `delay=RATE@SECONDS`: the seconds.
    public let delaySeconds: Double?
}

/// The faults to inject, per gateway, with the seed that makes a run repeatable.
public struct FaultPlan: Sendable, Equatable {
    /// Rules for every request of a gateway.
    public var rates: [GatewayID: FaultRates]
    /// Rules narrowed to money-moving calls, in the order given. A narrowed rule changes only the kinds
    /// it names; the rest come from the gateway's rule.
    public var narrowed: [FaultScope: [FaultSetting]]
    public var seed: UInt64

    public init(rates: [GatewayID: FaultRates] = [:], seed: UInt64 = 1) {
        self.rates = rates
        narrowed = [:]
        self.seed = seed
    }

    /// Reads one `--fault` argument: `GATEWAY[/CALL]:KIND=RATE[,KIND=RATE...]`, `all` for every gateway.
    /// Kinds: `500`, `429`, `drop`, `lost` (or `dropafter`), `delay` (with an optional `@SECONDS`, e.g.
    /// `delay=0.2@1.5`), `500after`, `syserr`. CALL is `money` or one money-moving call (`quick-pay`,
    /// `charges`, `create`, ...): the rule then strikes only those requests.
    public mutating func add(_ argument: String) throws(FaultPlanError) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw FaultPlanError("expected GATEWAY:KIND=RATE, e.g. motp:500=0.1,drop=0.05 (got \(argument))") }
        let target = parts[0].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let gateways = try Self.gateways(target[0])
        let call = target.count == 2 ? target[1] : nil
        if let call { try Self.check(call, for: gateways, in: parts[0]) }
        var settings: [FaultSetting] = []
        for item in parts[1].split(separator: ",") { settings.append(try Self.setting(String(item))) }
        for gateway in gateways {
            if let call {
                narrowed[FaultScope(gateway: gateway, call: call), default: []] += settings
            } else {
                var current = rates[gateway] ?? FaultRates()
                for setting in settings { current.apply(setting) }
                rates[gateway] = current
            }
        }
    }

    /// The rates that hold for one request: the gateway's, then its `money` rule, then its call's rule.
    func rates(for gateway: GatewayID, call: String?) -> FaultRates {
        var effective = rates[gateway] ?? FaultRates()
        guard let call else { return effective }
        for scope in [FaultCall.money, call] {
            for setting in narrowed[FaultScope(gateway: gateway, call: scope)] ?? [] { effective.apply(setting) }
        }
        return effective
    }

    private static func gateways(_ name: String) throws(FaultPlanError) -> [GatewayID] {
        if name == "all" { return GatewayID.allCases }
        guard let gateway = GatewayID(rawValue: name) else {
            throw FaultPlanError("unknown gateway \(name): use takemepay, tapin, pomelo, motp or all")
        }
        return [gateway]
    }

    private static func check(_ call: String, for gateways: [GatewayID], in target: String) throws(FaultPlanError) {
        guard call != FaultCall.money else { return }
        guard gateways.count == 1, let gateway = gateways.first else {
            throw FaultPlanError("all/\(call): with all, the only call is money (got \(target))")
        }
        let known = FaultCall.names(of: gateway)
        guard known.contains(call) else {
            throw FaultPlanError("unknown call \(call) for \(gateway.rawValue): use money, \(known.joined(separator: ", "))")
        }
    }

    private static func setting(_ item: String) throws(FaultPlanError) -> FaultSetting {
        let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2 else { throw FaultPlanError("expected KIND=RATE (got \(item))") }
        guard let kind = FaultKind(name: pair[0]) else {
            throw FaultPlanError("unknown fault \(pair[0]): use \(FaultKind.names)")
        }
        var rateText = pair[1]
        var seconds: Double?
        if kind == .delay, let at = rateText.firstIndex(of: "@") {
            guard let value = Double(rateText[rateText.index(after: at)...]), value >= 0 else {
                throw FaultPlanError("the delay after @ must be seconds, e.g. delay=0.2@1.5 (got \(item))")
            }
            seconds = value
            rateText = String(rateText[..<at])
        }
        guard let rate = Double(rateText), (0...1).contains(rate) else {
            throw FaultPlanError("a fault rate must be a probability from 0 to 1 (got \(item))")
        }
        return FaultSetting(kind: kind, rate: rate, delaySeconds: seconds)
    }
}

/// A `--fault` argument that cannot be read.
public struct FaultPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
