import ArgumentParser
import FrontDoor

/// `till qr`, as `till --help` lists it. The `till` binary answers `till qr` itself (`FrontDoor`);
/// this command serves `till-main qr …` run directly, with the same code and the same words.
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
