import ArgumentParser
import QRCode

/// `till bench`: speed figures of Till's own code, for the release build.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the speed of Till's own code (build with -c release).",
        subcommands: [QRBench.self, UIBench.self, HistoryBench.self, ReportBench.self, JournalBench.self])
}

/// `till bench qr`: the median time to encode a 100-byte payment URL at ECC M with automatic mask.
struct QRBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr", abstract: "Median time per QR encode of a 100-byte URL at ECC M (version 6, automatic mask).")

    /// The benchmark payload: an Alipay-style URL of exactly 100 bytes.
    static let payload =
        "https://qr.alipay.com/bax03431ljhokirwl38f00a7?t=1712345678901&m=ACME-STORE-0042&amt=128.50&ref=x9Zq"

    @Option(help: "Encodes per timed run.")
    var iterations = 2000

    @Option(help: "Timed runs; the median run is reported.")
    var runs = 21

    func run() throws {
        for mode in [QRTextMode.byte, .automatic] {
            let sample = try QREncoder.encode(text: Self.payload, ecc: .medium, mode: mode)
            let perEncode = try median(mode: mode)
            let micros = Double(perEncode.components.attoseconds) / 1e12 + Double(perEncode.components.seconds) * 1e6
            let label = mode == .byte ? "byte  " : "auto  "
            print(
                "till   \(label) \(Self.payload.utf8.count) bytes, ECC M, version \(sample.version), mask \(sample.mask): "
                    + "median \(format(micros)) µs per encode (\(runs) runs × \(iterations))")
        }
    }

    private func median(mode: QRTextMode) throws -> Duration {
        let clock = ContinuousClock()
        var times: [Duration] = []
        var checksum = 0
        for _ in 0..<runs {
            let start = clock.now
            for _ in 0..<iterations {
                checksum &+= try QREncoder.encode(text: Self.payload, ecc: .medium, mode: mode).mask
            }
            times.append((clock.now - start) / iterations)
        }
        if checksum == -1 { print("") }  // keeps the work observable
        return times.sorted()[times.count / 2]
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
