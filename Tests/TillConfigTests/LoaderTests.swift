import TillCore
import Foundation
import Testing
import TillConfig

@Suite struct LoaderTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "till-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func write(_ text: String, to name: String = "till.toml") throws -> String {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func loadIssues(_ loader: ConfigLoader) -> [ConfigIssue] {
        do {
            _ = try loader.load()
            return []
        } catch {
            return error.issues
        }
    }

    @Test func findsTheFileUnderXDGConfigHomeThenHome() {
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/till/till.toml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/till/till.toml")
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/till/till.toml")
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/till/till.toml")
    }

    @Test func noFileAtTheDefaultPlaceIsDemoMode() throws {
        let loader = ConfigLoader(environment: ["XDG_CONFIG_HOME": directory + "/empty"])
        #expect(loader.isDemoMode)
        #expect(!loader.isExplicit)
        let configuration = try loader.load()
        #expect(configuration.isDemo)
        #expect(configuration.file == nil)
        #expect(configuration == TillConfiguration.demo)
    }

    @Test func readsTheFileAtTheDefaultPlace() throws {
        _ = try write(takemepayTest, to: "xdg/till/till.toml")
        let loader = ConfigLoader(environment: ["XDG_CONFIG_HOME": directory + "/xdg"])
        #expect(!loader.isDemoMode)
        let configuration = try loader.load()
        #expect(configuration.file == directory + "/xdg/till/till.toml")
        #expect(configuration.enabledGateways.map(\.id) == [.takemepay])
    }

    @Test func aMissingExplicitFileIsAnError() throws {
        let loader = ConfigLoader(explicitPath: directory + "/nope.toml", environment: [:])
        #expect(!loader.isDemoMode)
        let found = loadIssues(loader)
        #expect(found.count == 1)
        #expect(found.first?.file == directory + "/nope.toml")
        #expect(found.first?.problem == "there is no such file")
        #expect(found.first?.fix.contains("till config example >") == true)
    }

    @Test func aDirectoryIsNotAFile() {
        let found = loadIssues(ConfigLoader(explicitPath: directory, environment: [:]))
        #expect(found.first?.problem == "is a directory, not a file")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file"))
    func anUnreadableFileIsAnError() throws {
        let path = try write("[store]\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let found = loadIssues(ConfigLoader(explicitPath: path, environment: [:]))
        #expect(found.first?.problem == "cannot be read (permission denied)")
    }

    @Test func aFileThatIsNotUTF8IsAnError() throws {
        let path = directory + "/latin1.toml"
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22]).write(to: URL(fileURLWithPath: path))
        #expect(loadIssues(ConfigLoader(explicitPath: path, environment: [:])).first?.problem == "is not UTF-8 text")
    }

    @Test func aMalformedFileNamesFileLineAndKey() throws {
        let path = try write("[store]\ncurrency = \"JPY\"\nmax_sale = 12.50\n")
        let found = loadIssues(ConfigLoader(explicitPath: path, environment: [:]))
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("\(path):3: store.max_sale: 12.50 is a floating point number") == true)
    }

    @Test func theEnvironmentGivenToTheLoaderIsUsed() throws {
        let path = try write(takemepayTest)
        let loader = ConfigLoader(explicitPath: path, environment: ["TILL_TAKEMEPAY_PUBLIC_KEY": "pk_test_fromenv1234567890"])
        #expect(try loader.load().gateway(.takemepay)?.takemepay?.publicKey.reveal() == "pk_test_fromenv1234567890")
    }

    @Test func warnsWhenOthersMayReadAFileWithSecrets() throws {
        let path = try write(takemepayTest)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let open = try ConfigLoader(explicitPath: path, environment: [:]).load()
        #expect(open.notes == ["\(path) holds secrets and other users may read it: chmod 600 \(path), or move the secrets to TILL_* environment variables"])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try ConfigLoader(explicitPath: path, environment: [:]).load().notes.isEmpty)
    }

    @Test func aFileWithoutSecretsNeedsNoWarning() throws {
        let path = try write("[store]\ncurrency = \"JPY\"")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(try ConfigLoader(explicitPath: path, environment: [:]).load().notes.isEmpty)
    }
}
