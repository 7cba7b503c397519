import TillCore

/// MOTP's `result_code` words mapped onto Till's state machines.
///
/// Besides the documented words (`SUCCESS`, `USERPAYING`, `FAIL`, `CLOSED`, `REVERSED`, and
/// `PROCESSING` for refunds), a real MOTP passes the wallets' micropay words through; they are mapped
/// here so that none of them ends a sale as an unreadable answer.
public enum MOTPStatusTable {
    /// Quick Pay and payment status words.
    ///
    /// - `NOTPAY` (the order exists, the buyer has not paid yet) keeps the wait going, like a QR
    ///   code still on the screen.
    /// - `CLOSED`, `REVOKED` and `REVERSED` end the attempt unpaid; `PAYERROR` and `FAIL` fail it.
    /// - `REFUND` says the order *was paid* and money has since gone back. The payment attempt
    ///   itself succeeded (the refund is a separate record), so it maps to `succeeded`: the journal
    ///   never calls a paid order unpaid, and an attempt given up as unconfirmed that turns out
    ///   `REFUND` is a late payment, which the reconciler follows like any other (its own refund is
    ///   refused by MOTP when the money went back already, and the sale is flagged for a manager).
    public static let payment: [String: AttemptState] = [
        "SUCCESS": .succeeded,
        "REFUND": .succeeded,
        "NOTPAY": .awaitingBuyer,
        "USERPAYING": .processing,
        "FAIL": .failed,
        "PAYERROR": .failed,
        "CLOSED": .canceled,
        "REVOKED": .canceled,
        "REVERSED": .canceled,
    ]

    /// Refund status words: the payment words that make sense for a refund, `PROCESSING`, and the
    /// wallets' refund words (`REFUNDCLOSE`: closed without paying out; `CHANGE`: the payout failed
    /// and needs a manual transfer, so the buyer did not get the money).
    public static let refund: [String: RefundState] = [
        "SUCCESS": .succeeded,
        "PROCESSING": .pending,
        "USERPAYING": .pending,
        "FAIL": .failed,
        "PAYERROR": .failed,
        "CLOSED": .failed,
        "REVOKED": .failed,
        "REVERSED": .failed,
        "REFUNDCLOSE": .failed,
        "CHANGE": .failed,
    ]

    /// The word Till reads for a status answer that has `is_success` but no `result_code` (the
    /// documents' own payment and refund status examples): paid (refunded) or not yet.
    static func word(isSuccess: Bool, refund: Bool) -> String {
        if isSuccess { return "SUCCESS" }
        return refund ? "PROCESSING" : "NOTPAY"
    }

    /// Words that are statuses even when `success` is false (a refusal that reports a final state).
    static func isPaymentStatusWord(_ word: String) -> Bool { payment[word] != nil }
    static func isRefundStatusWord(_ word: String) -> Bool { refund[word] != nil }
}
