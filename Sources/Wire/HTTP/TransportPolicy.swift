import Foundation

/// The rule every real transport applies before sending: which URLs may be used, and how a URL is
/// shown in an error or a log line without the secrets it may carry.
public enum TransportPolicy {
    /// Throws `insecureURL` unless `url` is `https://`, or `http://` to a loopback host.
    public static func check(_ url: URL) throws(TransportError) {
        let scheme = url.scheme?.lowercased()
        if scheme == "https" { return }
        if scheme == "http", let host = url.host, isLoopback(host) { return }
        throw TransportError.insecureURL(redactedURL(url))
    }

    /// True for `localhost`, `127.x.x.x` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The scheme, host, port and path of `url`, without the query (which may carry a client secret).
    public static func redactedURL(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? "(unreadable URL)"
    }
}
