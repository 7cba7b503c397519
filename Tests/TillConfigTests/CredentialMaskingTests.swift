import Testing
import TillCore
@testable import TillConfig

@Suite struct CredentialMaskingTests {
    @Test func credentialsPrintMasked() {
        let credentials = MOTPCredentials(user: "shop", password: Secret("correct-horse-battery"), storeID: "1")
        #expect(!"\(credentials)".contains("correct-horse"))
        #expect(!String(reflecting: credentials).contains("correct-horse"))
    }
}
