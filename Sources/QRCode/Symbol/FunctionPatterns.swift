/// The function patterns of ISO/IEC 18004 §6.3: finder patterns with their separators, timing
/// patterns, alignment patterns, the reserved format information area with the dark module, and
/// the version information.
enum FunctionPatterns {
    /// Draws every function pattern of a version. Format information is reserved as light
    /// modules; the mask choice fills it in.
    static func draw<Line>(_ version: QRVersion, into grid: inout SymbolGrid<Line>) {
        let size = grid.size
        drawTimingPatterns(into: &grid)
        drawFinderPattern(centreX: 3, centreY: 3, into: &grid)
        drawFinderPattern(centreX: size - 4, centreY: 3, into: &grid)
        drawFinderPattern(centreX: 3, centreY: size - 4, into: &grid)
        drawAlignmentPatterns(version, into: &grid)
        for (first, second) in FormatInformation.positions(size: size) {
            grid.setFunctionModule(x: first.x, y: first.y, dark: false)
            grid.setFunctionModule(x: second.x, y: second.y, dark: false)
        }
        // §7.9.1: the module above the bottom-left copy of the format information is always dark.
        grid.setFunctionModule(x: 8, y: size - 8, dark: true)
        VersionInformation.draw(version, into: &grid)
    }

    /// §6.3.5: row 6 and column 6 alternate dark and light, dark at even positions.
    private static func drawTimingPatterns<Line>(into grid: inout SymbolGrid<Line>) {
        for index in 0..<grid.size {
            grid.setFunctionModule(x: 6, y: index, dark: index % 2 == 0)
            grid.setFunctionModule(x: index, y: 6, dark: index % 2 == 0)
        }
    }

    /// §6.3.3–6.3.4: a 7 × 7 finder (dark ring, light ring, dark 3 × 3 core) and its one-module
    /// light separator. By Chebyshev distance from the centre: 0, 1 and 3 dark; 2 and 4 light.
    private static func drawFinderPattern<Line>(centreX: Int, centreY: Int, into grid: inout SymbolGrid<Line>) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx
                let y = centreY + dy
                guard x >= 0, x < grid.size, y >= 0, y < grid.size else { continue }
                let distance = max(abs(dx), abs(dy))
                grid.setFunctionModule(x: x, y: y, dark: distance != 2 && distance != 4)
            }
        }
    }

    /// §6.3.6: a 5 × 5 pattern (dark ring, light ring, dark centre) at each pair of Table E.1
    /// coordinates, except the three pairs that fall on finder patterns.
    private static func drawAlignmentPatterns<Line>(_ version: QRVersion, into grid: inout SymbolGrid<Line>) {
        let centres = AlignmentPatterns.centres(for: version)
        let last = centres.count - 1
        for (i, y) in centres.enumerated() {
            for (j, x) in centres.enumerated() {
                let onFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)
                if onFinder { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        grid.setFunctionModule(x: x + dx, y: y + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }
}
