import TillCore
import TillStrings

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
            reader.missing("device", fix: .of(.issuePrinterWhere))
        } else if settings.device != nil, settings.host != nil {
            issue(line: reader.headerLine, key: "printer", .of(.issuePrinterBoth), fix: .of(.issuePrinterBothFix))
        }
        if let width = reader.integer("width", example: "58") {
            if width.value == 58 || width.value == 80 {
                settings.width = Int(width.value)
            } else {
                issue(
                    at: width.origin, key: "printer.width", .of(.issuePrinterWidth, ["value": String(width.value)]),
                    fix: TableReader.write("width", "58"))
            }
        }
        if let codepage = reader.string("codepage", example: "\"shift_jis\"") {
            if PrinterSettings.codepages.contains(codepage.value) {
                settings.codepage = codepage.value
            } else {
                let choices = PrinterSettings.codepages.map { "\"\($0)\"" }.joined(separator: ", ")
                issue(
                    at: codepage.origin, key: "printer.codepage",
                    .of(.issuePrinterCodepage, ["value": StringQuoting.quoted(codepage.value)]),
                    fix: .of(.issuePrinterCodepageFix, ["choices": choices]))
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
            issue(line: line, key: "security.manager_pin", .of(.issuePINClear), fix: .of(.issuePINClearFix))
            return SecuritySettings()
        }
        return SecuritySettings(managerPIN: pin)
    }
}
