import Foundation
import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// The shop's day on the counter, played through `TillApp.update` with the desk's answers posted
/// by hand: the shift prompt, cash and its change, the X report, receipts, a manager's approval.
@Suite struct ShopCounterTests {
    static let yen = Currency(code: "JPY")!
    static func yen(_ units: Int64) -> Money { Money(minorUnits: units, currency: yen) }
    static let shift = Shift(id: 3, cashier: "Ann", float: yen(5000), openedAt: Date(timeIntervalSince1970: 1_790_000_000))

    /// A counter with a desk and three QR choices, before the desk has said whether a shift is open.
    static func counter(language: Language = .en) -> Session {
        var session = Session(language: language)
        session.model.checkout.choices = CheckoutFlowTests.choices
        session.model.shop.isAvailable = true
        return session
    }

    /// A counter whose shift is open.
    static func open(language: Language = .en) -> Session {
        var session = counter(language: language)
        session.send(.tick(session.time))
        session.send(.shop(.shift(shift)))
        session.effects = []
        return session
    }

    static func text(_ session: Session) -> String { TillApp.view(session.model).plainText() }

    @Test func theCounterAsksForAShiftWhenNoneIsOpen() {
        var session = Self.counter()
        session.send(.tick(session.time))
        #expect(session.effects == [.shop(.loadShift)])
        session.send(.tick(session.time + 10))
        #expect(session.effects == [.shop(.loadShift)], "asked once, not on every tick")
        session.send(.shop(.shift(nil)))
        #expect(session.model.screen == .shift)
        #expect(Self.text(session).contains("No shift is open"))
        session.type("Ann")
        session.type([.enter])
        session.type("5000")
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [.shop(.openShift(cashier: "Ann", float: Self.yen(5000)))])
        #expect(Self.text(session).contains("Opening the shift"))
        session.send(.shop(.shiftOpened(Self.shift)))
        #expect(session.model.screen == .amount)
        let screen = Self.text(session)
        #expect(screen.contains("Shift 3 opened for Ann with a float of ¥5,000"))
        #expect(screen.contains("Ann #3"), "the shift is on the key bar")
    }

    @Test func anOpenShiftGoesStraightToTheAmount() {
        let session = Self.open()
        #expect(session.model.screen == .amount)
        #expect(Self.text(session).contains("Ann #3"))
    }

    @Test func theShiftNeedsACashierAndAFloatThatIsAnAmount() {
        var session = Self.counter()
        session.send(.tick(session.time))
        session.send(.shop(.shift(nil)))
        session.effects = []
        session.type([.tab, .enter])
        #expect(session.effects == [.bell])
        #expect(Self.text(session).contains("Type the cashier's name first"))
        #expect(session.model.shop.prompt.field == .cashier)
        session.type("Bo")
        session.type([.tab])
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [.shop(.openShift(cashier: "Bo", float: Self.yen(0)))], "nothing typed: no float")
    }

    @Test func aDigitOfTheFloatOrTheCashGivenShowsAtOnce() {
        var session = Self.counter()
        session.send(.tick(session.time))
        session.send(.shop(.shift(nil)))
        session.type("Ann")
        session.type([.tab])
        session.time += 150
        session.send(.key(.character("7"), at: session.time))
        #expect(session.model.shop.prompt.float?.text == "", "still held by the scanner detector")
        #expect(Self.text(session).contains("Float       7_"), "but drawn at once")
    }

    @Test func escSellsWithoutAShiftAndF7BringsThePromptBack() {
        var session = Self.counter()
        session.send(.tick(session.time))
        session.send(.shop(.shift(nil)))
        session.type([.escape])
        #expect(session.model.screen == .amount)
        let screen = Self.text(session)
        #expect(screen.contains("sales go into the next Z"))
        #expect(screen.contains("No shift — F7"))
        session.type([.function(7)])
        #expect(session.model.screen == .shift)
    }

    @Test func aFailedOpeningSaysWhyAndKeepsWhatWasTyped() {
        var session = Self.counter()
        session.send(.tick(session.time))
        session.send(.shop(.shift(nil)))
        session.type("Ann")
        session.type([.enter, .enter])
        session.send(.shop(.failed(.openShift(cashier: "Ann", float: Self.yen(0)), "The journal is read-only")))
        #expect(session.model.screen == .shift)
        #expect(session.model.shop.prompt.cashier == "Ann")
        #expect(Self.text(session).contains("The journal is read-only"))
    }

    @Test func cashShowsTheChangeInBigDigitsAndTheReceipt() {
        var session = Self.open()
        session.type("1200")
        session.type([.enter])
        #expect(Self.text(session).contains("Cash"))
        session.type("4")
        session.type([.enter])
        #expect(session.model.screen == .cash)
        session.type("1000")
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [.bell], "less than the amount is refused")
        #expect(Self.text(session).contains("The buyer gave less than ¥1,200"))
        session.type([.backspace, .backspace, .backspace, .backspace])
        session.type("2000")
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [.shop(.cashSale(amount: Self.yen(1200), tendered: Self.yen(2000), description: nil))])
        let receipt = ReceiptView(number: 7, lines: ["RECEIPT 7", "Change ¥800"], printed: 1, qrText: "T2026120509000000ABCD")
        let sale = CashSale(
            orderNumber: MerchantOrderNumber(rawValue: "T2026120509000000ABCD"), amount: Self.yen(1200), change: Self.yen(800),
            receipt: receipt, printProblem: nil, drawerOpened: true)
        session.send(.shop(.cashSold(sale)))
        let frame = TillApp.view(session.model)
        let screen = frame.plainText()
        #expect(screen.contains("Give back ¥800; the drawer is open"))
        #expect(screen.contains("Receipt No. 7"))
        #expect(screen.contains("▄███▄"), "the change is in big digits")
        session.type("r")
        #expect(session.model.screen == .document)
        #expect(Self.text(session).contains("RECEIPT 7"))
        session.type([.escape])
        #expect(session.model.screen == .cash)
        session.type([.enter])
        #expect(session.model.screen == .amount)
        #expect(session.model.amount.isEmpty)
        #expect(session.model.lastSaleAmount == Self.yen(1200))
    }

    @Test func cashNeedsAnOpenShift() {
        var session = Self.counter()
        session.send(.tick(session.time))
        session.send(.shop(.shift(nil)))
        session.type([.escape])
        session.type("500")
        session.type([.enter])
        session.type("4")
        session.effects = []
        session.type([.enter])
        #expect(session.model.screen == .sheet)
        #expect(session.effects == [.bell])
        #expect(Self.text(session).contains("open a shift first (F7)"))
    }

    @Test func cashWithNothingTypedIsTheExactAmount() {
        var session = Self.open()
        session.type("500")
        session.type([.enter])
        session.type("4")
        session.type([.enter])
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [.shop(.cashSale(amount: Self.yen(500), tendered: nil, description: nil))])
        session.type([.escape, .enter, .character("1")])
        #expect(session.model.screen == .cash, "keys wait while the sale is recorded")
    }

    @Test func keysTypedInABurstReachTheCashScreenInOrder() {
        var session = Self.open()
        session.type("900")
        session.type([.enter])
        // "4", Enter, Enter within a few milliseconds, as tmux sends them.
        for key in [Key.character("4"), .enter, .enter] {
            session.time += 2
            session.send(.key(key, at: session.time))
        }
        session.time += 400
        session.send(.tick(session.time))
        #expect(session.model.screen == .cash)
        let receipt = ReceiptView(number: 5, lines: ["RECEIPT 5"], printed: 0)
        let order = MerchantOrderNumber(rawValue: "T1")
        session.send(.shop(.cashSold(CashSale(
            orderNumber: order, amount: Self.yen(900), change: Self.yen(0), receipt: receipt, printProblem: nil, drawerOpened: false))))
        session.type("r")
        #expect(session.model.screen == .document)
    }

    @Test func f4ShowsTheXReportScrolled() {
        var session = Self.open()
        session.type([.function(4)])
        #expect(session.effects.contains(.shop(.xReport)))
        let lines = (1...40).map { "line \($0)" }
        session.send(.shop(.xReport(lines)))
        #expect(session.model.screen == .document)
        var screen = Self.text(session)
        #expect(screen.contains("X report"))
        #expect(screen.contains("line 1 "))
        #expect(screen.contains("more lines"))
        session.type([.end])
        screen = Self.text(session)
        #expect(screen.contains("line 40"))
        #expect(!screen.contains("line 1 "))
        session.type([.escape])
        #expect(session.model.screen == .amount)
    }

    @Test func aPaidSaleShowsItsReceiptNumberAndOpensIt() {
        var session = CheckoutFlowTests.qrOnScreen()
        session.model.shop.isAvailable = true
        session.effects = []
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.paid, orderNumber: "20261203095500ABCD", time: "09:55")))))
        let order = MerchantOrderNumber(rawValue: "20261203095500ABCD")
        #expect(session.effects.contains(.shop(.receipt(of: order))))
        let receipt = ReceiptView(number: 12, lines: ["RECEIPT 12"], printed: 0, printProblem: "Receipt 12 was not printed: the printer is out of paper")
        session.send(.shop(.receipt(of: order, receipt)))
        let screen = Self.text(session)
        #expect(screen.contains("20261203095500ABCD · Receipt No. 12"))
        #expect(screen.contains("out of paper"))
        session.type("r")
        #expect(session.model.screen == .document)
        #expect(Self.text(session).contains("RECEIPT 12"))
    }

    @Test func aReprintAsksTheManagerAndNeverShowsThePIN() {
        var session = Self.open()
        session.model.shop.needsManager = true
        session.model.shop.saleReceipt = ReceiptView(number: 4, lines: ["RECEIPT 4"], printed: 1)
        session.model.screen = .result
        session.model.checkout.result = PaymentResult(.paid, orderNumber: "X", time: "09:00")
        session.type("r")
        session.effects = []
        session.type("p")
        #expect(session.model.screen == .approval)
        #expect(session.effects.isEmpty, "nothing printed before the approval")
        session.type("Mia")
        session.type([.enter])
        session.type("2468")
        let screen = Self.text(session)
        #expect(screen.contains("••••"))
        #expect(!screen.contains("2468"))
        session.effects = []
        session.type([.enter])
        #expect(session.effects == [
            .shop(.approve(.reprint, subject: "receipt 4", manager: "Mia", pin: "2468", then: .reprint(receipt: 4)))
        ])
        #expect(session.model.shop.approval?.pin == "", "the PIN is not kept past the check")
        session.send(.shop(.failed(.approve(.reprint, subject: "receipt 4", manager: "Mia", pin: "", then: .reprint(receipt: 4)), "The PIN is wrong")))
        #expect(session.model.screen == .approval)
        #expect(Self.text(session).contains("The PIN is wrong"))
        session.effects = []
        session.send(.shop(.approved(.reprint(receipt: 4))))
        #expect(session.model.screen == .document)
        #expect(session.effects == [.shop(.print(receipt: 4))])
        session.send(.shop(.printed(ReceiptView(number: 4, lines: ["RECEIPT 4"], printed: 2))))
        #expect(Self.text(session).contains("Receipt 4 printed"))
    }

    @Test func aFirstPrintNeedsNoManager() {
        var session = Self.open()
        session.model.shop.needsManager = true
        session.model.shop.document = ShopDocument(kind: .receipt(number: 9, printed: 0), lines: ["RECEIPT 9"], returnTo: .amount)
        session.model.screen = .document
        session.type("p")
        #expect(session.effects == [.shop(.print(receipt: 9))])
    }

    @Test func theShopScreensSpeakJapaneseAndChinese() {
        for language in [Language.ja, .zhHans] {
            var session = Self.counter(language: language)
            session.send(.tick(session.time))
            session.send(.shop(.shift(nil)))
            let strings = Strings(language)
            #expect(Self.text(session).contains(strings[.shiftTitle]))
            #expect(!Self.text(session).contains("No shift is open"))
        }
    }
}

