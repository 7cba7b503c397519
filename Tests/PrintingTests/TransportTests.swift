import Foundation
import Testing

@testable import Printing

/// The transports against real sockets on 127.0.0.1 and real files: a printer that takes the
/// receipt, one that refuses the connection, one that stops mid-receipt, a missing device.
@Suite struct TransportTests {
    static let document = PrintDocument([
        .text("東京珈琲店", TextStyle(alignment: .center, bold: true)),
        .row(label: "ブレンド", value: "¥480"),
        .qrCode("https://till.example/r/0042"),
        .text("合計 ¥480", TextStyle(alignment: .right, size: .double)),
        .cut(),
        .drawerKick,
    ])
    static let encoder = ESCPOSEncoder(paper: .mm58, codepage: .shiftJIS)

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    @Test func printerRecordsTheReceiptWhole() throws {
        let simulator = try PrinterSimulator()
        defer { simulator.stop() }
        try TCPPrinter(host: "127.0.0.1", port: simulator.port).print(Self.document, with: Self.encoder)
        let bytes = try Self.encoder.encode(Self.document)
        #expect(simulator.connections == [PrinterStatus.query + bytes])
        let events = try ESCPOSDecoder.decode(Array(simulator.connections[0].dropFirst(6)), codepage: .shiftJIS)
        #expect(ESCPOSDecoder.lines(events).map(\.text) == ["東京珈琲店", "ブレンド" + String(repeating: " ", count: 19) + "￥480", "合計 ￥480"])
        #expect(events.last == .drawerKick(pin: 2, onMilliseconds: 50, offMilliseconds: 500))
    }

