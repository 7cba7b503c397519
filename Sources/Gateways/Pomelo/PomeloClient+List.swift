import Foundation
import TillCore

extension PomeloClient: PaymentLister {
    /// `GET /transactions?page=N`, newest first, until a transaction older than `since`.
    public func listPayments(since: Date, maximumPages: Int) async throws(ExchangeError) -> [ListedPayment] {
        var listed: [ListedPayment] = []
        for page in 1...max(1, maximumPages) {
            let answer = try await listTransactions(page: page)
            for transaction in answer.items {
                let created = transaction.created.flatMap(PomeloSettings.readTime)
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
}
