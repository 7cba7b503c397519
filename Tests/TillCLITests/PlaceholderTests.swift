import Testing
import TillCore

@Test func cliPlaceholder() { #expect(GatewayID.allCases.count == 4) }
