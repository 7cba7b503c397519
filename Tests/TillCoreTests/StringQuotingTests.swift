import Testing
import TillCore

/// The one quoting rule JSON strings and TOML basic strings share.
@Suite("String quoting")
struct StringQuotingTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{01}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
        ("é 日本 😀", #""é 日本 😀""#),
        ("", #""""#),
    ])
    func escapesWhatJSONAndTOMLBothEscape(_ text: String, _ expected: String) {
        #expect(StringQuoting.quoted(text) == expected)
    }

    @Test func appendingQuotesInPlace() {
        var output = "key = "
        StringQuoting.appendQuoted("a\"b", to: &output)
        #expect(output == #"key = "a\"b""#)
    }
}
