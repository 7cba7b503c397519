import Foundation
import Testing
import Wire

/// Which URLs a real transport may send to, checked before anything is sent.
@Suite struct TransportPolicyTests {
    @Test(arguments: [
        "https://api.pomelopay.com/public", "http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x",
        "http://127.9.9.9/",
    ])
    func allowed(_ text: String) throws {
        try TransportPolicy.check(URL(string: text)!)
    }

    @Test(arguments: [
        "http://api.pomelopay.com/public", "http://10.0.0.1/", "ftp://127.0.0.1/", "http://127.0.0.1.evil.com/",
        "http://localhost.evil.com/",
    ])
    func refused(_ text: String) {
        #expect(throws: TransportError.self) { try TransportPolicy.check(URL(string: text)!) }
    }

    @Test func insecureURLErrorDoesNotCarryTheQuery() {
        do {
            try TransportPolicy.check(URL(string: "http://api.example/sources/s?clientSecret=src_cs_ABC")!)
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .insecureURL("http://api.example/sources/s"))
        }
    }
}
