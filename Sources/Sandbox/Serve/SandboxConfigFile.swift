import TillCore

/// The Till configuration file (TOML) that points every gateway at a sandbox server with its test
/// credentials, and the banner `till sandbox serve` prints. Both are written from the gateways'
/// descriptors, so they hold exactly the sandbox account each descriptor publishes.
public enum SandboxConfigFile {
    /// The base URL of each gateway on a sandbox server at `serverURL` (`http://127.0.0.1:8808`).
    public static func baseURL(of gateway: GatewayID, serverURL: String) -> String {
        serverURL + GatewayRoute.prefix(of: gateway)
    }

    /// The configuration text.
    public static func toml(serverURL: String, storeName: String = "Till Sandbox Store", currency: String) -> String {
        let header = """
            # Till configuration for the gateway sandbox at \(serverURL), written by `till sandbox serve`.
            # The credentials are the sandbox's published test credentials: they open nothing else.

            [store]
            name = \(StringQuoting.quoted(storeName))
            currency = \(StringQuoting.quoted(currency))

            """
        return header + GatewayID.allCases.map { table($0, serverURL: serverURL, currency: currency) }.joined()
    }

    /// One gateway's table: its sandbox account, its address on the server and, where every payment
    /// needs one, a callback address.
    private static func table(_ id: GatewayID, serverURL: String, currency: String) -> String {
        let descriptor = GatewayDescriptor.of(id)
        var lines = ["", "[gateways.\(id.rawValue)]"]
        // TakeMe Pay takes only JPY, and Till refuses it configured in a store of another currency.
        if id == .takemepay, currency.uppercased() != "JPY" {
            lines += ["# TakeMe Pay takes only JPY: kept here, switched off for a \(currency) store.", "enabled = false"]
        }
        lines += descriptor.sandboxAccount.map { "\($0.key) = \(written($0.value))" }
        lines.append("base_url = \(StringQuoting.quoted(baseURL(of: id, serverURL: serverURL)))")
        if descriptor.webhook == .required { lines.append("webhook_url = \(StringQuoting.quoted(serverURL + "/till/" + id.rawValue))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the server prints when it starts: the four base URLs and the test credentials.
    public static func banner(serverURL: String) -> String {
        let gateways = GatewayID.allCases.map { id in
            let name = id.displayName.padding(toLength: 11, withPad: " ", startingAt: 0)
            let account = GatewayDescriptor.of(id).sandboxAccount.filter { $0.key != "mode" }
                .map { "\($0.key) \($0.value.plainText)" }.joined(separator: "  ")
            return "  \(name) \(baseURL(of: id, serverURL: serverURL))\n              \(account)"
        }
        return (["Till gateway sandbox listening on \(serverURL)"] + gateways + [
            "  Buyer       POST \(serverURL)/__sandbox/buyer/{pay|decline|cancel}/{reference}  (or: till sandbox pay REF)",
        ]).joined(separator: "\n")
    }

    private static func written(_ value: GatewayDescriptor.AccountValue) -> String {
        if case .text(let text) = value { StringQuoting.quoted(text) } else { value.plainText }
    }
}
