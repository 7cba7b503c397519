import TillCore
import TillStrings
/// A value read from the file or the environment, with where it came from.
struct Read<Value> {
    var value: Value
    var origin: ValueOrigin
}

/// Typed reading of one table's keys. A wrong type becomes an issue naming the line, the key, what
/// was found and what to write; each value read is recorded for `till config check`.
struct TableReader {
    let decoder: ConfigDecoder
    let table: TOMLTable
    /// The table's dotted name: `gateways.takemepay`; empty for the root.
    let path: String

    func fullKey(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func origin(_ value: TOMLValue) -> ValueOrigin { .file(path: decoder.file, line: value.line) }

    /// The line to name for a key that is missing: the table's header.
    var headerLine: Int? { table.line > 0 ? table.line : nil }

    func missing(_ key: String, fix: ConfigPhrase) {
        decoder.issue(line: headerLine, key: fullKey(key), .of(.issueMissing), fix: fix)
    }

    /// The fix `write key = example`.
    static func write(_ key: String, _ example: String) -> ConfigPhrase {
        .of(.issueWrite, ["key": key, "example": example])
    }

    /// The fix `write key = example, or set $VARIABLE`.
    static func writeOrSet(_ key: String, _ example: String, _ variable: String) -> ConfigPhrase {
        .of(.issueWriteOrSet, ["key": key, "example": example, "variable": variable])
    }

    /// The problem `is a boolean but must be an integer`.
    static func wrongType(_ value: TOMLValue, expected: CommandLineKey) -> ConfigPhrase {
        .phrase(.issueWrongType, ["found": .word(value.typeKey), "expected": .word(expected)])
    }

    private func typed<T>(
        _ key: String, expected: CommandLineKey, example: String, shown: (T) -> String, _ extract: (TOMLValue) -> T?
    ) -> Read<T>? {
        guard let value = table[key] else { return nil }
        guard let typed = extract(value) else {
            decoder.issue(
                line: value.line, key: fullKey(key), Self.wrongType(value, expected: expected), fix: Self.write(key, example))
            return nil
        }
        decoder.record(fullKey(key), shown(typed), origin(value))
        return Read(value: typed, origin: origin(value))
    }

    func string(_ key: String, example: String) -> Read<String>? {
        typed(key, expected: .typeString, example: example, shown: StringQuoting.quoted, \.stringValue)
    }

    func integer(_ key: String, example: String) -> Read<Int64>? {
        typed(key, expected: .typeInteger, example: example, shown: { String($0) }, \.integerValue)
    }

    func boolean(_ key: String) -> Read<Bool>? {
        typed(key, expected: .expectTrueFalse, example: "true", shown: { String($0) }, \.booleanValue)
    }

    func strings(_ key: String, example: String) -> Read<[String]>? {
        typed(key, expected: .expectStrings, example: example,
              shown: { "[" + $0.map(StringQuoting.quoted).joined(separator: ", ") + "]" }) { value in
            guard let elements = value.arrayValue else { return nil }
            let texts = elements.compactMap(\.stringValue)
            return texts.count == elements.count ? texts : nil
        }
    }

    /// A string or an integer, as text (ids that some documents write either way).
    func identifier(_ key: String, example: String) -> Read<String>? {
        typed(key, expected: .expectStringOrInteger, example: example, shown: StringQuoting.quoted) { value in
            value.stringValue ?? value.integerValue.map { String($0) }
        }
    }

    /// A credential: the environment variable wins over the file; shown masked, never echoed.
    func secret(_ key: String, environmentName: String, example: String) -> Read<Secret>? {
        if let text = decoder.environment[environmentName], !text.isEmpty {
            let secret = Secret(text)
            decoder.record(fullKey(key), "\"\(secret.masked)\"", .environment(environmentName))
            return Read(value: secret, origin: .environment(environmentName))
        }
        guard let value = table[key] else { return nil }
        guard let text = value.stringValue else {
            decoder.issue(
                line: value.line, key: fullKey(key), Self.wrongType(value, expected: .typeString),
                fix: Self.writeOrSet(key, example, environmentName))
            return nil
        }
        guard !Self.isPlaceholder(text) else {
            decoder.issue(
                line: value.line, key: fullKey(key), .of(.issuePlaceholder),
                fix: .of(.issuePlaceholderFix, ["key": key, "variable": environmentName]))
            return nil
        }
        let secret = Secret(text)
        decoder.record(fullKey(key), "\"\(secret.masked)\"", origin(value))
        return Read(value: secret, origin: origin(value))
    }

    /// The example file's stand-ins (`replace-with-your-password`, `wesec_...`): a checkout with one
    /// of them would only fail at the gateway, in front of a buyer.
    static func isPlaceholder(_ text: String) -> Bool {
        text.lowercased().contains("replace-with") || text.hasSuffix("...") || text.hasSuffix("…")
    }

    /// A sub-table; an issue when the key holds something else.
    func table(_ key: String) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let sub = value.tableValue else {
            decoder.issue(
                line: value.line, key: fullKey(key), Self.wrongType(value, expected: .typeTable),
                fix: .of(.issueTableFix, ["table": fullKey(key)]))
            return nil
        }
        return sub
    }

    /// Every key not in `allowed` is an issue, with a suggestion when one is close; `gateways` names
    /// them gateways rather than keys.
    func checkKeys(
        allowed: [String], gateways: Bool = false, explained: [String: (problem: ConfigPhrase, fix: ConfigPhrase)] = [:]
    ) {
        for key in table.keys where !allowed.contains(key) {
            let line = table[key]?.line
            if let explanation = explained[key] {
                decoder.issue(line: line, key: fullKey(key), explanation.problem, fix: explanation.fix)
                continue
            }
            let place: ConfigPhrase.Value = path.isEmpty ? .word(.issuePlaceTop) : .word(.issuePlaceTable, ["table": path])
            var values: [String: ConfigPhrase.Value] = ["place": place, "known": .text(allowed.joined(separator: ", "))]
            let fix: ConfigPhrase
            if let suggestion = EditDistance.suggestion(for: key, among: allowed) {
                values["suggestion"] = .text(suggestion)
                fix = .phrase(gateways ? .issueDidYouMeanGateway : .issueDidYouMeanKey, values)
            } else {
                fix = .phrase(gateways ? .issueRemoveGateway : .issueRemoveKey, values)
            }
            decoder.issue(line: line, key: fullKey(key), .of(gateways ? .issueUnknownGateway : .issueUnknownKey), fix: fix)
        }
    }
}
