import Foundation
import TillCore

extension TakeMePayClient: PaymentLister {
    /// `GET /charges`, 100 a page, newest first, until a charge older than `since`.
    public func listPayments(since: Date, maximumPages: Int) async throws(ExchangeError) -> [ListedPayment] {
        var listed: [ListedPayment] = []
        var after: String?
        for _ in 0..<max(1, maximumPages) {
            let page = try await api.listCharges(TakeMePayPage(limit: 100, startingAfter: after))
            for charge in page.items {
                let created = charge.created.map(Self.date(created:))
                if let created, created < since { return listed }
                listed.append(ListedPayment(
                    gatewayReference: charge.id, orderNumber: charge.metadata[TakeMePayObjects.orderNumberKey].map(MerchantOrderNumber.init),
                    amount: Currency(code: charge.currency).map { Money(minorUnits: charge.amount, currency: $0) },
                    isPaid: charge.status == "succeeded", isRefunded: charge.refunded, created: created))
            }
            guard page.hasMore, let last = page.items.last else { break }
            after = last.id
        }
        return listed
    }

    /// `created` is Unix milliseconds in the documents' tables; one example writes seconds. A value
    /// below 10^11 (1973 in milliseconds, 5138 in seconds) can only be seconds.
    static func date(created: Int64) -> Date {
        created < 100_000_000_000 ? Date(timeIntervalSince1970: TimeInterval(created))
            : Date(timeIntervalSince1970: TimeInterval(created) / 1000)
    }
}
