import Foundation
import TillCore

/// A lane's way to the store server that makes its TakeMe Pay secret-key calls: `[store] server`
/// and `[store] token`. Such a lane holds the public key and no secret key.
public struct StoreServerLink: Sendable, Equatable {
    /// The store server's address (`till store serve`, behind the store's HTTPS proxy).
    public var url: URL
    /// This lane's token, one of the store server's `[store.lanes]`: never shown, never logged.
    public var token: Secret

    public init(url: URL, token: Secret) {
        self.url = url
        self.token = token
    }

    /// What a token must be: 32 to 256 characters that an HTTP header carries as they are (letters,
    /// digits and `-_.~+/=`). It lets a lane charge and refund with the store's key, so it is as
    /// long as a key.
    public static func isAcceptableToken(_ text: String) -> Bool {
        (32...256).contains(text.count)
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.~+/=".unicodeScalars.contains($0)) }
    }
}

/// One lane the store server makes TakeMe Pay's secret-key calls for: `[store.lanes]`
/// `counter-2 = "token"`.
public struct LaneToken: Sendable, Equatable {
    /// The lane's name, as its `[lane] id` (the store server's log names it).
    public var lane: String
    public var token: Secret

    public init(lane: String, token: Secret) {
        self.lane = lane
        self.token = token
    }
}
