import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// Builds models and plays events through `TillApp.update`, with time advancing as a person types.
struct Session {
    var model: AppModel
    var effects: [AppEffect] = []
    var time: Milliseconds = 10_000

    init(
        currency: String = "JPY", maximum: Int64? = 1_000_000, size: TerminalSize = TerminalSize(columns: 80, rows: 24),
        theme: Theme = BuiltinThemes.takeMePay, language: Language = .en
    ) {
        let currency = Currency(code: currency)!
        let complete = try! ThemeChain.builtin.complete(theme)
        model = AppModel(
            size: size, theme: ResolvedTheme(complete, depth: .palette256), storeName: "Kissa Till",
            currency: currency, maximum: maximum.map { Money(minorUnits: $0, currency: currency) })
        model.strings = Strings(language)
    }

    mutating func send(_ event: AppEvent) {
        let (next, produced) = TillApp.update(model, event)
        model = next
        effects += produced
    }

    /// A person's keystrokes: 150 ms apart, then time for the last one to be released.
    mutating func type(_ keys: [Key]) {
        for key in keys {
            time += 150
            send(.key(key, at: time))
        }
        time += 100
        send(.tick(time))
    }

    mutating func type(_ text: String) { type(text.map { Key.character($0) }) }

    /// A scanner's burst: 8 ms apart, then Enter.
    mutating func scan(_ code: String) {
        for character in code {
            time += 8
            send(.key(.character(character), at: time))
        }
        time += 8
        send(.key(.enter, at: time))
        time += 400
        send(.tick(time))
    }
}

@Suite struct AmountEntryTests {
    private let usd = Currency(code: "USD")!
    private let jpy = Currency(code: "JPY")!

    @Test func decimalsOfTheCurrencyAreEnforced() throws {
        var dollars = AmountEntry(currency: usd)
        for character in "12.34" { try dollars.type(character) }
        #expect(dollars.text == "12.34")
        #expect(dollars.minorUnits == 1234)
        #expect(throws: AmountEntry.Refusal(message: "USD has 2 decimals: no more digits after the point")) {
            try dollars.type("5")
        }
        var yen = AmountEntry(currency: jpy)
        #expect(throws: AmountEntry.Refusal(message: "JPY has no decimals: type a whole amount")) { try yen.type(".") }
    }

    @Test func pointsLeadingZerosAndOtherCharacters() throws {
        var dollars = AmountEntry(currency: usd)
        try dollars.type(".")
        #expect(dollars.text == "0.")
        #expect(throws: AmountEntry.Refusal(message: "The amount already has a decimal point")) { try dollars.type(".") }
        var zeros = AmountEntry(currency: jpy)
        try zeros.type("0")
        try zeros.type("0")
        try zeros.type("7")
        #expect(zeros.text == "7")
        #expect(throws: AmountEntry.Refusal(message: "Only digits and a decimal point go in the amount")) { try zeros.type("x") }
    }

    @Test func theMaximumIsEnforcedAsYouType() throws {
        var limited = AmountEntry(currency: usd, maximum: Money(minorUnits: 50_000, currency: usd))
        for character in "500" { try limited.type(character) }
        #expect(throws: AmountEntry.Refusal(message: "The most one sale can take is $500.00")) { try limited.type("0") }
        #expect(throws: AmountEntry.Refusal(message: "The most one sale can take is $500.00")) { try limited.type(".") }
        limited.deleteBackward()
        limited.deleteBackward()
        #expect(!limited.hasRefusal)
        try limited.type(".")
        try limited.type("0")
        #expect(throws: AmountEntry.Refusal(message: "The most one sale can take is $500.00")) { try limited.type("1") }
        #expect(limited.text == "500.0")
    }

    @Test func displayText() throws {
        var yen = AmountEntry(currency: jpy)
        #expect(yen.displayText == "¥0")
        for character in "1234567" { try yen.type(character) }
        #expect(yen.displayText == "¥1,234,567")
        let kwd = Currency(code: "KWD")!
        var dinars = AmountEntry(currency: kwd)
        for character in "1000.5" { try dinars.type(character) }
        #expect(dinars.displayText == "KWD 1,000.5")
        #expect(dinars.minorUnits == 1_000_500)
        #expect(AmountEntry.display(minorUnits: 5, currency: kwd) == "KWD 0.005")
    }
}

@Suite struct AppUpdateTests {
    @Test func typingBackspaceAndEscape() {
        var session = Session()
        session.type("1200")
        #expect(session.model.amount.text == "1200")
        session.type([.backspace])
        #expect(session.model.amount.text == "120")
        session.type([.escape])
        #expect(session.model.amount.text == "")
        #expect(session.effects.isEmpty)
    }

