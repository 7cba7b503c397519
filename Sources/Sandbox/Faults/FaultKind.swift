/// One kind of fault, by the name `--fault` uses for it.
public enum FaultKind: String, Sendable, CaseIterable {
    /// HTTP 500 in the gateway's envelope, the request not processed.
    case serverError = "500"
    /// Too many requests (TapIn: `errCode` 4), the request not processed.
    case tooManyRequests = "429"
    /// The connection closed before processing: no answer, nothing done.
    case drop
    /// Processed, then the connection closed at once without an answer (`dropafter` is another name).
    case lost
    /// The answer held back `delaySeconds`.
    case delay
    /// Processed (the money really moved), then HTTP 500 in the gateway's envelope.
    case serverErrorAfter = "500after"
    /// Processed, then the gateway's "system error" refusal (MOTP `SYSTEMERROR` with HTTP 200).
    case systemError = "syserr"

    /// Reads a kind by its `--fault` name; `dropafter` is `lost`.
    init?(name: String) {
        if name == "dropafter" {
            self = .lost
        } else {
            self.init(rawValue: name)
        }
    }

    /// The names `--fault` takes, for messages and help.
    static let names = "500, 429, drop, lost (or dropafter), delay, 500after or syserr"
}
