import Foundation
import Synchronization
import TillCore
import Wire

/// Measures the sandbox server over loopback: pairs of create + status calls on keep-alive
/// connections, for TapIn (signed create, signed status) and MOTP (Quick Pay, payment status).
public enum SandboxBenchmark {
    /// One gateway's figures.
    public struct Result: Sendable, CustomStringConvertible {
        public let gateway: GatewayID
        public let requests: Int
        public let failures: Int
        public let seconds: Double

        public var requestsPerSecond: Double { Double(requests) / seconds }

        public var description: String {
            let rate = Int(requestsPerSecond.rounded())
            return "\(gateway.displayName): \(requests) requests (create + status) in \(String(format: "%.2f", seconds)) s = \(rate) requests/s, \(failures) failed"
        }
    }

    /// Runs `pairs` create + status pairs per gateway over `connections` parallel connections,
    /// against a fresh in-memory sandbox served on an ephemeral loopback port; `client` fetches the MOTP token.
    public static func run(pairs: Int, connections: Int, client: any HTTPTransport) throws -> [Result] {
        let engine = try SandboxEngine(configuration: SandboxConfiguration())
        let server = try SandboxHTTPServer(engine: engine)
        server.start()
        defer { server.stop() }
        let token = try motpToken(port: server.port, client: client)
        return try [GatewayID.tapin, .motp].map { gateway in
            try measure(gateway, pairs: pairs, connections: connections, port: server.port, token: token)
        }
    }

    private static func motpToken(port: UInt16, client: any HTTPTransport) throws -> String {
        // The token call's answer body is needed, so it goes through a real HTTP client.
        let box = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let request = HTTPRequest(
                method: "POST", url: URL(string: "http://127.0.0.1:\(port)/motp/api/token")!,
                body: Data(#"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#.utf8))
            let body = (try? await client.send(request).body) ?? Data()
            box.withLock { $0 = (try? JSONReader.parse(body))?["data"]?["token"]?.string }
            done.signal()
        }
        done.wait()
        guard let token = box.withLock({ $0 }) else { throw SocketError(description: "no MOTP token from the sandbox") }
        return token
    }

    private static func measure(_ gateway: GatewayID, pairs: Int, connections: Int, port: UInt16, token: String) throws -> Result {
        let failures = Mutex(0)
        let perConnection = max(1, pairs / connections)
        let start = Date()
        let group = DispatchGroup()
        for worker in 0..<connections {
            group.enter()
            Thread {
                defer { group.leave() }
                guard let connection = try? KeepAliveConnection(host: "127.0.0.1", port: port) else {
                    failures.withLock { $0 += perConnection * 2 }
                    return
                }
                for index in 0..<perConnection {
                    let number = "BENCH-\(gateway.rawValue)-\(worker)-\(index)"
                    let ok = (try? pair(gateway, number: number, connection: connection, token: token)) ?? false
                    if !ok { failures.withLock { $0 += 1 } }
                }
            }.start()
        }
        group.wait()
        let seconds = Date().timeIntervalSince(start)
        return Result(gateway: gateway, requests: perConnection * connections * 2, failures: failures.withLock { $0 }, seconds: seconds)
    }

    private static func pair(_ gateway: GatewayID, number: String, connection: KeepAliveConnection, token: String) throws(SocketError) -> Bool {
        switch gateway {
        case .tapin:
            let signature = TapInState.signature(id1: number)
            let create = try connection.send(
                method: "POST", target: "/tapin/api/external_collection/create_external_collection",
                headers: [("signature", signature), ("Content-Type", "application/json")],
                body: Data(#"{"vendor_id":25467,"amount":1500,"id_1":"\#(number)","webhook":"https://shop.example/hook"}"#.utf8))
            let status = try connection.send(
                method: "GET", target: "/tapin/api/external_collection/collection_status?id_1=\(number)", headers: [("signature", signature)])
            return create == 200 && status == 200
        default:
            let headers = [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")]
            let create = try connection.send(
                method: "POST", target: "/motp/api/quick-pay", headers: headers,
                body: Data(#"{"service_id":2,"store_id":"109038","amount":12.34,"auth_code":"134567890123456780","out_trade_no":"\#(number)"}"#.utf8))
            let status = try connection.send(
                method: "POST", target: "/motp/api/payment-status", headers: headers,
                body: Data(#"{"store_id":109038,"out_trade_no":"\#(number)"}"#.utf8))
            return create == 200 && status == 200
        }
    }
}
