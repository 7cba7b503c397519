import Foundation
import Wire

/// The store server's answer to one relayed call, or to the check.
public struct RelayReply: Sendable, Equatable {
    public let status: Int
    public let headers: [HTTPHeader]
    public let body: Data

    public init(status: Int, headers: [HTTPHeader], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The relay's own answer: the verdict's status and header, and a line of plain text.
    init(verdict: StoreRelay.Verdict, text: String) {
        self.init(
            status: verdict.status(),
            headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8"), HTTPHeader(StoreRelay.header, verdict.rawValue)],
            body: Data(text.utf8))
    }

    /// The verdict it carries.
    public var verdict: StoreRelay.Verdict? { headers.value(of: StoreRelay.header).flatMap(StoreRelay.Verdict.init(rawValue:)) }
}
