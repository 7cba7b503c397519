import ArgumentParser
import Checkout
import Foundation
import Logging
import StoreServer
import TillCore

/// `till store`: the store's one server for the gateways' webhooks and for the lanes that hold no
/// TakeMe Pay secret key.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "The store server: the gateways' webhooks, and TakeMe Pay's secret-key calls for the lanes.",
        subcommands: [Serve.self, Token.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Receive the gateways' webhooks, make the lanes' secret-key calls (and answer /healthz) until stopped.",
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

                Lanes without TakeMe Pay's secret key: this server keeps the secret key
                and makes the secret-key calls (charges, refunds, and the reads and lists
                after them) for the lanes it lists, each with its own token
                (`till store token` makes one).
                  this server's file:
                    [gateways.takemepay]  public_key, secret_key (and base_url: the
                                          same account as the lanes')
                    [store.lanes]         counter-1 = "TOKEN-1"
                                          counter-2 = "TOKEN-2"
                  each counter's file:
                    [gateways.takemepay]  public_key only, no secret_key
                    [store]               server = "https://STORE"
                                          token = "TOKEN-1" (or TILL_STORE_TOKEN)
                A counter creates its QR codes with the public key and sends its
                secret-key calls to https://STORE/relay/takemepay/...; this server checks
                the token, adds the key and sends each call to TakeMe Pay once. A wrong
                or missing token is refused (401), and the counter says so before it
                shows any QR code. An answer lost between this server and TakeMe Pay
                reaches the counter as a lost answer, never as a refusal: the counter
                asks by its order number, as when it loses an answer itself.
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
            let relay = Self.relay(environment, logger: logger)
            let strings = environment.strings
            let gateways = desk.gateways.isEmpty ? strings[.storeNoGateway] : desk.gateways.map(\.rawValue).joined(separator: ", ")
            let lanes = environment.relayLanes.map(\.lane)
            let relaying = relay.map { _ in
                strings.text(.storeRelaying, ["count": String(lanes.count), "lanes": lanes.joined(separator: ", ")]) + "\n"
            }
            let host = self.host
            // The store's one reconciler: this server's, while it leads (see ReconcilerLeadership).
            let background = BackgroundReconciler(
                reconciler: Reconciler(service: checkout), screenOrders: ScreenOrders(locks: claims), locks: claims)
            background.start(clock: ContinuousClock())
            defer { background.stop() }
            try await StoreHTTPServer(desk: desk, relay: relay, logger: logger).run(host: host, port: port) { bound in
                // Written at once, unbuffered: a script waits for this line to learn the port.
                let line = strings.text(.storeListening, ["address": "http://\(host):\(bound)", "gateways": gateways]) + "\n"
                FileHandle.standardOutput.write(Data((line + (relaying ?? "")).utf8))
            }
        }

        /// The relay for the lanes of `[store.lanes]`, with TakeMe Pay's secret key; nil without lanes.
        static func relay(_ environment: TillEnvironment, logger: Logger) -> StoreRelayDesk? {
            guard !environment.relayLanes.isEmpty, let account = environment.relayAccount else { return nil }
            return StoreRelayDesk(
                lanes: environment.relayLanes.map { StoreRelayDesk.Lane(id: $0.lane, token: $0.token) },
                secretKey: account.takemepay?.secretKey, baseURL: account.baseURL,
                transport: GatewayFactory.network(.seconds(30)), logger: logger)
        }
    }

    /// `till store token`: a new lane token, 32 random bytes as 64 hexadecimal digits.
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Print a new lane token for [store] token and the store server's [store.lanes].",
            discussion: "The token alone goes to standard output (for a script), what to do with it to standard error.")
        @OptionGroup var language: LanguageOption

        func run() throws {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            print(HexText.encode(bytes))
            printError(language.early[.storeTokenMade])
        }
    }
}
