import Foundation
import Journal
import TillCore

extension RefundCommand {
    /// A cash or other-terminal sale is given back the way it was paid, in the open shift, at once.
    func refundTender(_ paid: TenderPayment, environment: TillEnvironment) async throws {
        let wanted = try amount.map { try ShopAmount.parse($0, option: "--amount", currency: paid.amount.currency) }
        let (given, left) = try await shop { () async throws(ShiftError) in
            try await environment.journal.recordTenderRefund(of: paid.orderNumber, amount: wanted, reason: reason, at: Date())
        }
        let how = paid.tender == .cash ? "Give back \(given.formatted()) in cash" : "Refund \(given.formatted()) on the other terminal"
        print("\(how) for order \(order) (\(left.formatted()) left to refund).")
        await environment.printNewReceipts(of: paid.orderNumber)
    }
}
