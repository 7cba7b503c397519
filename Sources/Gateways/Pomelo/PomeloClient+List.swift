import Foundation
import TillCore

extension PomeloClient: PaymentLister {
    /// `GET /transactions?page=N`, newest first, until a transaction older than `since`.
    public func listPayments(since: Date, maximumPages: Int) async throws(ExchangeError) -> [ListedPayment] {
        var listed: [ListedPayment] = []
        for page in 1...max(1, maximumPages) {
            let answer = try await listTransactions(page: page)
            for transaction in answer.items {
                let created = transaction.created.flatMap(Self.date(iso:))
                if let created, created < since { return listed }
                listed.append(ListedPayment(
                    gatewayReference: transaction.id, orderNumber: transaction.localID.map(MerchantOrderNumber.init),
                    amount: Currency(code: transaction.currency).map { Money(minorUnits: transaction.amount, currency: $0) },
                    isPaid: ["CONFIRMED", "REFUND_REQUESTED", "REFUNDED"].contains(transaction.state),
                    isRefunded: transaction.state == "REFUNDED", created: created))
            }
            if answer.items.isEmpty || listed.count >= answer.count { break }
        }
        return listed
    }

    /// `created`: an ISO 8601 UTC time, with or without fractional seconds.
    static func date(iso text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