/// The history over days and its search, and a receipt asked for from the history.
@Suite struct HistoryDaysTests {
    static func history() -> Session {
        var session = ShopCounterTests.open()
        session.model.history.isAvailable = true
        session.type([.function(2)])
        session.send(.history(.loaded([])))
        session.effects = []
        return session
    }

    @Test func arrowsMoveADayAndNeverPastToday() {
        var session = Self.history()
        session.type([.right])
        #expect(session.effects == [.bell], "no day after today")
        session.effects = []
        session.type([.left, .left])
        #expect(session.effects == [.history(.loadDay(offset: -1)), .history(.loadDay(offset: -2))])
        session.send(.history(.loaded([HistoryFixtures.entries[0]])))
        #expect(session.model.history.entries.isEmpty, "a late answer for today is not shown on another day")
        session.send(.history(.found(.day(offset: -1), heading: "2026-12-04", [HistoryFixtures.entries[1]])))
        #expect(session.model.history.entries.isEmpty, "nor one for the day before")
        session.send(.history(.found(.day(offset: -2), heading: "2026-12-03", [])))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("Sales of 2026-12-03"))
        #expect(screen.contains("No payments on this day."))
        session.effects = []
        session.type([.right, .right])
        #expect(session.effects == [.history(.loadDay(offset: -1)), .history(.loadToday)])
        session.type([.left])
        session.effects = []
        session.type([.escape])
        #expect(session.effects.first == .history(.loadToday), "Esc comes back to today first")
        #expect(session.model.screen == .history)
    }

    @Test func aSearchReadsEveryDayAndEscClearsIt() {
        var session = Self.history()
        session.type("/")
        #expect(session.model.history.mode == .search)
        session.type("#12")
        #expect(TillApp.view(session.model).plainText().contains("/ #12_"))
        session.type([.enter])
        #expect(session.effects == [.history(.search("#12", ShopCounterTests.yen))])
        session.send(.history(.found(.search("#12"), heading: "#12", [])))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("Search: #12"))
        #expect(screen.contains("Nothing found"))
        session.effects = []
        session.type([.escape])
        #expect(session.effects.first == .history(.loadToday))
    }

    @Test func pShowsTheSelectedSalesReceipt() {
        var session = Self.history()
        let entry = HistoryFixtures.entries[0]
        session.send(.history(.loaded([entry])))
        session.type("p")
        #expect(session.effects == [.shop(.receipt(of: entry.orderNumber))])
        session.send(.shop(.receipt(of: entry.orderNumber, ReceiptView(number: 3, lines: ["RECEIPT 3"], printed: 1))))
        #expect(session.model.screen == .document)
        session.type([.escape])
        #expect(session.model.screen == .history)
        session.type("p")
        session.send(.shop(.receipt(of: entry.orderNumber, nil)))
        #expect(TillApp.view(session.model).plainText().contains("has no receipt"))
    }
}
