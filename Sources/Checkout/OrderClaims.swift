import TillCore

/// Says, order by order, whether the reconciler may touch an order now. A payment someone is still
/// waiting on (on this screen, or in another `till` process) must be left alone: settling it would
/// cancel it under the waiter's feet.
public protocol OrderClaims: Sendable {
    /// A claim the reconciler holds while it settles `order`, or nil when someone else has it.
    func claim(_ order: MerchantOrderNumber) -> OrderClaim?
}

/// The reconciler's hold on one order; the order is free again once it is released.
public struct OrderClaim: Sendable {
    private let onRelease: @Sendable () -> Void

    /// A claim that lets go by calling `release`.
    public init(release: @escaping @Sendable () -> Void = {}) { onRelease = release }

    /// Lets the order go.
    public func release() { onRelease() }
}

/// Claims every order except a fixed set (the orders this process is waiting on).
public struct SkippingOrders: OrderClaims {
    /// The orders left alone.
    public let busy: Set<MerchantOrderNumber>

    public init(_ busy: Set<MerchantOrderNumber> = []) { self.busy = busy }

    public func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        busy.contains(order) ? nil : OrderClaim()
    }
}
