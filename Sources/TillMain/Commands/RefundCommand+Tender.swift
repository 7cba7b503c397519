import Foundation
import Journal
import TillCore

extension RefundCommand {
    /// A cash or other-terminal sale is given back the way it was paid, in the open shift, at once.
    func refundTender(_ paid: TenderPayment, environment: TillEnvironment) async throws {
        let strings = environment.strings
        let wanted = try amount.map { try ShopAmount.parse($0, option: "--amount", currency: paid.amount.currency, strings) }
        let (given, left) = try await shop(strings) { () async throws(ShiftError) in
            try await environment.journal.recordTenderRefund(of: paid.orderNumber, amount: wanted, reason: reason, at: Date())
        }
        let values = ["amount": given.formatted(), "order": order, "left": left.formatted()]
        print(strings.text(paid.tender == .cash ? .shopRefundCash : .shopRefundOther, values))
        await environment.printNewReceipts(of: paid.orderNumber)
    }
}
