import Testing

@testable import QRCode

/// Every bad input gives an error that says what is wrong, with numbers.
@Suite struct EncoderErrorTests {
    @Test func tooLongSaysLengthAndCapacity() {
        let text = String(repeating: "x", count: 2400)
        do {
            _ = try QREncoder.encode(text: text, ecc: .medium)
            Issue.record("2400 bytes should not fit at M")
        } catch {
            guard case let .dataTooLong(_, _, length, capacity, unit, ecc, maxVersion) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(length == 2400)
            #expect(capacity == 2331)
            #expect(unit == "bytes")
            #expect(ecc == .medium)
            #expect(maxVersion == 40)
            #expect(error.description.contains("2400 bytes"))
            #expect(error.description.contains("2331 bytes"))
        }
    }

    @Test func tooLongInNumericModeCountsDigits() {
        let digits = String(repeating: "9", count: 7090)
        #expect(throws: QREncodingError.self) { try QREncoder.encode(text: digits, ecc: .low, mode: .numeric) }
        do {
            _ = try QREncoder.encode(text: digits, ecc: .low, mode: .numeric)
        } catch {
            #expect(error.description.contains("7090 digits"))
            #expect(error.description.contains("7089 digits"))
        }
        #expect((try? QREncoder.encode(text: String(digits.dropLast()), ecc: .low, mode: .numeric))?.version.number == 40)
    }

    @Test func versionRangeTooSmall() {
        do {
            _ = try QREncoder.encode(text: String(repeating: "a", count: 100), ecc: .medium, maxVersion: 3)
            Issue.record("100 bytes do not fit version 3")
        } catch {
            guard case let .versionRangeTooSmall(needed, capacity, _, versions) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(needed == 4 + 8 + 800)
            #expect(capacity == 44 * 8)
            #expect(versions == 1...3)
        }
    }

    @Test func badParameters() {
        #expect(throws: QREncodingError.invalidMask(8)) { try QREncoder.encode(text: "a", mask: 8) }
        #expect(throws: QREncodingError.invalidMask(-1)) { try QREncoder.encode(text: "a", mask: -1) }
        #expect(throws: QREncodingError.invalidVersionRange(min: 5, max: 4)) {
            try QREncoder.encode(text: "a", minVersion: 5, maxVersion: 4)
        }
        #expect(throws: QREncodingError.invalidVersionRange(min: 0, max: 40)) { try QREncoder.encode(text: "a", minVersion: 0) }
        #expect(throws: QREncodingError.invalidVersionRange(min: 1, max: 41)) { try QREncoder.encode(text: "a", maxVersion: 41) }
    }

    @Test func namedModeRejectsForeignCharacters() {
        do {
            _ = try QREncoder.encode(text: "12a4", mode: .numeric)
            Issue.record("a is not numeric")
        } catch {
            #expect(error == .characterNotEncodable(mode: .numeric, character: "a", position: 2))
            #expect(error.description.contains("character 3"))
        }
        #expect(throws: QREncodingError.self) { try QREncoder.encode(text: "hello", mode: .alphanumeric) }
    }

    @Test func boostRaisesTheLevelWithinTheVersion() throws {
        let plain = try QREncoder.encode(text: "weixin://wxpay/bizpayurl?pr=6E4ptwz", ecc: .low)
        let boosted = try QREncoder.encode(text: "weixin://wxpay/bizpayurl?pr=6E4ptwz", ecc: .low, boost: true)
        #expect(plain.errorCorrectionLevel == .low)
        #expect(boosted.version == plain.version)
        #expect(boosted.errorCorrectionLevel > .low)
    }

    @Test func minimumVersionAndForcedMask() throws {
        let matrix = try QREncoder.encode(text: "hi", minVersion: 7, mask: 3)
        #expect(matrix.version.number == 7)
        #expect(matrix.size == 45)
        #expect(matrix.mask == 3)
    }
}
