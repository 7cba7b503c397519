import TillStrings

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

    /// What the cashier is told at the end of every message about a printer that failed (English).
    public static var kept: String { Strings(.en)[.printerKept] }

    public var description: String { message(in: Strings(.en)) }

    /// The message in the language of `strings`; every one but a QR code's ends by saying the
    /// receipt is kept.
    public func message(in strings: Strings) -> String {
        let kept = strings[.printerKept]
        switch self {
        case .unreachable(let address, let reason):
            return strings.text(.printerUnreachable, ["address": address, "reason": reason, "kept": kept])
        case .interrupted(let address, let sent, let total, let reason):
            return strings.text(
                .printerInterrupted,
                ["address": address, "sent": String(sent), "total": String(total), "reason": reason, "kept": kept])
        case .timedOut(let address, let sent, let total, let seconds):
            return strings.text(
                .printerTimedOut,
                ["address": address, "sent": String(sent), "total": String(total), "seconds": "\(seconds)", "kept": kept])
        case .paperOut(let address): return strings.text(.printerPaperOut, ["address": address, "kept": kept])
        case .coverOpen(let address): return strings.text(.printerCoverOpen, ["address": address, "kept": kept])
        case .printerFault(let address): return strings.text(.printerFault, ["address": address, "kept": kept])
        case .deviceMissing(let path): return strings.text(.printerDeviceMissing, ["path": path, "kept": kept])
        case .permissionDenied(let path): return strings.text(.printerPermissionDenied, ["path": path, "kept": kept])
        case .badAddress(let address): return strings.text(.printerBadAddress, ["address": address, "kept": kept])
        case .qrCodeTooLong(let bytes, let reason):
            return strings.text(.printerQRTooLong, ["bytes": String(bytes), "reason": reason])
        }
    }
}
