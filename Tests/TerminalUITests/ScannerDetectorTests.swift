import Testing
import TillCore

@testable import TerminalUI

/// Feeds keys to a detector at chosen times and collects what it said.
private struct Harness {
    var detector = ScannerDetector(isPaymentCode: { Brand.forBuyerCode($0) != nil })
    var outputs: [ScannerDetector.Output] = []
    var time: Milliseconds = 1_000

    /// Types `text` with `gap` ms between keys (the first key after `gap` too), then Enter when
    /// `enter` is set.
    mutating func burst(_ text: String, gap: Milliseconds, enter: Bool = true, enterGap: Milliseconds? = nil) {
        for character in text {
            time += gap
            outputs += detector.feed(.character(character), at: time)
        }
        if enter {
            time += enterGap ?? gap
            outputs += detector.feed(.enter, at: time)
        }
    }

    mutating func key(_ key: Key, after gap: Milliseconds) {
        time += gap
        outputs += detector.feed(key, at: time)
    }

    mutating func tick(after gap: Milliseconds) {
        time += gap
        outputs += detector.tick(time)
    }

    /// Every key released as typing, in order.
    var typed: [Key] {
        outputs.flatMap { output -> [Key] in
            if case .typed(let keys) = output { return keys }
            return []
        }
    }

    var scans: [String] {
        outputs.compactMap { output in
            if case .scanned(let code) = output { return code }
            return nil
        }
    }

    var discards: [ScannerDetector.Discard] {
        outputs.compactMap { output in
            if case .discarded(let reason) = output { return reason }
            return nil
        }
    }
}

private func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

private let alipayCode = "281234567890123456"  // 18 digits starting 28
private let wechatCode = "134567890123456789"  // 18 digits starting 13

@Suite struct ScannerDetectorTests {
    @Test(arguments: [alipayCode, wechatCode, "2512345678901234", "301234567890123456789012"])
    func aFastBurstEndingInEnterIsAScan(code: String) {
        var harness = Harness()
        harness.burst(code, gap: 8)
        #expect(harness.scans == [code])
        #expect(harness.typed.isEmpty)
    }

    @Test(arguments: [Key.enter])
    func enterVariantsAllEndAScan(enter: Key) {
        // CR, LF and KEY_ENTER all reach the detector as .enter.
        #expect(Key.fromCharacter(13) == .enter)
        #expect(Key.fromCharacter(10) == .enter)
        var harness = Harness()
        harness.burst(alipayCode, gap: 5, enter: false)
        harness.key(enter, after: 5)
        #expect(harness.scans == [alipayCode])
    }

    @Test func aPersonTypingDigitsGetsEveryDigitAsTyping() {
        var harness = Harness()
        harness.burst("1200", gap: 180, enter: false)
        harness.tick(after: 60)
        harness.key(.enter, after: 200)
        #expect(harness.typed == keys("1200") + [.enter])
        #expect(harness.scans.isEmpty)
        #expect(harness.discards.isEmpty)
    }

    @Test func aTypedDigitIsHeldOnlyUntilTheGapThresholdPasses() {
        var harness = Harness()
        harness.key(.character("7"), after: 500)
        harness.tick(after: 49)
        #expect(harness.typed.isEmpty)
        #expect(harness.detector.isHolding)
        harness.tick(after: 1)
        #expect(harness.typed == [.character("7")])
        #expect(!harness.detector.isHolding)
    }

    @Test func aGapOfExactlyTheThresholdIsNotUnderIt() {
        var harness = Harness()
        harness.burst(alipayCode, gap: 50)
        #expect(harness.scans.isEmpty)
        #expect(harness.typed == keys(alipayCode) + [.enter])
    }

    @Test func aSlowGapSplitsABurst() {
        // Four quick digits, a slow one, then a fast run: the first four were typing; the rest is
        // a scanner burst too short to be a payment code.
        var harness = Harness()
        harness.burst("2812", gap: 10, enter: false)
        harness.key(.character("3"), after: 120)
        harness.burst("4567890123456", gap: 10)
        #expect(harness.typed == keys("2812"))
        #expect(harness.scans.isEmpty)
        #expect(harness.discards == [.notAPaymentCode(digits: 14)])
    }

    @Test func quickTypingOfAFewDigitsAndEnterIsTyping() {
        var harness = Harness()
        harness.burst("12", gap: 30)
        #expect(harness.typed == keys("12") + [.enter])
        #expect(harness.scans.isEmpty)
    }

