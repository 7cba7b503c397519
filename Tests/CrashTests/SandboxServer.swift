import Foundation
import Sandbox
import TillTesting
import WireHTTPClient

#if canImport(Glibc)
    import Glibc
#endif

/// `till sandbox serve` on 127.0.0.1 (a free port), with faults, writing a configuration that points
/// every gateway at it. Stopped with SIGTERM.
final class SandboxServer: Sendable {
    let folder: URL
    let configPath: String
    let baseURL: String
    private let pid: pid_t
    private let control: SandboxControlClient

    /// Starts the server and waits until it has written the configuration (at most 60 s).
    init(folder: URL, faults: [String], seed: UInt64, buyerDelay: Double) throws {
        self.folder = folder
        configPath = folder.appendingPathComponent("till.toml").path
        let outputPath = folder.appendingPathComponent("sandbox.out").path
        var arguments = [
            "sandbox", "serve", "--port", "0", "--write-config", configPath, "--buyer-delay", String(buyerDelay),
            "--seed", String(seed),
        ]
        for fault in faults { arguments += ["--fault", fault] }
        pid = try Spawn.start(
            arguments, environment: ["HOME": folder.path], outputPath: outputPath,
            errorPath: folder.appendingPathComponent("sandbox.err").path)
        let deadline = ContinuousClock.now + .seconds(60)
        var banner = ""
        while !banner.contains("Press Ctrl-C") {
            guard ContinuousClock.now < deadline else {
                kill(pid, SIGKILL)
                throw Spawn.Failure(description: "till sandbox serve did not start in 60 s: \(banner)")
            }
            usleep(20_000)
            banner = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        }
        guard let range = banner.range(of: #"listening on (http://[0-9.:]+)"#, options: .regularExpression) else {
            kill(pid, SIGKILL)
            throw Spawn.Failure(description: "no address in the sandbox banner: \(banner)")
        }
        baseURL = String(banner[range].dropFirst("listening on ".count))
        control = SandboxControlClient(serverURL: baseURL, transport: AsyncHTTPTransport(requestTimeout: .seconds(30)))
    }

    /// Every payment the sandbox knows.
    func payments() async throws -> [PaymentSummary] {
        try await control.paymentSummaries()
    }

    /// The sandbox's request log, and how many older records it forgot.
    func requests() async throws -> (records: [SandboxRequestRecord], forgotten: Int) {
        try await control.requestLog()
    }

    /// SIGTERM, and wait for it to save and exit.
    func stop() {
        kill(pid, SIGTERM)
        _ = Subprocess.wait(pid)
    }
}
