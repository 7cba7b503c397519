import ArgumentParser
import Foundation
import TerminalUI
import TillConfig
import TillStrings

/// `till theme`: list the built-in themes, import an Android style as a theme file.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Work with the counter screen's themes.",
        subcommands: [List.self, Check.self, Import.self])

    /// `till theme list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the built-in themes, then those of the theme folders (what F6 cycles through).")
        @OptionGroup var language: LanguageOption

        func run() {
            let loader = ThemeFiles.loader(strings: language.strings(configPath: nil))
            let available = loader.available()
            for theme in available.themes {
                let path = BuiltinThemes.named(theme.name) == nil ? loader.file(named: theme.name) : nil
                print(theme.name + (path.map { "  \($0)" } ?? ""))
            }
            for problem in available.problems { printError("till: \(problem)") }
        }
    }

    /// `till theme check FILE|NAME`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Check a theme (a name or a theme file's path) and print every attribute it resolves to.")

        @Argument(help: "A built-in theme, a theme in the theme folders, or a theme file's path.")
        var theme: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let strings = language.strings(configPath: nil)
            let resolution: ThemeLoader.Resolution
            do throws(ThemeError) {
                resolution = try ThemeFiles.loader(strings: strings).resolve(theme)
            } catch {
                throw CLIError(error.message(in: strings), exitCode: 2)
            }
            print(ThemeReport.text(of: resolution, in: strings), terminator: "")
        }
    }

    /// `till theme import styles.xml`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Convert an Android <style> (TakeMe Pay's checkout sheet attributes) into a theme file.")

        @Argument(help: "The Android resources file holding the style, such as styles.xml.")
        var file: String

        @Option(help: "The style to convert, when the file has several (the first by default).")
        var style: String?

        @Option(help: "The theme's name (derived from the style's name by default).")
        var name: String?

        @Option(name: .shortAndLong, help: "Write the theme file here instead of printing it.")
        var output: String?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let strings = language.strings(configPath: nil)
            let data: Data
            do {
                data = try BoundedFile.read(file, limit: StyleXMLBytes.maximumBytes)
            } catch .tooLarge(let limit) {
                throw CLIError(strings.text(.styleTooLarge, ["file": file, "limit": BoundedFile.sizeText(limit)]), exitCode: 2)
            } catch {
                throw CLIError(strings.text(.styleUnreadable, ["file": file]), exitCode: 2)
            }
            let result: AndroidStyleImporter.Result
            do {
                result = try AndroidStyleImporter.importStyle(from: data, styleName: style, themeName: name, strings: strings)
            } catch {
                throw CLIError("till: \(file): \(error)", exitCode: 2)
            }
            for warning in result.warnings {
                FileHandle.standardError.write(Data("till: \(file) \(warning)\n".utf8))
            }
            let text = ThemeFileWriter.text(of: result.theme, comment: "Imported from \(file) by till theme import.")
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError(strings.text(.themeCannotWrite, ["file": output, "reason": error.localizedDescription]))
            }
        }
    }
}