    @Test func refusedConnectionIsReportedAtOnce() throws {
        let port = try PrinterSimulator.closedPort()
        let printer = TCPPrinter(host: "127.0.0.1", port: port)
        let start = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try printer.print(Self.document, with: Self.encoder) }
        #expect(Self.milliseconds(since: start) < 1000)
        guard case .unreachable(let address, _) = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
        #expect(address == "127.0.0.1:\(port)")
        let message = error?.description ?? ""
        #expect(message.hasPrefix("the printer at 127.0.0.1:\(port) does not answer"))
        #expect(message.contains("check it is on and connected"))
        #expect(message.hasSuffix("can be printed again with `till receipt print N`"))
    }

    /// A printer that stops after N bytes: the error says so quickly, and the same document sent
    /// again to a printer that takes it arrives whole.
    @Test(arguments: [100, 3000])
    func printerStoppingMidReceiptLosesNothing(after count: Int) throws {
        let simulator = try PrinterSimulator(mode: .closeAfter(count))
        defer { simulator.stop() }
        let printer = TCPPrinter(host: "127.0.0.1", port: simulator.port)
        let bytes = try Self.encoder.encode(Self.document)
        let start = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try printer.send(bytes) }
        #expect(Self.milliseconds(since: start) < 1500)
        guard case .interrupted(let address, _, let total, _) = error else {
            Issue.record("expected interrupted, got \(String(describing: error))")
            return
        }
        #expect(address == printer.address)
        #expect(total == bytes.count)
        #expect(error?.description.contains("stopped after") == true)
        #expect(simulator.connections.first?.count == count)

        simulator.setMode(.acceptAll)
        try printer.send(bytes)
        #expect(simulator.connections.count == 2)
        #expect(simulator.connections.last == PrinterStatus.query + bytes)
    }

    /// Out of paper, cover open, an error: said at once, and the receipt is not sent; once the printer
    /// is ready again the same receipt prints whole.
    @Test(arguments: [PrinterStatus.paperOut, .coverOpen, .fault])
    func printerThatCannotPrintSaysWhy(_ status: PrinterStatus) throws {
        let simulator = try PrinterSimulator(status: status)
        defer { simulator.stop() }
        let printer = TCPPrinter(host: "127.0.0.1", port: simulator.port)
        let bytes = try Self.encoder.encode(Self.document)
        let error = #expect(throws: PrinterError.self) { try printer.send(bytes) }
        let expected: [PrinterStatus: PrinterError] = [
            .paperOut: .paperOut(address: printer.address), .coverOpen: .coverOpen(address: printer.address),
            .fault: .printerFault(address: printer.address),
        ]
        #expect(error == expected[status])
        #expect(error?.description.hasSuffix(PrinterError.kept) == true)
        #expect(simulator.connections(waitingFor: 1) == [PrinterStatus.query])

        simulator.setStatus(.ready)
        try printer.send(bytes)
        #expect(simulator.connections.last == PrinterStatus.query + bytes)
    }

    /// A printer that does not answer status queries is sent the receipt after `statusTimeout`.
    @Test func printerWithoutStatusStillPrints() throws {
        let simulator = try PrinterSimulator(status: nil)
        defer { simulator.stop() }
        let bytes = try Self.encoder.encode(Self.document)
        let start = ContinuousClock.now
        try TCPPrinter(host: "127.0.0.1", port: simulator.port, statusTimeout: 0.2).send(bytes)
        #expect((200..<1500).contains(Self.milliseconds(since: start)))
        #expect(simulator.connections == [PrinterStatus.query + bytes])
    }

    /// A printer that stops taking bytes: the write gives up after `writeTimeout`, saying how far it got.
    @Test func printerThatStopsReadingTimesOut() throws {
        let simulator = try PrinterSimulator(mode: .stall(seconds: 2), status: nil)
        defer { simulator.stop() }
        let printer = TCPPrinter(host: "127.0.0.1", port: simulator.port, writeTimeout: 0.3, statusTimeout: 0)
        // More than the loopback socket buffers hold, so the writes must wait for the reader.
        let bytes = [UInt8](repeating: 0x41, count: 64 << 20)
        let start = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try printer.send(bytes) }
        #expect(Self.milliseconds(since: start) < 1500)
        guard case .timedOut(_, let sent, let total, _) = error else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(sent > 0 && sent < total)
        #expect(error?.description.contains("check it has paper") == true)
    }

    /// The async form runs on its own thread and gives the same results.
    @Test func printInBackground() async throws {
        let simulator = try PrinterSimulator()
        defer { simulator.stop() }
        try await TCPPrinter(host: "127.0.0.1", port: simulator.port).printInBackground(Self.document, with: Self.encoder)
        #expect(simulator.connections == [PrinterStatus.query + (try Self.encoder.encode(Self.document))])
        let refused = TCPPrinter(host: "127.0.0.1", port: try PrinterSimulator.closedPort())
        await #expect(throws: PrinterError.self) { try await refused.printInBackground(Self.document, with: Self.encoder) }
    }

    @Test func unreachableAddressTimesOutWithinTheConnectTimeout() throws {
        // 192.0.2.0/24 is TEST-NET-1: never routed, so the connection neither opens nor is refused
        // (or the network is down and it fails at once; either way it must not hang).
        let printer = TCPPrinter(host: "192.0.2.1", port: 9100, connectTimeout: 0.3)
        let start = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try printer.send([0x1B, 0x40]) }
        #expect(Self.milliseconds(since: start) < 1500)
        guard case .unreachable = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
    }

    /// An IPv6 address is dialled as IPv6 and named in brackets in the message.
    @Test func ipv6AddressIsDialledAndNamed() throws {
        let simulator = try PrinterSimulator()
        defer { simulator.stop() }
        // The simulator listens on 127.0.0.1 only, so ::1 is refused: the address parses and the
        // error names it in brackets.
        let printer = try TCPPrinter(address: "[::1]:\(simulator.port)")
        let error = #expect(throws: PrinterError.self) { try printer.send([0x1B, 0x40]) }
        #expect(error?.description.hasPrefix("the printer at [::1]:\(simulator.port) does not answer") == true)
    }

    @Test func addressSetting() throws {
        let printer = try TCPPrinter(address: "192.168.1.50:9100")
        #expect(printer.host == "192.168.1.50" && printer.port == 9100)
        #expect(try TCPPrinter(address: "printer.local").port == 9100)
        #expect(throws: PrinterError.badAddress("host:99999")) { try TCPPrinter(address: "host:99999") }
        #expect(throws: PrinterError.badAddress(":9100")) { try TCPPrinter(address: ":9100") }
        #expect(throws: PrinterError.badAddress("host:91:00")) { try TCPPrinter(address: "host:91:00") }
        let six = try TCPPrinter(address: "[::1]:9101")
        #expect(six.host == "::1" && six.port == 9101 && six.address == "[::1]:9101")
        #expect(try TCPPrinter(address: "[fd00::5]").port == 9100)
    }

    @Test func devicePrinterWritesTheBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-lp-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try DevicePrinter(path: path).print(Self.document, with: Self.encoder)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try Self.encoder.encode(Self.document)))
    }

    @Test func missingDeviceSaysSo() {
        let printer = DevicePrinter(path: "/dev/usb/lp-till-missing")
        #expect(throws: PrinterError.deviceMissing(path: "/dev/usb/lp-till-missing")) {
            try printer.send([0x1B, 0x40])
        }
        #expect(PrinterError.deviceMissing(path: "/dev/usb/lp0").description.contains("plugged in and on"))
        #expect(PrinterError.permissionDenied(path: "/dev/usb/lp0").description.contains("`lp`"))
    }

    /// A device that takes nothing (a pipe nobody reads, once full) times out instead of blocking.
    @Test func deviceThatStopsTakingBytesTimesOut() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-fifo-\(UUID().uuidString)").path
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        // Open the reading end so the writer can open, and never read.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let bytes = [UInt8](repeating: 0x41, count: 1 << 20)
        let start = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try DevicePrinter(path: path, writeTimeout: 0.3).send(bytes) }
        #expect(Self.milliseconds(since: start) < 1500)
        guard case .timedOut(_, let sent, let total, _) = error else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(sent > 0 && sent < total)
    }
}
