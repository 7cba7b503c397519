import ArgumentParser
import QRCode

/// `till qr`: STUB, lands with issue 3.
struct QRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr", abstract: "Encode a text as a QR code and print it.")
}
