import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting

/// Demo mode shares one state file between `till` processes; each engine here stands for one.
@Suite("State file shared between processes")
struct SharedStateFileTests {
    func token(_ sandbox: LiveSandbox) async throws -> String {
        let answer = try await sandbox.send(
            "POST", "/motp/api/token", body: #"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#)
        return try #require(try answer.json["data"]?["token"]?.string)
    }

    static func nativePay(_ client: WireClient, bearer: String, _ reference: String) async throws {
        let answer = try await client.send(
            "POST", "/motp/api/native-pay", headers: ["Authorization": "Bearer \(bearer)"],
            body: #"{"service_id":30,"store_id":"109038","amount":0.30,"out_trade_no":"\#(reference)"}"#)
        #expect(answer.status == 200, "\(reference): \(answer.status)")
    }

    @Test func twoEnginesOnOneFileKeepEachOthersPayments() async throws {
        let file = PersistenceAndServerTests.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let clock = SandboxManualClock()
        let first = try LiveSandbox(stateFile: file, clock: clock)
        let second = try LiveSandbox(stateFile: file, clock: clock)
        let firstBearer = try await token(first)
        let secondBearer = try await token(second)
        // Interleaved and at once: each change is made on the state the other last wrote.
        let firstClient = first.client, secondClient = second.client
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 {
                group.addTask { try await Self.nativePay(firstClient, bearer: firstBearer, "SHARE-A\(index)") }
                group.addTask { try await Self.nativePay(secondClient, bearer: secondBearer, "SHARE-B\(index)") }
            }
            try await group.waitForAll()
        }
        _ = try await first.buyer(.pay, "SHARE-B3")
        let expected = Set((0..<10).flatMap { ["SHARE-A\($0)", "SHARE-B\($0)"] })
        #expect(Set(first.engine.payments().map(\.reference)) == expected)
        #expect(Set(second.engine.payments().map(\.reference)) == expected)
        // The buyer paid through the first; the second sees it paid.
        let status = try await second.send(
            "POST", "/motp/api/payment-status", headers: ["Authorization": "Bearer \(secondBearer)"],
            body: #"{"store_id":109038,"out_trade_no":"SHARE-B3"}"#)
        #expect(try status.json["data"]?["result_code"] == "SUCCESS")
        // And a third, started afterwards, reads all of it from the file.
        let third = try SandboxEngine(stateFile: file)
        #expect(Set(third.payments().map(\.reference)) == expected)
    }
}
