/// Every sentence the command line says to a person, by name: what the commands other than the
/// counter print, their errors, and the errors of the modules below (journal, amounts). Each
/// catalog (`Catalogs/CommandLine/`) holds all of them; the tests fail when one is missing or its
/// `{placeholders}` differ from English. JSON, CSV and ArgumentParser's `--help` are not here: they
/// stay English for scripts.
public enum CommandLineKey: String, CaseIterable, Sendable {
    // Usage errors of our own (ArgumentParser's own messages stay English).
    case langUnknown = "usage.lang"
    case gatewayUnknown = "usage.gateway"
    case qrNeedsGateway = "usage.qrNeedsGateway"
    case qrNeedsGatewayShort = "usage.qrNeedsGatewayShort"
    case brandUnknown = "usage.brand"
    case timeoutTooSmall = "usage.timeout"
    case pollIntervalTooSmall = "usage.pollInterval"
    case demoBuyerDelayNegative = "usage.demoBuyerDelay"
    case scanGapOutOfRange = "usage.scanGap"
    case linesTooFew = "usage.lines"
    case amountInvalid = "usage.amount"

    // Starting a command: the configuration, the demo sandbox, the gateways.
    case demoNotice = "start.demo"
    case configUnreadable = "start.configUnreadable"
    case configFirstOfMany = "start.configFirstOfMany"
    case demoCannotStart = "start.demoCannotStart"
    case demoConfigInvalid = "start.demoConfigInvalid"
    case tapInNeedsWebhook = "start.tapInNeedsWebhook"
    case gatewayNotConfigured = "start.gatewayNotConfigured"
    case gatewayOffersNoBrand = "start.gatewayOffersNoBrand"
    case settledEarlier = "start.settledEarlier"
    case stillChecking = "start.stillChecking"
    case paidLateRefund = "start.paidLateRefund"

    // `till pay`'s reason line and `till refund`.
    case outcomeCancelled = "pay.cancelled"
    case outcomeUnconfirmed = "pay.unconfirmed"
    case noRefundAPI = "refund.noAPI"

    // `till status` and `till recover`.
    case statusNoSuchOrder = "status.noSuchOrder"
    case statusNotConfigured = "status.notConfigured"
    case statusGatewaySays = "status.gatewaySays"
    case statusNoAnswer = "status.noAnswer"
    case recoverInUse = "recover.inUse"
    case recoverNothing = "recover.nothing"
    case recoverNothingInUseOne = "recover.nothingInUseOne"
    case recoverNothingInUseMany = "recover.nothingInUseMany"

    // `till journal`: list, show, export, handle, and the search options.
    case journalNoMatch = "journal.noMatch"
    case journalEmpty = "journal.empty"
    case journalNeedsAttention = "journal.needsAttention"
    case journalOrder = "journal.order"
    case journalSale = "journal.sale"
    case journalGateway = "journal.gateway"
    case journalAmount = "journal.amount"
    case journalState = "journal.state"
    case journalReference = "journal.reference"
    case journalAttention = "journal.attention"
    case journalHandled = "journal.handled"
    case journalHandledBy = "journal.handledBy"
    case journalHistory = "journal.history"
    case journalRefund = "journal.refund"
    case exportNeedsFormat = "journal.exportNeedsFormat"
    case markedHandled = "journal.markedHandled"
    case searchToBeforeFrom = "search.toBeforeFrom"
    case searchUnknownBrand = "search.unknownBrand"
    case searchUnknownGateway = "search.unknownGateway"
    case searchCurrencyNeedsAmount = "search.currencyNeedsAmount"
    case searchUnknownCurrency = "search.unknownCurrency"
    case searchWhichCurrency = "search.whichCurrency"
    case searchNotADay = "search.notADay"

    // The journal's errors (`JournalError.message(in:)`).
    case journalCannotOpen = "journalError.cannotOpen"
    case journalNewerSchema = "journalError.newerSchema"
    case journalDatabase = "journalError.database"
    case journalConstraint = "journalError.constraint"
    case journalUnknownOrder = "journalError.unknownOrder"
    case journalIllegalTransition = "journalError.illegalTransition"
    case journalNotRefundable = "journalError.notRefundable"
    case journalRefundTooLarge = "journalError.refundTooLarge"
    case journalCorruptRow = "journalError.corruptRow"
    case journalChangedSinceSeen = "journalError.changedSinceSeen"

    // What a typed amount can be wrong with (`MoneyError.message(in:)`).
    case moneyEmpty = "money.empty"
    case moneyNotANumber = "money.notANumber"
    case moneyNegative = "money.negative"
    case moneyZero = "money.zero"
    case moneyNoDecimals = "money.noDecimals"
    case moneyOneDecimal = "money.oneDecimal"
    case moneyDecimals = "money.decimals"
    case moneyAboveMaximum = "money.aboveMaximum"
    case moneyTooLarge = "money.tooLarge"

    // `till config check` and how a configuration problem reads.
    case configProblemsOne = "config.problemsOne"
    case configProblemsMany = "config.problemsMany"
    case configFile = "config.file"
    case configNote = "config.note"
    case configValidDemo = "config.validDemo"
    case configValid = "config.valid"
    case configNone = "config.none"
    case configDisabled = "config.disabled"
    case configDemoMode = "config.demoMode"

    // The names of a configuration value's type (`TOMLValue.typeName(in:)`).
    case typeString = "type.string"
    case typeInteger = "type.integer"
    case typeBoolean = "type.boolean"
    case typeArray = "type.array"
    case typeTable = "type.table"

    // `till theme` and theme files.
    case themeOK = "theme.ok"
    case themeBuiltIn = "theme.builtIn"
    case themeInherits = "theme.inherits"
    case themeFrom = "theme.from"
    case themeWarning = "theme.warning"
    case themeNote = "theme.note"
    case themePlace = "theme.place"
    case themeLine = "theme.line"
    case themeFileTooLarge = "theme.fileTooLarge"
    case themeFileUnreadable = "theme.fileUnreadable"
    case themeFileNotUTF8 = "theme.fileNotUTF8"
    case themeFileNotText = "theme.fileNotText"
    case styleTooLarge = "theme.styleTooLarge"
    case styleUnreadable = "theme.styleUnreadable"
    case themeCannotWrite = "theme.cannotWrite"

    // `till log` and `till sandbox payments`.
    case logEmpty = "log.empty"
    case sandboxNoPayments = "sandbox.noPayments"
}
