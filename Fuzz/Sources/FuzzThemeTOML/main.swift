import FuzzSupport
import TerminalUI
import TillConfig

// A theme file: read as TOML the way `till` reads it, then every value checked as a theme's.
fuzz { data in
    guard let table = try? TOMLParser.parse(text(data)) else { return }
    let entries = table.keys.compactMap { key in
        table[key].flatMap { value in value.stringValue.map { ThemeEntry(key: key, value: $0, line: value.line) } }
    }
    _ = try? Theme(name: "fuzz", entries: entries)
}
