import ArgumentParser
import Dispatch
import Foundation
import Sandbox
import TillCore
import Wire
import WireHTTPClient

/// `till sandbox`: the gateway sandbox as a real HTTP server on loopback, and its simulated buyer.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the four gateways' sandbox on loopback, and act as the buyer.",
        subcommands: [SandboxServe.self, SandboxBuyerPay.self, SandboxBuyerDecline.self, SandboxBuyerCancel.self, SandboxPayments.self, SandboxBench.self]
    )
}

/// `till sandbox serve`.
struct SandboxServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve all four gateways on one port: /takemepay/v1, /tapin, /pomelo/public, /motp.")

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8808

    @Option(help: "The address to bind. Only loopback unless you mean otherwise.")
    var host: String = "127.0.0.1"

    @Option(help: "Keep the sandbox's state in this file across restarts.")
    var state: String?

    @Option(name: .customLong("write-config"), help: "Write a Till configuration file pointing every gateway here.")
    var writeConfig: String?

    @Option(help: "The store currency the demo accounts accept (ISO 4217 code).")
    var currency: String = "JPY"

    @Option(name: .customLong("buyer-delay"), help: "Seconds after a QR code is shown that the simulated buyer pays.")
    var buyerDelay: Double = 3

    @Flag(name: .customLong("manual-buyer"), help: "The buyer acts only when told (till sandbox pay|decline|cancel).")
    var manualBuyer = false

    @Option(name: .customLong("fault"), help: "Inject faults: GATEWAY[/CALL]:KIND=RATE[,...]; KIND one of 500, 429, drop (not processed), lost or dropafter, 500after, syserr (processed, then no answer, a 500 or a system error), delay[=RATE@SECONDS]; CALL money or one money-moving call (quick-pay, charges, create, ...). Repeatable.")
    var faults: [String] = []

    @Option(help: "The seed of the fault generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("pomelo-webhook"), help: "Pomelo's company-wide webhook URL.")
    var pomeloWebhook: String?

    func validate() throws {
        let strings = LanguageOption.early()
        guard Currency(code: currency) != nil else {
            throw ValidationError(strings.text(.sandboxCurrency, ["currency": currency]))
        }
        guard buyerDelay >= 0 else { throw ValidationError(strings[.sandboxBuyerDelay]) }
    }

    func run() async throws {
        var plan = FaultPlan(seed: seed)
        for fault in faults {
            do { try plan.add(fault) } catch { throw ValidationError("--fault \(fault): \(error)") }
        }
        var configuration = SandboxConfiguration.demo(storeCurrency: currency, buyerPaysAfter: manualBuyer ? nil : buyerDelay)
        configuration.pomeloCompanyWebhook = pomeloWebhook
        let engine = try SandboxEngine(
            configuration: configuration, outbound: AsyncHTTPTransport(requestTimeout: .seconds(10)), faults: plan,
            stateFile: state.map { URL(fileURLWithPath: $0) })
        let server: SandboxHTTPServer
        do {
            server = try SandboxHTTPServer(engine: engine, host: host, port: port)
        } catch {
            throw SandboxCommandError(description: "\(error): pick another port with --port (0 takes any free one)")
        }
        server.start()
        if let writeConfig {
            let text = SandboxConfigFile.toml(serverURL: server.baseURL, currency: currency.uppercased())
            try Data(text.utf8).write(to: URL(fileURLWithPath: writeConfig), options: .atomic)
        }
        Self.say(SandboxConfigFile.banner(serverURL: server.baseURL))
        if let writeConfig { Self.say("  Config      written to \(writeConfig)") }
        Self.say("Press Ctrl-C to stop.")
        let background = Task { await engine.runBackgroundWork() }
        await Self.waitForStopSignal()
        background.cancel()
        server.stop()
        try engine.save()
        Self.say("Sandbox stopped.")
    }

    /// Writes a line at once, unbuffered, so a script reading the banner through a pipe sees it.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Returns when SIGINT or SIGTERM arrives.
    static func waitForStopSignal() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = StopOnce(continuation)
            for number in [SIGINT, SIGTERM] {
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { once.fire() }
                source.resume()
                once.keep(source)
            }
        }
    }
}

