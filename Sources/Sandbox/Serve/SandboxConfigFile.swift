import TillCore

/// The Till configuration file (TOML) that points every gateway at a sandbox server with its test
/// credentials, and the banner `till sandbox serve` prints.
public enum SandboxConfigFile {
    /// The base URL of each gateway on a sandbox server at `serverURL` (`http://127.0.0.1:8808`).
    public static func baseURL(of gateway: GatewayID, serverURL: String) -> String {
        serverURL + GatewayRoute.prefix(of: gateway)
    }

    /// The configuration text.
    public static func toml(serverURL: String, storeName: String = "Till Sandbox Store", currency: String) -> String {
        let quoted = StringQuoting.quoted
        func url(_ gateway: GatewayID) -> String { quoted(baseURL(of: gateway, serverURL: serverURL)) }
        // TakeMe Pay takes only JPY, and Till refuses it configured in a store of another currency.
        let takeMePaySwitch = currency.uppercased() == "JPY"
            ? "" : "# TakeMe Pay takes only JPY: kept here, switched off for a \(currency) store.\nenabled = false\n"
        return """
        # Till configuration for the gateway sandbox at \(serverURL), written by `till sandbox serve`.
        # The credentials are the sandbox's published test credentials: they open nothing else.

        [store]
        name = \(quoted(storeName))
        currency = \(quoted(currency))

        [gateways.takemepay]
        \(takeMePaySwitch)public_key = \(quoted(TestCredentials.takeMePayPublicKey))
        secret_key = \(quoted(TestCredentials.takeMePaySecretKey))
        base_url = \(url(.takemepay))

        [gateways.tapin]
        mode = "test"
        vendor_id = \(TestCredentials.tapInVendorID)
        ss_code = \(quoted(TestCredentials.tapInSSCode))
        base_url = \(url(.tapin))
        webhook_url = \(quoted(serverURL + "/till/tapin"))

        [gateways.pomelo]
        mode = "test"
        api_key = \(quoted(TestCredentials.pomeloAPIKey))
        client_id = \(quoted(TestCredentials.pomeloClientID))
        sign_method = \(quoted(TestCredentials.pomeloSignMethod))
        base_url = \(url(.pomelo))

        [gateways.motp]
        mode = "test"
        user = \(quoted(TestCredentials.motpUser))
        password = \(quoted(TestCredentials.motpPassword))
        store_id = \(quoted(TestCredentials.motpStoreID))
        native_service_id = \(TestCredentials.motpNativeServiceID)
        quick_service_id = \(TestCredentials.motpQuickServiceID)
        base_url = \(url(.motp))

        """
    }

    /// What the server prints when it starts: the four base URLs and the test credentials.
    public static func banner(serverURL: String) -> String {
        func url(_ gateway: GatewayID) -> String { baseURL(of: gateway, serverURL: serverURL) }
        return """
        Till gateway sandbox listening on \(serverURL)
          TakeMe Pay  \(url(.takemepay))
                      public key \(TestCredentials.takeMePayPublicKey)
                      secret key \(TestCredentials.takeMePaySecretKey)
          TapIn Pay   \(url(.tapin))
                      vendor_id \(TestCredentials.tapInVendorID)  ss_code \(TestCredentials.tapInSSCode)
          Pomelo Pay  \(url(.pomelo))
                      api key \(TestCredentials.pomeloAPIKey)  client_id \(TestCredentials.pomeloClientID)
          MOTP        \(url(.motp))
                      user \(TestCredentials.motpUser)  password \(TestCredentials.motpPassword)
                      store_id \(TestCredentials.motpStoreID)  service_id native \(TestCredentials.motpNativeServiceID), quick \(TestCredentials.motpQuickServiceID)
          Buyer       POST \(serverURL)/__sandbox/buyer/{pay|decline|cancel}/{reference}  (or: till sandbox pay REF)
        """
    }
}
