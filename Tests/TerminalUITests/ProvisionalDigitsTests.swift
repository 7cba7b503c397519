import Testing
import TillCore

@testable import TerminalUI

/// Digits the scanner detector still holds show in the focused field at once, but only enter it
/// when released; a scanner's burst never shows for more than its first few digits.
@Suite struct ProvisionalDigitsTests {
    func amountRow(_ model: AppModel) -> String {
        TillApp.view(model).plainText().split(separator: "\n").first { $0.contains("▸ Amount") }.map(String.init) ?? ""
    }

    @Test func aTypedDigitShowsBeforeItIsReleased() {
        var session = Session()
        session.send(.key(.character("7"), at: 1000))
        #expect(session.model.amount.text.isEmpty)
        #expect(session.model.scanner.provisionalDigits == ["7"])
        #expect(amountRow(session.model).contains(" 7_"))
        session.send(.tick(1049))
        #expect(session.model.amount.text.isEmpty)
        session.send(.tick(1050))
        #expect(session.model.amount.text == "7")
        #expect(amountRow(session.model).contains(" 7_"))
    }

    @Test func aBurstVanishesAndNeverReachesTheAmount() {
        var session = Session()
        var time: Milliseconds = 1000
        for digit in "28123456" {
            time += 2
            session.send(.key(.character(digit), at: time))
        }
        #expect(session.model.scanner.provisionalDigits.isEmpty)
        #expect(!amountRow(session.model).contains("2812"))
        #expect(session.model.amount.text.isEmpty)
    }

    @Test func digitsTheAmountRefusesShowMarkedAsRefused() {
        var session = Session(maximum: 100)
        session.type("10")
        session.send(.key(.character("5"), at: session.time + 150))
        #expect(session.model.amount.text == "10", "still held")
        #expect(amountRow(session.model).contains(" 105_"))
        let frame = TillApp.view(session.model)
        #expect(frame.cells.filter { $0.style == session.model.theme.error.reversed() }.map(\.text) == ["5"])
        #expect(AmountScreen.provisional(session.model).amount.displayText == "¥10", "the price is what was taken")
    }

    @Test func heldDigitsShowInTheDescriptionWhenItHasTheFocus() {
        var session = Session()
        session.type([.tab])
        session.send(.key(.character("4"), at: session.time + 150))
        let description = TillApp.view(session.model).plainText().split(separator: "\n").first { $0.contains("▸ Description") }
        #expect(description?.contains(" 4_") == true)
        #expect(session.model.saleDescription.isEmpty)
    }

    @Test func theNextDeadlineIsTheGapThenTheEnterWait() {
        var scanner = ScannerDetector(isPaymentCode: { _ in true })
        #expect(scanner.nextDeadline == nil)
        _ = scanner.feed(.character("1"), at: 100)
        #expect(scanner.nextDeadline == 150)
        for time: Milliseconds in [102, 104, 106, 108, 110] { _ = scanner.feed(.character("2"), at: time) }
        #expect(scanner.nextDeadline == 410)
        #expect(scanner.tick(409).isEmpty)
        #expect(scanner.tick(410) == [.discarded(.noEnter(digits: 6))])
        #expect(scanner.discardCount == 1)
        #expect(scanner.nextDeadline == nil)
    }

    @Test func theLoopWaitsUntilTheDeadlineButNeverLongerThanItsTimeout() {
        #expect(TerminalLoop.readWait(now: 100, deadline: nil) == TerminalLoop.readTimeout)
        #expect(TerminalLoop.readWait(now: 100, deadline: 104) == 4)
        #expect(TerminalLoop.readWait(now: 100, deadline: 100) == 0)
        #expect(TerminalLoop.readWait(now: 100, deadline: 90) == 0)
        #expect(TerminalLoop.readWait(now: 100, deadline: 500) == TerminalLoop.readTimeout)
    }

    @Test func scansAreCounted() {
        var session = Session()
        session.scan("281234567890123456789012")
        #expect(session.model.scanner.scanCount == 1)
        session.scan("281234567890123456789012")
        #expect(session.model.scanner.scanCount == 1)
        #expect(session.model.scanner.discardCount == 1)
    }
}

@Suite struct TraceRecordTests {
    @Test(arguments: [
        "key 12", "frame 13 amount -", "frame 14 payment 1200", "scan 15 2", "discard 16 1",
    ])
    func linesRoundTrip(line: String) throws {
        let record = try #require(TraceRecord(line: Substring(line)))
        #expect(record.line == line)
    }

    @Test func framesCarryScreenAndAmount() throws {
        let record = try #require(TraceRecord(line: "frame 99 amount 1.5"))
        #expect(record.kind == .frame && record.time == 99 && record.screen == "amount" && record.amount == "1.5")
        #expect(TraceRecord(line: "frame 99 amount -")?.amount == "")
    }

    @Test(arguments: ["", "key", "key x", "frame 1 amount", "scan 1", "scan 1 x", "paint 1"])
    func malformedLinesAreRefused(line: String) {
        #expect(TraceRecord(line: Substring(line)) == nil)
    }

    @Test func residentMemoryFromProcStatus() {
        let status = "Name:\ttill\nVmPeak:\t  200000 kB\nVmRSS:\t   12345 kB\nThreads:\t4\n"
        #expect(TraceRecord.residentKiB(procStatus: status) == 12345)
        #expect(TraceRecord.residentKiB(procStatus: "Name:\ttill\n") == nil)
    }
}
