import Testing
import TillCore

@Suite struct SecretTests {
    @Test(arguments: [
        ("sk_test_sDkS-Zn8sf8iv0HgW7S9HBLd1LRwk7aAQ9yWV", "sk_test_…9yWV"),
        ("pk_live_abcdefghijklmnop", "pk_live_…mnop"),
        ("wesec_svgdAXDfRQqP830Q41GjHg", "wesec_…GjHg"),
        ("sk_test_short", "sk_test_…"),
        ("hunter2", "…"),
        ("", "…"),
        ("0123456789abcdef", "…cdef"),
        ("0123456789a", "…"),
    ])
    func masks(_ text: String, _ masked: String) {
        #expect(Secret.mask(text) == masked)
        #expect(Secret(text).masked == masked)
    }

    @Test func cannotBePrintedByAccident() {
        let secret = Secret("sk_test_TOPSECRETTOPSECRET9yWV")
        var dumped = ""
        dump(secret, to: &dumped)
        let ways = ["\(secret)", String(describing: secret), String(reflecting: secret), dumped, "\([secret])", "\(Optional(secret) as Any)"]
        for text in ways {
            #expect(!text.contains("TOPSECRET"), "leaked: \(text)")
            #expect(text.contains("sk_test_…9yWV"))
        }
        #expect(secret.reveal() == "sk_test_TOPSECRETTOPSECRET9yWV")
    }
}
