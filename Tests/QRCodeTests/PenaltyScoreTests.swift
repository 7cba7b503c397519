import Testing

@testable import QRCode

/// The bit-packed penalty score against a plain module-by-module one written from §7.8.3 and
/// the reference's reading of it, on random grids and on grids with planted patterns.
@Suite struct PenaltyScoreTests {
    /// A deterministic pseudo-random generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// N1 and N3 along one line of modules, from its runs; outside the line is light.
    static func plainLinePenalty(_ modules: [Bool]) -> Int {
        var runs: [(dark: Bool, length: Int)] = []
        for module in modules {
            if let last = runs.last, last.dark == module {
                runs[runs.count - 1].length += 1
            } else {
                runs.append((module, 1))
            }
        }
        var penalty = 0
        for run in runs where run.length >= 5 { penalty += run.length - 2 }
        let border = 1_000_000
        for (index, run) in runs.enumerated() where run.dark && index + 4 < runs.count {
            let n = run.length
            let lengths = (0..<5).map { runs[index + $0].length }
            guard lengths == [n, n, 3 * n, n, n] else { continue }
            // A light run at either end of the line goes on into the light quiet zone.
            let before = index == 0 ? border : runs[index - 1].length + (index - 1 == 0 ? border : 0)
            let after = index + 5 == runs.count ? border : runs[index + 5].length + (index + 6 == runs.count ? border : 0)
            if before >= 4 * n && after >= n { penalty += 40 }
            if after >= 4 * n && before >= n { penalty += 40 }
        }
        return penalty
    }

    static func plainScore(_ grid: [[Bool]]) -> Int {
        let size = grid.count
        var total = 0
        for y in 0..<size { total += plainLinePenalty(grid[y]) }
        for x in 0..<size { total += plainLinePenalty((0..<size).map { grid[$0][x] }) }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = grid[y][x]
                if grid[y][x + 1] == colour && grid[y + 1][x] == colour && grid[y + 1][x + 1] == colour { total += 3 }
            }
        }
        let dark = grid.joined().filter { $0 }.count
        var k = 0
        while !(dark * 100 >= (45 - 5 * k) * size * size && dark * 100 <= (55 + 5 * k) * size * size) { k += 1 }
        return total + 10 * k
    }

    static func packedScore<Line: ModuleLine>(_ grid: [[Bool]], as _: Line.Type) -> Int {
        let size = grid.count
        var rows = [Line](repeating: .zero, count: size)
        var columns = rows
        for y in 0..<size {
            for x in 0..<size where grid[y][x] {
                rows[y].setBit(x)
                columns[x].setBit(y)
            }
        }
        return PenaltyScore<Line>(size: size).score(rows: rows, columns: columns, limit: Int.max)
    }

    static func randomGrid(size: Int, darkPercent: UInt64, generator: inout Generator) -> [[Bool]] {
        (0..<size).map { _ in (0..<size).map { _ in generator.next() % 100 < darkPercent } }
    }

    /// Writes runs of (dark, length) into a row from column `x`.
    static func plant(_ runs: [(Bool, Int)], in grid: inout [[Bool]], row: Int, from x: Int) {
        var column = x
        for (dark, length) in runs {
            for _ in 0..<length where column < grid.count {
                grid[row][column] = dark
                column += 1
            }
        }
    }

    @Test(arguments: [21, 45, 64, 65, 101, 177])
    func randomGridsScoreAsThePlainRules(size: Int) {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(size))
        for darkPercent: UInt64 in [10, 35, 50, 65, 90] {
            let grid = Self.randomGrid(size: size, darkPercent: darkPercent, generator: &generator)
            let packed = size <= 64 ? Self.packedScore(grid, as: UInt64.self) : Self.packedScore(grid, as: Line192.self)
            #expect(packed == Self.plainScore(grid), "size \(size), \(darkPercent) % dark")
        }
    }

    /// Finder-like patterns of units 1 to 4, at the edges and in the middle, with light on one
    /// side, both sides, or too little.
    @Test(arguments: [1, 2, 3, 4])
    func plantedFinderLikePatterns(unit n: Int) {
        var generator = Generator(state: 0xD1B5_4A32_D192_ED03 &+ UInt64(n))
        for size in [41, 97, 177] where 7 * n + 2 <= size {
            var grid = Self.randomGrid(size: size, darkPercent: 50, generator: &generator)
            let pattern: [(Bool, Int)] = [(true, n), (false, n), (true, 3 * n), (false, n), (true, n)]
            Self.plant([(false, 4 * n)] + pattern + [(false, n)], in: &grid, row: 1, from: 0)
            Self.plant(pattern + [(false, 4 * n)], in: &grid, row: 3, from: 0)
            Self.plant([(false, 4 * n)] + pattern + [(false, 4 * n)], in: &grid, row: 5, from: size / 3)
            Self.plant([(false, 3 * n)] + pattern + [(false, 3 * n)], in: &grid, row: 7, from: 2)
            Self.plant([(false, n)] + pattern, in: &grid, row: 9, from: size - 8 * n)
            let packed = size <= 64 ? Self.packedScore(grid, as: UInt64.self) : Self.packedScore(grid, as: Line192.self)
            #expect(packed == Self.plainScore(grid), "unit \(n), size \(size)")
        }
    }
}
