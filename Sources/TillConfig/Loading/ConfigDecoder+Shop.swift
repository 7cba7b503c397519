import TillCore

/// `[printer]` and `[security]`.
extension ConfigDecoder {
    func decodePrinter(_ table: TOMLTable?) -> PrinterSettings? {
        guard let table else { return nil }
        let reader = TableReader(decoder: self, table: table, path: "printer")
        reader.checkKeys(allowed: ["device", "host", "width", "codepage", "auto"])
        var settings = PrinterSettings()
        settings.device = reader.string("device", example: "\"/dev/usb/lp0\"")?.value
        settings.host = reader.string("host", example: "\"192.168.1.50:9100\"")?.value
        if settings.device == nil, settings.host == nil {
            reader.missing("device", fix: "write device = \"/dev/usb/lp0\" for a USB printer, or host = \"HOST:9100\" for a network one")
        } else if settings.device != nil, settings.host != nil {
            issue(
                line: reader.headerLine, key: "printer", "names both a device and a host",
                fix: "keep device for a USB printer or host for a network one, not both")
        }
        if let width = reader.integer("width", example: "58") {
            if width.value == 58 || width.value == 80 {
                settings.width = Int(width.value)
            } else {
                issue(at: width.origin, key: "printer.width", "\(width.value) mm is not a receipt paper width", fix: "write width = 58 or 80")
            }
        }
        if let codepage = reader.string("codepage", example: "\"shift_jis\"") {
            if PrinterSettings.codepages.contains(codepage.value) {
                settings.codepage = codepage.value
            } else {
                issue(
                    at: codepage.origin, key: "printer.codepage", "\(StringQuoting.quoted(codepage.value)) is not a code page Till sends",
                    fix: "write one of " + PrinterSettings.codepages.map { "\"\($0)\"" }.joined(separator: ", "))
            }
        }
        settings.automatic = reader.boolean("auto")?.value ?? true
        return settings
    }

    func decodeSecurity(_ table: TOMLTable?) -> SecuritySettings {
        guard let table else { return SecuritySettings() }
        let reader = TableReader(decoder: self, table: table, path: "security")
        reader.checkKeys(allowed: ["manager_pin"])
        guard let pin = table["manager_pin"]?.stringValue, let line = table["manager_pin"]?.line else { return SecuritySettings() }
        record("security.manager_pin", "(set)", .file(path: file, line: line))
        guard pin.hasPrefix("sha256i$"), pin.split(separator: "$").count == 4 else {
            issue(
                line: line, key: "security.manager_pin", "is not a PIN's stored form (a PIN is never written in clear)",
                fix: "remove the line and run `till config set-pin`, which writes the salted hash")
            return SecuritySettings()
        }
        return SecuritySettings(managerPIN: pin)
    }
}
