import Checkout
import Foundation
import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// The history's `c` (check with the gateway now) and `h` (mark as handled, with a note): keys to
/// effects, the note's typing rules, and the answers in the cashier's words.
@Suite struct HistoryHandlingTests {
    private typealias F = HistoryFixtures
    /// The waiting attempt past the reconciler's window (the second row).
    private let waiting = F.entries[1]

    private func sessionOnWaiting(size: TerminalSize = TerminalSize(columns: 80, rows: 24)) -> Session {
        var session = F.session(size: size)
        session.type([.down])
        return session
    }

    @Test func hOpensThePromptTheNoteTakesEveryLetterAndEnterAsksToJournalIt() {
        var session = sessionOnWaiting()
        session.type([.character("h")])
        #expect(session.model.history.mode == .handleNote)
        #expect(session.effects.isEmpty)
        session.type("Checked: r c h q ?x")
        session.type([.backspace, .backspace])
        #expect(session.model.history.handleNote == "Checked: r c h q ")
        #expect(session.model.history.mode == .handleNote, "letters that are keys elsewhere are the note's here")
        session.type([.enter])
        #expect(session.effects == [.history(.markHandled(
            waiting.orderNumber, note: "Checked: r c h q", seen: AttemptAsSeen(state: waiting.state, attention: waiting.attention)))])
        #expect(session.model.history.mode == .list)
        #expect(session.model.history.handleNote.isEmpty)

        let note = HandledNote(orderNumber: waiting.orderNumber, time: "10:30:00", person: "alice", note: "Checked: r c h q")
        session.send(.history(.handled(note)))
        #expect(session.model.history.message == .info("Order T20261203100900BBBBBB is marked as handled: 10:30:00 by alice: Checked: r c h q"))
    }

    @Test func escWritesNothing() {
        var session = sessionOnWaiting()
        session.type([.character("h")])
        session.type("Called the buyer")
        session.type([.escape])
        #expect(session.effects.isEmpty)
        #expect(session.model.history.mode == .list)
        #expect(session.model.history.handleTarget == nil)
        #expect(session.model.history.message == .info("Nothing written: order T20261203100900BBBBBB is not marked as handled"))
    }

    @Test func anEmptyNoteIsRefusedAndTheNoteIsBounded() {
        var session = sessionOnWaiting()
        session.type([.character("h"), .enter])
        #expect(session.effects == [.bell])
        #expect(session.model.history.mode == .handleNote)
        #expect(session.model.history.message?.text.hasPrefix("Write a note first") == true)
        session.type("   ")
        session.type([.enter])
        #expect(session.effects == [.bell, .bell])
        session.type([.backspace, .backspace, .backspace])
        session.type(String(repeating: "n", count: HandlingNote.maximumLength))
        #expect(session.effects.filter { $0 == .bell }.count == 2)
        session.type("!")
        #expect(session.effects.filter { $0 == .bell }.count == 3)
        #expect(session.model.history.handleNote.count == HandlingNote.maximumLength)
        #expect(session.model.history.message == .error("A note is one line of at most 160 characters"))
        session.type([.enter])
        #expect(session.effects.last == .history(.markHandled(
            waiting.orderNumber, note: String(repeating: "n", count: 160),
            seen: AttemptAsSeen(state: waiting.state, attention: waiting.attention))))
    }

    @Test func hOnAnAttemptThatNeedsNobodySaysWhyAndOpensNothing() {
        var session = F.session()
        session.type([.character("h")])
        #expect(session.model.history.mode == .list)
        #expect(session.effects == [.bell])
        #expect(session.model.history.message == .error("Order T20261203101500AAAAAA is paid: it needs nobody"))

        var handled = F.entries
        handled[1].needs = []
        handled[1].handled = HandledNote(orderNumber: waiting.orderNumber, time: "10:30:00", person: "alice", note: "Called TakeMe Pay")
        session.send(.history(.loaded(handled)))
        session.type([.down, .character("h")])
        #expect(session.model.history.message == .error(
            "Order T20261203100900BBBBBB is already handled: 10:30:00 by alice: Called TakeMe Pay"))
        session.type([.up, .down])  // the message goes; the legend shows
        let text = TillApp.view(session.model).plainText()
        #expect(text.contains("▸✓ 10:09:00"), "\(text)")
        #expect(text.contains("✓ = handled"))
    }

    @Test func cAsksTheGatewayOnceAndSaysSoUntilTheAnswerComes() {
        var session = sessionOnWaiting()
        session.type([.character("c")])
        #expect(session.effects == [.history(.checkNow(waiting.orderNumber))])
        #expect(session.model.history.checking == waiting.orderNumber)
        #expect(TillApp.view(session.model).plainText().contains("Checking order T20261203100900BBBBBB with the gateway…"))
        session.type([.character("c")])
        #expect(session.effects.last == .bell, "one check at a time")
        session.type([.up, .character("r")])
        #expect(session.model.history.mode == .refundAmount, "another order can be refunded meanwhile")
        session.type([.escape])

        var attempt = PaymentAttempt(
            orderNumber: waiting.orderNumber, saleID: 4, gateway: .takemepay, brand: .alipay, kind: .qr, amount: F.yen(820),
            state: .unconfirmed, createdAt: Date(timeIntervalSince1970: 0))
        session.send(.history(.checked(waiting.orderNumber, .asked(.init(attempt: attempt, lateRefund: nil, attention: nil), refunds: []))))
        #expect(session.model.history.checking == nil)
        #expect(session.model.history.message == .info(
            "Order T20261203100900BBBBBB: still no final answer from the gateway (unconfirmed); Till keeps asking"))

        try? attempt.move(to: .succeeded)
        let refund = Refund(
            refundNumber: "R20261203100900BBBBBB-1", orderNumber: waiting.orderNumber, amount: F.yen(820), reason: nil,
            state: .succeeded, createdAt: Date(timeIntervalSince1970: 0))
        session.send(.history(.checked(waiting.orderNumber, .asked(.init(attempt: attempt, lateRefund: refund, attention: nil), refunds: [refund]))))
        #expect(session.model.history.message == .info(
            "Order T20261203100900BBBBBB: paid after the cashier gave up, so Till gives it back: refund R20261203100900BBBBBB-1 refunded"))
    }

    @Test func aCheckOfAnOrderInUseSaysSoPlainly() {
        var session = sessionOnWaiting()
        session.type([.character("c")])
        session.effects = []
        session.send(.history(.checked(waiting.orderNumber, .inUse)))
        #expect(session.effects == [.bell])
        #expect(session.model.history.message?.text.hasPrefix(
            "Order T20261203100900BBBBBB is in use: a payment screen or another till is waiting on it. Nothing was asked") == true)
        session.type([.character("c")])
        session.send(.history(.checkFailed(waiting.orderNumber, "The journal refused a write: disk full.")))
        #expect(session.model.history.message == .error("The journal refused a write: disk full."))
        #expect(session.model.history.checking == nil)
    }

    @Test func cOnAFinalAttemptWithNothingOpenHasNothingToAsk() {
        var session = F.session()
        session.type([.character("c")])
        #expect(session.effects == [.bell])
        #expect(session.model.history.message == .error(
            "Order T20261203101500AAAAAA is paid and no refund of it is open: there is nothing to ask the gateway"))
    }

    @Test func theSmallestWindowKeepsTheNoteAndTheRefusalInsideThePrompt() {
        var session = sessionOnWaiting(size: AppModel.minimumSize)
        session.type([.character("h"), .enter])
        let rows = TillApp.view(session.model).plainText().split(separator: "\n", omittingEmptySubsequences: false)
        let note = rows.firstIndex { $0.contains("Note ") }
        let refusal = rows.firstIndex { $0.contains("Write a note") }
        let bottom = rows.lastIndex { $0.contains("╰") && $0.contains("╯") && !$0.hasPrefix(" ╰") }
        #expect(note != nil && refusal != nil && bottom != nil, "\(rows.joined(separator: "\n"))")
        if let note, let refusal, let bottom { #expect(note < refusal && refusal < bottom) }
    }

    @Test func theKeysAreInTheKeyBarAndTheHelp() {
        var session = F.session(size: TerminalSize(columns: 100, rows: 30))
        #expect(TillApp.view(session.model).plainText().contains("c Check  h Handled"))
        session.type([.enter])
        #expect(TillApp.view(session.model).plainText().contains("r Refund  c Check  h Handled"))
        #expect(HelpScreen.lines(Strings(.en)).contains { $0.key == "F2" && $0.text.contains("c check, h handled") })

        var narrow = F.session(size: TerminalSize(columns: 60, rows: 20))
        narrow.type([.function(1)])
        let words = TillApp.view(narrow.model).plainText().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" })
            .joined(separator: " ")
        #expect(words.contains("h handled · ←→ day · / search · F5 reload · Esc back · ! to handle"), "the history's help is read whole: \(words)")
    }

    @Test func theStatusBarCountsWhatIsToHandle() {
        var session = Session()
        session.model.history.isAvailable = true
        session.send(.history(.toHandle(0)))
        #expect(TillApp.view(session.model).plainText().contains(" 0 to handle"))
        session.send(.history(.toHandle(1)))
        #expect(TillApp.view(session.model).plainText().contains("! 1 to handle — F2"))
    }

    @Test func theLaneLeadsTheStatusBar() {
        var session = Session()
        session.model.history.isAvailable = true
        session.model.lane = "counter-2"
        session.send(.history(.toHandle(1)))
        #expect(TillApp.view(session.model).plainText().contains("counter-2 │ ! 1 to handle — F2"))
    }
}
