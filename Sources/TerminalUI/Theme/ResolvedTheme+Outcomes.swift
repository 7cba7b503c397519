extension ResolvedTheme {
    /// Paid in green, declined (or not started) in red, unconfirmed in amber, cancelled plain, so the
    /// outcome reads at a glance. Without colour: bold, and reverse video for what needs a person.
    func outcome(_ outcome: PaymentResult.Outcome) -> CellStyle {
        switch outcome {
        case .paid: depth == .none ? commodityPrice.bold() : CellStyle(foreground: .indexed(2), background: sheet.background, bold: true)
        case .declined, .notStarted: error
        case .unconfirmed:
            depth == .none ? CellStyle(bold: true, reverse: true) : CellStyle(foreground: .indexed(3), background: sheet.background, bold: true)
        case .cancelled: paymentMethod.bold()
        }
    }
}
