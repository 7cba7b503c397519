import TillCore
import TillStrings

/// The X report (F4) and receipts on screen: scrolled with the arrows, a receipt printed with `p`
/// (a reprint asks for the manager when a PIN is set), Esc back where the cashier came from.
extension TillApp {
    /// F4: asks the desk for the X report; it opens when the answer comes.
    static func askForXReport(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard model.shop.isAvailable else {
            model.message = .error(model.strings[.msgNoJournalShift])
            return
        }
        model.message = .info(model.strings[.msgReadingXReport])
        effects.append(.shop(.xReport))
    }

    /// `r` on the result or cash screen: the sale's receipt, once the desk has found it.
    static func showSaleReceipt(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard let receipt = model.shop.saleReceipt else {
            effects.append(.bell)
            return
        }
        open(receipt, returnTo: model.screen, in: &model)
    }

    /// `p` on the history: the selected sale's newest receipt (its refund's, when refunded).
    static func showReceiptFromHistory(_ model: inout AppModel, effects: inout [AppEffect]) {
        guard model.shop.isAvailable, let entry = model.history.selectedEntry else { return }
        model.shop.pendingReceipt = entry.orderNumber
        effects.append(.shop(.receipt(of: entry.orderNumber)))
    }

    static func open(_ receipt: ReceiptView, returnTo: AppModel.Screen, in model: inout AppModel) {
        var document = ShopDocument(kind: .receipt(number: receipt.number, printed: receipt.printed), lines: receipt.lines, returnTo: returnTo)
        document.message = receipt.printProblem.map { .error($0) }
        document.qrText = receipt.qrText
        model.shop.document = document
        model.screen = .document
    }

    static func handleOnDocument(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var document = model.shop.document else { return }
        let page = max(1, DocumentScreen.visibleRows(in: model.size))
        let last = max(0, DocumentScreen.rowCount(document, in: model.size) - page)
        switch key {
        case .escape, .character("q"), .enter:
            model.screen = document.returnTo
            model.shop.document = nil
            if document.returnTo == .amount { model.message = nil }
            return
        case .up: document.top = max(0, document.top - 1)
        case .down: document.top = min(last, document.top + 1)
        case .pageUp: document.top = max(0, document.top - page)
        case .pageDown, .character(" "): document.top = min(last, document.top + page)
        case .home: document.top = 0
        case .end: document.top = last
        case .character("p"), .character("P"):
            guard case .receipt(let number, let printed) = document.kind else { return effects.append(.bell) }
            if printed > 0, model.shop.needsManager {
                return askManager(.reprint, subject: "receipt \(number)", then: .reprint(receipt: number), in: &model)
            }
            document.message = .info(model.strings.text(.msgPrinting, ["number": String(number)]))
            effects.append(.shop(.print(receipt: number)))
        default: return
        }
        model.shop.document = document
    }

    /// The desk printed a receipt.
    static func printed(_ receipt: ReceiptView, in model: inout AppModel) {
        guard var document = model.shop.document, case .receipt(receipt.number, _) = document.kind else { return }
        document.kind = .receipt(number: receipt.number, printed: receipt.printed)
        document.message = .info(model.strings.text(.msgPrinted, ["number": String(receipt.number)]))
        model.shop.document = document
    }
}
