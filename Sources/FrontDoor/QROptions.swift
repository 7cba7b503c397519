import QRCode

/// The options of `till qr`, read from its arguments by hand and checked: the front door parses them
/// without ArgumentParser, whose reflection of a command costs more start-up time than the QR itself.
public struct QROptions: Equatable, Sendable {
    public var text: String?
    public var ecc: ErrorCorrectionLevel = .medium
    public var mode: QRTextMode = .automatic
    public var mask: Int?
    public var minVersion = 1
    public var maxVersion = 40
    public var boost = false
    public var eci = false
    public var quietZone = 4
    public var format = Format.utf8
    public var invert = false
    public var verbose = false
    /// `-h`, `--help`: print the help and nothing else.
    public var help = false
    /// `--version`: print Till's version and nothing else.
    public var version = false

    /// How the matrix is written out.
    public enum Format: String, Sendable, CaseIterable {
        case utf8, ansi, matrix, svg
    }

    public init() {}

    /// Reads the arguments after `qr`. Options take their value as the next argument or after `=`;
    /// the value is taken as it is even when it starts with `-` (`--mask -1` is a bad mask, not a
    /// missing one). After `--` every argument is the text.
    public init(arguments: [String]) throws(QRUsageError) {
        // Help wins wherever it stands before `--`, even after a bad option, as in other commands.
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
            help = true
            return
        }
        var remaining = arguments[...]
        var onlyText = false
        while let argument = remaining.popFirst() {
            if onlyText || !argument.hasPrefix("-") || argument == "-" {
                guard text == nil else { throw QRUsageError("unexpected argument \"\(argument)\": give one TEXT (quote it).") }
                text = argument
                continue
            }
            if argument == "--" {
                onlyText = true
                continue
            }
            let (name, attached) = Self.split(argument)
            if try setFlag(name, attached: attached) { continue }
            guard Self.optionsWithValues.contains(name) else {
                throw QRUsageError("unknown option \"\(name)\": see till qr --help.")
            }
            guard let value = attached ?? remaining.popFirst() else {
                throw QRUsageError("\(name) needs a value: see till qr --help.")
            }
            try setOption(name, value)
        }
        guard minVersion <= maxVersion else {
            throw QRUsageError("--min-version \(minVersion) is larger than --max-version \(maxVersion).")
        }
    }

    private static let optionsWithValues: Set = [
        "--ecc", "--mode", "--mask", "--min-version", "--max-version", "--quiet-zone", "--format",
    ]

    /// `--ecc=H` → (`--ecc`, `H`); `--ecc` → (`--ecc`, nil).
    private static func split(_ argument: String) -> (name: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// Sets a flag; false when `name` is not one.
    private mutating func setFlag(_ name: String, attached: String?) throws(QRUsageError) -> Bool {
        let flags: [String: WritableKeyPath<QROptions, Bool>] = [
            "--boost": \.boost, "--eci": \.eci, "--invert": \.invert, "--verbose": \.verbose,
            "-h": \.help, "--help": \.help, "--version": \.version,
        ]
        guard let flag = flags[name] else { return false }
        guard attached == nil else { throw QRUsageError("\(name) takes no value: write \(name) alone.") }
        self[keyPath: flag] = true
        return true
    }

    private mutating func setOption(_ name: String, _ value: String) throws(QRUsageError) {
        switch name {
        case "--ecc":
            guard let level = ErrorCorrectionLevel(letter: value) else {
                throw QRUsageError("unknown error correction level \"\(value)\": use L, M, Q or H.")
            }
            ecc = level
        case "--mode":
            guard let textMode = QRTextMode(rawValue: value.lowercased()) else {
                throw QRUsageError("unknown mode \"\(value)\": use auto, numeric, alphanumeric, byte or kanji.")
            }
            mode = textMode
        case "--mask":
            guard let pattern = Int(value), (0...7).contains(pattern) else {
                throw QRUsageError("mask \"\(value)\" is not a mask pattern: use a number from 0 to 7.")
            }
            mask = pattern
        case "--min-version": minVersion = try Self.version(value, option: name)
        case "--max-version": maxVersion = try Self.version(value, option: name)
        case "--quiet-zone":
            guard let modules = Int(value), (1...40).contains(modules) else {
                throw QRUsageError("quiet zone \"\(value)\" is not valid: use 1 to 40 modules (4 is standard).")
            }
            quietZone = modules
        case "--format":
            guard let chosen = Format(rawValue: value) else {
                throw QRUsageError("unknown format \"\(value)\": use utf8, ansi, matrix or svg.")
            }
            format = chosen
        default:
            preconditionFailure("\(name) is in optionsWithValues without a case here")
        }
    }

    private static func version(_ text: String, option: String) throws(QRUsageError) -> Int {
        guard let version = Int(text), QRVersion.range.contains(version) else {
            throw QRUsageError("\(option) \"\(text)\" is not a version: use a number from 1 to 40.")
        }
        return version
    }
}

/// A bad option or payload of `till qr`: printed with `till qr:` before it, exit status 2.
public struct QRUsageError: Error, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
