import Foundation
import Gateways
import Journal
import TillCore

/// The flows that take a sale from "amount typed" to "paid, once, on record": start a QR payment or a
/// QuickPay, wait for it on the 3 s / 45 s loop, cancel it, give it up. Every step is written to the
/// journal before (for a new attempt) or as (for a transition) it happens.
///
/// The caller drives the choices: `wait` returns `.stillWaiting` after one window and the caller
/// waits again or cancels; cancelling the task that waits stops the polls at once.
public struct CheckoutService: Sendable {
    /// The injected journal, gateways, clocks and timing.
    public let context: CheckoutContext

    public init(context: CheckoutContext) { self.context = context }

    /// Stores a sale and its attempt, then creates the QR payment at the gateway. A definite refusal
    /// throws; an answer that settles nothing returns the payment with `checking` set and no QR: `wait`
    /// then asks by the order number until the gateway knows.
    public func startQR(
        amount: Money, description: String?, gateway gatewayID: GatewayID, brand: Brand
    ) async throws(CheckoutError) -> ActivePayment {
        guard let gateway = context.gateways.qrGateway(gatewayID), gateway.qrBrands.contains(brand) else { throw CheckoutError.noGateway("\(brand.displayName) QR payments through \(gatewayID.displayName)") }
        var payment = try await storeAttempt(amount: amount, description: description, gateway: gatewayID, brand: brand, kind: .qr)
        let request = PaymentRequest(orderNumber: payment.orderNumber, amount: amount, brand: brand, description: description)
        let started: QRPaymentStart
        do {
            started = try await gateway.startQRPayment(request)
        } catch {
            return try await recordUnsettledStart(error, payment: payment)
        }
        payment = ActivePayment(sale: payment.sale, attempt: payment.attempt, reference: started.reference, qrPayload: started.qrPayload)
        payment.expiresAt = started.expiresAt
        return try await record(PaymentStatus(state: started.state, gatewayStatus: "created", reference: started.reference), in: payment)
    }

    /// Stores a sale and its attempt, then sends the buyer's scanned code to the gateway that serves
    /// its brand. The answer may already be final; if not, `wait` for it. An answer that settles nothing
    /// (no answer, a 5xx, `SYSTEMERROR`) never fails the attempt: it returns with `checking` set.
    public func startQuickPay(amount: Money, description: String?, buyerCode: String) async throws(CheckoutError) -> ActivePayment {
        guard let brand = Brand.forBuyerCode(buyerCode) else { throw CheckoutError.unknownBuyerCode(buyerCode.maskedBuyerCode) }
        guard let gateway = context.gateways.quickPayGateway(brand: brand, currency: amount.currency) else {
            throw CheckoutError.noGateway("\(brand.displayName) QuickPay in \(amount.currency.code)")
        }
        let payment = try await storeAttempt(
            amount: amount, description: description, gateway: gateway.gatewayID, brand: brand, kind: .quickPay)
        let request = PaymentRequest(orderNumber: payment.orderNumber, amount: amount, brand: brand, description: description)
        let status: PaymentStatus
        do {
            status = try await gateway.quickPay(request, buyerCode: buyerCode)
        } catch {
            return try await recordUnsettledStart(error, payment: payment)
        }
        return try await record(status, in: payment)
    }

    /// Polls every `interval` for one `window`, counted from now: polls fall at exactly interval, 2 ×
    /// interval, ... window after the start, whatever each poll costs. Ends early on a final answer.
    public func wait(
        for payment: ActivePayment, onUpdate: @Sendable (PaymentUpdate) -> Void = { _ in }
    ) async -> WaitResult {
        await PaymentPoller(service: self).poll(payment, clock: context.clock, onUpdate: onUpdate)
    }

    /// The cashier cancels: stop waiting, ask once more where the payment stands without moving it
    /// forward, and store the result. Paid stays paid (the cashier is told); a payment the gateway
    /// confirms dead is `canceled`; one the gateway could still complete becomes `unconfirmed`, and the
    /// reconciler follows it (refunding it should it be paid after all).
    public func cancel(_ payment: ActivePayment) async -> PaymentOutcome {
        await abandon(payment, note: "cancelled by the cashier")
    }

    /// Nobody waits any more (QuickPay deadline, headless timeout): the attempt becomes `unconfirmed`
    /// unless one last question settles it.
    public func giveUp(_ payment: ActivePayment) async -> PaymentOutcome {
        await abandon(payment, note: "no final answer in time")
    }
}
