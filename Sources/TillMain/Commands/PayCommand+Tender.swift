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
        let given = try tendered.map { try ShopAmount.parse($0, option: "--tendered", currency: currency) }
        let order = CheckoutContext.randomOrderNumber(at: Date())
        let payment = try await shop { () async throws(ShiftError) in
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
            print("Paid in cash: \(amount.formatted()), order \(order.rawValue).")
            print("Change: \(payment.change.formatted())")
            if let receipt { print("Receipt \(receipt): `till receipt show \(receipt)`") }
        } else {
            print("Paid on the other terminal: \(amount.formatted()), reference \(reference ?? "-"), order \(order.rawValue).")
        }
        await environment.printNewReceipts(of: order)
    }

    /// The tender chosen with `--cash` or `--other`, checked against the options that go with it.
    func tenderChoice() throws -> Tender? {
        if cash, other { throw ValidationError("choose one of --cash and --other") }
        if (cash || other), gateway != nil || scan != nil {
            throw ValidationError("--cash and --other take no --gateway or --scan: no gateway is asked")
        }
        if tendered != nil, !cash { throw ValidationError("--tendered goes with --cash") }
        if other, (reference ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--other needs --reference: the other terminal's receipt or transaction number")
        }
        return cash ? .cash : other ? .other : nil
    }
}
