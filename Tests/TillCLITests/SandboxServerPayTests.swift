import Foundation
import Testing
import TillTesting

/// `till pay` with the configuration `till sandbox serve --write-config` writes: real HTTP on loopback.
@Suite("till pay against till sandbox serve")
struct SandboxServerPayTests {
    /// A running `till sandbox serve` (port 0, a buyer who pays at once) and what it printed up to
    /// "Press Ctrl-C": by then it has written its configuration.
    static func serve(_ arguments: [String], home: String) throws -> (Process, String) {
        let server = Process()
        server.executableURL = TillBinary.url
        server.arguments = ["sandbox", "serve", "--port", "0", "--buyer-delay", "0"] + arguments
        server.environment = ["PATH": "/usr/bin:/bin", "HOME": home]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        var banner = ""
        while !banner.contains("Press Ctrl-C") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        return (server, banner)
    }

    @Test func quickPayAndQRThroughTheServer() throws {
        let folder = TillBinary.temporaryFolder()
        let config = folder.appendingPathComponent("till.toml").path
        let journal = folder.appendingPathComponent("journal.sqlite").path
        let (server, banner) = try Self.serve(["--write-config", config], home: folder.path)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        #expect(banner.contains("Config      written to \(config)"))
        let environment = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]

        let quick = try TillBinary.run(
            ["pay", "--config", config, "--journal", journal, "--gateway", "motp", "--amount", "700", "--scan", "134567890123456780",
             "--timeout", "3"], environment: environment)
        #expect(quick.status == 0, "\(quick.stderr)")
        #expect(!quick.stderr.contains("Demo mode"))
        #expect(quick.stdout.contains("Paid: 700 JPY"))

        let qr = try TillBinary.run(
            ["pay", "--config", config, "--journal", journal, "--gateway", "pomelo", "--amount", "1200", "--json", "--timeout", "10"],
            environment: environment)
        #expect(qr.status == 0, "\(qr.stderr)")
        #expect(qr.stdout.contains("\"state\":\"succeeded\""))
    }

    /// The written configuration is what the gateways' descriptors publish: it passes `config check`
    /// in a JPY and a USD store, and MOTP's Alipay QR (its own Native Pay service) answers an Alipay
    /// code, shown under its own brand.
    @Test func theWrittenConfigurationChecksAndMOTPAlipayQRIsAnAlipayCode() throws {
        let folder = TillBinary.temporaryFolder()
        let environment = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        for currency in ["JPY", "USD"] {
            let config = folder.appendingPathComponent("till-\(currency).toml").path
            let (server, _) = try Self.serve(["--write-config", config, "--currency", currency], home: folder.path)
            defer {
                server.terminate()
                server.waitUntilExit()
            }
            let check = try TillBinary.run(["config", "check", "--config", config], environment: environment)
            #expect(check.status == 0, "\(currency): \(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("gateways.motp.alipay_service_id"))
            guard currency == "USD" else { continue }
            let journal = folder.appendingPathComponent("journal.sqlite").path
            let alipay = try TillBinary.run(
                ["pay", "--config", config, "--journal", journal, "--gateway", "motp", "--brand", "alipay", "--amount", "8.00",
                 "--json", "--timeout", "10"], environment: environment)
            #expect(alipay.status == 0, "\(alipay.stderr)")
            #expect(alipay.stdout.contains("\"payload\":\"https://qr.alipay.com/"))
            #expect(alipay.stdout.contains("\"state\":\"succeeded\""))
        }
    }
}
