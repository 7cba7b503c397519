import Sandbox
import TillCore

/// Picks a fault seed for the sandbox so that, at `rate`, the first `pattern.count` requests to the
/// gateway are faulted exactly where `pattern` says. It replays the sandbox's documented generator
/// (SplitMix64, 53-bit rolls); the tests then check the sandbox's own state, so a replay that drifted
/// from the sandbox would show as a failing test, not a passing one.
enum SeededFaults {
    static func plan(_ gateway: GatewayID, rates: FaultRates, rate: Double, pattern: [Bool]) -> FaultPlan {
        for seed in UInt64(1)...200_000 where rolls(seed: seed, count: pattern.count).map({ $0 < rate }) == pattern {
            return FaultPlan(rates: [gateway: rates], seed: seed)
        }
        fatalError("no seed found for \(pattern)")
    }

    private static func rolls(seed: UInt64, count: Int) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((mixed ^ (mixed >> 31)) >> 11) / Double(1 << 53)
        }
    }

    /// Only the first request faulted, `following` clean ones after it.
    static func firstOnly(_ gateway: GatewayID, _ rates: FaultRates, rate: Double, following: Int = 8) -> FaultPlan {
        plan(gateway, rates: rates, rate: rate, pattern: [true] + Array(repeating: false, count: following))
    }
}
