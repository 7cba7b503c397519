import Foundation
import Testing
import TillCore
import Wire

@testable import Gateways

@Suite struct SecretAndRedactionTests {
    @Test func redactsHeadersJSONQueryAndLiteralSecrets() {
        let redactor = Redactor(secrets: [Secret("mysecretkey")])
        let request = HTTPRequest(
            method: "POST", url: URL(string: "https://x.test/sources/src_1?clientSecret=src_cs_ABC&limit=2")!,
            headers: [HTTPHeader("Authorization", "Bearer sk_test_zzz"), HTTPHeader("signature", "abc123")],
            body: Data(
                #"{"user":"u","password": "p@ss\"word","auth_code":284957123,"note":"key mysecretkey","amount":0.01}"#
                    .utf8))
        let line = redactor.describe(request)
        for leaked in ["sk_test_zzz", "abc123", "p@ss", "284957123", "mysecretkey", "src_cs_ABC"] {
            #expect(!line.contains(leaked), "leaked \(leaked) in \(line)")
        }
        #expect(line.contains("\"amount\":0.01"))
        #expect(line.contains("limit=2"))
        #expect(line.contains("\"user\":\"u\""))
    }

    @Test func redactsTokenInAnswers() {
        let response = HTTPResponse(
            status: 200, body: Data(#"{"success":true,"data":{"message":"SUCCESS","token":"eyJ0eXA.iOiJKV1Q"}}"#.utf8))
        let line = Redactor().describe(response)
        #expect(!line.contains("eyJ0eXA"))
        #expect(line.contains("\"token\":\"***\""))
    }
}
