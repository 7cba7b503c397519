import Testing
@testable import QRCode

@Test func qrModuleLinks() { #expect(String(describing: QRCodeModule.self) == "QRCodeModule") }
