/// A 24-bit colour.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#RRGGBB`, upper case.
    public var description: String {
        "#" + [red, green, blue].map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}

/// A theme's colour: a real colour, or transparent (the terminal's own colour shows through).
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    case rgb(RGBColor)
    case transparent

    /// Reads `#RGB`, `#RRGGBB`, `#AARRGGBB` (alpha 00 is transparent; any other alpha is drawn
    /// opaque, as a terminal cannot blend) or `transparent`. Nil when the text is none of these.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "transparent" {
            self = .transparent
            return
        }
        guard trimmed.hasPrefix("#") else { return nil }
        let hex = Array(trimmed.dropFirst())
        guard hex.allSatisfy(\.isHexDigit) else { return nil }
        func byte(_ high: Character, _ low: Character) -> UInt8 { UInt8(String([high, low]), radix: 16) ?? 0 }
        switch hex.count {
        case 3:
            self = .rgb(RGBColor(red: byte(hex[0], hex[0]), green: byte(hex[1], hex[1]), blue: byte(hex[2], hex[2])))
        case 6:
            self = .rgb(RGBColor(red: byte(hex[0], hex[1]), green: byte(hex[2], hex[3]), blue: byte(hex[4], hex[5])))
        case 8:
            if byte(hex[0], hex[1]) == 0 {
                self = .transparent
            } else {
                self = .rgb(
                    RGBColor(red: byte(hex[2], hex[3]), green: byte(hex[4], hex[5]), blue: byte(hex[6], hex[7])))
            }
        default:
            return nil
        }
    }

    /// The text a theme file holds for this colour.
    public var description: String {
        switch self {
        case .rgb(let color): color.description
        case .transparent: "transparent"
        }
    }
}

/// A size from an Android theme: `4dp`, `16sp`.
public struct ThemeDimension: Hashable, Sendable, CustomStringConvertible {
    /// The units a dimension may have.
    public enum Unit: String, Sendable, CaseIterable {
        case dp, sp, px, dip
    }

    public let value: Int
    public let unit: Unit

    public init(value: Int, unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// Reads a whole number followed by a unit (`4dp`, `16sp`); nil otherwise.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let value = Int(digits),
            let unit = Unit(rawValue: String(trimmed.dropFirst(digits.count)).lowercased())
        else { return nil }
        self.init(value: value, unit: unit)
    }

    public var description: String { "\(value)\(unit.rawValue)" }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
