import Checkout
import Crypto
import Foundation
import Gateways
import Journal
import Logging
import TillCore
import Wire

/// Receives the gateways' webhook deliveries for the store: checks each with its gateway's
/// verifier, records it once in the journal (a retry of the same body is acknowledged and not
/// recorded again), acknowledges it as the gateway's document asks, and then asks the gateway where
/// the payment stands: a webhook is a hint, never the outcome itself. No HTTP here; `StoreHTTPServer`
/// carries the bytes.
public struct WebhookDesk: Sendable {
    /// The most a delivery's body may hold; a larger one is refused before it is read whole.
    public static let maximumBodyBytes = 64 * 1024

    let verifiers: [GatewayID: any WebhookVerifier]
    let journal: JournalStore
    /// Asks the gateway about an order a delivery named (the reconciler's check); nil: nobody asks.
    let check: (@Sendable (MerchantOrderNumber) async -> Void)?
    let logger: Logger
    let now: @Sendable () -> Date

    public init(
        verifiers: [any WebhookVerifier], journal: JournalStore, check: (@Sendable (MerchantOrderNumber) async -> Void)?,
        logger: Logger, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.verifiers = Dictionary(verifiers.map { ($0.gatewayID, $0) }, uniquingKeysWith: { first, _ in first })
        self.journal = journal
        self.check = check
        self.logger = logger
        self.now = now
    }

    /// The gateways whose deliveries this desk can verify.
    public var gateways: [GatewayID] { verifiers.keys.sorted { $0.rawValue < $1.rawValue } }

    /// Checks, records and acknowledges one delivery to `/webhooks/<gateway>`; the check with the
    /// gateway runs after the answer, on its own task.
    public func receive(_ gateway: GatewayID, headers: [HTTPHeader], body: Data) async -> WebhookReply {
        guard let verifier = verifiers[gateway] else {
            logger.warning("webhook for \(gateway.rawValue) refused: that gateway is not configured here")
            return WebhookReply(status: 404, body: "no such webhook")
        }
        let notice: WebhookNotice
        do { notice = try verifier.verify(headers: headers, body: body) } catch {
            logger.warning("\(error.description)")
            return .refused(status: Self.status(of: error))
        }
        let delivery = WebhookDelivery(
            gateway: gateway, digest: HexText.encode(SHA256.hash(data: body)), orderNumber: notice.orderNumber,
            gatewayReference: notice.gatewayReference, gatewayStatus: notice.gatewayStatus, receivedAt: now())
        let isNew: Bool
        do { isNew = try await journal.recordWebhookDelivery(delivery) } catch {
            // Not recorded: a non-2xx makes the gateway send it again later.
            logger.error("webhook for \(gateway.rawValue) not recorded: \(error.description)")
            return WebhookReply(status: 503, body: "not recorded; send it again")
        }
        let order = notice.orderNumber ?? "-"
        logger.info("webhook \(gateway.rawValue) order \(order) status \(notice.gatewayStatus ?? "-") \(isNew ? "recorded" : "duplicate")")
        if isNew, let check, let number = notice.orderNumber {
            Task { await check(MerchantOrderNumber(rawValue: number)) }
        }
        return .accepted(gateway == .tapin ? .tapIn : .status)
    }

    /// 401 when the signature or its time does not hold; 400 when the delivery cannot be read.
    static func status(of rejection: WebhookRejection) -> Int {
        rejection.kind == .notAuthentic ? 401 : 400
    }
}
