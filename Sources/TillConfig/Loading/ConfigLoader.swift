import TillCore
import Foundation
import TillStrings

/// Finds, reads and checks Till's configuration file.
///
/// The path is `--config PATH` when given, else `$XDG_CONFIG_HOME/till/till.toml`, else
/// `~/.config/till/till.toml`. No file at the default path means demo mode; a missing file named by
/// `--config` is an error.
public struct ConfigLoader: Sendable {
    /// The path that is read.
    public let path: String
    /// True when the path was given with `--config`.
    public let isExplicit: Bool
    private let environment: [String: String]

    public init(explicitPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        if let explicitPath {
            path = explicitPath
            isExplicit = true
        } else {
            path = Self.defaultPath(environment: environment)
            isExplicit = false
        }
    }

    /// `$XDG_CONFIG_HOME/till/till.toml`, falling back to `~/.config/till/till.toml`. A relative
    /// `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("till/till.toml")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".config/till/till.toml")
    }

    /// Whether there is no file to read and Till runs in demo mode.
    public var isDemoMode: Bool {
        !isExplicit && !FileManager.default.fileExists(atPath: path)
    }

    /// Reads and checks the file. Demo mode when there is no file at the default path.
    public func load() throws(ConfigurationError) -> TillConfiguration {
        if isDemoMode { return .demo }
        var configuration = try Self.decode(readText(), file: path, environment: environment)
        if let warning = exposedSecretsWarning(configuration) { configuration.notes.append(warning) }
        return configuration
    }

    /// A file that holds secrets should be readable by its owner alone.
    private func exposedSecretsWarning(_ configuration: TillConfiguration) -> String? {
        let holdsSecrets = configuration.entries.contains { entry in
            guard case .file = entry.origin else { return false }
            return entry.key.split(separator: ".").contains { Self.secretKeys.contains(String($0)) }
        }
        guard holdsSecrets,
            let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
            permissions & 0o077 != 0
        else { return nil }
        return "\(path) holds secrets and other users may read it: chmod 600 \(path), or move the secrets to TILL_* environment variables"
    }

    /// The key names whose values are secrets: the gateways' credentials, a lane's token, the
    /// store server's `[store.lanes]`. Never echoed in a message, masked in `till config check`.
    static let secretKeys = GatewayCatalog.secretKeys.union(ConfigDecoder.storeSecretKeys)

    /// Parses and checks configuration text; `file` names it in messages.
    public static func decode(_ text: String, file: String, environment: [String: String] = [:]) throws(ConfigurationError) -> TillConfiguration {
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text, sensitiveKeys: secretKeys)
        } catch {
            throw ConfigurationError(issues: [
                ConfigIssue(
                    file: file, line: error.line, key: error.key, problem: error.messagePhrase,
                    fix: error.hintPhrase ?? .of(.issueTOMLFix))
            ])
        }
        return try ConfigDecoder(file: file, environment: environment).decode(root)
    }

    private func readText() throws(ConfigurationError) -> String {
        func failure(_ problem: CommandLineKey, _ fix: CommandLineKey, _ values: [String: String] = [:]) -> ConfigurationError {
            ConfigurationError(issues: [
                ConfigIssue(file: path, line: nil, key: nil, problem: .of(problem, values), fix: .of(fix, values))
            ])
        }
        let data: Data
        do {
            data = try BoundedFile.read(path, limit: TOMLLimits.standard.maximumBytes)
        } catch {
            switch error {
            case .missing:
                throw failure(.issueNoSuchFile, .issueNoSuchFileFix, ["path": path])
            case .directory:
                throw failure(.issueDirectory, .issueDirectoryFix)
            case .unreadable:
                throw failure(.issueUnreadable, .issueUnreadableFix, ["path": path])
            case .tooLarge(let limit):
                throw failure(.issueTooLarge, .issueTooLargeFix, ["limit": BoundedFile.sizeText(limit)])
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure(.issueNotUTF8, .issueNotUTF8Fix)
        }
        return text
    }
}
