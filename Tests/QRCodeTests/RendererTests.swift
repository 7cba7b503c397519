import Testing

@testable import QRCode

/// The renderers, checked module by module against the matrix they draw.
@Suite struct RendererTests {
    let matrix: QRMatrix

    init() throws { matrix = try QREncoder.encode(text: "weixin://wxpay/bizpayurl?pr=6E4ptwz", ecc: .medium) }

    /// Reads half-block text back into modules: true where the cell half is inked.
    static func inkedHalves(_ lines: [String]) -> [[Bool]] {
        var rows: [[Bool]] = []
        for line in lines {
            var upper: [Bool] = []
            var lower: [Bool] = []
            for scalar in line.unicodeScalars {
                upper.append(scalar == "\u{2588}" || scalar == "\u{2580}")
                lower.append(scalar == "\u{2588}" || scalar == "\u{2584}")
            }
            rows.append(upper)
            rows.append(lower)
        }
        return rows
    }

    @Test(arguments: [(InkPolarity.lightInk, 4), (.darkInk, 4), (.lightInk, 1), (.darkInk, 2)])
    func halfBlocksDrawEveryModule(polarity: InkPolarity, quietZone: Int) {
        let lines = HalfBlockRenderer(quietZone: quietZone, polarity: polarity).lines(matrix)
        let side = matrix.size + 2 * quietZone
        #expect(lines.count == (side + 1) / 2)
        #expect(lines.allSatisfy { $0.unicodeScalars.count == side })
        let inked = Self.inkedHalves(lines)
        let darkIsInk = polarity == .darkInk
        for y in 0..<(lines.count * 2) {
            for x in 0..<side {
                // Inside the symbol: the module; in the quiet zone and the filler half-row: light.
                let dark = y < side ? matrix[x - quietZone, y - quietZone] : false
                if inked[y][x] != (dark == darkIsInk) {
                    Issue.record("module (\(x), \(y)) drawn wrong")
                    return
                }
            }
        }
    }

    @Test func quietZoneNeverBelowOne() {
        #expect(HalfBlockRenderer(quietZone: 0).quietZone == 1)
        #expect(SVGRenderer(quietZone: -3).quietZone == 1)
        #expect(ANSIRenderer(quietZone: 0).quietZone == 1)
    }

    @Test func ansiIsBlackOnBrightWhiteEveryLine() {
        let lines = ANSIRenderer().lines(matrix)
        let plain = HalfBlockRenderer(quietZone: 4, polarity: .darkInk).lines(matrix)
        #expect(lines.count == plain.count)
        for (coloured, bare) in zip(lines, plain) {
            #expect(coloured == "\u{1B}[30;107m" + bare + "\u{1B}[0m")
        }
    }

    @Test func matrixTextIsTheBareMatrix() {
        let text = MatrixTextRenderer().render(matrix)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == matrix.size + 1)
        #expect(lines.last == "")
        for y in 0..<matrix.size {
            #expect(lines[y] == Substring((0..<matrix.size).map { matrix[$0, y] ? "1" : "0" }.joined()))
        }
    }

    @Test func svgPathCoversExactlyTheDarkModules() {
        let svg = SVGRenderer(quietZone: 4, moduleSize: 3).render(matrix)
        let side = matrix.size + 8
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("width=\"\(side * 3)\""))
        // Sum the run lengths of the path: one "hN" per run of dark modules.
        let path = svg.split(separator: "d=\"")[1].split(separator: "\"")[0]
        var covered = 0
        for command in path.split(separator: " ") {
            let run = command.split(separator: "h")[1].split(separator: "v")[0]
            covered += Int(run)!
        }
        #expect(covered == matrix.darkModuleCount)
        #expect(svg.hasSuffix("</svg>\n"))
    }
}
