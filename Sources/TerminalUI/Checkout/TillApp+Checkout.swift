import TillCore

extension TillApp {
    /// A key on the checkout sheet.
    static func handleOnSheet(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        if key == .escape { model.screen = .amount }
    }

    /// A key while a payment is in progress.
    static func handleOnPayment(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {}

    /// A key on the result screen.
    static func handleOnResult(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        if key == .enter { model.screen = .amount }
    }

    /// A buyer's payment code read by the scanner, on any screen.
    static func handleScan(_ code: String, in model: inout AppModel, effects: inout [AppEffect]) {
        model.message = .info("QuickPay: code …\(code.suffix(4)) scanned")
    }
}
