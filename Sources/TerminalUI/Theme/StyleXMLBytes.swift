import Foundation

/// Checks the bytes of a styles.xml before any XML parser sees them. Foundation's `XMLParser` on
/// Linux traps (SIGILL) on a name that is not valid UTF-8, so the text must be proven valid first:
/// UTF-8 unless the declaration names another encoding; ISO-8859-1 (Latin-1), which Android
/// Studio can save, is transcoded; any other encoding and any DTD are refused with a message.
public enum StyleXMLBytes {
    /// The most a styles.xml may hold: a theme's styles are a few kilobytes.
    public static let maximumBytes = 1 << 20

    /// UTF-8 text the XML parser can be given, its declaration (if any) saying UTF-8.
    public static func checked(_ data: Data) throws(AndroidStyleImporter.ImportError) -> Data {
        guard data.count <= maximumBytes else {
            throw refusal("the file is \(data.count) bytes, more than the limit of 1 MiB for a styles.xml; check that this is the right file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.first == 0 || bytes.dropFirst().first == 0 {
            throw refusal("the file is UTF-16 (or holds NUL bytes); save it as UTF-8 and import again")
        }
        let encoding = declaredEncoding(bytes)?.lowercased()
        switch encoding {
        case nil, "utf-8", "utf8":
            break
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin-1", "latin1", "l1":
            bytes = latin1ToUTF8(bytes)
        case "us-ascii", "ascii":
            if let index = bytes.firstIndex(where: { $0 >= 0x80 }) {
                throw refusal("line \(lineNumber(of: index, in: bytes)) holds a byte that is not ASCII though the file says it is; save it as UTF-8 and import again")
            }
        case let other?:
            throw refusal("the file says it is \(other), which Till does not read; save it as UTF-8 and import again")
        }
        if let index = firstInvalidUTF8(bytes) {
            throw refusal("line \(lineNumber(of: index, in: bytes)) is not valid UTF-8 text; save the file as UTF-8 (or declare encoding=\"ISO-8859-1\" if it is Latin-1) and import again")
        }
        if let index = firstIndex(of: Array("<!DOCTYPE".utf8), in: bytes) ?? firstIndex(of: Array("<!ENTITY".utf8), in: bytes) {
            throw refusal("line \(lineNumber(of: index, in: bytes)) has a DTD (<!DOCTYPE or <!ENTITY), which a styles.xml never needs; remove it and import again")
        }
        if let index = processingInstruction(bytes) {
            throw refusal("line \(lineNumber(of: index, in: bytes)) has a processing instruction (<?...?>), which a styles.xml never needs; remove it and import again")
        }
        if encoding != nil, let range = encodingValueRange(bytes) {
            bytes.replaceSubrange(range, with: Array("UTF-8".utf8))
        }
        return Data(bytes)
    }

    /// The offset of a `<?` other than the `<?xml ...?>` declaration at the very start. Foundation's
    /// parser crashes (a NULL read) on an instruction without data, such as `<?pi?>`, so none reach it.
    static func processingInstruction(_ bytes: [UInt8]) -> Int? {
        let isDeclaration = bytes.starts(with: Array("<?xml".utf8)) && bytes.count > 5 && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[5])
        let from = isDeclaration ? 2 : 0
        return firstIndex(of: Array("<?".utf8), in: Array(bytes[from...])).map { $0 + from }
    }

    static func refusal(_ text: String) -> AndroidStyleImporter.ImportError {
        AndroidStyleImporter.ImportError(description: text)
    }

    /// The `encoding="..."` of an `<?xml ...?>` declaration at the very start, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        encodingValueRange(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where the encoding's name sits inside the declaration.
    static func encodingValueRange(_ bytes: [UInt8]) -> Range<Int>? {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = firstIndex(of: Array("?>".utf8), in: bytes) else { return nil }
        let declaration = Array(bytes[..<end])
        guard let key = firstIndex(of: Array("encoding".utf8), in: declaration) else { return nil }
        var index = key + "encoding".utf8.count
        while index < end, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "=")].contains(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[index]
        guard let close = bytes[(index + 1)..<end].firstIndex(of: quote) else { return nil }
        return (index + 1)..<close
    }

    static func latin1ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return Array(text.utf8)
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    static func lineNumber(of index: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(index, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
