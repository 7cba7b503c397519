import TillCore

extension TillApp {
    /// News of a payment from the runner. News of any payment but the open one is stale and ignored.
    static func apply(_ progress: PaymentProgress, to model: inout AppModel, effects: inout [AppEffect]) {
        guard var payment = model.checkout.payment, payment.serial == progress.serial else { return }
        switch progress.change {
        case .created(let orderNumber, let gateway, let qrPayload):
            payment.orderNumber = orderNumber
            payment.gateway = gateway
            payment.qrPayload = qrPayload
            payment.windowStartedAt = model.now
            if payment.status == .starting { payment.status = .waitingForBuyer }
        case .validUntil(let text):
            payment.validUntil = text
        case .waitingForBuyer:
            if payment.status != .cancelling, payment.status != .windowEnded { payment.status = .waitingForBuyer }
        case .buyerPaying:
            if payment.status != .cancelling, payment.status != .windowEnded { payment.status = .buyerPaying }
        case .checking(let reason):
            if payment.status != .cancelling, payment.status != .windowEnded { payment.status = .checking(reason: reason) }
        case .windowEnded:
            if payment.status != .cancelling { payment.status = .windowEnded }
        case .finished(let result):
            finish(payment, with: result, in: &model, effects: &effects)
            return
        }
        model.checkout.payment = payment
        refreshCountdowns(&model)
    }

    private static func finish(
        _ payment: OpenPayment, with result: PaymentResult, in model: inout AppModel, effects: inout [AppEffect]
    ) {
        model.checkout.payment = payment
        model.checkout.result = result
        model.screen = .result
        model.message = nil
        switch result.outcome {
        case .paid:
            effects.append(.flash)
            if let order = result.orderNumber { askForReceipt(of: MerchantOrderNumber(rawValue: order), in: &model, effects: &effects) }
        case .declined, .notStarted: effects.append(.bell)
        case .unconfirmed, .cancelled: break
        }
    }

    /// Called on every tick: the countdowns of the open payment follow the clock.
    static func refreshCountdowns(_ model: inout AppModel) {
        guard model.screen == .payment, var payment = model.checkout.payment else { return }
        payment.refreshCountdowns(now: model.now, window: model.checkout.window, interval: model.checkout.pollInterval)
        if payment != model.checkout.payment { model.checkout.payment = payment }
    }
}
