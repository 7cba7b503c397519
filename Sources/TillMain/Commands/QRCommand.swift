import ArgumentParser
import FrontDoor

/// `till qr`, as `till --help` lists it. Never run: the `till` binary answers `till qr` itself
/// (`FrontDoor`), and `till-main` hands `qr` to the same `QRTool` before parsing its command line.
struct QRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr",
        abstract: "Encode a text as a QR code and print it.",
        discussion: "See `till qr --help` for its options.")

    @Argument(parsing: .allUnrecognized, help: "The payload and the options of `till qr --help`.")
    var arguments: [String] = []

    func run() throws {
        let status = QRTool.run(arguments)
        if status != 0 { throw ExitCode(status) }
    }
}
