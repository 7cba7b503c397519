import Checkout
import Foundation
import QRCode
import TillCore
import TillStrings
import Wire

/// What `till pay` prints: the QR code and progress for a person, or JSON lines for a script
/// (`--json`: standard output carries JSON lines only; the QR drawing goes to standard error).
struct PayReporter: Sendable {
    let json: Bool
    /// Draw the code light on dark (`--invert`) instead of dark on light.
    var invert = false
    /// The language of the sentences for a person (JSON lines keep the machine's names).
    var strings = Strings(.en)

    /// Draws the QR code to fit the terminal and, with `--json`, announces it.
    func showQR(_ payment: ActivePayment) {
        guard let payload = payment.qrPayload else { return }
        let drawing = Self.drawing(of: payload, inverted: invert)
        if json {
            FileHandleWriter.writeToStandardError(drawing)
            var line: JSONValue = ["event": "qr", "payload": .string(payload), "order": .string(payment.orderNumber.rawValue)]
            if let expiresAt = payment.expiresAt { line["expires"] = .string(expiresAt.ISO8601Format()) }
            emit(JSONWriter.text(line))
        } else {
            emit(drawing, terminator: "")
            let amount = "\(payment.attempt.amount.decimalText) \(payment.attempt.amount.currency.code)"
            emit(strings.text(
                .cliShowCode,
                ["order": payment.orderNumber.rawValue, "amount": amount, "gateway": payment.attempt.gateway.displayName]))
        }
    }

    /// Renders one event of the payment session.
    func report(_ event: PaymentSession.Event) {
        switch event {
        case .started(let payment):
            showQR(payment)
            if let reason = payment.checking { checking(payment, reason: reason) }
        case .checking(let reason):
            line(state: "checking", word: nil, reason: reason, text: strings.text(.cliChecking, ["reason": reason]))
        case .status(let state, let gatewayStatus):
            line(state: state.rawValue, word: gatewayStatus, reason: nil, text: strings.text(.cliWaiting, ["status": gatewayStatus]))
        case .windowEnded:
            break
        }
    }

    private func line(state: String, word: String?, reason: String?, text: String) {
        guard json else { return emit(text) }
        var line: JSONValue = ["event": "status", "state": .string(state)]
        if let word { line["gateway_status"] = .string(word) }
        if let reason { line["reason"] = .string(reason) }
        emit(JSONWriter.text(line))
    }

    /// The gateway's answer to the create settled nothing: say so before the first question by number.
    private func checking(_ payment: ActivePayment, reason: String) {
        if json {
            emit(JSONWriter.text([
                "event": "checking", "order": .string(payment.orderNumber.rawValue), "reason": .string(reason),
            ]))
        } else {
            emit(strings.text(.cliMayHaveGoneThrough, ["order": payment.orderNumber.rawValue, "reason": reason]))
        }
    }

    /// The final line: how the payment ended, and the reason told in `message`'s language (JSON
    /// keeps English, the machine's words); the JSON line carries the receipt's number.
    func result(_ attempt: PaymentAttempt, message: (Strings) -> String?, receipt: Int64? = nil) {
        let message = message(json ? Strings(.en) : strings)
        if json {
            var line: JSONValue = [
                "event": "result", "state": .string(attempt.state.rawValue), "order": .string(attempt.orderNumber.rawValue),
                "gateway": .string(attempt.gateway.rawValue), "brand": .string(attempt.brand.rawValue),
                "amount": .string(attempt.amount.decimalText), "currency": .string(attempt.amount.currency.code),
            ]
            if let message { line["message"] = .string(message) }
            if let receipt { line["receipt"] = .number(String(receipt)) }
            emit(JSONWriter.text(line))
        } else {
            let names = [
                "amount": "\(attempt.amount.decimalText) \(attempt.amount.currency.code)", "order": attempt.orderNumber.rawValue,
                "state": PaymentWords.state(attempt.state, in: strings),
            ]
            switch attempt.state {
            case .succeeded: emit(strings.text(.cliPaid, names))
            case .unconfirmed, .created, .awaitingBuyer, .processing: emit(strings.text(.cliUnconfirmed, names))
            default: emit(strings.text(.cliNotPaid, names))
            }
        }
        if let message { printError(message) }
    }

    private func emit(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    /// The half-block drawing of `payload`, as large as the terminal allows (80 × 24 when unknown).
    /// The code in explicit colours (dark on light, or light on dark when `inverted`), so it scans
    /// whatever the terminal's own colours are.
    static func drawing(of payload: String, inverted: Bool = false) -> String {
        let environment = ProcessInfo.processInfo.environment
        let columns = environment["COLUMNS"].flatMap(Int.init) ?? 80
        let rows = environment["LINES"].flatMap(Int.init) ?? 24
        let choice = TerminalFit.fit(text: payload, columns: columns, rows: max(rows - 2, 12))
            ?? TerminalFit.fit(text: payload, columns: 400, rows: 200)
        guard let choice else { return "(The payload is too long to draw as a QR code: \(payload))\n" }
        return ANSIRenderer(quietZone: choice.quietZone, inverted: inverted).render(choice.matrix)
    }
}
