/// What a printer says about itself when asked with DLE EOT, the real-time status commands every
/// ESC/POS printer answers even while offline.
///
/// Asking before a receipt turns "out of paper" and "cover open" into a clear message instead of a
/// receipt that sits in the printer's buffer, or a write that times out.
public enum PrinterStatus: Sendable, Equatable {
    /// Ready to print.
    case ready
    /// The roll is used up.
    case paperOut
    /// The cover is open.
    case coverOpen
    /// The printer stopped on an error (cutter jammed, head too hot).
    case fault

    /// DLE EOT 2 (offline cause), then DLE EOT 4 (roll paper sensor).
    static let query: [UInt8] = [0x10, 0x04, 0x02, 0x10, 0x04, 0x04]

    /// The status of the two answers to ``query``, or nil when they are not status bytes (every
    /// status byte has bits 1 and 4 set and bits 0 and 7 clear).
    init?(offlineCause: UInt8, rollPaper: UInt8) {
        guard offlineCause & 0x93 == 0x12, rollPaper & 0x93 == 0x12 else { return nil }
        if offlineCause & 0x20 != 0 || rollPaper & 0x60 != 0 {
            self = .paperOut
        } else if offlineCause & 0x04 != 0 {
            self = .coverOpen
        } else if offlineCause & 0x40 != 0 {
            self = .fault
        } else {
            self = .ready
        }
    }

    /// The answers a printer in this status gives to ``query``.
    var answers: [UInt8] {
        switch self {
        case .ready: return [0x12, 0x12]
        case .paperOut: return [0x32, 0x72]
        case .coverOpen: return [0x16, 0x12]
        case .fault: return [0x52, 0x12]
        }
    }
}
