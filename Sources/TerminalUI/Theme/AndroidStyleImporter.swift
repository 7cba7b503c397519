import Foundation
import TillStrings

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Converts an Android `<style>` from a resources XML file (as in TakeMe Pay's SDK documentation)
/// into a Till theme.
public enum AndroidStyleImporter {
    /// The SDK's own base theme; a style inheriting from it inherits from Till's default.
    public static let sdkBaseTheme = "TakeMePay.PaymentDialog"

    /// The result of an import: the theme and what was left out, with the reason.
    public struct Result: Sendable {
        public let theme: Theme
        public let warnings: [String]
    }

    /// Why an XML file could not be imported.
    public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Reads the style named `styleName` (the first style when nil) from `xml`, naming the theme
    /// `themeName` (derived from the style's name when nil); problems in the language of `strings`.
    public static func importStyle(
        from xml: Data, styleName: String? = nil, themeName: String? = nil, strings: Strings = Strings(.en)
    ) throws(ImportError) -> Result {
        let reader = StyleReader()
        // Never hand the parser bytes it could trap on.
        let parser = XMLParser(data: try StyleXMLBytes.checked(xml))
        parser.delegate = reader
        guard parser.parse(), parser.parserError == nil, reader.isComplete else {
            let line = parser.lineNumber
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? strings[.importUnreadable]
            throw ImportError(description: strings.text(.importNotWellFormed, ["line": String(line), "reason": reason]))
        }
        guard !reader.styles.isEmpty else {
            throw ImportError(description: strings[.importNoStyle])
        }
        let style: StyleReader.Style
        if let styleName {
            guard let found = reader.styles.first(where: { $0.name == styleName }) else {
                let names = reader.styles.map(\.name).joined(separator: ", ")
                throw ImportError(description: strings.text(.importNoStyleNamed, ["style": "\"\(styleName)\"", "names": names]))
            }
            style = found
        } else {
            style = reader.styles[0]
        }
        return convert(style, themeName: themeName ?? themeFileName(forStyle: style.name), strings)
    }

    private static func convert(_ style: StyleReader.Style, themeName: String, _ strings: Strings) -> Result {
        var warnings: [String] = []
        var values: [ThemeAttribute: ThemeValue] = [:]
        for item in style.items {
            guard let attribute = ThemeAttribute(name: item.name) else {
                warnings.append(strings.text(.importNotAttribute, ["line": String(item.line), "name": item.name]))
                continue
            }
            let text = item.value == "@android:color/transparent" ? "transparent" : item.value
            let entry = ThemeEntry(key: attribute.rawValue, value: text, line: item.line)
            do {
                values[attribute] = try Theme.value(of: entry, for: attribute, theme: themeName)
            } catch {
                warnings.append(strings.text(
                    .importCannotConvert, ["line": String(item.line), "name": item.name, "value": "\"\(item.value)\""]))
            }
        }
        let parent = style.parent.map { $0 == sdkBaseTheme ? BuiltinThemes.defaultName : themeFileName(forStyle: $0) }
        let theme = Theme(name: themeName, parent: parent ?? BuiltinThemes.defaultName, values: values)
        return Result(theme: theme, warnings: warnings)
    }

    /// A theme file name for an Android style name: `Theme.MyApp.Payment` → `theme-myapp-payment`.
    public static func themeFileName(forStyle styleName: String) -> String {
        let lowered = styleName.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }
}

/// Collects the `<style>` elements and their `<item>`s as the parser walks the document.
private final class StyleReader: NSObject, XMLParserDelegate {
    struct Item {
        let name: String
        var value: String
        let line: Int
    }

    struct Style {
        let name: String
        let parent: String?
        var items: [Item]
    }

    var styles: [Style] = []
    private var currentItem: Item?
    private var depth = 0
    private var sawRoot = false
    /// True when every element opened was closed: the Linux parser does not always report a
    /// truncated document as an error.
    var isComplete: Bool { sawRoot && depth == 0 }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        sawRoot = true
        switch elementName {
        case "style":
            styles.append(Style(name: attributes["name"] ?? "unnamed", parent: attributes["parent"], items: []))
        case "item" where !styles.isEmpty:
            currentItem = Item(name: attributes["name"] ?? "", value: "", line: parser.lineNumber)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentItem?.value += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        guard elementName == "item", var item = currentItem, !styles.isEmpty else { return }
        item.value = item.value.trimmingWhitespace()
        styles[styles.count - 1].items.append(item)
        currentItem = nil
    }
}
