/// The sandbox's settings: which currencies each demo account accepts and how the simulated buyer
/// behaves. Credentials are the fixed `TestCredentials`.
public struct SandboxConfiguration: Sendable, Codable, Equatable {
    /// Currencies the TakeMe Pay account accepts (the documents list JPY).
    public var takeMePayCurrencies: [String]
    /// Currencies the Pomelo account accepts (the documents' examples use GBP).
    public var pomeloCurrencies: [String]
    /// The currency MOTP reports for its decimal amounts (the documents' examples use USD).
    public var motpCurrency: String
    /// Seconds after a QR code is created that the simulated buyer pays on their own; nil waits for
    /// a `pay`, `decline` or `cancel` through the control API.
    public var buyerPaysAfter: Double?
    /// Seconds between TapIn's `pay success` and `money release`.
    public var tapInReleaseAfter: Double
    /// Pomelo's company-wide webhook (set in its portal), besides each transaction's own.
    public var pomeloCompanyWebhook: String?

    public init(
        takeMePayCurrencies: [String] = ["JPY"],
        pomeloCurrencies: [String] = ["GBP"],
        motpCurrency: String = "USD",
        buyerPaysAfter: Double? = nil,
        tapInReleaseAfter: Double = 600,
        pomeloCompanyWebhook: String? = nil
    ) {
        self.takeMePayCurrencies = takeMePayCurrencies
        self.pomeloCurrencies = pomeloCurrencies
        self.motpCurrency = motpCurrency
        self.buyerPaysAfter = buyerPaysAfter
        self.tapInReleaseAfter = tapInReleaseAfter
        self.pomeloCompanyWebhook = pomeloCompanyWebhook
    }

    /// Demo mode: every account also accepts the store's currency, and the buyer pays 3 s after a
    /// QR code is shown.
    public static func demo(storeCurrency: String, buyerPaysAfter: Double? = 3) -> SandboxConfiguration {
        var configuration = SandboxConfiguration(buyerPaysAfter: buyerPaysAfter)
        let code = storeCurrency.uppercased()
        if !configuration.takeMePayCurrencies.contains(code) { configuration.takeMePayCurrencies.append(code) }
        if !configuration.pomeloCurrencies.contains(code) { configuration.pomeloCurrencies.append(code) }
        configuration.motpCurrency = code
        return configuration
    }
}
