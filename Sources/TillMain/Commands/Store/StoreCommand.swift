import ArgumentParser
import Checkout
import Foundation
import Logging
import StoreServer
import TillCore

/// `till store`: the store's one server for the gateways' webhooks.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "The store server: the gateways' webhooks, verified and recorded once.",
        subcommands: [Serve.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve", abstract: "Receive the gateways' webhooks (and answer /healthz) until stopped.",
            discussion: """
                Point each gateway's webhook at this server (behind the store's HTTPS proxy):
                  TakeMe Pay  https://STORE/webhooks/takemepay  (POST /webhooks with that url; put the answer's
                              "secret" in [gateways.takemepay] webhook_secret)
                  TapIn Pay   https://STORE/webhooks/tapin      ([gateways.tapin] webhook_url: TapIn posts there)
                  Pomelo Pay  https://STORE/webhooks/pomelo     (the dashboard's Connect → Webhooks, or webhook_url)
                Each delivery is verified as its gateway's document says (TakeMe Pay's TakemePay-Signature
                HMAC within 300 s, Pomelo's signature of amount and currency; TapIn's callback is unsigned),
                recorded once in the journal (a retry is acknowledged, not recorded again), acknowledged
                (TapIn: the body SUCCESS; the others: 200), and then the gateway is asked where the
                payment stands: a webhook is a hint, never the outcome. Every delivery is logged
                (`till log`) without its secrets.
                """)
        @OptionGroup var wiring: WiringOptions
        @OptionGroup var language: LanguageOption
        @Option(help: "The port to listen on (0: any free port, printed at start).") var port: Int = 8088
        @Option(help: "The address to listen on.") var host: String = "127.0.0.1"

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(language.early[.storePortRange]) }
        }

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let logger = Logger(label: "till.store")
            let checkout = environment.checkout()
            let claims = environment.orderLocks
            let desk = WebhookDesk(
                verifiers: environment.webhookVerifiers, journal: environment.journal,
                check: { order in _ = try? await Reconciler(service: checkout).checkNow(order, claims: claims) }, logger: logger)
            let strings = environment.strings
            let gateways = desk.gateways.isEmpty ? strings[.storeNoGateway] : desk.gateways.map(\.rawValue).joined(separator: ", ")
            let host = self.host
            // The store's one reconciler: this server's, while it leads (see ReconcilerLeadership).
            let background = BackgroundReconciler(
                reconciler: Reconciler(service: checkout), screenOrders: ScreenOrders(locks: claims), locks: claims)
            background.start(clock: ContinuousClock())
            defer { background.stop() }
            try await StoreHTTPServer(desk: desk, logger: logger).run(host: host, port: port) { bound in
                // Written at once, unbuffered: a script waits for this line to learn the port.
                let line = strings.text(.storeListening, ["address": "http://\(host):\(bound)", "gateways": gateways]) + "\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        }
    }
}
