import TillCore

/// The magic values that choose what the simulated buyer and the gateway do. Documented for users in
/// SCENARIOS.md; keep the two in step.
enum Scenarios {
    /// Seconds after creation that a "paid late" QR payment is paid.
    static let lateSeconds: Double = 180
    /// Seconds after creation that a Quick Pay "late success" turns `SUCCESS` (past Till's 45 s deadline).
    static let quickPayLateSeconds: Double = 60
    /// Seconds the buyer takes to decline when a scenario says so and no buyer delay is configured.
    static let defaultDeclineSeconds: Double = 3

    /// The scenario of a QR payment, by the amount's last two minor digits.
    static func qr(amountMinor: Int64) -> QRScenario {
        switch amountMinor % 100 {
        case 91: .decline
        case 92: .neverPaid
        case 93: .paidLate
        case 94: .chargePending
        default: .normal
        }
    }

    /// MOTP writes amounts with two decimals whatever the currency: the magic digits are read in the
    /// account currency's own minor unit (JPY 1592.00 is 1592 yen and ends in 92).
    static func motpMinorUnits(_ hundredths: Int64, currency: String) -> Int64 {
        let exponent = Currency(code: currency)?.minorUnitExponent ?? 2
        var value = hundredths
        for _ in 0..<max(0, 2 - exponent) { value /= 10 }
        return value
    }

    /// How a MOTP order's answers are worded, by the amount's last two minor digits (read as
    /// `motpMinorUnits`); nil for the plain words.
    static func motpWording(amountMinor: Int64) -> MOTPWording? {
        switch amountMinor % 100 {
        case 95: .document
        case 96: .notPay
        case 97: .payError
        case 98: .revoked
        case 99: .refund
        default: nil
        }
    }

    /// The scenario of a refund, by the refunded amount's last two minor digits.
    static func refund(amountMinor: Int64) -> RefundScenario {
        switch amountMinor % 100 {
        case 81: .processing
        case 82: .fail
        default: .normal
        }
    }

    /// The scenario of a Quick Pay, by the buyer code's last digit.
    static func quickPay(authCode: String) -> QuickPayScenario {
        switch authCode.last {
        case "1": .userPaying(checks: 1)
        case "2": .userPaying(checks: 3)
        case "3": .userPayingForever
        case "4": .fail
        case "5": .lateSuccess
        case "6": .userPayingThenFail
        default: .success
        }
    }
}

/// What happens to a QR payment once shown.
enum QRScenario: String, Codable, Sendable {
    /// The buyer pays (after the configured delay, or when told through the control API).
    case normal
    /// The buyer declines.
    case decline
    /// The buyer walks away: nothing happens until the payment expires.
    case neverPaid
    /// The buyer pays after `Scenarios.lateSeconds`.
    case paidLate
    /// TakeMe Pay: the charge comes back `pending` and succeeds on the second retrieval.
    case chargePending
}

/// What happens to a refund.
enum RefundScenario: String, Codable, Sendable {
    /// Succeeds (TakeMe Pay: `pending` on creation, `succeeded` when next read).
    case normal
    /// Stays processing for two status checks, then succeeds.
    case processing
    /// Fails.
    case fail
}

/// What happens to a Quick Pay.
enum QuickPayScenario: Codable, Sendable, Equatable {
    case success
    case userPaying(checks: Int)
    case userPayingForever
    case fail
    case lateSuccess
    case userPayingThenFail
}
