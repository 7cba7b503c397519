import Checkout
import Foundation
import Gateways
import Sandbox
import Testing
import TillCore
import TillTesting
import Wire

@Suite("TapIn connector against the live sandbox", .timeLimit(.minutes(1)))
struct TapInIntegrationTests {
    private func request(_ sandbox: LiveSandbox, _ order: MerchantOrderNumber, _ minor: Int64 = 1500) -> PaymentRequest {
        PaymentRequest(orderNumber: order, amount: Money(minorUnits: minor, currency: sandbox.usd), brand: .tapinLink, description: "Tea")
    }

    @Test func aCollectionPaidByTheBuyerSucceedsAndCallsBack() async throws {
        let sandbox = try LiveSandbox()
        let tapIn = sandbox.tapIn()
        let order = orderNumber("TH")
        let start = try await tapIn.startQRPayment(request(sandbox, order))
        #expect(start.qrPayload.contains("/external_collection/pay/"))
        #expect(try await tapIn.paymentStatus(start.reference).state == .awaitingBuyer)
        try await sandbox.buyer(.pay, order.rawValue)
        let paid = try await tapIn.paymentStatus(start.reference)
        #expect(paid.state == .succeeded)
        #expect(paid.gatewayStatus == "pay success")
        await sandbox.deliverWebhooks()
        let callback = try #require(sandbox.webhooks.requests.first)
        #expect(String(decoding: callback.body, as: UTF8.self).contains(order.rawValue))
        sandbox.clock.advance(seconds: 601)
        #expect(try await tapIn.paymentStatus(start.reference).gatewayStatus == "money release")
    }

    @Test func refundsAndQuickPayAreNotCapabilitiesOfTapIn() async throws {
        let sandbox = try LiveSandbox()
        let tapIn: any PaymentGateway = sandbox.tapIn()
        #expect(tapIn is any QRPaymentGateway)
        #expect(!(tapIn is any RefundingGateway))
        #expect(!(tapIn is any QuickPayGateway))
        let directory = GatewayDirectory([tapIn])
        #expect(directory.refundScope(.tapin) == nil)
        #expect(directory.quickPayGateway(brand: .tapinLink, currency: sandbox.usd) == nil)
        #expect(directory.qrBrands(.tapin) == [.tapinLink])
    }

    @Test func aWrongSSCodeIsRefusedWithErrCode9() async throws {
        let sandbox = try LiveSandbox()
        do {
            _ = try await sandbox.tapIn(ssCode: "ss_wrong_code_0000000000").startQRPayment(request(sandbox, orderNumber("TS")))
            Issue.record("a bad signature must be refused")
        } catch {
            guard case .cashier(.requestRefused(let raw)) = error else {
                Issue.record("expected requestRefused, got \(error)")
                return
            }
            #expect(raw?.code == "9")
            #expect(!error.description.contains("ss_wrong_code"))
        }
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func aDuplicateID1IsLookedUpNotCreatedAgain() async throws {
        let sandbox = try LiveSandbox()
        let tapIn = sandbox.tapIn()
        let order = orderNumber("TD")
        _ = try await tapIn.startQRPayment(request(sandbox, order))
        await #expect(throws: GatewayError.self) { _ = try await tapIn.startQRPayment(request(sandbox, order)) }
        do {
            _ = try await tapIn.startQRPayment(request(sandbox, order))
        } catch {
            guard case .unconfirmed(let number, _) = error else {
                Issue.record("expected unconfirmed, got \(error)")
                return
            }
            #expect(number == order.rawValue)
        }
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.count == 1)
    }

    @Test func aCollectionPastItsLimitDaysIsCanceled() async throws {
        let sandbox = try LiveSandbox()
        let tapIn = sandbox.tapIn()
        let start = try await tapIn.startQRPayment(request(sandbox, orderNumber("TX"), 1592))
        sandbox.clock.advance(seconds: 31 * 86_400)
        #expect(try await tapIn.paymentStatus(start.reference).state == .canceled)
    }

    @Test func aLostCreateAnswerLeavesOneCollection() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.tapin, lost(0.5), rate: 0.5))
        let order = orderNumber("TL")
        do {
            _ = try await sandbox.tapIn().startQRPayment(request(sandbox, order))
            Issue.record("the link of a lost answer cannot be shown")
        } catch {
            guard case .unconfirmed = error else {
                Issue.record("expected unconfirmed, got \(error)\n\(sandbox.transport.trace)")
                return
            }
        }
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.count == 1)
    }

    @Test func aDroppedCreateIsNeverSentAgain() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.tapin, drop(0.5), rate: 0.5))
        let order = orderNumber("TP")
        do {
            _ = try await sandbox.tapIn().startQRPayment(request(sandbox, order))
            Issue.record("a dropped create has no link to show")
        } catch {
            guard case .unconfirmed = error else {
                Issue.record("expected an unknown outcome, got \(error)")
                return
            }
        }
        #expect(sandbox.transport.count("POST", "/create_external_collection") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.isEmpty)
    }

    @Test func a500IsGatewayUnavailableAndCreatesNothing() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.tapin, serverError(0.5), rate: 0.5))
        do {
            _ = try await sandbox.tapIn().startQRPayment(request(sandbox, orderNumber("T5")))
            Issue.record("a 500 is not a collection")
        } catch {
            guard case .unconfirmed = error else {
                Issue.record("a 500 settles nothing: expected an unknown outcome, got \(error)")
                return
            }
        }
        #expect(sandbox.transport.count("POST", "/create_external_collection") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func aPaidAmountThatDiffersIsAMismatch() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            guard request.method == "GET" else { return response }
            let text = String(decoding: response.body, as: UTF8.self).replacingOccurrences(of: "1500", with: "1499")
            return HTTPResponse(status: response.status, headers: response.headers, body: Data(text.utf8))
        })
        let tapIn = sandbox.tapIn()
        let order = orderNumber("TA")
        let start = try await tapIn.startQRPayment(request(sandbox, order))
        try await sandbox.buyer(.pay, order.rawValue)
        do {
            let status = try await tapIn.paymentStatus(start.reference)
            Issue.record("1499 paid is not the 1500 asked, got \(status)")
        } catch {
            guard case .cashier(.unexpectedAnswer) = error else {
                Issue.record("expected unexpectedAnswer, got \(error)")
                return
            }
        }
    }
}