    @Test func aRefusedKeystrokeLeavesTheAmountAndSaysWhy() {
        var session = Session()
        session.type("12.")
        #expect(session.model.amount.text == "12")
        #expect(session.model.message == .error("JPY has no decimals: type a whole amount"))
        #expect(session.effects == [.bell])
        session.type("3")
        #expect(session.model.amount.text == "12", "a key after a refused one is refused too")
        #expect(session.model.message == .error("JPY has no decimals: type a whole amount"))
        session.type([.backspace, .backspace])
        #expect(session.model.amount.refusal == nil)
        session.type("30000000")
        #expect(session.model.amount.text == "123000")
        #expect(session.model.message == .error("The most one sale can take is ¥1,000,000"))
    }

    @Test func tabSwitchesToTheDescriptionWhichTakesAnyText() {
        var session = Session()
        session.type("500")
        session.type([.tab])
        #expect(session.model.focus == .description)
        session.type("Tea 2x?")
        #expect(session.model.saleDescription == "Tea 2x?")
        #expect(session.model.amount.text == "500")
        #expect(session.model.screen == .amount)
        session.type([.backspace, .tab])
        #expect(session.model.saleDescription == "Tea 2x")
        #expect(session.model.focus == .amount)
    }

    @Test func enterOpensTheSheetAndEnterAgainStartsTheQRPayment() {
        var session = Session()
        session.model.checkout.choices = [PaymentChoice(gateway: .takemepay, brand: .wechatPay)]
        session.type([.enter])
        #expect(session.model.message == .error("Type an amount first"))
        session.type("1500")
        session.type([.tab])
        session.type("Cake")
        session.type([.enter])
        #expect(session.model.screen == .sheet)
        session.type([.enter])
        let yen = Currency(code: "JPY")!
        #expect(session.model.screen == .payment)
        #expect(
            session.effects.last
                == .payment(
                    .startQR(
                        serial: 1, amount: Money(minorUnits: 1500, currency: yen), description: "Cake",
                        choice: PaymentChoice(gateway: .takemepay, brand: .wechatPay))))
    }

    @Test func aScanNeverLandsInTheAmountField() {
        var session = Session()
        session.type("300")
        session.scan("281234567890123456")
        #expect(session.model.amount.text == "300")
        #expect(session.model.screen == .payment, "a scan starts QuickPay at once")
        session.scan("281234567890123456")
        #expect(session.model.message == .info("Code …3456 was just scanned; the repeat is ignored"))
        session.scan("99123456789012345678")
        #expect(session.model.amount.text == "300")
        #expect(session.model.message?.kind == .error)
    }

    @Test func helpOpensWithF1OrQuestionMarkAndClosesWithEscape() {
        var session = Session()
        session.type([.function(1)])
        #expect(session.model.screen == .help)
        session.type("5")
        #expect(session.model.amount.text == "")
        session.type([.escape])
        #expect(session.model.screen == .amount)
        session.type("?")
        #expect(session.model.screen == .help)
    }

    @Test func quitting() {
        var session = Session()
        session.type([.function(10)])
        #expect(session.model.isQuitting)
        #expect(session.effects == [.quit])
        var signalled = Session()
        signalled.send(.quitRequested)
        #expect(signalled.effects == [.quit])
    }

    @Test func resizeWhileTyping() {
        var session = Session()
        session.send(.resize(TerminalSize(columns: 30, rows: 10)))
        #expect(session.model.isTooSmall)
        session.type("42")
        #expect(session.model.amount.text == "", "keys typed blind are not taken")
        session.send(.resize(TerminalSize(columns: 100, rows: 30)))
        #expect(!session.model.isTooSmall)
        session.type("42")
        #expect(session.model.amount.text == "42")
    }

    @Test func digitsStillHeldWhenTheWindowShrinksAreKept() {
        var session = Session()
        for digit in "12" {
            session.time += 5
            session.send(.key(.character(digit), at: session.time))
        }
        #expect(session.model.amount.text == "", "still held: they might be a scanner's")
        session.send(.resize(TerminalSize(columns: 30, rows: 10)))
        #expect(session.model.amount.text == "12")
        session.time += 500
        session.send(.tick(session.time))
        #expect(session.model.amount.text == "12")
    }
}

@Suite struct EventInboxTests {
    @Test func eventsPostedFromManyTasksAreAllDrainedOnce() async {
        let inbox = EventInbox()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<50 {
                group.addTask { inbox.post(.tick(Milliseconds(index))) }
            }
        }
        let drained = inbox.drain()
        #expect(drained.count == 50)
        #expect(Set(drained.map { "\($0)" }).count == 50)
        #expect(inbox.drain().isEmpty)
    }

    @Test func drainKeepsTheOrderOfOneProducer() {
        let inbox = EventInbox()
        inbox.post(.journalChanged)
        inbox.post(.tick(5))
        inbox.post(.quitRequested)
        #expect(inbox.drain() == [.journalChanged, .tick(5), .quitRequested])
    }
}
