import TillCore
import Wire

/// A gateway that gives money back through its API and can say where a refund stands.
public protocol RefundingGateway: PaymentGateway {
    /// Whole payments only, or any part of one.
    var refundScope: RefundScope { get }

    /// Gives money back for a succeeded payment, in full or (where `refundScope` allows) in part.
    func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus
    /// Asks where a refund stands.
    func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus
}

/// How much of a payment a refunding gateway can give back.
public enum RefundScope: String, Sendable, Equatable {
    /// Only the whole amount of a payment.
    case fullOnly
    /// The whole amount or any part of it.
    case fullAndPartial
}
