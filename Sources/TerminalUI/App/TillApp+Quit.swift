extension TillApp {
    /// F10, Ctrl-Q or Ctrl-C: quits, except while a payment is open. Quitting then would leave the
    /// buyer's payment without anyone watching it, so the cashier is told why and what to do.
    static func requestQuit(by key: String, in model: inout AppModel, effects: inout [AppEffect]) {
        guard model.screen != .payment else {
            model.message = .error(
                "\(key) does not quit while a payment is open: press Esc to cancel it first")
            effects.append(.bell)
            return
        }
        model.isQuitting = true
        effects.append(.quit)
    }
}
