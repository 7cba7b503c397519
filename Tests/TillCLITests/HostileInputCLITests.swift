import Foundation
import Testing
import TillCore
import TillSystem
import TillTesting

/// Issue 15's reproducers against the real `till` binary: each is refused with one sentence naming
/// the limit, the file and the line, exit status 2, where it used to crash (SIGSEGV, SIGILL) or
/// run out of memory. The inputs are as large as the ones that crashed.
@Suite("Hostile input on the command line", .serialized)
struct HostileInputCLITests {
    let folder = TillBinary.temporaryFolder()

    func file(_ name: String, _ bytes: Data) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    }

    func till(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: environment)
    }

    // MARK: till config check

    @Test func aTableFiftyThousandDeepIsRefusedWithTheFileAndLine() throws {
        let path = try file("deep.toml", "[store]\ncurrency = \"JPY\"\n[" + String(repeating: "a.", count: 50_000) + "b]\n")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2, "\(run.stderr.prefix(300))")
        #expect(run.stderr.hasPrefix("\(path):3: the line is longer than the limit of 65536 characters"))
        let shorter = try file("deep2.toml", "[" + String(repeating: "a.", count: 30_000) + "b]\n")
        let deep = try till(["config", "check", "--config", shorter])
        #expect(deep.status == 2)
        #expect(deep.stderr.hasPrefix("\(shorter):1: a key or table name has more than 64 dotted parts"))
    }

    @Test func aHundredThousandNestedArraysAreRefusedWithTheFileAndLine() throws {
        let path = try file("arrays.toml", "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2, "\(run.stderr.prefix(300))")
        #expect(run.stderr.hasPrefix("\(path):1: the line is longer than the limit of 65536 characters"))
        let shorter = try file("arrays2.toml", "\nx = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000))
        let deep = try till(["config", "check", "--config", shorter])
        #expect(deep.status == 2)
        #expect(deep.stderr.hasPrefix("\(shorter):2: x: arrays and inline tables are nested more than 64 deep"))
    }

    @Test func twentyThousandTablesAreRefusedAtTheLimit() throws {
        let path = try file("tables.toml", (0..<20_000).map { "[t\($0)]\n" }.joined())
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):1001: the file has more than 1000 tables"))
    }

    @Test func aTwentyMegabyteStoreNameIsRefusedBeforeAnythingIsPrinted() throws {
        let path = try file("huge.toml", "[store]\ncurrency = \"JPY\"\nname = \"" + String(repeating: "N", count: 20_000_000) + "\"\n")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(path): is larger than the limit of 1 MiB for a configuration file"))
        #expect(run.stderr.utf8.count < 1_000)
    }

    @Test func aLongStoreNameIsCutInTheReportAndWidensNoOtherLine() throws {
        let path = try file("long.toml", "[store]\ncurrency = \"JPY\"\nname = \"" + String(repeating: "N", count: 16_000) + "\"\n")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.utf8.count < 2_000)
        #expect(run.stdout.contains("store.name = \"NNNNNNNNNN"))
        #expect(run.stdout.contains("…"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count < 200 })
    }

    @Test func anEndlessDeviceAsConfigurationIsRefused() throws {
        let run = try till(["config", "check", "--config", "/dev/zero"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("/dev/zero: is larger than the limit of 1 MiB"))
    }

    // MARK: till theme

    @Test func aNonUTF8ByteInAnElementNameIsRefusedNotTrapped() throws {
        var bytes = Data("<r".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("sources/>".utf8))
        let path = try file("s.xml", bytes)
        let run = try till(["theme", "import", path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr == "till: \(path): line 1 is not valid UTF-8 text; save the file as UTF-8 (or declare encoding=\"ISO-8859-1\" if it is Latin-1) and import again\n")
    }

    @Test func aNonUTF8ByteInAnAttributeNameOnALaterLineNamesTheLine() throws {
        var bytes = Data("<?xml version=\"1.0\"?>\n<resources>\n<style n".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("ame=\"a\"/></resources>".utf8))
        let run = try till(["theme", "import", try file("attr.xml", bytes)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("line 3 is not valid UTF-8 text"))
    }

    @Test func aLatin1StylesFileIsTranscoded() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<resources><style name=\"Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("\"><item name=\"confirmPayButtonColor\">#0179FF</item></style></resources>\n".utf8))
        let run = try till(["theme", "import", try file("latin1.xml", bytes)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("confirmPayButtonColor = \"#0179FF\""))
        #expect(run.stdout.contains("café"))
    }

    @Test func anotherDeclaredEncodingIsRefusedByName() throws {
        let path = try file("sjis.xml", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<resources/>\n")
        let run = try till(["theme", "import", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the file says it is shift_jis, which Till does not read; save it as UTF-8"))
    }

    @Test func anEndlessDeviceAsStylesFileIsRefused() throws {
        let run = try till(["theme", "import", "/dev/zero"])
        #expect(run.status == 2)
        #expect(run.stderr == "till: /dev/zero is larger than the limit of 1 MiB for a styles.xml; check that this is the right file\n")
    }

    @Test func aDeeplyNestedThemeFileIsRefusedWithItsLine() throws {
        let path = try file("deep-theme.toml", "parent = \"dark\"\nwindowBackground = " + String(repeating: "[", count: 30_000) + "\n")
        let run = try till(["theme", "check", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path), line 2, windowBackground: arrays and inline tables are nested more than 64 deep"))
    }

    // MARK: till qr

    /// `till qr` with standard input read from `path`, as a shell's `< path` does.
    func qr(stdinFrom path: String, _ arguments: [String] = []) throws -> TillBinary.Result {
        let process = Process()
        process.executableURL = TillBinary.url
        process.arguments = ["qr"] + arguments
        let input = try #require(FileHandle(forReadingAtPath: path))
        let out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TillBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func qrFromAnEndlessInputIsRefusedAfterAFewKilobytes() throws {
        let run = try qr(stdinFrom: "/dev/zero")
        #expect(run.status == 2)
        #expect(run.stderr == "till qr: standard input holds more than 7,089 bytes, the most a QR code can hold: pipe a shorter payload.\n")
    }

    @Test func qrTakesTheLargestPayloadWithItsLineEnd() throws {
        let path = try file("digits.txt", String(repeating: "7", count: 7_089) + "\r\n")
        let run = try qr(stdinFrom: path, ["--ecc", "L", "--format", "matrix"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 177)
        let over = try qr(stdinFrom: try file("more.txt", String(repeating: "7", count: 7_092)))
        #expect(over.status == 2)
    }

    // MARK: amounts

    @Test(arguments: ["1 ", "\t1", "1\n", "1."])
    func payRefusesAnAmountWithSpacesOrABareDot(_ amount: String) throws {
        let run = try till(["pay", "--gateway", "motp", "--amount", amount, "--timeout", "1"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("That is not an amount: type digits with at most one dot before the decimals"))
        #expect(run.stdout.isEmpty)
    }

    @Test func refundRefusesAnAmountWithSpacesOrABareDot() throws {
        let paid = try till(["pay", "--gateway", "motp", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(paid.status == 0, "\(paid.stderr)")
        let order = try #require(OrderLockCLITests.order(inJSON: paid.stdout))
        for amount in ["5 ", " 5", "5\n", "5."] {
            let run = try till(["refund", order, "--amount", amount])
            #expect(run.status == 2, "\(amount.debugDescription): \(run.stderr)")
            #expect(run.stderr.contains("That is not an amount"))
        }
        #expect(try till(["journal", "show", order]).stdout.contains("Refund") == false)
    }

    @Test func aConfigurationAmountWithSpacesOrABareDotIsRefused() throws {
        for amount in ["500 ", " 500", "500."] {
            let path = try file("sale.toml", "[store]\ncurrency = \"JPY\"\nmax_sale = \"\(amount)\"\n")
            let run = try till(["config", "check", "--config", path])
            #expect(run.status == 2)
            #expect(run.stderr.contains("\(path):3: store.max_sale: \"\(amount)\" is not a positive amount of JPY"))
        }
    }

    // MARK: till recover

    @Test func recoverNamesTheOrdersAnotherProcessHolds() throws {
        // Given up after 1 s; the simulated buyer pays at 2 s: the order stays open in the journal.
        let first = try till(["pay", "--gateway", "motp", "--amount", "1200", "--json", "--timeout", "1", "--demo-buyer-delay", "2"])
        #expect(first.status == 3, "\(first.stderr)")
        let order = try #require(OrderLockCLITests.order(inJSON: first.stdout))
        let lock = folder.appendingPathComponent("data/till/orders-in-use/\(order).lock").path
        let held = try #require(try FileLock.attempt(lock))
        let recover = try till(["recover"])
        #expect(recover.status == 0)
        #expect(!recover.stdout.contains("Nothing to recover"))
        #expect(recover.stdout.contains("Nothing recovered: 1 open order is in use by another till process."))
        #expect(recover.stderr.contains("\(order) is in use by another till process, so it was left to it"))
        held.release()
        let after = try till(["recover"])
        #expect(after.stdout.contains(order), "\(after.stdout)")
        #expect(!after.stderr.contains("in use"))
    }
}

extension HostileInputCLITests {
    @Test func anEndlessDeviceAsThemeIsRefused() throws {
        let run = try till(["theme", "check", "/dev/zero"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/dev/zero: is larger than the limit of 1 MiB for a theme file"))
    }
}

/// Crashes the fuzz targets found, kept as regression tests on the real binary.
extension HostileInputCLITests {
    /// FuzzStyleXML: Foundation's XMLParser read a NULL pointer (SIGSEGV) on a processing
    /// instruction without data; the fuzzer's input was `<?x?>tyle`.
    @Test(arguments: ["<?x?>tyle", "<r><?pi?></r>", "<?xml-stylesheet?><resources/>", "<?xml version=\"1.0\"?>\n<r>\n<?pi data?></r>"])
    func aProcessingInstructionIsRefusedNotCrashed(_ text: String) throws {
        let run = try till(["theme", "import", try file("pi.xml", text)])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("has a processing instruction (<?...?>), which a styles.xml never needs"))
    }
}
