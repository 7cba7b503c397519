import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

@Suite("State file, server and delivery over sockets")
struct PersistenceAndServerTests {
    static func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-state-\(UUID().uuidString).json")
    }

    @Test func theStateSurvivesARestart() async throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let clock = SandboxManualClock()
        var first: LiveSandbox? = try LiveSandbox(stateFile: file, clock: clock)
        let token = try await first!.send("POST", "/motp/api/token", body: #"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#)
        let bearer = try #require(try token.json["data"]?["token"]?.string)
        _ = try await first!.send("POST", "/motp/api/native-pay", headers: ["Authorization": "Bearer \(bearer)"],
                                  body: #"{"service_id":30,"store_id":"109038","amount":0.30,"out_trade_no":"KEEP-1"}"#)
        _ = try await first!.buyer(.pay, "KEEP-1")
        first?.server.stop()
        first = nil
        let second = try LiveSandbox(stateFile: file, clock: clock)
        let status = try await second.send("POST", "/motp/api/payment-status", headers: ["Authorization": "Bearer \(bearer)"],
                                           body: #"{"store_id":109038,"out_trade_no":"KEEP-1"}"#)
        #expect(try status.json["data"]?["result_code"] == "SUCCESS")
        #expect(try status.json["data"]?["amount"] == .number("0.30"))
        let again = try await second.send("POST", "/motp/api/native-pay", headers: ["Authorization": "Bearer \(bearer)"],
                                          body: #"{"service_id":30,"store_id":"109038","amount":0.30,"out_trade_no":"KEEP-1"}"#)
        #expect(try again.json["data"]?["result_code"] == "OUT_TRADE_NO_USED")
    }

    @Test func anUnreadableStateFileIsAClearError() throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not json".utf8).write(to: file)
        #expect(throws: SandboxStateError.self) { try SandboxEngine(stateFile: file) }
    }

    @Test func webhooksReachARealReceiverOverLoopback() async throws {
        let received = ReceivedBodies()
        let receiver = try SandboxHTTPServer { request in
            received.append(request)
            return .respond(HTTPResponse(status: 200, body: Data("SUCCESS".utf8)), delay: 0)
        }
        receiver.start()
        defer { receiver.stop() }
        let clock = SandboxManualClock()
        let engine = try SandboxEngine(clock: clock, outbound: AsyncHTTPTransport(requestTimeout: .seconds(5)))
        let create = HTTPRequest(
            method: "POST", url: URL(string: "http://127.0.0.1/tapin/api/external_collection/create_external_collection")!,
            headers: [HTTPHeader("signature", TapInState.signature(id1: "HOOK-1"))],
            body: Data(#"{"vendor_id":25467,"amount":2500,"id_1":"HOOK-1","webhook":"\#(receiver.baseURL)/tapin/callback"}"#.utf8))
        #expect(engine.handle(create).response?.status == 200)
        _ = engine.buyer(.pay, reference: "HOOK-1")
        #expect(await engine.deliverDueWebhooks() == 1)
        let request = try #require(received.all.first)
        #expect(request.url.path == "/tapin/callback")
        #expect(try JSONReader.parse(request.body)["pay_money"] == .number("2500"))
        #expect(engine.deliveries().first?.state == .delivered)
    }

    @Test func theControlClientDrivesTheBuyer() async throws {
        let sandbox = try LiveSandbox()
        let client = SandboxControlClient(serverURL: sandbox.server.baseURL, transport: AsyncHTTPTransport(requestTimeout: .seconds(10)))
        let create = HTTPRequest(
            method: "POST", url: URL(string: "http://127.0.0.1/tapin/api/external_collection/create_external_collection")!,
            headers: [HTTPHeader("signature", TapInState.signature(id1: "CTL 1"))],
            body: Data(#"{"vendor_id":25467,"amount":700,"id_1":"CTL 1","webhook":"http://127.0.0.1:9/h"}"#.utf8))
        #expect(sandbox.engine.handle(create).response?.status == 200)
        #expect(try await client.buyer(.pay, reference: "CTL 1", gateway: .tapin).contains("pay success"))
        await #expect(throws: ControlError.self) { try await client.buyer(.pay, reference: "CTL 1") }
        #expect(try await client.payments() == ["tapin\tCTL 1\t700\tpay success"])
        let nobody = SandboxControlClient(serverURL: "http://127.0.0.1:1", transport: AsyncHTTPTransport(requestTimeout: .seconds(10)))
        await #expect(throws: ControlError.self) { try await nobody.payments() }
    }

    @Test func aStoppedServerFreesItsPort() async throws {
        let server = try SandboxHTTPServer(engine: try SandboxEngine(clock: SandboxManualClock()))
        server.start()
        let client = AsyncHTTPTransport(requestTimeout: .seconds(2))
        let health = HTTPRequest(method: "GET", url: URL(string: server.baseURL + "/__sandbox/health")!)
        #expect(try await client.send(health).status == 200)
        server.stop()
        // The port is free again: binding it succeeds (SO_REUSEADDR only lets past the closed
        // connections' TIME_WAIT, never a listening socket). Sending to the freed port instead was
        // not safe: a test running beside this one could be given the port and take the request.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var on: Int32 = 1
        _ = setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        #expect(Socket.bind(probe, try Socket.address(host: "127.0.0.1", port: server.port)) == 0, "errno \(errno)")
    }

    @Test func theServerAnswersMalformedAndUnknownRequests() async throws {
        let sandbox = try LiveSandbox()
        let unknown = try await sandbox.send("GET", "/paypal/v1/orders")
        #expect(unknown.status == 404)
        #expect(try unknown.json["error"]?.string?.contains("/takemepay/v1") == true)
    }

    @Test func theConfigFilePointsEveryGatewayAtTheServer() {
        let text = SandboxConfigFile.toml(serverURL: "http://127.0.0.1:8808", currency: "JPY")
        for line in [
            #"currency = "JPY""#, #"base_url = "http://127.0.0.1:8808/takemepay/v1""#, #"base_url = "http://127.0.0.1:8808/tapin""#,
            #"base_url = "http://127.0.0.1:8808/pomelo/public""#, #"base_url = "http://127.0.0.1:8808/motp""#,
            #"public_key = "\#(TestCredentials.takeMePayPublicKey)""#, "vendor_id = 25467", #"sign_method = "sha1""#,
            "native_service_id = 30", "quick_service_id = 2", "[gateways.motp]", "[store]",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
        #expect(!text.contains("enabled = false"))
        // TakeMe Pay takes only JPY: in a store of another currency its table is switched off.
        let dollars = SandboxConfigFile.toml(serverURL: "http://127.0.0.1:8808", currency: "USD")
        #expect(dollars.contains("[gateways.takemepay]\n# TakeMe Pay takes only JPY: kept here, switched off for a USD store.\nenabled = false\n"))
    }
}

/// Requests a test receiver got, from its connection threads.
final class ReceivedBodies: Sendable {
    private let storage = Mutex<[HTTPRequest]>([])
    func append(_ request: HTTPRequest) { storage.withLock { $0.append(request) } }
    var all: [HTTPRequest] { storage.withLock { $0 } }
}
import Synchronization
import WireHTTPClient
