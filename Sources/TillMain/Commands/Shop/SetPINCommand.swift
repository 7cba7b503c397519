import ArgumentParser
import Foundation
import Journal
import TillConfig
import TillStrings

/// `till config set-pin`: stores the manager's PIN as a salted, stretched hash under `[security]`.
struct SetPINCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-pin",
        abstract: "Set the manager's PIN (4–12 digits, read from standard input); the file keeps only a salted hash.")

    @OptionGroup var config: ConfigPathOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings(configPath: config.path)
        let pin = try ManagerApproval.readPIN(prompt: strings[.pinPromptNew], strings)
        guard ManagerPIN.isWellFormed(pin) else { throw CLIError(strings[.pinMalformed], exitCode: 2) }
        let path = config.loader.path
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let text = Self.settingPIN(ManagerPIN.store(pin: pin), in: old)
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Written beside it and renamed over it: a crash leaves the old file or the new one, never half.
        let written = FileManager.default.createFile(
            atPath: path + ".new", contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        guard written, rename(path + ".new", path) == 0 else {
            throw CLIError(strings.text(.pinCannotWrite, ["path": path]), exitCode: 2)
        }
        print(strings.text(.pinSet, ["path": path]))
    }

    /// `text` with `manager_pin` set to `stored` under `[security]`: the line replaced, or added.
    static func settingPIN(_ stored: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let setting = "manager_pin = \"\(stored)\""
        if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("manager_pin") }) {
            lines[index] = setting
        } else if let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[security]" }) {
            lines.insert(setting, at: header + 1)
        } else {
            if let last = lines.last, last.isEmpty { lines.removeLast() }
            lines += (lines.isEmpty ? [] : [""]) + ["[security]", setting, ""]
        }
        return lines.joined(separator: "\n")
    }
}
