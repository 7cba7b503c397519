import FrontDoor
import QRCode
import Testing

/// `till qr`'s hand-written option reader: every form the help promises, and a clear refusal of the rest.
@Suite struct QROptionsTests {
    @Test func defaultsAreTheHelpsDefaults() throws {
        let options = try QROptions(arguments: ["hello"])
        #expect(options.text == "hello")
        #expect(options.ecc == .medium)
        #expect(options.mode == .automatic)
        #expect(options.mask == nil)
        #expect(options.minVersion == 1 && options.maxVersion == 40)
        #expect(options.quietZone == 4)
        #expect(options.format == .utf8)
        #expect(!options.boost && !options.eci && !options.invert && !options.verbose && !options.help)
    }

    @Test func valuesFollowOrAreAttached() throws {
        let options = try QROptions(arguments: [
            "--ecc", "h", "--mode=kanji", "--mask", "5", "--min-version=2", "--max-version", "9", "--quiet-zone=1",
            "--format", "svg", "--boost", "--eci", "--invert", "--verbose", "東京",
        ])
        #expect(options.ecc == .high)
        #expect(options.mode == .kanji)
        #expect(options.mask == 5)
        #expect(options.minVersion == 2 && options.maxVersion == 9)
        #expect(options.quietZone == 1)
        #expect(options.format == .svg)
        #expect(options.boost && options.eci && options.invert && options.verbose)
        #expect(options.text == "東京")
    }

    @Test func afterTwoDashesATextMayStartWithADash() throws {
        #expect(try QROptions(arguments: ["--", "-42"]).text == "-42")
        #expect(try QROptions(arguments: ["-"]).text == "-")
    }

    @Test func helpAndVersionAreFlags() throws {
        #expect(try QROptions(arguments: ["-h"]).help)
        #expect(try QROptions(arguments: ["x", "--help"]).help)
        #expect(try QROptions(arguments: ["--version"]).version)
        #expect(try QROptions(arguments: ["--bogus", "--help"]).help, "help wins over a bad option")
        #expect(try QROptions(arguments: ["--", "--help"]).text == "--help", "after -- it is the text")
    }

    @Test(arguments: [
        (["--ecc", "Z"], "error correction level"),
        (["--mask", "-1"], "0 to 7"),
        (["--mask"], "--mask needs a value"),
        (["--min-version", "5", "--max-version", "2"], "larger than"),
        (["--max-version", "41"], "1 to 40"),
        (["--quiet-zone", "0"], "quiet zone"),
        (["--format", "png"], "unknown format"),
        (["--mode", "latin"], "unknown mode"),
        (["--frobnicate"], "unknown option \"--frobnicate\""),
        (["--boost=yes"], "takes no value"),
        (["a", "b"], "unexpected argument \"b\""),
    ])
    func badArgumentsSayWhatIsWrong(arguments: [String], message: String) {
        #expect {
            _ = try QROptions(arguments: arguments)
        } throws: { error in
            (error as? QRUsageError)?.message.contains(message) == true
        }
    }

    @Test func routes() {
        #expect(FrontDoor.route(["till", "qr", "x", "--ecc", "H"]) == .qr(["x", "--ecc", "H"]))
        #expect(FrontDoor.route(["till", "help", "qr"]) == .qr(["--help"]))
        #expect(FrontDoor.route(["till"]) == .main)
        #expect(FrontDoor.route(["till", "pay", "qr"]) == .main)
        #expect(FrontDoor.route(["till", "--version"]) == .main)
    }
}
