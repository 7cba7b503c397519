import TillCore

/// The configuration's view of the gateways: the keys every gateway table shares, and the rest read
/// from each gateway's `GatewayDescriptor`.
enum GatewayCatalog {
    /// Keys every gateway table may hold.
    static let commonKeys = ["enabled", "base_url", "webhook_url", "brands", "mode"]

    /// The gateway's own keys, in the names of its specification.
    static func accountKeys(_ id: GatewayID) -> [String] { GatewayDescriptor.of(id).accountKeys.map(\.name) }

    /// Keys whose values are credentials, of every gateway: masked when shown, overridable from the
    /// environment.
    static let secretKeys = Set(GatewayID.allCases.flatMap { GatewayDescriptor.of($0).secretKeys })

    /// `TILL_TAKEMEPAY_SECRET_KEY`
    static func environmentName(_ id: GatewayID, _ key: String) -> String {
        "TILL_\(id.rawValue.uppercased())_\(key.uppercased())"
    }
}
