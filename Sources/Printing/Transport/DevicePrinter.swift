#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A printer behind a device file (`device = "/dev/usb/lp0"`), the USB printer class driver.
///
/// The file is opened non-blocking so that a printer that is out of paper, whose driver stops taking
/// bytes, gives ``PrinterError/timedOut(address:bytesSent:totalBytes:seconds:)`` after `writeTimeout`
/// instead of blocking the sale. Before writing it asks the driver for the port status (LPGETSTATUS,
/// which the USB printer class driver answers from the printer): a printer out of paper is reported
/// without sending the receipt. A file that is not a printer (no status) is written all the same.
public struct DevicePrinter: PrinterConnection {
    /// The device file.
    public let path: String
    /// Seconds to wait for the printer to take the whole receipt.
    public let writeTimeout: Double

    /// A printer at the device file `path`.
    public init(path: String, writeTimeout: Double = 5) {
        self.path = path
        self.writeTimeout = writeTimeout
    }

    public var address: String { path }

    public func send(_ bytes: [UInt8]) throws(PrinterError) {
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_APPEND)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENODEV, ENXIO: throw .deviceMissing(path: path)
            case EACCES, EPERM: throw .permissionDenied(path: path)
            default: throw .unreachable(address: path, reason: PosixIO.errorText(code))
            }
        }
        defer { PosixIO.close(fd) }
        if Self.reportsPaperOut(fd) { throw .paperOut(address: path) }
        let timeout = TCPPrinter.milliseconds(writeTimeout)
        switch PosixIO.writeAll(fd, bytes, timeoutMilliseconds: timeout, socket: false) {
        case .done:
            return
        case .timedOut(let sent):
            throw .timedOut(address: path, bytesSent: sent, totalBytes: bytes.count, seconds: writeTimeout)
        case .failed(_, ENOSPC, _):
            // The usblp driver's answer to a write while the printer reports no paper.
            throw .paperOut(address: path)
        case .failed(let sent, _, let reason):
            throw .interrupted(address: path, bytesSent: sent, totalBytes: bytes.count, reason: reason)
        }
    }

    /// LPGETSTATUS from <linux/lp.h>: reads the printer's status byte.
    static let getStatusRequest: UInt = 0x060B
    /// LP_POUTPA: the paper-out bit of the status byte.
    static let paperOutBit: Int32 = 0x20

    /// Whether the driver says the printer is out of paper; false when it cannot say.
    static func reportsPaperOut(_ fd: Int32) -> Bool {
        var status: Int32 = 0
        guard ioctl(fd, getStatusRequest, &status) == 0 else { return false }
        return status & paperOutBit != 0
    }
}
