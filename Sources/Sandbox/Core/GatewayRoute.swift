import Foundation
import TillCore

/// Where a request goes: a gateway (with the path below its prefix) or the control API.
enum GatewayRoute: Equatable {
    case gateway(GatewayID, segments: [String])
    case control(segments: [String])
    case unknown

    /// The prefixes one server uses to stand in for the four base URLs (each descriptor's sandbox path).
    static let prefixes: [(GatewayID, [String])] = GatewayID.allCases.map {
        ($0, GatewayDescriptor.of($0).sandboxPath.split(separator: "/").map(String.init))
    }

    /// The gateways' real hosts (the descriptors' documented addresses), so an in-process transport
    /// may be handed the documents' base URLs.
    static let realHosts: [String: (GatewayID, [String])] = Dictionary(
        GatewayID.allCases.flatMap { id in
            GatewayDescriptor.of(id).baseURLs.values.compactMap { address -> (String, (GatewayID, [String]))? in
                guard let url = URL(string: address), let host = url.host?.lowercased() else { return nil }
                return (host, (id, RouteRequest.pathSegments(of: url)))
            }
        },
        uniquingKeysWith: { first, _ in first })

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
