import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
import Wire

extension PayCommand {
    /// `till pay --cash` or `--other`: recorded in the open shift at once, with no gateway.
    func recordTender(_ tender: Tender, environment: TillEnvironment, amount: Money) async throws {
        let currency = environment.store.currency
        let strings = environment.strings
        let given = try tendered.map { try ShopAmount.parse($0, option: "--tendered", currency: currency, strings) }
        let order = CheckoutContext.randomOrderNumber(at: Date())
        let payment = try await shop(strings) { () async throws(ShiftError) in
            try await environment.journal.recordTenderPayment(
                tender, order: order, amount: amount, tendered: given, reference: reference, description: description, at: Date())
        }
        let receipt = try? await environment.journal.receipts(of: order).first?.number
        if json {
            var line: JSONValue = [
                "event": "result", "state": "succeeded", "order": .string(order.rawValue), "tender": .string(tender.rawValue),
                "amount": .string(amount.decimalText), "currency": .string(currency.code),
            ]
            if let given { line["tendered"] = .string(given.decimalText) }
            if tender == .cash { line["change"] = .string(payment.change.decimalText) }
            if let reference { line["reference"] = .string(reference) }
            if let receipt { line["receipt"] = .number(String(receipt)) }
            print(JSONWriter.text(line))
        } else if tender == .cash {
            print(strings.text(.shopPaidCash, ["amount": amount.formatted(), "order": order.rawValue]))
            print(strings.text(.shopChange, ["change": payment.change.formatted()]))
        } else {
            print(strings.text(
                .shopPaidOther, ["amount": amount.formatted(), "reference": reference ?? "-", "order": order.rawValue]))
        }
        if let receipt, !json { print(strings.text(.shopReceiptLine, ["number": String(receipt)])) }
        await environment.printNewReceipts(of: order)
    }

    /// The tender chosen with `--cash` or `--other`, checked against the options that go with it.
    func tenderChoice() throws -> Tender? {
        let strings = language.early
        if cash, other { throw ValidationError(strings[.shopChooseCashOrOther]) }
        if (cash || other), gateway != nil || scan != nil { throw ValidationError(strings[.shopTenderNoGateway]) }
        if tendered != nil, !cash { throw ValidationError(strings[.shopTenderedNeedsCash]) }
        if other, (reference ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(strings[.shopOtherNeedsReference])
        }
        return cash ? .cash : other ? .other : nil
    }
}
