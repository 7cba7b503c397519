import Foundation
import TillCore
import Wire

extension SandboxEngine {
    /// The sandbox's own API under `/__sandbox/`, for the simulated buyer and for inspection:
    /// - `POST /__sandbox/buyer/{pay|decline|cancel}/{reference}` (optional `?gateway=`)
    /// - `POST /__sandbox/pomelo/refund/{reference}` (the merchant portal's refund)
    /// - `GET /__sandbox/payments`, `GET /__sandbox/deliveries`, `GET /__sandbox/health`
    /// - `GET /__sandbox/requests`: the latest gateway requests, oldest first (see `requests()`),
    ///   narrowed by any of `?gateway=`, `?method=`, `?order=`, `?call=`
    func control(_ request: RouteRequest) -> HTTPResponse {
        switch (request.method, request.segments.first) {
        case ("GET", "health"):
            return .json(200, ["ok": true])
        case ("GET", "payments"):
            return .json(200, ["payments": .array(payments().map(\.json))])
        case ("GET", "requests"):
            return requestsControl(request)
        case ("GET", "deliveries"):
            return .json(200, ["deliveries": .array(deliveries().map(Self.json(of:)))])
        case ("POST", "buyer"):
            return buyerControl(request)
        case ("POST", "pomelo") where request.segments.count == 3 && request.segments[1] == "refund":
            return Self.answer(pomeloPortalRefund(reference: request.segments[2]))
        default:
            return .json(404, ["error": "unknown control call: use POST /__sandbox/buyer/{pay|decline|cancel}/{reference}, GET /__sandbox/payments, GET /__sandbox/requests, GET /__sandbox/deliveries"])
        }
    }

    private func requestsControl(_ request: RouteRequest) -> HTTPResponse {
        let (records, forgotten) = requestLog.withLock { ($0.records, $0.dropped) }
        let wanted: [(String, (SandboxRequestRecord) -> String?)] = [
            ("gateway", { $0.gateway.rawValue }), ("method", { $0.method }), ("order", { $0.order }), ("call", { $0.call }),
        ]
        let filters = wanted.compactMap { name, field in request.query[name].map { value in (value, field) } }
        let kept = records.filter { record in filters.allSatisfy { value, field in field(record) == value } }
        return .json(200, ["requests": .array(kept.map(\.json)), "forgotten": .integer(forgotten)])
    }

    private func buyerControl(_ request: RouteRequest) -> HTTPResponse {
        guard request.segments.count == 3, let action = BuyerAction(rawValue: request.segments[1]) else {
            return .json(400, ["error": "use POST /__sandbox/buyer/{pay|decline|cancel}/{reference}"])
        }
        var gateway: GatewayID?
        if let name = request.query["gateway"] {
            guard let found = GatewayID(rawValue: name) else {
                return .json(400, ["error": .string("unknown gateway \(name): use takemepay, tapin, pomelo or motp")])
            }
            gateway = found
        }
        return Self.answer(buyer(action, reference: request.segments[2], gateway: gateway))
    }

    private static func answer(_ result: Result<String, ControlError>) -> HTTPResponse {
        switch result {
        case .success(let message):
            return .json(200, ["ok": true, "message": .string(message)])
        case .failure(let error):
            return .json(error.status, ["ok": false, "error": .string(error.message)])
        }
    }

    private static func json(of delivery: WebhookDelivery) -> JSONValue {
        [
            "id": .integer(delivery.id), "gateway": .string(delivery.gateway.rawValue), "event": .string(delivery.event),
            "url": .string(delivery.url), "state": .string(delivery.state.rawValue),
            "attempts": .integer(delivery.attempts.count),
            "lastFailure": .optional(delivery.attempts.last?.failure),
        ]
    }
}
