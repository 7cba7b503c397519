import TillCore
import Foundation

/// Holds the MOTP API token. A token lives 60 s from when it was asked for; one with less than 10 s
/// left is not used, so a call never starts with a token that may expire on the way.
public actor MOTPTokenStore {
    /// How long a token lives, from the moment the token request was sent.
    public static let lifetime: TimeInterval = 60
    /// A token with less than this left is fetched again.
    public static let refreshMargin: TimeInterval = 10

    private let now: @Sendable () -> Date
    private var token: Secret?
    private var expiry: Date = .distantPast

    /// - Parameter now: the clock; tests pass a fake one.
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The held token, when it has at least `refreshMargin` seconds left.
    public func usableToken() -> Secret? {
        guard let token, expiry.timeIntervalSince(now()) >= Self.refreshMargin else { return nil }
        return token
    }

    /// The time to note before asking for a token: the token's life is counted from then.
    public func fetchStarted() -> Date { now() }

    /// Keeps `token`, asked for at `requestedAt`.
    public func store(_ token: Secret, requestedAt: Date) {
        self.token = token
        expiry = requestedAt.addingTimeInterval(Self.lifetime)
    }

    /// Forgets the token (the gateway answered 401).
    public func invalidate() {
        token = nil
        expiry = .distantPast
    }
}
