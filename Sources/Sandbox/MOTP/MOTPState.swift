import Foundation

/// MOTP's result words (`data.result_code`).
enum MOTPStatus: String, Codable {
    case success = "SUCCESS"
    case userPaying = "USERPAYING"
    case fail = "FAIL"
    case closed = "CLOSED"
    case reversed = "REVERSED"
}

/// A refund's result words.
enum MOTPRefundStatus: String, Codable {
    case success = "SUCCESS"
    case processing = "PROCESSING"
    case fail = "FAIL"
}

/// Which API created an order.
enum MOTPOrderKind: String, Codable {
    case native, quick, jsapi
}

/// One MOTP refund.
struct MOTPRefund: Codable {
    var outRefundNo: String
    var amountMinor: Int64
    var reason: String?
    var status: MOTPRefundStatus
    /// Refund-status checks left that still answer `PROCESSING`.
    var processingChecksLeft: Int
}

/// One MOTP order (Native, Quick or JSAPI Pay).
struct MOTPOrder: Codable {
    var kind: MOTPOrderKind
    var outTradeNo: String
    var serviceID: Int64
    var storeID: String
    var amountMinor: Int64
    var transactionID: String
    var status: MOTPStatus
    var qrCode: String?
    var authCode: String?
    var created: Date
    var quickScenario: QuickPayScenario?
    /// Payment-status checks left that still answer `USERPAYING` (Quick Pay scenarios).
    var userPayingChecksLeft: Int?
    var refunds: [MOTPRefund] = []
    /// How its answers are worded (the amount's magic ending); nil for the plain words.
    var wording: MOTPWording?

    var refundedMinor: Int64 {
        refunds.filter { $0.status != .fail }.reduce(0) { $0 + $1.amountMinor }
    }

    /// Moves the order to `outcome`, or to the end its wording imposes (PAYERROR, REVOKED).
    mutating func settle(_ outcome: MOTPStatus) {
        switch wording {
        case .payError where outcome != .userPaying: status = .fail
        case .revoked where outcome != .userPaying: status = .closed
        default: status = outcome
        }
    }

    /// The word its answers carry in `result_code`.
    var word: String {
        switch (status, wording) {
        case (.userPaying, .notPay): "NOTPAY"
        case (.fail, .payError): "PAYERROR"
        case (.closed, .revoked): "REVOKED"
        case (.success, .refund) where refundedMinor > 0: "REFUND"
        default: status.rawValue
        }
    }

    /// Whether its answers are refusals (`success: false`): it ended without the buyer paying.
    var isRefusal: Bool { status == .fail || status == .closed || status == .reversed }
}

/// The words a real MOTP passes through from the wallets (and the document's own status example),
/// chosen by an order's amount: see `Scenarios.motpWording`.
enum MOTPWording: String, Codable {
    /// `payment-status` and `refund-status` answer as the document's examples: `is_success`, no `result_code`.
    case document
    /// Waiting is `NOTPAY` rather than `USERPAYING`.
    case notPay
    /// The order ends `PAYERROR` (not paid) whatever the buyer does.
    case payError
    /// The order ends `REVOKED` (not paid) whatever the buyer does.
    case revoked
    /// Once refunded, the order's word is `REFUND`.
    case refund
}

/// MOTP's state: live tokens and orders by `out_trade_no`.
struct MOTPState: Codable {
    /// Token → expiry.
    var tokens: [String: Date] = [:]
    var orders: [String: MOTPOrder] = [:]
    var orderSequence: [String] = []
    var refundNumbers: Set<String> = []

    /// A token lives 60 s.
    static let tokenLifetime: Double = 60
}
