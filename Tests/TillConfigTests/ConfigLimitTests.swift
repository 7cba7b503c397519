import Foundation
import Testing
import TillConfig

/// The loader and `till config check`'s report under hostile files: a file too big, a device in
/// place of a file, a value far wider than the terminal.
@Suite struct ConfigLimitTests {
    func temporaryFile(_ data: Data) throws -> String {
        let path = NSTemporaryDirectory() + "till-limit-\(UUID().uuidString).toml"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingItAll() throws {
        let path = try temporaryFile(Data(repeating: UInt8(ascii: "#"), count: 20 << 20))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ConfigLoader(explicitPath: path, environment: [:]).load()
            Issue.record("a 20 MB file was accepted")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues.first?.file == path)
            #expect(error.issues.first?.problem == "is larger than the limit of 1 MiB for a configuration file")
        }
    }

    @Test func anEndlessDeviceIsRefused() throws {
        do {
            _ = try ConfigLoader(explicitPath: "/dev/zero", environment: [:]).load()
            Issue.record("/dev/zero was accepted")
        } catch {
            #expect(error.issues.first?.problem.contains("limit of 1 MiB") == true)
        }
    }

    @Test func aDeepTableIsAnIssueNamingTheFileAndLine() throws {
        let found = issues("[store]\ncurrency = \"JPY\"\n[" + String(repeating: "a.", count: 30_000) + "b]\n")
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("till.toml:3: a key or table name has more than 64 dotted parts") == true)
    }

    @Test func theReportCutsALongValueAndPadsToASaneWidth() throws {
        let name = String(repeating: "N", count: 16_000)
        let configuration = try decode("[store]\nname = \"\(name)\"\ncurrency = \"JPY\"\n")
        let report = ConfigReport.render(configuration)
        let lines = report.split(separator: "\n")
        #expect(report.utf8.count < 2_000)
        #expect(lines.allSatisfy { $0.count <= 160 })
        #expect(report.contains("store.name = \"" + String(repeating: "N", count: 58) + "…"))
        #expect(lines.contains { $0.hasPrefix("  store.currency = \"JPY\"") && $0.hasSuffix("# till.toml:3") })
        let currencyLine = try #require(lines.first { $0.hasPrefix("  store.currency") })
        #expect(currencyLine.count < 80, "padded to the long value: \(currencyLine.count) columns")
    }

    @Test func cutKeepsShortTextAndEndsLongTextWithAnEllipsis() {
        let exact = String(repeating: "x", count: ConfigReport.shownWidth)
        #expect(ConfigReport.cut(exact) == exact)
        #expect(ConfigReport.cut(exact + "y") == String(repeating: "x", count: ConfigReport.shownWidth - 1) + "…")
        #expect(ConfigReport.cut("") == "")
    }
}

/// `[lane] id`: a name printed on receipts, so only a short, plain one.
@Suite struct LaneConfigTests {
    func load(_ text: String) throws -> TillConfiguration {
        let path = NSTemporaryDirectory() + "till-lane-\(UUID().uuidString).toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ConfigLoader(explicitPath: path, environment: [:]).load()
    }

    @Test func aLaneIsRead() throws {
        #expect(try load("[store]\ncurrency = \"JPY\"\n[lane]\nid = \"counter-2\"\n").lane == "counter-2")
        #expect(try load("[store]\ncurrency = \"JPY\"\n").lane == nil)
    }

    @Test(arguments: ["", "counter 2", "カウンター", String(repeating: "a", count: 33), "c;2"])
    func aLaneThatIsNotAPlainNameIsRefused(_ id: String) throws {
        do {
            _ = try load("[store]\ncurrency = \"JPY\"\n[lane]\nid = \"\(id)\"\n")
            Issue.record("\(id) was accepted")
        } catch {
            #expect((error as? ConfigurationError)?.issues.first?.description.contains("lane.id: is not a lane name; write 1 to 32 letters") == true, "\(error)")
        }
    }
}
