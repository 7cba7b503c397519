import Foundation
import Testing
import TillTesting

/// The `till` binary's hand-over to `till-main`: the same process, and a clear message when `till-main`
/// is not beside it.
@Suite struct FrontDoorCLITests {
    @Test func everyOtherCommandIsAnsweredByTillMain() throws {
        let version = try Subprocess.run(TillBinary.path, ["--version"])
        #expect(version.status == 0)
        #expect(version.output == "till 0.9.0\n")
        // `till qr --version` is answered by the front door itself, with the same words.
        #expect(try Subprocess.run(TillBinary.path, ["qr", "--version"]).output == version.output)
        let help = try Subprocess.run(TillBinary.path, ["--help"])
        #expect(help.output.contains("qr"))
        #expect(help.output.contains("pay"))
    }

    @Test func aFrontDoorWithoutTillMainSaysHowToBuildIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("front-door-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("till").path
        // Copied by `cp`, not in this process: a test running beside this one could fork while our
        // descriptor on the new file is open, and exec would then fail with "text file busy".
        #expect(try Subprocess.run("/bin/cp", [TillBinary.path, alone]).status == 0)
        let run = try Subprocess.run(alone, ["status"])
        #expect(run.status == 2)
        #expect(run.errorOutput.contains("till: cannot start \(folder.path)/till-main"))
        #expect(run.errorOutput.contains("swift build"))
        // `till qr` needs nothing else.
        let qr = try Subprocess.run(alone, ["qr", "--format", "matrix", "1"])
        #expect(qr.status == 0)
        #expect(qr.output.split(separator: "\n").count == 21)
    }
}
