import TillCore
import TillStrings

extension TillApp {
    /// An answer from the shop's desk.
    static func apply(_ update: ShopUpdate, to model: inout AppModel, effects: inout [AppEffect]) {
        switch update {
        case .shift(let shift): shiftKnown(shift, in: &model, effects: &effects)
        case .shiftOpened(let shift): shiftOpened(shift, in: &model)
        case .xReport(let lines):
            guard model.screen == .amount else { return }
            model.message = nil
            model.shop.document = ShopDocument(kind: .xReport, lines: lines, returnTo: .amount)
            model.screen = .document
        case .cashSold(let sale): cashSold(sale, in: &model, effects: &effects)
        case .receipt(let order, let receipt): receiptFound(receipt, of: order, in: &model, effects: &effects)
        case .printed(let receipt): printed(receipt, in: &model)
        case .approved(let then): approved(then, in: &model, effects: &effects)
        case .failed(let request, let reason): failed(request, reason, in: &model, effects: &effects)
        }
    }

    /// A sale or refund ended: its receipt (printed on its own when the printer is set to).
    static func askForReceipt(of order: MerchantOrderNumber, in model: inout AppModel, effects: inout [AppEffect]) {
        guard model.shop.isAvailable else { return }
        effects.append(.shop(.receipt(of: order)))
    }

    private static func receiptFound(
        _ receipt: ReceiptView?, of order: MerchantOrderNumber, in model: inout AppModel, effects: inout [AppEffect]
    ) {
        if model.shop.pendingReceipt == order {
            model.shop.pendingReceipt = nil
            guard let receipt else {
                model.history.message = .error(model.strings.text(.msgNoReceipt, ["order": order.rawValue]))
                return effects.append(.bell)
            }
            if model.screen == .history { open(receipt, returnTo: .history, in: &model) }
            return
        }
        if model.screen == .result, model.checkout.result?.orderNumber == order.rawValue {
            model.shop.saleReceipt = receipt
        } else if model.screen == .history, let problem = receipt?.printProblem {
            model.history.message = .error(problem)
        }
    }

    private static func failed(_ request: ShopRequest, _ reason: String, in model: inout AppModel, effects: inout [AppEffect]) {
        switch request {
        case .loadShift:
            // Asked once: selling goes on, and the reason stays on screen.
            model.shop.isShiftRequested = false
            model.shop.isShiftKnown = true
            model.message = .error(reason)
        case .openShift:
            model.shop.prompt.isOpening = false
            model.shop.prompt.message = .error(reason)
        case .xReport:
            model.message = .error(reason)
        case .cashSale:
            model.shop.cash?.isRecording = false
            model.shop.cash?.message = .error(reason)
        case .receipt(let order):
            if model.shop.pendingReceipt == order { model.shop.pendingReceipt = nil }
            if model.screen == .history { model.history.message = .error(reason) }
        case .print:
            model.shop.document?.message = .error(reason)
        case .approve:
            return approvalRefused(reason, in: &model, effects: &effects)
        }
        effects.append(.bell)
    }
}
