import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// One payment as a running sandbox lists it (`GET /__sandbox/payments`).
struct SandboxPayment: Sendable {
    let gateway: String
    let reference: String
    /// The merchant order number the payment carries.
    let order: String?
    let amountMinor: Int64
    let state: String
    /// Whether the buyer's money was taken (refunded since or not).
    let paid: Bool
    /// How many times money was taken: more than 1 is a double charge.
    let charges: Int
    let refundedMinor: Int64
}

/// One gateway request as a running sandbox logged it (`GET /__sandbox/requests`).
struct SandboxRequest: Sendable {
    let gateway: String
    let method: String
    /// The money-moving call (`quick-pay`, `create`, `sources`, `charges`, `refund`, `refunds`, ...).
    let call: String?
    let order: String?
    let refund: String?
    let fault: String?
    /// Whether the gateway handled it (a fault may have stopped it before).
    let processed: Bool
}

/// `till sandbox serve` on 127.0.0.1 (a free port), with faults, writing a configuration that points
/// every gateway at it. Stopped with SIGTERM.
final class SandboxServer: Sendable {
    let folder: URL
    let configPath: String
    let baseURL: String
    private let pid: pid_t

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
    }

    /// Every payment the sandbox knows.
    func payments() async throws -> [SandboxPayment] {
        let url = URL(string: baseURL + "/__sandbox/payments")!
        let (data, _) = try await URLSession.shared.data(from: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let list = object["payments"] as? [[String: Any]]
        else { throw Spawn.Failure(description: "the sandbox's payment list is not JSON: \(String(decoding: data, as: UTF8.self))") }
        return list.map { item in
            SandboxPayment(
                gateway: item["gateway"] as? String ?? "?", reference: item["reference"] as? String ?? "?",
                order: item["order"] as? String, amountMinor: Self.integer(item["amount"]), state: item["state"] as? String ?? "?",
                paid: item["paid"] as? Bool ?? false, charges: Int(Self.integer(item["charges"])),
                refundedMinor: Self.integer(item["refunded"]))
        }
    }

    /// The sandbox's request log, and how many older records it forgot.
    func requests() async throws -> (records: [SandboxRequest], forgotten: Int) {
        let url = URL(string: baseURL + "/__sandbox/requests")!
        let (data, _) = try await URLSession.shared.data(from: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let list = object["requests"] as? [[String: Any]]
        else { throw Spawn.Failure(description: "the sandbox's request log is not JSON: \(String(decoding: data.prefix(300), as: UTF8.self))") }
        let records = list.map { item in
            SandboxRequest(
                gateway: item["gateway"] as? String ?? "?", method: item["method"] as? String ?? "?",
                call: item["call"] as? String, order: item["order"] as? String, refund: item["refund"] as? String,
                fault: item["fault"] as? String, processed: item["processed"] as? Bool ?? false)
        }
        return (records, Int(Self.integer(object["forgotten"])))
    }

    private static func integer(_ value: Any?) -> Int64 {
        (value as? NSNumber)?.int64Value ?? 0
    }

    /// SIGTERM, and wait for it to save and exit.
    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        Spawn.wait(pid, &status)
    }
}
