import Foundation
import Testing
import TillCore

@testable import TerminalUI

/// Theme files found by name in the search folders, inheritance across files, fallbacks, and the
/// list F6 cycles through. The files are real; their `key = "value"` lines are read by a small
/// reader here (the TOML reader is wired in by the `till` target and tested through the binary).
@Suite struct ThemeFileLoadingTests {
    /// Two search folders (as `$XDG_CONFIG_HOME/till/themes` and `./themes`) in a temporary place.
    struct Folders {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("till-themes-\(UUID().uuidString)").path
        var user: String { root + "/user" }
        var local: String { root + "/local" }

        init() {
            try? FileManager.default.createDirectory(atPath: root + "/user", withIntermediateDirectories: true)
            try? FileManager.default.createDirectory(atPath: root + "/local", withIntermediateDirectories: true)
        }

        func write(_ text: String, to path: String) {
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }

        var loader: ThemeLoader {
            ThemeLoader(readEntries: { path in try Self.read(path) }, searchFolders: [user, local])
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        static func read(_ path: String) throws -> [ThemeEntry] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ThemeError(theme: path, reason: "cannot be read")
            }
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
                let parts = line.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return ThemeEntry(key: parts[0].trimmingCharacters(in: .whitespaces), value: value, line: index + 1)
            }
        }
    }

    @Test func aNameIsLookedForInTheUserFolderThenTheLocalOne() throws {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("confirmPayButtonColor = \"#111111\"\n", to: folders.local + "/shop.toml")
        #expect(try folders.loader.resolve("shop").theme.color(.confirmPayButtonColor) == ThemeColor(parsing: "#111111"))
        folders.write("confirmPayButtonColor = \"#222222\"\n", to: folders.user + "/shop.toml")
        let resolution = try folders.loader.resolve("shop")
        #expect(resolution.theme.color(.confirmPayButtonColor) == ThemeColor(parsing: "#222222"))
        #expect(resolution.sources["shop"] == folders.user + "/shop.toml")
    }

    @Test func aBuiltInNameWinsOverAFileOfTheSameName() throws {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("windowBackground = \"#123456\"\n", to: folders.user + "/dark.toml")
        #expect(try folders.loader.resolve("dark").theme.color(.windowBackground) == BuiltinThemes.dark.color(.windowBackground))
    }

    @Test func parentsAreFollowedAcrossFiles() throws {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("parent = \"base\"\ncommodityNameTextColor = \"#010203\"\n", to: folders.local + "/child.toml")
        folders.write("parent = \"dark\"\nconfirmPayButtonColor = \"#0A0B0C\"\n", to: folders.user + "/base.toml")
        let resolution = try folders.loader.resolve(folders.local + "/child.toml")
        #expect(resolution.chain.map(\.name) == ["child", "base", "dark", "default"])
        #expect(resolution.theme.color(.commodityNameTextColor) == ThemeColor(parsing: "#010203"))
        #expect(resolution.theme.color(.confirmPayButtonColor) == ThemeColor(parsing: "#0A0B0C"))
        #expect(resolution.theme.color(.actionSheetBackgroundColor) == BuiltinThemes.dark.color(.actionSheetBackgroundColor))
        #expect(resolution.origin(of: .confirmPayButtonColor)?.name == "base")
        #expect(resolution.sources["base"] == folders.user + "/base.toml")
    }

    @Test func aBadFileFallsBackToTheDefaultWithTheLineAndAttribute() {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("parent = \"default\"\n\ncontentDividerColor = \"grey\"\n", to: folders.user + "/shop.toml")
        let loaded = folders.loader.load("shop")
        #expect(loaded.theme == BuiltinThemes.standard)
        #expect(loaded.messages == [
            "theme shop.toml, line 3, contentDividerColor: \"grey\" is not a colour; "
                + "write #RRGGBB, #RGB, #AARRGGBB or transparent; using the default theme"
        ])
    }

    @Test func aMissingParentFileOrNameSaysWhereItLooked() {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("parent = \"nowhere\"\n", to: folders.user + "/shop.toml")
        #expect(folders.loader.load("shop").messages.first?.contains("parent theme \"nowhere\" not found") == true)
        let missing: String
        do {
            _ = try folders.loader.resolve("absent")
            missing = ""
        } catch {
            missing = error.description
        }
        #expect(missing.contains("\(folders.user)/absent.toml or \(folders.local)/absent.toml"))
    }

    @Test func availableThemesAreTheBuiltInOnesThenTheGoodFiles() {
        let folders = Folders()
        defer { folders.remove() }
        folders.write("parent = \"dark\"\n", to: folders.user + "/night.toml")
        folders.write("windowBackground = \"nope\"\n", to: folders.local + "/broken.toml")
        folders.write("windowBackground = \"#FFFFFF\"\n", to: folders.local + "/night.toml")
        let (themes, problems) = folders.loader.available()
        #expect(themes.map(\.name) == ["default", "dark", "high-contrast", "takemepay", "night"])
        #expect(themes.last?.color(.windowBackground) == BuiltinThemes.dark.color(.windowBackground))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("broken.toml, line 1, windowBackground") == true)
        #expect(ThemeLoader().available().themes.count == BuiltinThemes.all.count)
    }
}

@Suite struct ThemeCycleTests {
    func session(themes: [Theme]) -> Session {
        var session = Session(theme: BuiltinThemes.standard)
        session.model.themes = themes.map { ResolvedTheme(try! ThemeChain.builtin.complete($0), depth: .palette256) }
        return session
    }

    @Test func f6GoesThroughTheThemesAndWrapsAround() {
        var session = session(themes: BuiltinThemes.all)
        var seen: [String] = []
        for _ in 0..<5 {
            session.type([.function(6)])
            seen.append(session.model.theme.name)
        }
        #expect(seen == ["dark", "high-contrast", "takemepay", "default", "dark"])
        #expect(session.effects.filter { if case .keepTheme = $0 { true } else { false } } == seen.map { AppEffect.keepTheme($0) })
        #expect(session.model.message == .info("Theme: dark (F6 for the next one)"))
        #expect(session.model.theme.depth == .palette256)
        #expect(TillApp.view(session.model).plainText().contains("F6 Theme"))
    }

    @Test func withOneThemeF6SaysHowToAddMore() {
        var session = session(themes: [BuiltinThemes.standard])
        session.type([.function(6)])
        #expect(session.model.theme.name == "default")
        #expect(session.model.message?.text.contains("add theme files") == true)
    }

    @Test func theChosenThemeIsAlwaysInTheCycle() {
        let custom = Theme(name: "shop", parent: "dark")
        let settings = TerminalLoop.Settings(
            theme: try! ThemeChain.builtin.complete(custom), storeName: "S", currency: Currency(code: "JPY")!)
        var withList = settings
        withList.themes = BuiltinThemes.all
        #expect(TerminalLoop.themes(withList, depth: .ansi16).map(\.name) == ["shop", "default", "dark", "high-contrast", "takemepay"])
        #expect(TerminalLoop.themes(withList, depth: .ansi16).allSatisfy { $0.depth == .ansi16 })
    }
}
