/// Why a receipt did not print, in words a cashier can act on.
///
/// Every message ends by saying the receipt is kept: the caller keeps the ``PrintDocument`` and
/// sends it again (it starts with ESC @, so a receipt cut off halfway prints whole the second time).
public enum PrinterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nobody answers at the address: the printer is off, unplugged, or the address is wrong.
    case unreachable(address: String, reason: String)
    /// The printer took part of the receipt and then dropped the connection or stopped taking bytes.
    case interrupted(address: String, bytesSent: Int, totalBytes: Int, reason: String)
    /// The printer did not take the bytes in time: out of paper, cover open, or jammed.
    case timedOut(address: String, bytesSent: Int, totalBytes: Int, seconds: Double)
    /// The printer said it has no paper; nothing was sent.
    case paperOut(address: String)
    /// The printer said its cover is open; nothing was sent.
    case coverOpen(address: String)
    /// The printer said it stopped on an error (cutter jammed, head too hot); nothing was sent.
    case printerFault(address: String)
    /// The printer device file is not there: the USB printer is unplugged or off.
    case deviceMissing(path: String)
    /// The device file is there but this user may not write to it.
    case permissionDenied(path: String)
    /// The host of a `host = "HOST:PORT"` setting does not resolve to an address.
    case badAddress(String)
    /// A QR code payload no QR code can hold; nothing was sent.
    case qrCodeTooLong(payloadBytes: Int, reason: String)

    /// What the cashier is told at the end of every message about a printer that failed.
    public static let kept = "the receipt is kept and can be printed again with `till receipt print N`"

    public var description: String {
        switch self {
        case .unreachable(let address, let reason):
            return "the printer at \(address) does not answer (\(reason)): check it is on and connected; \(Self.kept)"
        case .interrupted(let address, let sent, let total, let reason):
            return "the printer at \(address) stopped after \(sent) of \(total) bytes (\(reason)): "
                + "check its paper and cover; \(Self.kept)"
        case .timedOut(let address, let sent, let total, let seconds):
            return "the printer at \(address) took \(sent) of \(total) bytes and then nothing for \(seconds) s: "
                + "check it has paper, its cover is closed and it is not jammed; \(Self.kept)"
        case .paperOut(let address):
            return "the printer at \(address) is out of paper: put in a new roll; \(Self.kept)"
        case .coverOpen(let address):
            return "the printer at \(address) has its cover open: close it; \(Self.kept)"
        case .printerFault(let address):
            return "the printer at \(address) stopped on an error: open and close its cover, "
                + "clear any paper jam, or turn it off and on; \(Self.kept)"
        case .deviceMissing(let path):
            return "there is no printer at \(path): check the USB printer is plugged in and on; \(Self.kept)"
        case .permissionDenied(let path):
            return "Till may not write to \(path): add this user to the printer's group (usually `lp`) "
                + "and log in again; \(Self.kept)"
        case .badAddress(let address):
            return "the printer address \(address) is not HOST:PORT with a host that resolves: "
                + "check `host` in the [printer] section; \(Self.kept)"
        case .qrCodeTooLong(let bytes, let reason):
            return "the receipt's QR code of \(bytes) bytes cannot be drawn (\(reason)); nothing was printed"
        }
    }
}
