import TillCore

/// The sale being checked out, from the sheet to the result screen.
public struct CheckoutState: Equatable, Sendable {
    public init() {}
}
