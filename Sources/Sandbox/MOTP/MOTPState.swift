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

    var refundedMinor: Int64 {
        refunds.filter { $0.status != .fail }.reduce(0) { $0 + $1.amountMinor }
    }
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
