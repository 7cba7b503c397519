/// The checkout sheet: commodity, price, brands, confirm button.
enum CheckoutSheetScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {}
}

/// A payment in progress: QR or scanned code, status, countdown.
enum PaymentScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {}
}

/// The outcome of a payment, with a receipt-style summary.
enum ResultScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {}
}