/// Resumes the waiting command once, whichever signal comes first, and keeps the sources alive.
private final class StopOnce: @unchecked Sendable {
    // Guarded by `lock`; DispatchSource is not Sendable, so this box carries them.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func keep(_ source: any DispatchSourceSignal) { lock.withLock { sources.append(source) } }

    func fire() {
        let pending = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { continuation = nil }
            return continuation
        }
        pending?.resume()
    }
}

/// The options the buyer commands share.
struct BuyerOptions: ParsableArguments {
    @Argument(help: "The payment: a TakeMe Pay source id, TapIn id_1, Pomelo transaction id or localId, or MOTP out_trade_no.")
    var reference: String

    @Option(help: "The sandbox server's address.")
    var url: String = "http://127.0.0.1:8808"

    @Option(help: "Look only at this gateway: takemepay, tapin, pomelo or motp.")
    var gateway: String?

    func act(_ action: BuyerAction) async throws {
        var only: GatewayID?
        if let gateway {
            guard let found = GatewayID(rawValue: gateway) else {
                throw ValidationError(LanguageOption.early().text(.gatewayUnknown, ["gateway": gateway]))
            }
            only = found
        }
        do {
            print(try await SandboxControlClient(serverURL: url, transport: AsyncHTTPTransport(requestTimeout: .seconds(10))).buyer(action, reference: reference, gateway: only))
        } catch {
            throw SandboxCommandError(description: error.message)
        }
    }
}

/// A failure the sandbox reported, printed as is (no usage text: the command line was right).
struct SandboxCommandError: Error, CustomStringConvertible {
    let description: String
}

/// `till sandbox pay REF`.
struct SandboxBuyerPay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pay", abstract: "The buyer pays a waiting payment.")
    @OptionGroup var options: BuyerOptions
    func run() async throws { try await options.act(.pay) }
}

/// `till sandbox decline REF`.
struct SandboxBuyerDecline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decline", abstract: "The buyer declines a waiting payment.")
    @OptionGroup var options: BuyerOptions
    func run() async throws { try await options.act(.decline) }
}

/// `till sandbox cancel REF`.
struct SandboxBuyerCancel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "The buyer walks away from a waiting payment.")
    @OptionGroup var options: BuyerOptions
    func run() async throws { try await options.act(.cancel) }
}

/// `till sandbox payments`.
struct SandboxPayments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "payments", abstract: "List the payments a running sandbox knows.")

    @Option(help: "The sandbox server's address.")
    var url: String = "http://127.0.0.1:8808"

    func run() async throws {
        do {
            let lines = try await SandboxControlClient(serverURL: url, transport: AsyncHTTPTransport(requestTimeout: .seconds(10))).payments()
            // The header stays English: it names the columns scripts cut.
            print(lines.isEmpty ? LanguageOption.early()[.sandboxNoPayments] : "gateway\treference\tamount (minor units)\tstate")
            for line in lines { print(line) }
        } catch {
            throw SandboxCommandError(description: error.message)
        }
    }
}

/// `till sandbox bench`: requests per second for create + status over loopback.
struct SandboxBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the sandbox server: create + status requests per second over loopback.")

    @Option(help: "Create + status pairs per gateway.")
    var pairs: Int = 5000

    @Option(help: "Parallel keep-alive connections.")
    var connections: Int = 4

    func validate() throws {
        guard pairs > 0, connections > 0 else { throw ValidationError(LanguageOption.early()[.sandboxPairs]) }
    }

    func run() throws {
        for result in try SandboxBenchmark.run(pairs: pairs, connections: connections, client: AsyncHTTPTransport()) { print(result) }
    }
}
