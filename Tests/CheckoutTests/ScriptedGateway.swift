import Gateways
import Synchronization
import TillCore
import TillTesting

/// A gateway whose answers a test scripts, counting every call. It stands in for a connector in flow
/// tests, where what matters is the checkout's timing and bookkeeping, not the wire. It takes QR and
/// QuickPay payments and refunds; `connector` is what the checkout sees, without the refund capability
/// when the script says the gateway has none.
final class ScriptedGateway: QRPaymentGateway, QuickPayGateway, RefundingGateway {
    struct Calls: Equatable {
        var creates = 0
        var quickPays = 0
        var statuses = 0
        var abandons = 0
        var refunds = 0
        var refundStatuses = 0
    }

    struct Script {
        /// The state answered by the n-th status poll (1-based); the last entry repeats.
        var statusSequence: [AttemptState] = [.awaitingBuyer]
        /// What QuickPay answers first.
        var quickPayState: AttemptState = .processing
        /// The state `abandonPayment` answers; nil: the current poll state.
        var abandonState: AttemptState?
        /// What refunds answer first, then what their status polls answer.
        var refundState: RefundState = .succeeded
        var refundStatusState: RefundState = .succeeded
        /// Refunds throw this, if set (after counting the call).
        var refundError: GatewayError?
        /// True: refund status answers for any number, as when the gateway took a refund whose answer
        /// was lost. False: only for numbers sent to `refund`; any other is not found.
        var knowsUnsentRefunds = false
        /// The create throws this, if set.
        var createError: GatewayError?
        /// QuickPay throws this, if set (after counting the call).
        var quickPayError: GatewayError?
        /// Abandons after the first `after` take `delay` on `clock` to answer (a gateway gone silent).
        var abandonDelay: (after: Int, delay: Duration, clock: ManualClock)?
    }

    let gatewayID: GatewayID
    let currencies = [Currency(code: "JPY")!, Currency(code: "USD")!]
    let qrBrands: [Brand] = [.wechatPay, .alipay]
    var quickPayBrands: [Brand] { qrBrands }
    /// How much it refunds; nil: it has no refund API.
    let offeredRefunds: RefundScope?
    var refundScope: RefundScope { offeredRefunds ?? .fullOnly }
    private let state: Mutex<(script: Script, calls: Calls, sentRefunds: Set<String>)>

    init(_ id: GatewayID = .motp, refunds: RefundScope? = .fullAndPartial, script: Script = Script()) {
        gatewayID = id
        offeredRefunds = refunds
        state = Mutex((script, Calls(), []))
    }

    /// The gateway as the checkout's directory holds it: without refunds when it has none.
    var connector: any PaymentGateway { offeredRefunds == nil ? WithoutRefunds(scripted: self) : self }

    /// The same scripted gateway, adopting only the payment capabilities.
    struct WithoutRefunds: QRPaymentGateway, QuickPayGateway {
        let scripted: ScriptedGateway
        var gatewayID: GatewayID { scripted.gatewayID }
        var currencies: [Currency] { scripted.currencies }
        var qrBrands: [Brand] { scripted.qrBrands }
        var quickPayBrands: [Brand] { scripted.quickPayBrands }
        func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
            try await scripted.startQRPayment(payment)
        }
        func quickPay(_ payment: PaymentRequest, buyerCode: String) async throws(GatewayError) -> PaymentStatus {
            try await scripted.quickPay(payment, buyerCode: buyerCode)
        }
        func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
            try await scripted.paymentStatus(reference)
        }
        func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
            try await scripted.abandonPayment(reference)
        }
    }

    var calls: Calls { state.withLock { $0.calls } }
    func setScript(_ change: (inout Script) -> Void) { state.withLock { change(&$0.script) } }

    private func currentPollState(advance: Bool) -> AttemptState {
        state.withLock { state in
            if advance { state.calls.statuses += 1 }
            let index = min(max(state.calls.statuses, 1), state.script.statusSequence.count) - 1
            return state.script.statusSequence[index]
        }
    }

    func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart {
        let error = state.withLock { state -> GatewayError? in
            state.calls.creates += 1
            return state.script.createError
        }
        if let error { throw error }
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount, gatewayReference: "ref-1")
        return QRPaymentStart(qrPayload: "weixin://wxpay/bizpayurl?pr=test", reference: reference, state: .awaitingBuyer)
    }

    func quickPay(_ payment: PaymentRequest, buyerCode: String) async throws(GatewayError) -> PaymentStatus {
        let (answer, failure) = state.withLock { state -> (AttemptState, GatewayError?) in
            state.calls.quickPays += 1
            return (state.script.quickPayState, state.script.quickPayError)
        }
        if let failure { throw failure }
        let reference = PaymentReference(orderNumber: payment.orderNumber, amount: payment.amount, gatewayReference: "tx-1")
        return PaymentStatus(state: answer, gatewayStatus: answer == .processing ? "USERPAYING" : answer.rawValue, reference: reference)
    }

    func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        let answer = currentPollState(advance: true)
        return PaymentStatus(state: answer, gatewayStatus: answer.rawValue, reference: reference)
    }

    func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus {
        let (scripted, silence) = state.withLock { state -> (AttemptState?, (Duration, ManualClock)?) in
            state.calls.abandons += 1
            guard let delay = state.script.abandonDelay, state.calls.abandons > delay.after else { return (state.script.abandonState, nil) }
            return (state.script.abandonState, (delay.delay, delay.clock))
        }
        if let (delay, clock) = silence { try? await clock.sleep(for: delay) }
        let answer = scripted ?? currentPollState(advance: false)
        return PaymentStatus(state: answer, gatewayStatus: answer.rawValue, reference: reference)
    }

    func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus {
        let (answer, failure) = state.withLock { state -> (RefundState, GatewayError?) in
            state.calls.refunds += 1
            state.sentRefunds.insert(refund.refundNumber)
            return (state.script.refundState, state.script.refundError)
        }
        if let failure { throw failure }
        let reference = RefundReference(
            refundNumber: refund.refundNumber, payment: refund.payment, amount: refund.amount, gatewayReference: "rf-1")
        return RefundStatus(state: answer, gatewayStatus: answer.rawValue, reference: reference)
    }

    func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus {
        let answer = state.withLock { state -> RefundState? in
            state.calls.refundStatuses += 1
            let known = state.script.knowsUnsentRefunds || state.sentRefunds.contains(reference.refundNumber)
            return known ? state.script.refundStatusState : nil
        }
        guard let answer else {
            throw .cashier(.requestRefused(GatewayRawError(code: "not-found", message: "no refund \(reference.refundNumber)")))
        }
        return RefundStatus(state: answer, gatewayStatus: answer.rawValue, reference: reference)
    }
}
