/// The receipt printer: where it is, its paper and how it prints Japanese and Chinese.
public struct PrinterSettings: Sendable, Equatable {
    /// A device file (`/dev/usb/lp0`), or nil for a network printer.
    public var device: String?
    /// `HOST:PORT` of a network printer (port 9100 when left out), or nil for a device file.
    public var host: String?
    /// Paper width in millimetres: 58 or 80.
    public var width: Int
    /// How text beyond ASCII is sent: `shift_jis` or `gb18030` (the printer's Kanji mode), or
    /// `raster` (ASCII only; anything else prints as `?`).
    public var codepage: String
    /// Print every sale's and refund's receipt at once (`auto = false`: only on request).
    public var automatic: Bool

    /// The code pages Till can send.
    public static let codepages = ["shift_jis", "gb18030", "raster"]

    public init(device: String? = nil, host: String? = nil, width: Int = 58, codepage: String = "raster", automatic: Bool = true) {
        self.device = device
        self.host = host
        self.width = width
        self.codepage = codepage
        self.automatic = automatic
    }
}

/// What needs a manager: the PIN's stored form (`till config set-pin` writes it).
public struct SecuritySettings: Sendable, Equatable {
    /// `sha256i$rounds$salt$hash`; nil when no PIN is set (then nothing asks for one).
    public var managerPIN: String?

    public init(managerPIN: String? = nil) {
        self.managerPIN = managerPIN
    }
}
