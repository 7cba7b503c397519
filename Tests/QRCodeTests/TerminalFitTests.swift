import Testing

@testable import QRCode

@Suite struct TerminalFitTests {
    static let gatewayPayloads = [
        "weixin://wxpay/bizpayurl?pr=6E4ptwz",
        "https://demo.tapin.tech/pay/EW2021122800029?sign=9f2c1e7b5a4d3c2b1a0f9e8d7c6b5a49&t=1640678400",
        "https://pay.pomelopay.com/c/5e22e1037ac57f000841efff",
        "https://qr.alipay.com/bax03431ljhokirwl38f00a7?t=1712345678901&m=ACME-STORE-0042&amt=128.50&ref=x9Zq",
    ]

    /// 80 × 24 with a status line: 23 lines for the code.
    @Test(arguments: gatewayPayloads)
    func everyGatewayPayloadFitsAnEightyByTwentyFourScreen(_ payload: String) throws {
        let choice = try #require(TerminalFit.fit(text: payload, columns: 80, rows: 23))
        #expect(choice.width <= 80)
        #expect(choice.height <= 23)
        #expect(choice.quietZone == 4)
        let lines = HalfBlockRenderer(quietZone: choice.quietZone).lines(choice.matrix)
        #expect(lines.count == choice.height)
        #expect(lines[0].unicodeScalars.count == choice.width)
    }

    @Test func prefersTheFullQuietZoneOverAHigherLevel() throws {
        let payload = Self.gatewayPayloads[3]
        // In 25 lines a quiet zone of 2 would leave room for a larger version at a higher level;
        // the search keeps 4 and takes the highest level that fits with it.
        let choice = try #require(TerminalFit.fit(text: payload, columns: 80, rows: 25))
        #expect(choice.quietZone == 4)
        #expect(choice.height <= 25)
        let generous = try #require(TerminalFit.fit(text: payload, columns: 200, rows: 100))
        #expect(generous.ecc == .high)
        #expect(generous.quietZone == 4)
        #expect(choice.ecc <= generous.ecc)
    }

    @Test func narrowsTheQuietZoneWhenNothingElseFits() throws {
        // "weixin..." (35 bytes) needs version 3 (29 modules): 37 columns with a quiet zone of 4,
        // 33 with 2.
        let payload = Self.gatewayPayloads[0]
        let tight = try #require(TerminalFit.fit(text: payload, columns: 33, rows: 17))
        #expect(tight.quietZone == 2)
        #expect(tight.width == 33)
        #expect(tight.matrix.version.number == 3)
        #expect(TerminalFit.fit(text: payload, columns: 32, rows: 17) == nil)
    }

    @Test func sizeFormula() {
        // A version-v code with a quiet zone of 4 takes 4v + 25 columns and half as many lines.
        for version in 1...40 {
            let cells = HalfBlockRenderer.cellSize(symbolSize: 4 * version + 17, quietZone: 4)
            #expect(cells.columns == 4 * version + 25)
            #expect(cells.rows == (4 * version + 26) / 2)
        }
    }
}

/// The capacity-table answer agrees with a real fit for byte-mode text, at every size a counter meets.
@Suite struct TerminalFitCapacityTests {
    @Test func canFitAgreesWithFitForByteText() {
        for columns in stride(from: 20, through: 100, by: 7) {
            for rows in stride(from: 8, through: 40, by: 5) {
                for count in [1, 17, 35, 48, 64, 106, 200, 500] {
                    let text = String(repeating: "x", count: count)
                    let fits = TerminalFit.fit(text: text, columns: columns, rows: rows) != nil
                    #expect(TerminalFit.canFit(byteCount: count, columns: columns, rows: rows) == fits, "\(count) bytes in \(columns)×\(rows)")
                }
            }
        }
    }
}
