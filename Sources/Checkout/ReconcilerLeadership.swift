import Journal
import TillCore

/// The store's one reconciler. On a store's PostgreSQL journal every process that would reconcile in
/// the background (`till store serve`, each counter) asks before each pass whether it leads: the
/// leader is the holder of one advisory lock, kept while its process lives; the others pass with no
/// orders and stand by, and one of them takes over once the leader's session ends. On a counter alone
/// (SQLite) the counter always leads.
public struct ReconcilerLeadership: Sendable {
    /// The name of the store's reconciler lock.
    public static let lockName = "store:reconciler"
    private let locks: (any StoreLocks)?

    /// - Parameter locks: the store's advisory locks; nil for a counter alone.
    public init(locks: (any StoreLocks)?) { self.locks = locks }

    /// Whether this process leads now (taking the lead when nobody holds it).
    public var leads: Bool { locks?.holdOrTake(Self.lockName) ?? true }

    /// `claims` while this process leads; while another does, claims that take no order.
    public func claims(_ claims: any OrderClaims) -> any OrderClaims {
        leads ? claims : SkippingEveryOrder()
    }
}

/// Claims no order at all: a reconciler pass that stands by.
struct SkippingEveryOrder: OrderClaims {
    func claim(_ order: MerchantOrderNumber) -> OrderClaim? { nil }
}
