import ArgumentParser
import Foundation
import QRCode

/// `till qr`: encodes a text (or standard input) as a QR code and prints it.
struct QRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr",
        abstract: "Encode a text as a QR code and print it.",
        discussion: """
            Without TEXT, reads one payload from standard input (a trailing newline is dropped).

            The utf8 format draws half blocks for light text on a dark terminal; --invert draws them \
            for dark text on a light terminal. The ansi format sets black on bright white itself.

            Bad input exits with status 2.
            """)

    @Argument(help: "The payload. Omit it to read standard input.")
    var text: String?

    @Option(help: "Error correction level: L, M, Q or H.")
    var ecc = "M"

    @Option(help: "auto (fewest bits), numeric, alphanumeric, byte or kanji.")
    var mode = "auto"

    @Option(parsing: .unconditional, help: "Force the mask pattern, 0-7 (default: chosen by penalty score).")
    var mask: String?

    @Option(name: .customLong("min-version"), parsing: .unconditional, help: "Smallest version to use, 1-40.")
    var minVersion = "1"

    @Option(name: .customLong("max-version"), parsing: .unconditional, help: "Largest version to use, 1-40.")
    var maxVersion = "40"

    @Flag(help: "Raise the error correction level while the version stays the same.")
    var boost = false

    @Flag(help: "Declare UTF-8 with an ECI designator before the data.")
    var eci = false

    @Option(name: .customLong("quiet-zone"), parsing: .unconditional, help: "Light modules around the code, at least 1.")
    var quietZone = "4"

    @Option(help: "utf8, ansi, matrix (0/1 per module row, no quiet zone) or svg.")
    var format = "utf8"

    @Flag(help: "For utf8: draw for dark text on a light background.")
    var invert = false

    @Flag(help: "Print the version, error correction level and mask to standard error.")
    var verbose = false

    func run() throws {
        do {
            let options = try QROptions(self)
            let payload = try text ?? Self.readStandardInput()
            guard !payload.isEmpty else {
                throw QRUsageError("the payload is empty: give TEXT or pipe the payload on standard input.")
            }
            let matrix: QRMatrix
            do {
                matrix = try QREncoder.encode(
                    text: payload, ecc: options.ecc, mode: options.mode, minVersion: options.minVersion,
                    maxVersion: options.maxVersion, mask: options.mask, boost: boost, eci: eci)
            } catch {
                throw QRUsageError(error.description)
            }
            if verbose {
                Self.printError(
                    "version \(matrix.version), ECC \(matrix.errorCorrectionLevel), mask \(matrix.mask), "
                        + "\(matrix.size)×\(matrix.size) modules")
            }
            FileHandle.standardOutput.write(Data(render(matrix, options).utf8))
        } catch let error as QRUsageError {
            Self.printError("till qr: \(error.message)")
            throw ExitCode(2)
        }
    }

    private func render(_ matrix: QRMatrix, _ options: QROptions) -> String {
        switch options.format {
        case "ansi": ANSIRenderer(quietZone: options.quietZone).render(matrix)
        case "matrix": MatrixTextRenderer().render(matrix)
        case "svg": SVGRenderer(quietZone: options.quietZone).render(matrix)
        default:
            HalfBlockRenderer(quietZone: options.quietZone, polarity: invert ? .darkInk : .lightInk).render(matrix)
        }
    }

    /// The most a QR code holds (7,089 digits in numeric mode, version 40-L), plus a line end.
    static let maximumInputBytes = 7_089 + 2

    /// One payload from standard input, without its trailing line end; it must be UTF-8. At most
    /// `maximumInputBytes` are read: `till qr < /dev/zero` is refused instead of filling the memory.
    static func readStandardInput(_ input: FileHandle = .standardInput) throws -> String {
        var bytes: [UInt8] = []
        while bytes.count <= maximumInputBytes {
            guard let chunk = try? input.read(upToCount: maximumInputBytes + 1 - bytes.count), !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
        }
        guard bytes.count <= maximumInputBytes else {
            throw QRUsageError(
                "standard input holds more than 7,089 bytes, the most a QR code can hold: pipe a shorter payload.")
        }
        if bytes.last == 0x0A {
            bytes.removeLast()
            if bytes.last == 0x0D { bytes.removeLast() }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw QRUsageError("standard input is not valid UTF-8 text: pass the payload as UTF-8.")
        }
        return text
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A bad option or payload: printed with `till qr:` before it, exit status 2.
struct QRUsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The options of `till qr`, checked.
private struct QROptions {
    let ecc: ErrorCorrectionLevel
    let mode: QRTextMode
    let mask: Int?
    let minVersion: Int
    let maxVersion: Int
    let quietZone: Int
    let format: String

    init(_ command: QRCommand) throws {
        guard let ecc = ErrorCorrectionLevel(letter: command.ecc) else {
            throw QRUsageError("unknown error correction level \"\(command.ecc)\": use L, M, Q or H.")
        }
        guard let mode = QRTextMode(rawValue: command.mode.lowercased()) else {
            throw QRUsageError("unknown mode \"\(command.mode)\": use auto, numeric, alphanumeric, byte or kanji.")
        }
        if let text = command.mask {
            guard let mask = Int(text), (0...7).contains(mask) else {
                throw QRUsageError("mask \"\(text)\" is not a mask pattern: use a number from 0 to 7.")
            }
            self.mask = mask
        } else {
            mask = nil
        }
        minVersion = try Self.version(command.minVersion, option: "--min-version")
        maxVersion = try Self.version(command.maxVersion, option: "--max-version")
        guard minVersion <= maxVersion else {
            throw QRUsageError("--min-version \(minVersion) is larger than --max-version \(maxVersion).")
        }
        guard let quietZone = Int(command.quietZone), quietZone >= 1, quietZone <= 40 else {
            throw QRUsageError("quiet zone \"\(command.quietZone)\" is not valid: use 1 to 40 modules (4 is standard).")
        }
        guard ["utf8", "ansi", "matrix", "svg"].contains(command.format) else {
            throw QRUsageError("unknown format \"\(command.format)\": use utf8, ansi, matrix or svg.")
        }
        self.ecc = ecc
        self.mode = mode
        self.quietZone = quietZone
        format = command.format
    }

    private static func version(_ text: String, option: String) throws -> Int {
        guard let version = Int(text), QRVersion.range.contains(version) else {
            throw QRUsageError("\(option) \"\(text)\" is not a version: use a number from 1 to 40.")
        }
        return version
    }
}
