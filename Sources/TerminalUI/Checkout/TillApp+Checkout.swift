import TillCore
import TillStrings

extension TillApp {
    /// Enter on the amount screen with a valid amount: the checkout sheet opens on the first choice,
    /// so Enter, Enter puts a QR code on screen.
    static func openSheet(_ amount: Money, description: String?, in model: inout AppModel) {
        model.checkout.amount = amount
        model.checkout.saleDescription = description
        model.checkout.selected = min(model.checkout.selected, max(0, CheckoutSheetScreen.rowCount(model) - 1))
        model.screen = .sheet
        model.message = model.checkout.choices.isEmpty && !model.shop.isAvailable
            ? .error(model.strings.text(.msgNoQRGateway, ["currency": amount.currency.code]))
            : nil
    }

    /// A key on the checkout sheet: arrows or number keys choose, Enter pays, Esc goes back.
    static func handleOnSheet(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        let count = CheckoutSheetScreen.rowCount(model)
        switch key {
        case .escape:
            model.screen = .amount
            model.message = nil
        case .up, .backTab:
            if count > 0 { model.checkout.selected = (model.checkout.selected + count - 1) % count }
        case .down, .tab:
            if count > 0 { model.checkout.selected = (model.checkout.selected + 1) % count }
        case .character(let digit) where digit.isASCII && digit.isNumber:
            let index = Int(String(digit))! - 1
            if index >= 0, index < count {
                model.checkout.selected = index
            } else {
                effects.append(.bell)
            }
        case .enter:
            guard count > 0, let amount = model.checkout.amount else {
                effects.append(.bell)
                return
            }
            if CheckoutSheetScreen.isCashSelected(model) { return openCash(amount, in: &model, effects: &effects) }
            if let warning = CheckoutSheetScreen.qrWarning(model) {
                model.message = .error(warning)
                effects.append(.bell)
                return
            }
            let choice = model.checkout.choices[model.checkout.selected]
            start(.qr(choice), amount: amount, in: &model, effects: &effects)
        default:
            break
        }
    }

    /// A key while a payment is open: Esc cancels; at the end of the window Enter or k keeps waiting.
    static func handleOnPayment(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var payment = model.checkout.payment, payment.status != .cancelling else { return }
        switch key {
        case .escape:
            payment.status = .cancelling
            model.message = .info(model.strings[.msgCancelling])
            effects.append(.payment(.cancel))
        case .enter, .character("k"), .character("K"):
            guard payment.status == .windowEnded else { return }
            payment.status = .waitingForBuyer
            payment.windowStartedAt = model.now
            model.message = nil
            effects.append(.payment(.keepWaiting))
        default:
            return
        }
        model.checkout.payment = payment
        refreshCountdowns(&model)
    }

    /// A key on the result screen: Enter starts the next sale.
    static func handleOnResult(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        if key == .character("r") || key == .character("R") { return showSaleReceipt(&model, effects: &effects) }
        guard key == .enter || key == .escape else { return }
        readyForNextSale(&model, last: model.checkout.payment?.amount)
    }

    /// Every end of a sale empties the field: digits typed next must never append to an old
    /// amount. The amount (`last`) is kept for F3, which shows it before anything is charged.
    static func readyForNextSale(_ model: inout AppModel, last: Money?) {
        model.lastSaleAmount = last ?? model.lastSaleAmount
        model.shop.saleReceipt = nil
        model.shop.cash = nil
        model.amount.clear()
        model.saleDescription = ""
        model.focus = .amount
        model.checkout.result = nil
        model.checkout.payment = nil
        model.message = nil
        model.screen = .amount
    }

    /// A buyer's payment code read by the scanner, on any screen: on the amount screen or the sheet
    /// it starts a QuickPay of the amount typed at once.
    static func handleScan(_ code: String, in model: inout AppModel, effects: inout [AppEffect]) {
        let masked = "…" + code.suffix(4)
        guard model.screen == .amount || model.screen == .sheet else {
            let why: StringKey = model.screen == .payment ? .msgScanIgnoredPaymentOpen : .msgScanIgnoredScreen
            model.message = .error(model.strings.text(why, ["code": masked]))
            effects.append(.bell)
            return
        }
        if let refusal = model.amount.refusal {
            model.message = .error(model.strings.text(.msgScanIgnoredRefusal, ["code": masked, "reason": refusal.message]))
            effects.append(.bell)
            return
        }
        guard !model.amount.isEmpty, model.amount.minorUnits != 0 else {
            model.message = .error(model.strings.text(.msgScanNoAmount, ["code": masked]))
            effects.append(.bell)
            return
        }
        let amount: Money
        do {
            amount = try model.amount.money()
        } catch {
            model.message = .error("\(model.amount.displayText) is not an amount Till can charge (\(error)); correct it")
            effects.append(.bell)
            return
        }
        model.checkout.amount = amount
        model.checkout.saleDescription = model.saleDescription.isEmpty ? nil : model.saleDescription
        start(.quickPay(buyerCode: code, brand: Brand.forBuyerCode(code)), amount: amount, in: &model, effects: &effects)
    }

    private static func start(
        _ method: OpenPayment.Method, amount: Money, in model: inout AppModel, effects: inout [AppEffect]
    ) {
        model.checkout.serial += 1
        let serial = model.checkout.serial
        let description = model.checkout.saleDescription
        model.checkout.payment = OpenPayment(serial: serial, method: method, amount: amount)
        model.checkout.result = nil
        model.message = nil
        model.screen = .payment
        switch method {
        case .qr(let choice):
            effects.append(.payment(.startQR(serial: serial, amount: amount, description: description, choice: choice)))
        case .quickPay(let code, _):
            effects.append(
                .payment(.startQuickPay(serial: serial, amount: amount, description: description, buyerCode: code)))
        }
    }
}
