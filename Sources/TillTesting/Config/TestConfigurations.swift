/// Configuration files the tests of more than one target write.
public enum TestConfigurations {
    /// A JPY store whose only gateway, MOTP, points at a port where nothing listens: every request
    /// fails to be sent (the token call first), so its warning is logged.
    public static let unreachableMOTP = """
        [store]
        currency = "JPY"
        [gateways.motp]
        mode = "test"
        base_url = "http://127.0.0.1:9/motp"
        user = "shop"
        password = "very-secret-password-1"
        store_id = "109038"
        """
}
