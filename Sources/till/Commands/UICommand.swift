import ArgumentParser
import Foundation
import TerminalUI
import TillCore

/// `till` and `till ui`: the counter screen in the terminal.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Run the counter screen in this terminal (what `till` does with no arguments).")

    @Option(help: "A built-in theme (default, dark, high-contrast, takemepay) or a theme file's path.")
    var theme: String?

    @Option(help: "The store's name shown on the screen.")
    var storeName = "Demo store"

    @Option(help: "The store's currency, an ISO 4217 code.")
    var currency = "JPY"

    @Option(help: "The longest gap between a barcode scanner's keys, in milliseconds.")
    var scanGap: Int64 = 50

    func validate() throws {
        guard Currency(code: currency) != nil else {
            throw ValidationError("\(currency) is not an ISO 4217 currency code; use one such as JPY or USD")
        }
        guard (5...1000).contains(scanGap) else {
            throw ValidationError("--scan-gap must be between 5 and 1000 milliseconds")
        }
    }

    func run() throws {
        guard let currency = Currency(code: currency) else { return }
        let loaded = ThemeLoader().load(theme)
        var perSaleLimit: Int64 = 1_000_000
        for _ in 0..<currency.minorUnitExponent { perSaleLimit *= 10 }
        let settings = TerminalLoop.Settings(
            theme: loaded.theme, storeName: storeName, currency: currency,
            maximum: Money(minorUnits: perSaleLimit, currency: currency), scanGap: scanGap,
            startMessages: loaded.messages)
        let stoppedBy: Int32?
        do {
            stoppedBy = try TerminalLoop.run(settings, environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("till: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if let stoppedBy { throw ExitCode(128 + stoppedBy) }
    }
}
