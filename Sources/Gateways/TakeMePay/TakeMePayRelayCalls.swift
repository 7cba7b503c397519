import Foundation
import TillCore
import Wire

/// The TakeMe Pay calls the store server makes with its secret key for a lane that holds none: the
/// secret-key calls of `TakeMePayAPI` that a sale and a refund need (charge, refund, and the reads
/// and lists that follow a lost answer). The webhooks' calls and anything else are refused before
/// they reach the gateway; creating a source needs only the public key, which the lane holds.
public enum TakeMePayRelayCalls {
    /// A path's shape: a fixed collection, optionally followed by one object id.
    private struct Call {
        let method: String
        let collection: String
        let withID: Bool
    }

    private static let calls: [Call] = [
        Call(method: "GET", collection: "sources", withID: false),
        Call(method: "GET", collection: "sources", withID: true),
        Call(method: "POST", collection: "charges", withID: false),
        Call(method: "GET", collection: "charges", withID: false),
        Call(method: "GET", collection: "charges", withID: true),
        Call(method: "POST", collection: "refunds", withID: false),
        Call(method: "GET", collection: "refunds", withID: true),
        Call(method: "GET", collection: "events", withID: false),
        Call(method: "GET", collection: "events", withID: true),
    ]

    /// True when a lane may have the store server make `method` `path` (`/charges`, `/refunds/re_1`).
    public static func allows(method: String, path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].isEmpty else { return false }
        let collection = String(parts[1])
        if parts.count == 3 && !isObjectID(parts[2]) { return false }
        return calls.contains { $0.method == method && $0.collection == collection && $0.withID == (parts.count == 3) }
    }

    /// The call as the store server sends it to TakeMe Pay: `baseURL` with the lane's path and query,
    /// the store's secret key as `Authorization: Bearer`, the lane's body as it came; nil when the
    /// call is not one a lane may make, or its query cannot be read.
    public static func request(
        method: String, path: String, query: String, body: Data, secretKey: Secret, baseURL: URL
    ) -> HTTPRequest? {
        guard allows(method: method, path: path), query.allSatisfy(isQueryCharacter) else { return nil }
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text + path + (query.isEmpty ? "" : "?" + query)) else { return nil }
        let headers = [
            HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json"),
            HTTPHeader("Authorization", "Bearer \(secretKey.reveal())"),
        ]
        return HTTPRequest(method: method, url: url, headers: headers, body: body)
    }

    /// TakeMe Pay's ids: `src_…`, `ch_…`, `re_…`, `evt_…`: letters, digits, `_` and `-`.
    private static func isObjectID(_ text: Substring) -> Bool {
        (1...128).contains(text.count)
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    /// A query as `TakeMePayPage` writes it: names and percent-encoded values joined by `=` and `&`.
    private static func isQueryCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-._~%=&".contains(character))
    }
}
