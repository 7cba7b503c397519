import ArgumentParser

/// The options every checkout command shares: the configuration, the journal, and the demo buyer.
struct WiringOptions: ParsableArguments {
    @OptionGroup var config: ConfigPathOption
    @OptionGroup var journal: JournalOptions

    @Option(
        name: .customLong("demo-buyer-delay"),
        help: ArgumentHelp("Demo mode only: seconds after a QR code is shown that the simulated buyer pays.", valueName: "seconds"))
    var demoBuyerDelay: Double = 3

    func validate() throws {
        guard demoBuyerDelay >= 0, demoBuyerDelay.isFinite else {
            throw ValidationError(LanguageOption.early()[.demoBuyerDelayNegative])
        }
    }

    /// Loads the configuration, opens the journal and builds the gateways; `language` is the
    /// command's `--lang`.
    func environment(_ language: LanguageOption) throws -> TillEnvironment {
        try TillEnvironment.load(
            configPath: config.path, journalOptions: journal, demoBuyerDelay: demoBuyerDelay, language: language)
    }
}
