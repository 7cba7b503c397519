import Foundation
import Gateways
import Sandbox
import Testing
import TillCore
import TillTesting
import Wire

@Suite("MOTP connector against the live sandbox", .timeLimit(.minutes(1)))
struct MOTPIntegrationTests {
    @Test func nativePayPaidByTheBuyerThenRefundedInPart() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MN")
        let amount = Money(minorUnits: 1250, currency: sandbox.usd)
        let start = try await motp.startQRPayment(PaymentRequest(orderNumber: order, amount: amount, brand: .wechatPay))
        #expect(start.qrPayload.hasPrefix("weixin://"))
        // An unscanned Native Pay order answers USERPAYING (keep polling), read as processing.
        let waiting = try await motp.paymentStatus(start.reference)
        #expect(waiting.state == .processing)
        #expect(waiting.gatewayStatus == "USERPAYING")
        try await sandbox.buyer(.pay, order.rawValue)
        let paid = try await motp.paymentStatus(start.reference)
        #expect(paid.state == .succeeded)
        #expect(paid.gatewayStatus == "SUCCESS")
        let part = Money(minorUnits: 450, currency: sandbox.usd)
        let refund = try await motp.refund(RefundRequest(refundNumber: order.refundNumber(sequence: 1), payment: paid.reference, amount: part))
        #expect(refund.state == .succeeded)
        #expect(try await motp.refundStatus(refund.reference).state == .succeeded)
    }

    @Test func aRefundEndingIn81IsPendingUntilTheThirdStatus() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MR")
        let amount = Money(minorUnits: 2000, currency: sandbox.usd)
        let paid = try await motp.quickPay(PaymentRequest(orderNumber: order, amount: amount, brand: .wechatPay), buyerCode: "134567890123456780")
        #expect(paid.state == .succeeded)
        let request = RefundRequest(refundNumber: order.refundNumber(sequence: 1), payment: paid.reference, amount: Money(minorUnits: 181, currency: sandbox.usd))
        let first = try await motp.refund(request)
        #expect(first.state == .pending)
        var states: [RefundState] = []
        for _ in 0..<3 { states.append(try await motp.refundStatus(first.reference).state) }
        #expect(states == [.pending, .pending, .succeeded])
    }

    @Test func aRefundEndingIn82FailsAtOnce() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MF")
        let paid = try await motp.quickPay(
            PaymentRequest(orderNumber: order, amount: Money(minorUnits: 2000, currency: sandbox.usd), brand: .wechatPay), buyerCode: "134567890123456780")
        let request = RefundRequest(refundNumber: order.refundNumber(sequence: 1), payment: paid.reference, amount: Money(minorUnits: 282, currency: sandbox.usd))
        do {
            let refund = try await motp.refund(request)
            #expect(refund.state == .failed)
        } catch {
            #expect(error.cashierError != nil, "a refused refund is a cashier-facing error, got \(error)")
        }
    }

    @Test func quickPayUserPayingIsProcessingThenSucceeds() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MQ")
        let amount = Money(minorUnits: 777, currency: sandbox.usd)
        let first = try await motp.quickPay(PaymentRequest(orderNumber: order, amount: amount, brand: .wechatPay), buyerCode: "134567890123456781")
        #expect(first.state == .processing)
        #expect(first.gatewayStatus == "USERPAYING")
        #expect(try await motp.paymentStatus(first.reference).state == .processing)
        #expect(try await motp.paymentStatus(first.reference).state == .succeeded)
    }

    @Test func quickPayDeclinedAtOnceAndAfterUserPaying() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let amount = Money(minorUnits: 500, currency: sandbox.usd)
        var declined: PaymentStatus?
        do {
            declined = try await motp.quickPay(PaymentRequest(orderNumber: orderNumber("MD"), amount: amount, brand: .wechatPay), buyerCode: "134567890123456784")
        } catch {
            #expect(error == .cashier(.declined(GatewayRawError(code: "FAIL", message: error.cashierError?.raw?.message))), "\(error)")
        }
        if let declined { #expect(declined.state == .failed) }
        let later = try await motp.quickPay(PaymentRequest(orderNumber: orderNumber("MD"), amount: amount, brand: .wechatPay), buyerCode: "134567890123456786")
        #expect(later.state == .processing)
        _ = try await motp.paymentStatus(later.reference)
        #expect(try await motp.paymentStatus(later.reference).state == .failed)
    }

    @Test func aNativePayTheBuyerDeclinesFails() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MX")
        let start = try await motp.startQRPayment(
            PaymentRequest(orderNumber: order, amount: Money(minorUnits: 300, currency: sandbox.usd), brand: .wechatPay))
        try await sandbox.buyer(.decline, order.rawValue)
        let status = try await motp.paymentStatus(start.reference)
        #expect(status.state == .failed)
        #expect(status.failure?.code == "FAIL")
    }

    @Test func aWrongPasswordIsRefusedAndNothingIsCreated() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp(password: "not-the-password")
        await #expect(throws: GatewayError.self) {
            _ = try await motp.startQRPayment(
                PaymentRequest(orderNumber: orderNumber("MW"), amount: Money(minorUnits: 300, currency: sandbox.usd), brand: .wechatPay))
        }
        do {
            _ = try await motp.startQRPayment(
                PaymentRequest(orderNumber: orderNumber("MW"), amount: Money(minorUnits: 300, currency: sandbox.usd), brand: .wechatPay))
        } catch {
            guard case .cashier(.requestRefused(let raw)) = error else {
                Issue.record("expected requestRefused, got \(error)")
                return
            }
            #expect(raw?.code == "INVALID_CREDENTIALS")
            #expect(!error.description.contains("not-the-password"))
        }
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func anUnknownOrderNumberReadsAsNotFound() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let reference = PaymentReference(orderNumber: orderNumber("MU"), amount: Money(minorUnits: 100, currency: sandbox.usd))
        do {
            _ = try await motp.paymentStatus(reference)
            Issue.record("an unknown order has no status")
        } catch {
            #expect(error.cashierError == .requestRefused(GatewayRawError(code: "not-found", message: "MOTP does not know order \(reference.orderNumber)")))
        }
    }

    @Test func aDuplicateOrderNumberFindsTheFirstPaymentInsteadOfPayingTwice() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MDUP")
        let payment = PaymentRequest(orderNumber: order, amount: Money(minorUnits: 640, currency: sandbox.usd), brand: .wechatPay)
        let first = try await motp.quickPay(payment, buyerCode: "134567890123456780")
        let again = try await motp.quickPay(payment, buyerCode: "134567890123456780")
        #expect(first.state == .succeeded)
        #expect(again.state == .succeeded)
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.count == 1)
        #expect(sandbox.transport.count("POST", "/api/quick-pay") == 2)
        #expect(sandbox.transport.count("POST", "/api/payment-status") == 1)
    }

    @Test func anExpiredTokenMidFlowIsFetchedAgainAheadOfTime() async throws {
        let sandbox = try LiveSandbox()
        let motp = sandbox.motp()
        let order = orderNumber("MT")
        let start = try await motp.startQRPayment(
            PaymentRequest(orderNumber: order, amount: Money(minorUnits: 900, currency: sandbox.usd), brand: .wechatPay))
        #expect(sandbox.transport.count("POST", "/api/token") == 1)
        sandbox.clock.advance(seconds: 61)
        try await sandbox.buyer(.pay, order.rawValue)
        #expect(try await motp.paymentStatus(start.reference).state == .succeeded)
        #expect(sandbox.transport.count("POST", "/api/token") == 2, "\(sandbox.transport.trace)")
    }

    @Test func aTokenTheSandboxExpiredIsReplacedAfterThe401() async throws {
        let sandbox = try LiveSandbox()
        // The connector's own clock stands still, so it believes its token is fresh; the sandbox's runs on.
        let frozen = sandbox.clock.now
        let motp = sandbox.motp(now: { frozen })
        let order = orderNumber("MT")
        let start = try await motp.startQRPayment(
            PaymentRequest(orderNumber: order, amount: Money(minorUnits: 900, currency: sandbox.usd), brand: .wechatPay))
        sandbox.clock.advance(seconds: 61)
        try await sandbox.buyer(.pay, order.rawValue)
        #expect(try await motp.paymentStatus(start.reference).state == .succeeded)
        #expect(sandbox.transport.count("POST", "/api/token") == 2, "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/api/payment-status") == 2, "\(sandbox.transport.trace)")
    }

    @Test func aLostNativePayAnswerNeverCreatesTwice() async throws {
        // Request 1 is the token, request 2 the Native Pay whose answer is lost.
        let plan = SeededFaults.plan(.motp, rates: lost(0.5), rate: 0.5, pattern: [false, true] + Array(repeating: false, count: 6))
        let sandbox = try LiveSandbox(faults: plan)
        let motp = sandbox.motp()
        let order = orderNumber("ML")
        do {
            _ = try await motp.startQRPayment(
                PaymentRequest(orderNumber: order, amount: Money(minorUnits: 1100, currency: sandbox.usd), brand: .wechatPay))
            Issue.record("a lost QR answer cannot be shown: the attempt is unconfirmed")
        } catch {
            #expect(error == .unconfirmed(orderNumber: order.rawValue, reason: "MOTP has the order but its QR code answer was lost"), "\(error)\n\(sandbox.transport.trace)")
        }
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.count == 1)
    }

    /// A dropped Quick Pay is never sent again: the outcome is unknown until a status answer settles
    /// it (the checkout keeps asking on the 3 s cadence).
    @Test func aDroppedQuickPayIsNeverSentAgain() async throws {
        let plan = SeededFaults.plan(.motp, rates: drop(0.5), rate: 0.5, pattern: [false, true] + Array(repeating: false, count: 6))
        let sandbox = try LiveSandbox(faults: plan)
        let motp = sandbox.motp()
        let order = orderNumber("MP")
        do {
            _ = try await motp.quickPay(
                PaymentRequest(orderNumber: order, amount: Money(minorUnits: 1200, currency: sandbox.usd), brand: .wechatPay),
                buyerCode: "134567890123456780")
            Issue.record("a dropped Quick Pay has no answer to read")
        } catch {
            guard case .unconfirmed = error else {
                Issue.record("expected an unknown outcome, got \(error)")
                return
            }
        }
        #expect(sandbox.transport.count("POST", "/api/quick-pay") == 1, "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/api/payment-status") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.isEmpty)
    }

    @Test func a500OnCreateIsGatewayUnavailableAndTheRetryCreatesOnce() async throws {
        let plan = SeededFaults.plan(.motp, rates: serverError(0.5), rate: 0.5, pattern: [false, true] + Array(repeating: false, count: 6))
        let sandbox = try LiveSandbox(faults: plan)
        let motp = sandbox.motp()
        let order = orderNumber("M5")
        let payment = PaymentRequest(orderNumber: order, amount: Money(minorUnits: 1300, currency: sandbox.usd), brand: .wechatPay)
        do {
            _ = try await motp.startQRPayment(payment)
            Issue.record("a 500 is not a payment")
        } catch {
            guard case .unconfirmed(_, let reason) = error else {
                Issue.record("SYSTEMERROR settles nothing: expected an unknown outcome, got \(error)")
                return
            }
            #expect(reason.contains("SYSTEMERROR"), "\(reason)")
        }
        #expect(sandbox.transport.count("POST", "/api/native-pay") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().isEmpty)
        _ = try await motp.startQRPayment(payment)
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.count == 1)
    }

    @Test func anEchoedAmountThatDiffersIsAMismatch() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            guard request.url.path.hasSuffix("/api/native-pay") else { return response }
            let text = String(decoding: response.body, as: UTF8.self).replacingOccurrences(of: "5.00", with: "50.00")
            return HTTPResponse(status: response.status, headers: response.headers, body: Data(text.utf8))
        })
        let motp = sandbox.motp()
        do {
            _ = try await motp.startQRPayment(
                PaymentRequest(orderNumber: orderNumber("MA"), amount: Money(minorUnits: 500, currency: sandbox.usd), brand: .wechatPay))
            Issue.record("an answer for 50.00 is not the 5.00 asked")
        } catch {
            // A mismatched answer settles nothing: the order exists, but its QR code cannot be trusted.
            guard case .unconfirmed = error else {
                Issue.record("expected an unknown outcome, got \(error)")
                return
            }
        }
    }
}

func lost(_ rate: Double) -> FaultRates {
    var rates = FaultRates()
    rates.loseAnswer = rate
    return rates
}

func drop(_ rate: Double) -> FaultRates {
    var rates = FaultRates()
    rates.drop = rate
    return rates
}

func serverError(_ rate: Double) -> FaultRates {
    var rates = FaultRates()
    rates.serverError = rate
    return rates
}
