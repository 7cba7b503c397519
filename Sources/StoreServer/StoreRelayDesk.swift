import Foundation
import Gateways
import Logging
import TillCore
import Wire

/// Makes TakeMe Pay's secret-key calls for the store's lanes that hold no secret key (their
/// `[store] server` points here; their tokens are the server's `[store.lanes]`). For each call it
/// checks the lane's token (in constant time, against every lane's), refuses what a lane may not ask
/// (`TakeMePayRelayCalls`), adds the secret key and sends the call to TakeMe Pay **once**, and hands
/// back the gateway's answer as it came. When the gateway's answer is lost, the lane is told so
/// (`StoreRelay.Verdict`), never given a refusal: the lane then asks by its order number, as it would
/// after losing an answer itself. No HTTP here; `StoreHTTPServer` carries the bytes.
public struct StoreRelayDesk: Sendable {
    /// One lane the store server makes calls for.
    public struct Lane: Sendable, Equatable {
        public let id: String
        public let token: Secret

        public init(id: String, token: Secret) {
            self.id = id
            self.token = token
        }
    }

    /// The most a relayed call's body may hold (a charge or a refund is a few hundred bytes).
    public static let maximumBodyBytes = 64 * 1024

    let lanes: [Lane]
    /// The store's TakeMe Pay account; nil when it has no secret key.
    let secretKey: Secret?
    let baseURL: URL
    /// The transport to TakeMe Pay, which sends each request at most once.
    let transport: any HTTPTransport
    let logger: Logger

    public init(lanes: [Lane], secretKey: Secret?, baseURL: URL, transport: any HTTPTransport, logger: Logger) {
        self.lanes = lanes
        self.secretKey = secretKey
        self.baseURL = baseURL
        self.transport = transport
        self.logger = logger
    }

    /// `GET /relay/check`: `ready` when the token is a lane's and the store holds the secret key.
    public func check(authorization: String?) -> RelayReply {
        guard let lane = lane(authorization) else { return refuse(.refusedToken, "check") }
        guard secretKey != nil else { return refuse(.noSecretKey, "check for \(lane.id)") }
        return RelayReply(verdict: .ready, text: "ready")
    }

    /// One call of a lane to TakeMe Pay: `path` is the API's own (`/charges`), `query` as the lane wrote it.
    public func relay(method: String, path: String, query: String, authorization: String?, body: Data) async -> RelayReply {
        let call = "\(method) \(path)"
        guard let lane = lane(authorization) else { return refuse(.refusedToken, call) }
        guard let secretKey else { return refuse(.noSecretKey, "\(call) for \(lane.id)") }
        guard
            let request = TakeMePayRelayCalls.request(
                method: method, path: path, query: query, body: body, secretKey: secretKey, baseURL: baseURL)
        else { return refuse(.refusedCall, "\(call) for \(lane.id)") }
        do {
            let answer = try await transport.send(request)
            logger.info("relay takemepay \(call) for \(lane.id): HTTP \(answer.status)")
            var headers = answer.headers.filter { $0.name.lowercased() == "content-type" }
            headers.append(HTTPHeader(StoreRelay.header, StoreRelay.Verdict.answered.rawValue))
            return RelayReply(status: answer.status, headers: headers, body: answer.body)
        } catch {
            let verdict = StoreRelay.Verdict(failure: error)
            logger.warning("relay takemepay \(call) for \(lane.id): \(verdict.rawValue) (\(error.description))")
            return RelayReply(verdict: verdict, text: error.description)
        }
    }

    /// The lane whose token `authorization` (`Bearer …`) carries. Every lane's token is compared, in
    /// constant time, so the answer's timing tells nothing of which one came close.
    func lane(_ authorization: String?) -> Lane? {
        guard let authorization, authorization.hasPrefix("Bearer ") else { return nil }
        let presented = Array(authorization.dropFirst("Bearer ".count).utf8)
        var found: Lane?
        for lane in lanes where ConstantTime.equal(presented, Array(lane.token.reveal().utf8)) && !presented.isEmpty {
            found = lane
        }
        return found
    }

    private func refuse(_ verdict: StoreRelay.Verdict, _ what: String) -> RelayReply {
        let why: String
        switch verdict {
        case .refusedToken: why = "the token is missing or is not a lane's; check [store] token against [store.lanes]"
        case .noSecretKey: why = "this store server has no TakeMe Pay secret key; put secret_key in [gateways.takemepay]"
        default: why = "not a call the store server makes for a lane"
        }
        logger.warning("relay refused \(what): \(why)")
        return RelayReply(verdict: verdict, text: why)
    }
}
