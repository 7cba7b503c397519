import TillCore

/// MOTP's `result_code` words mapped onto Till's state machines.
public enum MOTPStatusTable {
    /// Quick Pay and payment status words. `CLOSED` and `REVERSED` end the attempt unpaid.
    public static let payment: [String: AttemptState] = [
        "SUCCESS": .succeeded,
        "USERPAYING": .processing,
        "FAIL": .failed,
        "CLOSED": .canceled,
        "REVERSED": .canceled,
    ]

    /// Refund status words: the payment words plus `PROCESSING`.
    public static let refund: [String: RefundState] = [
        "SUCCESS": .succeeded,
        "PROCESSING": .pending,
        "USERPAYING": .pending,
        "FAIL": .failed,
        "CLOSED": .failed,
        "REVERSED": .failed,
    ]

    /// Words that are statuses even when `success` is false (a refusal that reports a final state).
    static func isPaymentStatusWord(_ word: String) -> Bool { payment[word] != nil }
    static func isRefundStatusWord(_ word: String) -> Bool { refund[word] != nil }
}
