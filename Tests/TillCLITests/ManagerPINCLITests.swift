import Foundation
import Testing
import TillTesting
@testable import Journal

/// `till config set-pin` keeps only a salted hash; with a PIN set, refunds, paid-outs and closing
/// with unresolved payments need `--manager` and the right PIN, and the approval is journaled.
@Suite("Manager PIN")
struct ManagerPINCLITests {
    let home = TillBinary.temporaryFolder()
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }

    func till(_ arguments: [String], stdin: String? = nil, expect status: Int32 = 0) throws -> TillBinary.Result {
        let result = try TillBinary.run(arguments, environment: environment, stdin: stdin)
        #expect(result.status == status, "till \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    @Test func aPINGuardsRefundsAndPaidOutsAndIsJournaled() async throws {
        _ = try till(["config", "set-pin"], stdin: "12\n", expect: 2)
        _ = try till(["config", "set-pin"], stdin: "4821\n")
        let path = home.appendingPathComponent("config/till/till.toml").path
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(file.contains("[security]\nmanager_pin = \"sha256i$") && !file.contains("4821"))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)

        _ = try till(["shift", "open", "--cashier", "Aiko", "--float", "1000"])
        let paid = try till(["pay", "--cash", "--amount", "500", "--json"]).stdout
        let order = try #require(try JSONSerialization.jsonObject(with: Data(paid.utf8)) as? [String: Any])["order"] as? String
        let number = try #require(order)
        #expect(try till(["refund", number], expect: 2).stderr.contains("add --manager NAME"))
        #expect(try till(["refund", number, "--manager", "Ken"], stdin: "1111\n", expect: 2).stderr.contains("not the manager's"))
        #expect(try till(["refund", number, "--manager", "Ken"], stdin: "4821\n").stdout.contains("Give back ¥500 in cash"))
        _ = try till(["cash", "out", "--amount", "100", "--reason", "milk"], expect: 2)
        _ = try till(["cash", "out", "--amount", "100", "--reason", "milk", "--manager", "Ken"], stdin: "4821\n")
        _ = try till(["cash", "in", "--amount", "100", "--reason", "change"])  // a paid-in needs no manager

        let store = try JournalStore(path: home.appendingPathComponent("data/till/journal.sqlite").path)
        #expect(try await store.approvals(of: number).map(\.manager) == ["Ken"])
        #expect(try await store.approvals(of: "100 JPY: milk").map(\.action) == ["paid-out"])
    }

    @Test func settingThePINAgainReplacesTheLineAndKeepsTheRest() throws {
        let path = home.appendingPathComponent("config/till/till.toml")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("[store]\nname = \"Corner\"\n".utf8).write(to: path)
        _ = try till(["config", "set-pin"], stdin: "1234\n")
        _ = try till(["config", "set-pin"], stdin: "98765\n")
        let file = try String(contentsOf: path, encoding: .utf8)
        #expect(file.hasPrefix("[store]\nname = \"Corner\"\n\n[security]\nmanager_pin = \"sha256i$"))
        #expect(file.components(separatedBy: "manager_pin").count == 2, "one line, replaced")
        #expect(try till(["config", "check"]).stdout.contains("security.manager_pin"))
        _ = try till(["shift", "open", "--cashier", "Aiko", "--float", "0"])
        _ = try till(["cash", "out", "--amount", "1", "--reason", "x", "--manager", "Ken"], stdin: "1234\n", expect: 2)
        _ = try till(["cash", "out", "--amount", "1", "--reason", "x", "--manager", "Ken"], stdin: "98765\n")
    }
}
