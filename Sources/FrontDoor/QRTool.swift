import QRCode

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `till qr`: encodes a text (or standard input) as a QR code and prints it.
///
/// It runs in the small `till` binary itself, never in `till-main`: `till qr` is a filter used in
/// shell pipelines, and loading the whole of Till (SwiftNIO, BoringSSL, SQLite, Foundation) would cost
/// ten times the QR itself. So this file speaks to the system with `read` and `write` only.
public enum QRTool {
    /// Runs `till qr` with the arguments after `qr`; returns the exit status (0, or 2 for bad input).
    public static func run(_ arguments: [String]) -> Int32 {
        do throws(QRUsageError) {
            let options = try QROptions(arguments: arguments)
            if options.help {
                write(help, to: STDOUT_FILENO)
                return 0
            }
            if options.version {
                write(TillVersion.text + "\n", to: STDOUT_FILENO)
                return 0
            }
            let payload = if let text = options.text { text } else { try readStandardInput() }
            let matrix = try encode(payload, options)
            if options.verbose {
                write(
                    "version \(matrix.version), ECC \(matrix.errorCorrectionLevel), mask \(matrix.mask), "
                        + "\(matrix.size)×\(matrix.size) modules\n", to: STDERR_FILENO)
            }
            write(render(matrix, options), to: STDOUT_FILENO)
            return 0
        } catch {
            write("till qr: \(error.message)\n", to: STDERR_FILENO)
            return 2
        }
    }

    private static func encode(_ payload: String, _ options: QROptions) throws(QRUsageError) -> QRMatrix {
        guard !payload.isEmpty else {
            throw QRUsageError("the payload is empty: give TEXT or pipe the payload on standard input.")
        }
        do {
            return try QREncoder.encode(
                text: payload, ecc: options.ecc, mode: options.mode, minVersion: options.minVersion,
                maxVersion: options.maxVersion, mask: options.mask, boost: options.boost, eci: options.eci)
        } catch {
            throw QRUsageError(error.description)
        }
    }

    private static func render(_ matrix: QRMatrix, _ options: QROptions) -> String {
        switch options.format {
        case .ansi: ANSIRenderer(quietZone: options.quietZone).render(matrix)
        case .matrix: MatrixTextRenderer().render(matrix)
        case .svg: SVGRenderer(quietZone: options.quietZone).render(matrix)
        case .utf8:
            HalfBlockRenderer(quietZone: options.quietZone, polarity: options.invert ? .darkInk : .lightInk)
                .render(matrix)
        }
    }

    /// The most a QR code holds (7,089 digits in numeric mode, version 40-L), plus a line end.
    public static let maximumInputBytes = 7_089 + 2

    /// One payload from standard input, without its trailing line end; it must be UTF-8. At most
    /// `maximumInputBytes` are read: `till qr < /dev/zero` is refused instead of filling the memory.
    static func readStandardInput() throws(QRUsageError) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count <= maximumInputBytes {
            let wanted = min(chunk.count, maximumInputBytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, wanted) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[..<count])
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

    /// Writes all of `text`, however the kernel splits it.
    static func write(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
                #else
                    Darwin.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
                #endif
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }

    /// What `till qr --help` prints.
    public static let help = """
        OVERVIEW: Encode a text as a QR code and print it.

        Without TEXT, reads one payload from standard input (a trailing newline is
        dropped). The utf8 format draws half blocks for light text on a dark
        terminal; --invert draws them for dark text on a light terminal. The ansi
        format sets black on bright white itself. Bad input exits with status 2.

        USAGE: till qr [<text>] [--ecc <ecc>] [--mode <mode>] [--mask <mask>]
                       [--min-version <n>] [--max-version <n>] [--boost] [--eci]
                       [--quiet-zone <n>] [--format <format>] [--invert] [--verbose]

        ARGUMENTS:
          <text>                  The payload. Omit it to read standard input.

        OPTIONS:
          --ecc <ecc>             Error correction level: L, M, Q or H. (default: M)
          --mode <mode>           auto (fewest bits), numeric, alphanumeric, byte or
                                  kanji. (default: auto)
          --mask <mask>           Force the mask pattern, 0-7 (default: chosen by
                                  penalty score).
          --min-version <n>       Smallest version to use, 1-40. (default: 1)
          --max-version <n>       Largest version to use, 1-40. (default: 40)
          --boost                 Raise the error correction level while the version
                                  stays the same.
          --eci                   Declare UTF-8 with an ECI designator before the data.
          --quiet-zone <n>        Light modules around the code, 1-40. (default: 4)
          --format <format>       utf8, ansi, matrix (0/1 per module row, no quiet
                                  zone) or svg. (default: utf8)
          --invert                For utf8: draw for dark text on a light background.
          --verbose               Print the version, error correction level and mask
                                  to standard error.
          --version               Show the version.
          -h, --help              Show help information.

        An option's value follows it (--ecc H) or is attached (--ecc=H). A TEXT that starts
        with - goes after -- (till qr -- -42).

        """
}