    @Test func aBurstWithoutEnterIsDroppedAfter300Milliseconds() {
        var harness = Harness()
        harness.burst(alipayCode, gap: 8, enter: false)
        harness.tick(after: 299)
        #expect(harness.outputs.isEmpty)
        harness.tick(after: 1)
        #expect(harness.discards == [.noEnter(digits: alipayCode.count)])
        #expect(harness.typed.isEmpty)
    }

    @Test func enterMayFollowAScannerBurstAfterALongerGap() {
        var harness = Harness()
        harness.burst(alipayCode, gap: 8, enterGap: 120)
        #expect(harness.scans == [alipayCode])
    }

    @Test func aBurstInterruptedByAnotherKeyIsDroppedNotTyped() {
        var harness = Harness()
        harness.burst("2812345678", gap: 8, enter: false)
        harness.key(.character("x"), after: 8)
        #expect(harness.discards == [.noEnter(digits: 10)])
        #expect(harness.typed == [.character("x")])
    }

    @Test(arguments: ["191234567890123456", "28123456789012", "2812345678901234567890123", "991234567890123456"])
    func burstsThatAreNotPaymentCodesAreDiscardedNeverTyped(digits: String) {
        var harness = Harness()
        harness.burst(digits, gap: 8)
        #expect(harness.scans.isEmpty)
        #expect(harness.typed.isEmpty)
        #expect(harness.discards == [.notAPaymentCode(digits: digits.count)])
    }

    @Test func theSameCodeTwiceWithinTwoSecondsIsIgnored() {
        var harness = Harness()
        harness.burst(alipayCode, gap: 8)
        harness.tick(after: 1_500)
        harness.burst(alipayCode, gap: 8)
        #expect(harness.scans == [alipayCode])
        #expect(harness.discards == [.repeated(alipayCode)])
        harness.tick(after: 2_000)
        harness.burst(alipayCode, gap: 8)
        #expect(harness.scans == [alipayCode, alipayCode])
    }

    @Test func aDifferentCodeRightAfterIsAccepted() {
        var harness = Harness()
        harness.burst(alipayCode, gap: 8)
        harness.burst(wechatCode, gap: 8)
        #expect(harness.scans == [alipayCode, wechatCode])
    }

    @Test func nonDigitKeysPassStraightThrough() {
        var harness = Harness()
        harness.key(.backspace, after: 5)
        harness.key(.tab, after: 5)
        harness.key(.character("a"), after: 5)
        harness.key(.enter, after: 5)
        #expect(harness.typed == [.backspace, .tab, .character("a"), .enter])
    }

    @Test func heldTypingIsReleasedBeforeTheNextKeyInOrder() {
        var harness = Harness()
        harness.key(.character("5"), after: 100)
        harness.key(.backspace, after: 20)
        #expect(harness.outputs == [.typed([.character("5"), .backspace])])
    }

    @Test func theThresholdIsConfigurable() {
        var harness = Harness()
        harness.detector.gapThreshold = 120
        harness.burst(alipayCode, gap: 100)
        #expect(harness.scans == [alipayCode])
        var strict = Harness()
        strict.detector.gapThreshold = 20
        strict.burst(alipayCode, gap: 30)
        #expect(strict.scans.isEmpty)
        #expect(strict.typed == keys(alipayCode) + [.enter])
    }

    @Test func typingThenAScanKeepsBoth() {
        var harness = Harness()
        harness.burst("15", gap: 200, enter: false)
        harness.tick(after: 60)
        harness.burst(wechatCode, gap: 6)
        #expect(harness.typed == keys("15"))
        #expect(harness.scans == [wechatCode])
    }

    /// Every gap from 1 to 120 ms, for a payment code and Enter: a scan exactly when the gap is
    /// under the threshold, typing otherwise; never both, never lost.
    @Test func everyUniformGapIsEitherAScanOrTyping() {
        for gap in Milliseconds(1)...120 {
            var harness = Harness()
            harness.burst(alipayCode, gap: gap)
            harness.tick(after: 1_000)
            if gap < 50 {
                #expect(harness.scans == [alipayCode], "gap \(gap)")
                #expect(harness.typed.isEmpty, "gap \(gap)")
            } else {
                #expect(harness.scans.isEmpty, "gap \(gap)")
                #expect(harness.typed == keys(alipayCode) + [.enter], "gap \(gap)")
            }
        }
    }
}
