import Foundation
import TillCore
import Wire

extension SandboxWorld {
    /// Routes `/pomelo/public/transactions...` after checking the API key.
    mutating func handlePomelo(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        if PomeloQRImage.isImageRequest(.pomelo, method: request.method, segments: request.segments) {
            return PomeloQRImage.answer(request, pomelo)
        }
        guard let key = request.header("Authorization"), Digests.constantTimeEqual(key, TestCredentials.pomeloAPIKey) else {
            return PomeloReply.unauthorized
        }
        switch (request.method, request.segments.first, request.segments.count) {
        case ("POST", "transactions", 1):
            return createPomelo(request, environment)
        case ("GET", "transactions", 1):
            return pomelo.list(request)
        case ("GET", "transactions", 2):
            let id = request.segments[1]
            guard let transaction = pomelo.transactions[id] else { return PomeloReply.notFound(id) }
            return .json(200, transaction.json())
        case (_, "transactions", 1), (_, "transactions", 2):
            return PomeloReply.error(405, "PP-02-00", "\(request.method) is not supported here: create with POST /transactions, read with GET")
        default:
            return PomeloReply.error(404, "PP-04-04", "Resource not found: /\(request.segments.joined(separator: "/"))")
        }
    }

    private mutating func createPomelo(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        let fields: BodyFields
        switch BodyFields.parse(request.body) {
        case .success(let parsed): fields = parsed
        case .failure(let error): return PomeloReply.error(400, "PP-02-00", "Bad request: the body is not a JSON object (\(error))")
        }
        var transaction: PomeloTransaction
        switch pomelo.validateNew(fields, environment) {
        case .success(let valid): transaction = valid
        case .failure(let refusal): return refusal.response
        }
        transaction.qrImageURL = PomeloQRImage.url(id: transaction.id, for: request)
        pomelo.transactions[transaction.id] = transaction
        pomelo.order.append(transaction.id)
        if let localID = transaction.localID { pomelo.localIDs[localID] = transaction.id }
        pomeloWebhook(transaction, event: "transaction.created", environment)
        scheduleBuyer(for: .pomelo, reference: transaction.id, amountMinor: transaction.amount, environment)
        if let expires = transaction.expires.flatMap(PomeloState.parseExpiry) {
            schedule(.pomeloExpire(id: transaction.id), at: expires)
        }
        return .json(200, transaction.json())
    }

    /// Sends the created/updated webhook to the transaction's own URL and the company-wide one.
    mutating func pomeloWebhook(_ transaction: PomeloTransaction, event: String, _ environment: Environment) {
        let targets = [transaction.webhook, environment.configuration.pomeloCompanyWebhook].compactMap { $0 }
        for url in Set(targets).sorted() {
            enqueueDelivery(gateway: .pomelo, event: event, url: url, body: transaction.webhookJSON(), policy: .once, now: environment.now)
        }
    }

    mutating func setPomeloState(_ id: String, _ state: PomeloTransactionState, _ environment: Environment) {
        guard var transaction = pomelo.transactions[id] else { return }
        transaction.state = state
        pomelo.transactions[id] = transaction
        pomeloWebhook(transaction, event: "transaction.updated", environment)
    }

    mutating func pomeloBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? {
        guard let id = pomelo.find(reference), let transaction = pomelo.transactions[id] else { return nil }
        guard transaction.state == .qrCodeGenerated else { return .failure(.notWaiting(reference, state: transaction.state.rawValue)) }
        let state: PomeloTransactionState = action == .pay ? .confirmed : .cancelled
        setPomeloState(id, state, environment)
        return .success("pomelo transaction \(id) is now \(state.rawValue)")
    }

    mutating func expirePomelo(id: String, _ environment: Environment) {
        guard pomelo.transactions[id]?.state == .qrCodeGenerated else { return }
        setPomeloState(id, .cancelled, environment)
    }

    /// The merchant portal refunds a confirmed transaction: `REFUND_REQUESTED` now, `REFUNDED` 5 s later.
    mutating func requestPomeloRefund(_ reference: String, _ environment: Environment) -> Result<String, ControlError> {
        guard let id = pomelo.find(reference), let transaction = pomelo.transactions[id] else { return .failure(.notFound(reference)) }
        guard transaction.state == .confirmed else {
            return .failure(ControlError(status: 409, message: "pomelo transaction \(reference) is \(transaction.state.rawValue): only a CONFIRMED one can be refunded"))
        }
        setPomeloState(id, .refundRequested, environment)
        schedule(.pomeloRefunded(id: id), at: environment.now.addingTimeInterval(5))
        return .success("pomelo transaction \(id) is now REFUND_REQUESTED")
    }

    mutating func completePomeloRefund(id: String, _ environment: Environment) {
        guard pomelo.transactions[id]?.state == .refundRequested else { return }
        setPomeloState(id, .refunded, environment)
    }

    func pomeloSummaries() -> [PaymentSummary] {
        pomelo.order.compactMap { id in
            pomelo.transactions[id].map {
                PaymentSummary(
                    gateway: .pomelo, reference: id, amountMinor: $0.amount, state: $0.state.rawValue, created: $0.created,
                    order: $0.localID, paid: ![.qrCodeGenerated, .cancelled].contains($0.state),
                    refundedMinor: $0.state == .refunded ? $0.amount : 0)
            }
        }
    }
}

extension PomeloState {
    /// `GET /transactions?page=N`: `{"count": total, "items": [...]}`, newest first, 10 a page.
    func list(_ request: RouteRequest) -> HTTPResponse {
        var page = 1
        if let text = request.query["page"] {
            guard let value = Int(text), value >= 1 else {
                return PomeloReply.error(400, "PP-02-02", "page must be a whole number from 1 (got \(text))")
            }
            page = value
        }
        let newestFirst = Array(order.reversed())
        let items = newestFirst.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        return .json(200, [
            "count": .integer(newestFirst.count),
            "items": .array(items.compactMap { transactions[$0].map { $0.json() } }),
        ])
    }
}
