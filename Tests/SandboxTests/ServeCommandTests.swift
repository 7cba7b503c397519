import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting

/// `till sandbox serve` as a real process: banner, config file, SIGTERM, `--state` across restarts.
@Suite("till sandbox serve")
struct ServeCommandTests {
    static let binary = URL(fileURLWithPath: TillBinary.path)

    /// A running `till sandbox serve` and the first line it printed.
    final class Served {
        let process = Process()
        let output = Pipe()
        var banner = ""

        init(_ arguments: [String]) throws {
            process.executableURL = ServeCommandTests.binary
            process.arguments = ["sandbox", "serve", "--port", "0", "--manual-buyer"] + arguments
            process.standardOutput = output
            try process.run()
            let watchdog = process
            DispatchQueue.global().asyncAfter(deadline: .now() + 600) { if watchdog.isRunning { watchdog.terminate() } }
            while !banner.contains("Press Ctrl-C") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                banner += String(decoding: chunk, as: UTF8.self)
            }
        }

        var serverURL: String { banner.split(separator: "\n").first.map { String($0.split(separator: " ").last ?? "") } ?? "" }

        /// Sends SIGTERM and returns the exit status and the rest of the output.
        func stop() -> (Int32, String) {
            process.terminate()
            process.waitUntilExit()
            let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, rest)
        }
    }

    @Test func servesWritesItsConfigStopsCleanlyAndKeepsItsState() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the till product first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = folder.appendingPathComponent("state.json").path
        let config = folder.appendingPathComponent("till.toml").path

        let first = try Served(["--state", state, "--write-config", config, "--currency", "USD"])
        #expect(first.banner.contains(TestCredentials.takeMePayPublicKey))
        #expect(first.banner.contains("/pomelo/public"))
        let url = first.serverURL
        #expect(url.hasPrefix("http://127.0.0.1:"))
        let toml = try String(contentsOfFile: config, encoding: .utf8)
        #expect(toml.contains(#"base_url = "\#(url)/motp""#))
        #expect(toml.contains(#"currency = "USD""#))
        let client = WireClient(baseURL: url)
        let created = try await client.send(
            "POST", "/tapin/api/external_collection/create_external_collection",
            headers: ["signature": TapInState.signature(id1: "SERVE-1")],
            body: #"{"vendor_id":25467,"amount":1234,"id_1":"SERVE-1","webhook":"https://shop.example/h"}"#)
        #expect(try created.json["errCode"] == .number("0"))
        let (status, rest) = first.stop()
        #expect(status == 0)
        #expect(rest.contains("Sandbox stopped."))

        let second = try Served(["--state", state])
        let again = try await WireClient(baseURL: second.serverURL).send(
            "GET", "/tapin/api/external_collection/collection_status?id_1=SERVE-1",
            headers: ["signature": TapInState.signature(id1: "SERVE-1")])
        #expect(try again.json["data"]?["pay_money"] == .number("1234"))
        #expect(second.stop().0 == 0)
    }

    @Test func aFaultAfterProcessingWorksOnTheRealServer() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the till product first (swift build)")
        let served = try Served(["--fault", "tapin/create:500after=1", "--fault", "motp/money:syserr=1"])
        defer { _ = served.stop() }
        let port = try #require(UInt16(served.serverURL.split(separator: ":").last ?? ""))
        let call = MoneyCalls.tapInCreate("SERVE-500")
        let answer = try RawHTTP.send(port: port, call.method, call.path, headers: call.headers, body: call.body)
        #expect(answer.status == 500)
        #expect(try answer.json["errCode"] == .number("500"))
        let client = WireClient(baseURL: served.serverURL)
        let payments = try await client.send("GET", "/__sandbox/payments").json["payments"]?.array ?? []
        #expect(payments.map { $0["order"] } == ["SERVE-500"])
        let logged = try await client.send("GET", "/__sandbox/requests?order=SERVE-500").json["requests"]?.array ?? []
        #expect(logged.map { $0["fault"] } == ["500after"])
        #expect(logged.map { $0["processed"] } == [true])
        // The token call is not a money-moving one: the narrowed rule leaves it alone.
        let token = try await client.send("POST", MoneyCalls.tokenCall.path, body: MoneyCalls.tokenCall.body)
        #expect(token.status == 200)
    }
}
