import Testing
@testable import TillConfig

@Test func configModuleLinks() { #expect(String(describing: TillConfigModule.self) == "TillConfigModule") }
