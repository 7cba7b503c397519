import Foundation
import Gateways
import Sandbox
import Testing
import TillCore
import TillTesting

@Suite("MOTP refunds: duplicates and lost answers against the live sandbox", .timeLimit(.minutes(1)))
struct MOTPRefundFaultTests {
    private func paid(_ sandbox: LiveSandbox, _ motp: MOTPClient, _ order: MerchantOrderNumber) async throws -> PaymentStatus {
        try await motp.quickPay(
            PaymentRequest(orderNumber: order, amount: Money(minorUnits: 3000, currency: sandbox.usd), brand: .wechatPay),
            buyerCode: "134567890123456780")
    }

    @Test func aRefundNumberSentTwiceRefundsOnce() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MRD")
        let payment = try await paid(sandbox, motp, order)
        let request = RefundRequest(refundNumber: order.refundNumber(sequence: 1), payment: payment.reference, amount: Money(minorUnits: 1000, currency: sandbox.usd))
        #expect(try await motp.refund(request).state == .succeeded)
        #expect(try await motp.refund(request).state == .succeeded)
        // Only 10.00 of 30.00 went back: a further 20.00 is still refundable, 20.01 is not.
        let rest = RefundRequest(refundNumber: order.refundNumber(sequence: 2), payment: payment.reference, amount: Money(minorUnits: 2001, currency: sandbox.usd))
        await #expect(throws: GatewayError.self) { _ = try await motp.refund(rest) }
        let exact = RefundRequest(refundNumber: order.refundNumber(sequence: 3), payment: payment.reference, amount: Money(minorUnits: 2000, currency: sandbox.usd))
        #expect(try await motp.refund(exact).state == .succeeded)
    }

    @Test func aLostRefundAnswerIsAskedByRefundNumberNotSentAgain() async throws {
        // Requests: token, Quick Pay, refund (answer lost), then clean.
        let plan = SeededFaults.plan(.motp, rates: lost(0.5), rate: 0.5, pattern: [false, false, true] + Array(repeating: false, count: 6))
        let sandbox = try LiveSandbox(faults: plan)
        let motp = sandbox.motp()
        let order = orderNumber("MRL")
        let payment = try await paid(sandbox, motp, order)
        let request = RefundRequest(refundNumber: order.refundNumber(sequence: 1), payment: payment.reference, amount: Money(minorUnits: 3000, currency: sandbox.usd))
        let refund = try await motp.refund(request)
        #expect(refund.state == .succeeded, "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/api/refund-status") >= 1, "\(sandbox.transport.trace)")
        // Had it been refunded twice, the second 30.00 would exceed the payment: one more cent is refused.
        let more = RefundRequest(refundNumber: order.refundNumber(sequence: 2), payment: payment.reference, amount: Money(minorUnits: 1, currency: sandbox.usd))
        await #expect(throws: GatewayError.self) { _ = try await motp.refund(more) }
    }
}
