/// Why the store server refused a call it makes for a lane that holds no TakeMe Pay secret key
/// (`[store] server`): the call never reached the gateway, so nothing was charged or refunded by it.
public enum StoreServerRefusal: Sendable, Equatable, CaseIterable {
    /// The lane's token is missing, or is not one of the store server's `[store.lanes]`.
    case token
    /// A call the store server does not make for a lane: it makes only the secret-key calls of a sale
    /// and a refund (charges, refunds, and the lists and reads that follow them).
    case call
    /// The store server has no TakeMe Pay secret key to make the call with.
    case noSecretKey
}
