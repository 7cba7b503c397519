import TillCore
import Foundation

/// Holds the MOTP API token. A token lives 60 s from when it was asked for; one with less than 10 s
/// left is not used, so a call never starts with a token that may expire on the way. Callers that
/// need a token at the same time share one token request.
public actor MOTPTokenStore {
    /// How long a token lives, from the moment the token request was sent.
    public static let lifetime: TimeInterval = 60
    /// A token with less than this left is fetched again.
    public static let refreshMargin: TimeInterval = 10

    private let now: @Sendable () -> Date
    private var token: Secret?
    private var expiry: Date = .distantPast
    private var inFlight: (task: Task<Secret, any Error>, started: Date)?

    /// - Parameter now: the clock; tests pass a fake one.
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The held token, when it has at least `refreshMargin` seconds left.
    public func usableToken() -> Secret? {
        guard let token, expiry.timeIntervalSince(now()) >= Self.refreshMargin else { return nil }
        return token
    }

    /// Keeps `token`, asked for at `requestedAt`.
    public func store(_ token: Secret, requestedAt: Date) {
        self.token = token
        expiry = requestedAt.addingTimeInterval(Self.lifetime)
    }

    /// The held token when usable; otherwise the result of `fetch`, which runs once however many
    /// callers are waiting for it.
    public func token(fetch: @escaping @Sendable () async throws(ExchangeError) -> Secret) async throws(ExchangeError)
        -> Secret
    {
        if let token = usableToken() { return token }
        let task: Task<Secret, any Error>
        if let inFlight {
            task = inFlight.task
        } else {
            let started = now()
            task = Task { try await fetch() }
            inFlight = (task, started)
        }
        let result: Result<Secret, ExchangeError>
        do {
            result = .success(try await task.value)
        } catch let error as ExchangeError {
            result = .failure(error)
        } catch {
            result = .failure(.transport(.connectionLost(String(describing: error))))
        }
        if let current = inFlight, current.task == task {
            inFlight = nil
            if case .success(let token) = result { store(token, requestedAt: current.started) }
        }
        return try result.get()
    }

    /// Forgets the token (the gateway answered 401).
    public func invalidate() {
        token = nil
        expiry = .distantPast
    }
}
