import Foundation
import TillCore

/// Where a request goes: a gateway (with the path below its prefix) or the control API.
enum GatewayRoute: Equatable {
    case gateway(GatewayID, segments: [String])
    case control(segments: [String])
    case unknown

    /// The prefixes one server uses to stand in for the four base URLs.
    static let prefixes: [(GatewayID, [String])] = [
        (.takemepay, ["takemepay", "v1"]), (.tapin, ["tapin"]), (.pomelo, ["pomelo", "public"]), (.motp, ["motp"]),
    ]

    /// The gateways' real hosts, so an in-process transport may be handed the documents' base URLs.
    static let realHosts: [String: (GatewayID, [String])] = [
        "api-stg.takemepay.com": (.takemepay, ["v1"]), "api.takemepay.com": (.takemepay, ["v1"]),
        "demo.tapin.tech": (.tapin, []), "app.tapin.tech": (.tapin, []),
        "api.pomelopay.com": (.pomelo, ["public"]),
    ]

    init(url: URL) {
        let segments = RouteRequest.pathSegments(of: url)
        if let host = url.host?.lowercased(), let (gateway, prefix) = Self.realHosts[host],
           segments.starts(with: prefix) {
            self = .gateway(gateway, segments: Array(segments.dropFirst(prefix.count)))
            return
        }
        if segments.first == "__sandbox" {
            self = .control(segments: Array(segments.dropFirst()))
            return
        }
        for (gateway, prefix) in Self.prefixes where segments.starts(with: prefix) {
            self = .gateway(gateway, segments: Array(segments.dropFirst(prefix.count)))
            return
        }
        self = .unknown
    }

    /// The path prefix of a gateway on the sandbox server.
    static func prefix(of gateway: GatewayID) -> String {
        "/" + (prefixes.first { $0.0 == gateway }?.1 ?? []).joined(separator: "/")
    }
}
