import Checkout
import Foundation
import Journal
import Testing
import TillCore

/// Marking an attempt as handled (the history's `h`, `till journal handle`), over a real SQLite
/// journal and a scripted gateway.
@Suite("Handled marks", .timeLimit(.minutes(1)))
struct HandledMarkingTests {
    /// The fixture's wall clock: every attempt starts then.
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// The history `minutes` after the attempts started.
    func history(_ fixture: CheckoutFixture, minutes: Double) -> PaymentHistory {
        let now = start.addingTimeInterval(minutes * 60)
        return PaymentHistory(context: fixture.service.context, timeZone: TimeZone(identifier: "UTC")!, now: { now })
    }

    /// A QR payment the cashier gave up on: unconfirmed.
    func unconfirmed(_ fixture: CheckoutFixture) async throws -> MerchantOrderNumber {
        let gateway = fixture.gateway.gatewayID
        let payment = try await fixture.service.startQR(amount: fixture.yen(980), description: "Tea", gateway: gateway, brand: .wechatPay)
        let outcome = await fixture.service.giveUp(payment)
        #expect(outcome.attempt.state == .unconfirmed)
        return payment.orderNumber
    }

    @Test func aNoteIsCheckedThenJournaledAndTheAttemptStopsCountingUntilItChanges() async throws {
        let fixture = try CheckoutFixture(gateway: ScriptedGateway(.pomelo, refunds: nil))
        let order = try await unconfirmed(fixture)
        let history = history(fixture, minutes: 11)
        #expect(try await history.toHandleCount() == 1)
        for bad in ["", "  \n ", String(repeating: "x", count: HandlingNote.maximumLength + 1), "two\nlines"] {
            await #expect(throws: CheckoutError.self) { try await history.markHandled(order, note: bad, by: "alice") }
        }
        await #expect(throws: CheckoutError.journal(.unknownOrder("T0"))) {
            try await history.markHandled(MerchantOrderNumber(rawValue: "T0"), note: "x", by: "alice")
        }
        #expect(try await fixture.journal.handledMarks(of: order).isEmpty, "nothing refused was written")

        let note = try await history.markHandled(order, note: "  Buyer left; Pomelo shows it unpaid ", by: "alice")
        #expect(note == HandledNote(orderNumber: order, time: "11:06:40", person: "alice", note: "Buyer left; Pomelo shows it unpaid"))
        #expect(try await history.toHandleCount() == 0)
        let entry = try #require(try await history.today().first { $0.orderNumber == order })
        #expect(entry.handled == note)
        #expect(!entry.needsAPerson)
        #expect(try await history.details(order).handled == [note])
        await #expect(throws: CheckoutError.notHandled(.alreadyHandled(order, note: note.text))) {
            try await history.markHandled(order, note: "again", by: "bob")
        }

        // Later the gateway says it was paid after all: a flag the mark did not see needs a person again.
        fixture.gateway.setScript { $0.abandonState = .succeeded }
        _ = await Reconciler(service: fixture.service).reconcileOnce()
        let flagged = try #require(try await history.today().first { $0.orderNumber == order })
        #expect(flagged.needs == [.flagged])
        #expect(flagged.handled == nil)
        #expect(try await history.toHandleCount() == 1)
    }

    @Test func anAttemptTillStillSettlesOnItsOwnCannotBeMarked() async throws {
        let fixture = try CheckoutFixture()
        let order = try await unconfirmed(fixture)
        let young = history(fixture, minutes: 2)
        #expect(try await young.toHandleCount() == 0)
        await #expect(throws: CheckoutError.notHandled(HandlingNote.nobodyNeeded(order, state: .unconfirmed, handled: nil))) {
            try await young.markHandled(order, note: "too early", by: "alice")
        }
        #expect(try await fixture.journal.handledMarks(of: order).isEmpty)
    }

    @Test func whoIsTheUserTheProcessRunsAs() {
        #expect(HandlingNote.person(in: ["USER": "alice", "LOGNAME": "bob"]) == "alice")
        #expect(HandlingNote.person(in: ["USER": " ", "LOGNAME": "bob"]) == "bob")
        #expect(HandlingNote.person(in: [:]) == "unknown")
    }
}
