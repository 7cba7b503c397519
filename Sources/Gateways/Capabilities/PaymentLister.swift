import Foundation
import TillCore

/// One payment as a gateway's own list shows it: what the Z report compares with the journal.
public struct ListedPayment: Hashable, Sendable {
    /// The gateway's id of the payment (charge, transaction).
    public let gatewayReference: String
    /// The merchant order number the gateway echoes (TakeMe Pay metadata, Pomelo `localId`).
    public let orderNumber: MerchantOrderNumber?
    public let amount: Money?
    /// The buyer paid (whether or not it was refunded since).
    public let isPaid: Bool
    /// Given back, in full or in part.
    public let isRefunded: Bool
    /// When the gateway created it; nil when the answer did not say.
    public let created: Date?

    public init(
        gatewayReference: String, orderNumber: MerchantOrderNumber?, amount: Money?, isPaid: Bool, isRefunded: Bool, created: Date?
    ) {
        self.gatewayReference = gatewayReference
        self.orderNumber = orderNumber
        self.amount = amount
        self.isPaid = isPaid
        self.isRefunded = isRefunded
        self.created = created
    }
}

/// A gateway that can list its payments (TakeMe Pay `GET /charges`, Pomelo `GET /transactions`).
public protocol PaymentLister: PaymentGateway {
    /// The payments created at or after `since`, newest first; reads pages until older ones show,
    /// at most `maximumPages`.
    func listPayments(since: Date, maximumPages: Int) async throws(ExchangeError) -> [ListedPayment]
}
