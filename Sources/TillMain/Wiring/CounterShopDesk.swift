import Checkout
import Foundation
import Journal
import TerminalUI
import TillCore
import TillStrings

/// The counter's shop desk on this process's journal and printer: the same journal calls, report
/// text, receipt layout, printing and PIN check as `till shift`, `till report x`, `till pay --cash`,
/// `till receipt` and `--manager`, answered in the cashier's words and never on standard error
/// (the screen owns the terminal).
struct CounterShopDesk: ShopDesk {
    let environment: TillEnvironment

    private var journal: JournalStore { environment.journal }
    private var strings: Strings { environment.strings }

    func currentShift() async -> Result<Shift?, ShopFailure> {
        await shop { () async throws(ShiftError) in try await journal.currentShift() }
    }

    func openShift(cashier: String, float: Money) async -> Result<Shift, ShopFailure> {
        await shop { () async throws(ShiftError) in try await journal.openShift(cashier: cashier, float: float, at: Date()) }
    }

    func xReport() async -> Result<[String], ShopFailure> {
        let currency = environment.store.currency
        return await shop { () async throws(ShiftError) in
            ReportFormat.text(try await journal.xReport(currency: currency), strings).components(separatedBy: "\n")
        }
    }

    func cashSale(amount: Money, tendered: Money?, description: String?) async -> Result<CashSale, ShopFailure> {
        let order = CheckoutContext.randomOrderNumber(at: Date())
        let recorded = await shop { () async throws(ShiftError) in
            try await journal.recordTenderPayment(
                .cash, order: order, amount: amount, tendered: tendered, reference: nil, description: description, at: Date())
        }
        let payment: TenderPayment
        switch recorded {
        case .success(let recorded): payment = recorded
        case .failure(let failure): return .failure(failure)
        }
        let problems = await environment.printUnprintedReceipts(of: order)
        let receipt = try? await receiptView(of: order)
        let printed = (receipt?.printed ?? 0) > 0
        return .success(CashSale(
            orderNumber: order, amount: amount, change: payment.change, receipt: receipt, printProblem: problems.first,
            drawerOpened: printed))
    }

    func receipt(of order: MerchantOrderNumber) async -> Result<ReceiptView?, ShopFailure> {
        let problems = await environment.printUnprintedReceipts(of: order)
        do {
            let view = try await receiptView(of: order)
            return .success(view.map { $0.printing(failed: problems.first) })
        } catch {
            return .failure(ShopFailure(error.message(in: strings)))
        }
    }

    func print(receipt number: Int64) async -> Result<ReceiptView, ShopFailure> {
        guard let settings = environment.printer else { return .failure(ShopFailure(strings[.shopNoPrinter])) }
        do {
            guard let facts = try await journal.receiptFacts(number: number) else {
                return .failure(ShopFailure(strings.text(.shopNoSuchReceipt, ["number": String(number)])))
            }
            do {
                try await ReceiptPrinter(settings, strings).print(facts, header: environment.receiptHeader, journal: journal)
            } catch {
                let reason = printingFailure(error, strings)
                return .failure(ShopFailure(strings.text(.shopReceiptNotPrinted, ["number": String(number), "reason": reason])))
            }
            return .success(try await receiptView(number: number) ?? ReceiptView(number: number, lines: [], printed: 1))
        } catch {
            return .failure(ShopFailure(error.message(in: strings)))
        }
    }

    var needsManager: Bool { environment.security.managerPIN != nil }

    func approve(_ action: ManagerAction, subject: String, manager: String, pin: String) async -> Result<Void, ShopFailure> {
        let name: CommandLineKey = action == .refund ? .actionRefund : .actionReprint
        do {
            try await ManagerApproval.check(name, subject: subject, manager: manager, pin: pin, environment: environment)
            return .success(())
        } catch {
            return .failure(ShopFailure(error.message))
        }
    }

    /// The newest receipt of `order` (a refund's after the sale's).
    private func receiptView(of order: MerchantOrderNumber) async throws(JournalError) -> ReceiptView? {
        guard let newest = try await journal.receipts(of: order).max(by: { $0.number < $1.number }) else { return nil }
        return try await receiptView(number: newest.number)
    }

    private func receiptView(number: Int64) async throws(JournalError) -> ReceiptView? {
        guard let facts = try await journal.receiptFacts(number: number) else { return nil }
        let layout = ReceiptLayout.lines(facts, header: environment.receiptHeader, strings)
        // The screen draws the QR code itself, under the text.
        let code = layout.lazy.compactMap { line -> String? in if case .qr(let text) = line { text } else { nil } }.first
        let text = ReceiptLayout.plainText(layout.filter { if case .qr = $0 { false } else { true } })
        return ReceiptView(number: number, lines: text.components(separatedBy: "\n"), printed: facts.receipt.printed, qrText: code)
    }

    private func shop<T>(_ body: () async throws(ShiftError) -> T) async -> Result<T, ShopFailure> {
        do { return .success(try await body()) } catch { return .failure(ShopFailure(error.message(in: strings))) }
    }
}
