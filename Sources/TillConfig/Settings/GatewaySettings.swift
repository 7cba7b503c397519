import Foundation
import TillCore

/// Everything Till needs to talk to one gateway account.
public struct GatewaySettings: Sendable, Equatable {
    public var id: GatewayID
    /// False when the table is kept in the file but the gateway is switched off.
    public var enabled: Bool
    public var mode: GatewayMode
    /// Where the API lives: the mode's default, or `base_url`.
    public var baseURL: URL
    /// Where the gateway calls back, for gateways that take one.
    public var webhookURL: URL?
    /// The brands this account offers on the checkout sheet.
    public var brands: [Brand]
    public var credentials: GatewayCredentials

    public init(
        id: GatewayID, enabled: Bool, mode: GatewayMode, baseURL: URL, webhookURL: URL?, brands: [Brand],
        credentials: GatewayCredentials
    ) {
        self.id = id
        self.enabled = enabled
        self.mode = mode
        self.baseURL = baseURL
        self.webhookURL = webhookURL
        self.brands = brands
        self.credentials = credentials
    }

    public var takemepay: TakeMePayCredentials? { if case .takemepay(let c) = credentials { c } else { nil } }
    public var tapin: TapInCredentials? { if case .tapin(let c) = credentials { c } else { nil } }
    public var pomelo: PomeloCredentials? { if case .pomelo(let c) = credentials { c } else { nil } }
    public var motp: MOTPCredentials? { if case .motp(let c) = credentials { c } else { nil } }
}
