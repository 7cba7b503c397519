import Foundation
import Testing
import TillTesting

/// Gateway logs go to Till's log file, never to the terminal; `till log` shows them; the file is kept
/// to two generations.
@Suite("Log file")
struct LogFileCLITests {
    let folder = TillBinary.temporaryFolder()
    var state: String { folder.appendingPathComponent("state").path }
    var logPath: String { state + "/till/till.log" }
    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_STATE_HOME": state]
    }

    /// MOTP on a port where nothing listens: the token request cannot be sent.
    func unreachableConfig() throws -> String {
        let path = folder.appendingPathComponent("till.toml").path
        try TestConfigurations.unreachableMOTP.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aGatewayThatCannotBeReachedIsLoggedToTheFileNotTheTerminal() throws {
        let config = try unreachableConfig()
        let pay = try TillBinary.run(
            ["pay", "--config", config, "--gateway", "motp", "--amount", "700", "--scan", "134567890123456780", "--timeout", "3"],
            environment: environment)
        #expect(pay.status != 0)
        #expect(!pay.stderr.contains("till.gateways"), "\(pay.stderr)")
        #expect(!pay.stdout.contains("till.gateways"))
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(log.contains("till.gateways.motp"))
        #expect(log.contains("POST http://127.0.0.1:9/motp/api/token"))
        #expect(!log.contains("very-secret-password-1"))

        let shown = try TillBinary.run(["log", "-n", "1"], environment: environment)
        #expect(shown.status == 0)
        #expect(shown.stdout.split(separator: "\n").count == 1)
        #expect(shown.stdout.contains("till.gateways.motp"))
        #expect(try TillBinary.run(["log", "--path"], environment: environment).stdout == logPath + "\n")
    }

    @Test func aFullLogBecomesTheOlderGenerationAndTheTailReadsAcrossBoth() throws {
        try FileManager.default.createDirectory(atPath: state + "/till", withIntermediateDirectories: true)
        let old = (0..<20_000).map { "old line \($0) " + String(repeating: "x", count: 40) }.joined(separator: "\n") + "\n"
        try old.write(toFile: logPath, atomically: true, encoding: .utf8)
        let config = try unreachableConfig()
        _ = try TillBinary.run(
            ["pay", "--config", config, "--gateway", "motp", "--amount", "700", "--scan", "134567890123456780", "--timeout", "3"],
            environment: environment)
        let older = try FileManager.default.attributesOfItem(atPath: logPath + ".1")[.size] as? Int ?? 0
        let current = try FileManager.default.attributesOfItem(atPath: logPath)[.size] as? Int ?? 0
        #expect(older >= 1 << 20)
        #expect(current < 4096)
        let shown = try TillBinary.run(["log", "-n", "1000"], environment: environment)
        #expect(shown.stdout.contains("old line 19999"))
        #expect(shown.stdout.contains("till.gateways.motp"))
    }

    @Test func anEmptyLogSaysSo() throws {
        let shown = try TillBinary.run(["log"], environment: environment)
        #expect(shown.status == 0)
        #expect(shown.stdout == "The log is empty (\(logPath)).\n")
        #expect(try TillBinary.run(["log", "-n", "0"], environment: environment).status == 2)
    }
}
