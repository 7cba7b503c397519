import TillCore

/// What the request log needs of a request before its outcome is known.
struct RequestEntry {
    let gateway: GatewayID
    let method: String
    let path: String
    let call: String?
    let order: String?
    let refund: String?
    let fault: String?

    init(gateway: GatewayID, request: RouteRequest, call: String?, fault: String?) {
        self.gateway = gateway
        method = request.method
        path = request.original.url.path
        self.call = call
        (order, refund) = RequestNumbers.of(gateway, request)
        self.fault = fault
    }
}

extension SandboxEngine {
    /// The latest gateway requests (up to the engine's `requestLogLimit`), oldest first. The control
    /// API is not logged. With a shared state file, each process logs only what it served.
    public func requests() -> [SandboxRequestRecord] { requestLog.withLock { $0.records } }

    /// How many older records the request log forgot to stay within its limit.
    public var forgottenRequests: Int { requestLog.withLock { $0.dropped } }

    func log(_ entry: RequestEntry, processed: Bool, _ outcome: SandboxOutcome) {
        requestLog.withLock { log in
            log.append { sequence in
                SandboxRequestRecord(
                    sequence: sequence, gateway: entry.gateway, method: entry.method, path: entry.path, call: entry.call,
                    order: entry.order, refund: entry.refund, fault: entry.fault, processed: processed,
                    status: outcome.response?.status)
            }
        }
    }
}
