import Foundation
import TillCore
import Wire

/// Which key a request came with.
enum TMPKey { case publicKey, secretKey }

extension SandboxWorld {
    /// Routes `/takemepay/v1/...` after checking the Bearer key.
    mutating func handleTakeMePay(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        let key: TMPKey
        switch TakeMePayState.authenticate(request.header("Authorization")) {
        case .success(let found): key = found
        case .failure(let refusal): return refusal.response
        }
        let segments = request.segments
        guard let resource = segments.first, segments.count <= 2 else {
            return TakeMePayReply.error(404, "missing_object", "No such resource: /\(segments.joined(separator: "/"))")
        }
        let id = segments.count == 2 ? segments[1] : nil
        if resource == "sources", request.method == "POST", id == nil {
            return withBody(request) { world, fields in world.createSource(fields, environment) }
        }
        if resource == "sources", request.method == "GET", let id {
            return takeMePay.retrieveSource(id, key: key, request: request)
        }
        guard key == .secretKey else {
            return TakeMePayReply.forbidden("The resource requested is forbidden for current API key: use the secret key (sk_) for this call.")
        }
        switch (request.method, resource, id) {
        case ("GET", "sources", nil):
            return takeMePay.list(takeMePay.sourceOrder, request) { takeMePay.sources[$0]?.json() }
        case ("POST", "charges", nil):
            return withBody(request) { world, fields in world.createCharge(fields, environment) }
        case ("GET", "charges", let id?):
            return retrieveCharge(id, environment)
        case ("GET", "charges", nil):
            return takeMePay.list(takeMePay.chargeOrder, request) { id in takeMePay.charges[id].map { takeMePay.chargeJSON($0) } }
        case ("POST", "refunds", nil):
            return withBody(request) { world, fields in world.createRefund(fields, environment) }
        case ("GET", "refunds", let id?):
            return retrieveRefund(id, environment)
        case ("GET", "events", let id?):
            guard let event = takeMePay.events[id] else { return TakeMePayReply.missing("event", id) }
            return .json(200, event.json())
        case ("GET", "events", nil):
            return takeMePay.list(takeMePay.eventOrder, request) { takeMePay.events[$0]?.json() }
        case ("POST", "webhooks", nil):
            return withBody(request) { world, fields in world.takeMePay.createWebhook(fields, environment) }
        case ("GET", "webhooks", nil):
            return .json(200, .array(takeMePay.webhookOrder.compactMap { takeMePay.webhooks[$0].map { $0.json() } }))
        case ("GET", "webhooks", let id?):
            guard let webhook = takeMePay.webhooks[id] else { return TakeMePayReply.missing("webhook", id) }
            return .json(200, webhook.json())
        case ("DELETE", "webhooks", let id?):
            guard let webhook = takeMePay.webhooks.removeValue(forKey: id) else { return TakeMePayReply.missing("webhook", id) }
            takeMePay.webhookOrder.removeAll { $0 == id }
            return .json(200, webhook.json())
        case (_, "sources", _), (_, "charges", _), (_, "refunds", _), (_, "events", _), (_, "webhooks", _):
            return TakeMePayReply.error(400, "method_not_supported", "\(request.method) is not supported on /\(segments.joined(separator: "/"))")
        default:
            return TakeMePayReply.error(404, "missing_object", "No such resource: /\(segments.joined(separator: "/"))")
        }
    }

    /// Checks the media type and parses the JSON body before `handler` runs.
    private mutating func withBody(_ request: RouteRequest, _ handler: (inout SandboxWorld, BodyFields) -> HTTPResponse) -> HTTPResponse {
        guard let type = request.header("Content-Type"), type.lowercased().hasPrefix("application/json") else {
            return TakeMePayReply.error(400, "media_type_not_supported", "Send the body as JSON with Content-Type: application/json.")
        }
        switch BodyFields.parse(request.body) {
        case .success(let fields): return handler(&self, fields)
        case .failure(let error): return TakeMePayReply.error(400, "parse_error", "The request body is not valid JSON: \(error)")
        }
    }
}

/// A refusal of the key, as an error value.
struct TMPAuthRefusal: Error { let response: HTTPResponse }

extension TakeMePayState {
    static func authenticate(_ header: String?) -> Result<TMPKey, TMPAuthRefusal> {
        guard let header, header.hasPrefix("Bearer ") else { return .failure(TMPAuthRefusal(response: TakeMePayReply.unauthorized)) }
        let key = header.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
        if key == TestCredentials.takeMePayPublicKey { return .success(.publicKey) }
        if key == TestCredentials.takeMePaySecretKey { return .success(.secretKey) }
        if key.hasPrefix("pk_live_") || key.hasPrefix("sk_live_") {
            return .failure(TMPAuthRefusal(response: TakeMePayReply.error(401, "unauthorized", "Live keys do not work in the sandbox: use its test keys (pk_test_/sk_test_).")))
        }
        return .failure(TMPAuthRefusal(response: TakeMePayReply.unauthorized))
    }

    /// One page of a list, newest first: `limit` (1...100, default 10), `startingAfter` (older than
    /// that id), `endingBefore` (newer than that id).
    func list(_ order: [String], _ request: RouteRequest, _ render: (String) -> JSONValue?) -> HTTPResponse {
        var limit = 10
        if let text = request.query["limit"] {
            guard let value = Int(text), (1...100).contains(value) else {
                return TakeMePayReply.error(400, "invalid_format", "limit must be a whole number from 1 to 100 (got \(text))")
            }
            limit = value
        }
        let newestFirst = Array(order.reversed())
        var window = newestFirst[...]
        if let after = request.query["startingAfter"] {
            guard let index = newestFirst.firstIndex(of: after) else { return TakeMePayReply.missing("object", after) }
            window = newestFirst[(index + 1)...]
        }
        var hasMore: Bool
        var page: [String]
        if let before = request.query["endingBefore"] {
            guard let index = newestFirst.firstIndex(of: before) else { return TakeMePayReply.missing("object", before) }
            let newer = newestFirst[..<index]
            page = Array(newer.suffix(limit))
            hasMore = newer.count > limit
        } else {
            page = Array(window.prefix(limit))
            hasMore = window.count > limit
        }
        if page.isEmpty { hasMore = false }
        return .json(200, [
            "hasMore": .bool(hasMore), "data": .array(page.compactMap { render($0) }), "object": "list",
        ])
    }
}
