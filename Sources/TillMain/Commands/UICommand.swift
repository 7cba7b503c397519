import ArgumentParser
import Foundation
import TerminalUI
import TillCore

/// `till` and `till ui`: the counter screen in the terminal.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Run the counter screen in this terminal (what `till` does with no arguments).")

    @OptionGroup var wiring: WiringOptions

    @Option(help: "A built-in theme (default, dark, high-contrast, takemepay) or a theme file's path. Default: the one chosen with F6 last time, else [ui] theme.")
    var theme: String?

    @Option(help: "The store's name shown on the screen. Default: [store] name.")
    var storeName: String?

    @Option(help: "The longest gap between a barcode scanner's keys, in milliseconds. Default: [scanner] gap.")
    var scanGap: Int64?

    @Option(help: ArgumentHelp("Open a shift for this cashier when none is open, instead of asking.", valueName: "name"))
    var cashier: String?

    @Option(name: .customLong("float"), help: ArgumentHelp("The cash in the drawer of the shift --cashier opens (default 0).", valueName: "amount"))
    var float: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let scanGap, !(5...1000).contains(scanGap) {
            throw ValidationError(language.early[.scanGapOutOfRange])
        }
        if float != nil, cashier == nil { throw ValidationError(language.early[.shopFloatNeedsCashier]) }
        if let cashier, cashier.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(language.early[.shopEmptyCashier])
        }
    }

    func run() throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let background = environment.startCounterReconciler()
        defer { background.stop() }
        let store = environment.store
        let loader = ThemeFiles.loader(strings: environment.strings)
        // --theme, else the theme chosen with F6 last time, else [ui] theme.
        let loaded = loader.load(theme ?? StateFiles.keptTheme() ?? environment.ui.theme)
        let available = loader.available()
        var settings = TerminalLoop.Settings(
            theme: loaded.theme, storeName: storeName ?? store.name, currency: store.currency,
            maximum: store.maximumSale, scanGap: scanGap ?? Int64(environment.scanner.gapMilliseconds),
            startMessages: loaded.messages + available.problems,
            checkout: environment.checkout())
        settings.themes = available.themes
        settings.ordersInUse = background.screenOrders
        settings.isDemo = environment.isDemo
        settings.language = language.chosen(configured: environment.ui.language)
        settings.keepTheme = { StateFiles.keepTheme($0) }
        settings.shop = CounterShopDesk(environment: environment)
        settings.lane = environment.journal.lane
        if let cashier {
            let money = try ShopAmount.parse(
                float ?? "0", option: "--float", currency: store.currency, environment.strings, allowZero: true)
            settings.openShiftAtStart = ShiftOpening(cashier: cashier.trimmingCharacters(in: .whitespaces), float: money)
        }
        let exit: TerminalExit
        do {
            exit = try TerminalLoop.run(settings, environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("till: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // The terminal is restored by now: the line stays readable under the shell's prompt.
        if let farewell = exit.farewell { FileHandle.standardError.write(Data((farewell + "\n").utf8)) }
        if let signal = exit.signal { throw ExitCode(128 + signal) }
    }
}
