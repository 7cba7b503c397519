import Foundation
import TillCore

/// Everything a receipt shows, read from the journal: the receipt, and the sale or payment behind it.
public struct ReceiptFacts: Hashable, Sendable {
    public let receipt: Receipt
    /// What was sold (the sale's description).
    public let description: String?
    public let tender: Tender
    public let brand: Brand?
    public let gateway: GatewayID?
    /// The gateway's identifier of the payment, or the other terminal's reference.
    public let reference: String?
    /// Cash handed over, and the change given (cash sales only).
    public let tendered: Money?
    public let change: Money?
    /// For a refund: the number of the sale's own receipt.
    public let originalReceipt: Int64?
}

extension JournalStore {
    /// The facts of receipt `number`, or nil when there is no such receipt.
    public func receiptFacts(number: Int64) throws(JournalError) -> ReceiptFacts? {
        guard let receipt = try receipt(number: number) else { return nil }
        let original = receipt.kind == .refund
            ? try receipts(of: receipt.orderNumber).first { $0.kind == .sale }?.number : nil
        let order = [JournalValue.text(receipt.orderNumber.rawValue)]
        if let row = try connection.query(
            "SELECT p.*, s.description FROM tender_payments p JOIN sales s ON s.id = p.sale_id WHERE p.order_number = ?", order
        ).first {
            let paid = try Self.tenderPayment(from: row)
            let isSaleOfCash = receipt.kind == .sale && paid.tender == .cash
            return ReceiptFacts(
                receipt: receipt, description: row.text("description"), tender: paid.tender, brand: nil, gateway: nil,
                reference: paid.reference, tendered: isSaleOfCash ? paid.tendered ?? paid.amount : nil,
                change: isSaleOfCash ? paid.change : nil, originalReceipt: original)
        }
        guard let row = try connection.query(
            "SELECT a.*, s.description FROM attempts a JOIN sales s ON s.id = a.sale_id WHERE a.order_number = ?", order
        ).first else { throw JournalError.corruptRow("receipt \(number) of an unknown order") }
        let attempt = try Self.attempt(from: row)
        return ReceiptFacts(
            receipt: receipt, description: row.text("description"), tender: Tender(attempt.kind), brand: attempt.brand,
            gateway: attempt.gateway, reference: attempt.gatewayReference, tendered: nil, change: nil, originalReceipt: original)
    }
}
