import Checkout
import TillCore
import TillStrings

@testable import TerminalUI

/// Attempts as the reader would list them: paid (one partly refunded), declined, one waiting past
/// the reconciler's window, one paid but flagged, one at a gateway without refunds.
enum HistoryFixtures {
    static let yen = Currency(code: "JPY")!

    static func yen(_ units: Int64) -> Money { Money(minorUnits: units, currency: yen) }

    static func order(_ suffix: String) -> MerchantOrderNumber {
        MerchantOrderNumber(rawValue: "T20261203" + suffix)
    }

    static let entries: [HistoryEntry] = [
        HistoryEntry(
            orderNumber: order("101500AAAAAA"), saleID: 5, saleDescription: "Matcha latte", time: "10:15:00",
            amount: yen(1500), brand: .wechatPay, gateway: .motp, kind: .qr, state: .succeeded, refunds: .fullAndPartial),
        HistoryEntry(
            orderNumber: order("100900BBBBBB"), saleID: 4, time: "10:09:00", amount: yen(820), brand: .alipay,
            gateway: .takemepay, kind: .qr, state: .awaitingBuyer, refunds: .fullOnly, needs: [.noFinalAnswer]),
        HistoryEntry(
            orderNumber: order("100200CCCCCC"), saleID: 3, time: "10:02:00", amount: yen(3000), brand: .card,
            gateway: .takemepay, kind: .qr, state: .succeeded, refunded: yen(1000), left: yen(2000),
            refunds: .fullOnly),
        HistoryEntry(
            orderNumber: order("095500DDDDDD"), saleID: 2, time: "09:55:00", amount: yen(640), brand: .alipay,
            gateway: .motp, kind: .quickPay, state: .succeeded, attention: "paid after the cashier gave up",
            refunds: .fullAndPartial, needs: [.flagged]),
        HistoryEntry(
            orderNumber: order("094000EEEEEE"), saleID: 1, time: "09:40:00", amount: yen(980), brand: .tapinLink,
            gateway: .tapin, kind: .qr, state: .succeeded, refunds: .none),
        HistoryEntry(
            orderNumber: order("093000FFFFFF"), saleID: 1, time: "09:30:00", amount: yen(980), brand: .wechatPay,
            gateway: .pomelo, kind: .qr, state: .failed, refunds: .none),
    ]

    static let details = HistoryDetails(
        entry: entries[0],
        transitions: [
            .init(time: "10:15:00", from: nil, to: .created),
            .init(time: "10:15:01", from: .created, to: .awaitingBuyer),
            .init(time: "10:15:09", from: .awaitingBuyer, to: .succeeded, code: "SUCCESS"),
        ],
        refunds: [.init(number: "R20261203101500AAAAAA-1", time: "10:20:00", amount: yen(500), state: .failed)])

    /// The waiting attempt (`entries[1]`) after alice handled it, with its story.
    static let handledDetails: HistoryDetails = {
        var entry = entries[1]
        entry.state = .unconfirmed
        entry.needs = []
        let note = HandledNote(
            orderNumber: entry.orderNumber, time: "10:25:00", person: "alice",
            note: "Called TakeMe Pay: the buyer never paid; the goods stayed on the shelf")
        entry.handled = note
        return HistoryDetails(
            entry: entry,
            transitions: [
                .init(time: "10:09:00", from: nil, to: .created),
                .init(time: "10:09:01", from: .created, to: .awaitingBuyer),
                .init(time: "10:10:30", from: .awaitingBuyer, to: .unconfirmed, note: "cancelled by the cashier"),
            ],
            refunds: [], handled: [note])
    }()

    /// A session whose journal is there and whose history screen shows `entries`.
    static func session(size: TerminalSize = TerminalSize(columns: 80, rows: 24), language: Language = .en) -> Session {
        var session = Session(size: size, language: language)
        session.model.history.isAvailable = true
        session.type([.function(2)])
        session.send(.history(.loaded(entries)))
        session.send(.history(.toHandle(2)))
        session.effects = []
        return session
    }
}
