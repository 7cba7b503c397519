/// The penalty score of a masked symbol (ISO/IEC 18004 §7.8.3, Table 11), computed on packed
/// lines, exactly as Nayuki's reference implementation scores it:
///
/// - N1 = 3: a run of five or more same-coloured modules in a row or column scores 3, plus 1 for
///   each module past the fifth.
/// - N2 = 3: each 2 × 2 block of one colour scores 3 (blocks may overlap).
/// - N3 = 40: each finder-like pattern dark-light-dark-light-dark in the ratio 1:1:3:1:1 with at
///   least four times the unit of light on one side scores 40; both sides light counts twice.
///   The area outside the symbol counts as light (it is the quiet zone).
/// - N4 = 10: 10 for every full 5 % the dark share strays from 50 %.
struct PenaltyScore<Line: ModuleLine> {
    let size: Int
    /// Bits 0..<size − 1: the positions that have a right-hand neighbour.
    private let pairPositions: Line

    init(size: Int) {
        self.size = size
        pairPositions = Line.lowBits(size - 1)
    }

    /// The whole score, or any value ≥ `limit` as soon as the score is known to reach it.
    func score(rows: [Line], columns: [Line], limit: Int) -> Int {
        var total = balancePenalty(rows)
        total += blockPenalty(rows)
        if total >= limit { return total }
        for row in rows { total += linePenalty(row) }
        if total >= limit { return total }
        for column in columns { total += linePenalty(column) }
        return total
    }

    /// N1 and N3 along one line.
    @inline(__always) func linePenalty(_ line: Line) -> Int {
        runPenalty(line) + 40 * finderLikePatterns(line)
    }

    /// N1: a run of length L ≥ 5 scores L − 2. `same` marks modules equal to their right
    /// neighbour, so a run of L modules is L − 1 marks; four marks in a row begin L − 4 times, and
    /// each run begins once more: (L − 4) + 2 per run.
    func runPenalty(_ line: Line) -> Int {
        let same = ~(line ^ line.ahead(1)) & pairPositions
        let four = same & same.ahead(1) & same.ahead(2) & same.ahead(3)
        if four == .zero { return 0 }
        let runStarts = four & ~four.behind(1)
        return four.nonzeroBitCount + 2 * runStarts.nonzeroBitCount
    }

    /// N3: the number of finder-like patterns along a line, both sides counted.
    func finderLikePatterns(_ line: Line) -> Int {
        var count = finderLikePatternsOfUnitOne(line)
        // Larger units need a dark run of 3 × unit; skip them when the line has none of 6.
        let two = line & line.ahead(1)
        let four = two & two.ahead(2)
        guard four & two.ahead(4) != .zero else { return count }
        var unit = 2
        // A unit needs a dark run of 3 × unit; no run that long means no larger unit either.
        while unit * 7 <= size {
            let longRuns = darkRuns(line, count: 3 * unit)
            if longRuns == .zero { break }
            // Only a run of exactly 3 × unit can be the centre (a finder's own 7 is not 6).
            let centres = longRuns & ~line.behind(1) & ~line.ahead(3 * unit)
            if centres != .zero { count += finderLikePatterns(line, unit: unit, centres: centres) }
            unit += 1
        }
        return count
    }

    /// The common case, unit 1, with every shift spelled out: light p − 1, dark p, light p + 1,
    /// dark p + 2...p + 4, light p + 5, dark p + 6, light p + 7; then light p − 4...p − 2 or
    /// p + 8...p + 10.
    @inline(__always) private func finderLikePatternsOfUnitOne(_ d: Line) -> Int {
        let dark = d & d.ahead(2) & d.ahead(3) & d.ahead(4) & d.ahead(6)
        let core = dark & ~(d.behind(1) | d.ahead(1) | d.ahead(5) | d.ahead(7))
        if core == .zero { return 0 }
        let lightBefore = core & ~(d.behind(2) | d.behind(3) | d.behind(4))
        let lightAfter = core & ~(d.ahead(8) | d.ahead(9) | d.ahead(10))
        return lightBefore.nonzeroBitCount + lightAfter.nonzeroBitCount
    }

    /// Patterns of a larger unit n, found from their centre: a dark run of exactly 3n starting at
    /// q is rare, so each one is checked module by module: light [q − 3n, q − 2n), dark
    /// [q − 2n, q − n), light [q − n, q), the centre, light [q + 3n, q + 4n), dark [q + 4n, q + 5n),
    /// light [q + 5n, q + 6n); then 3n more light before or after.
    private func finderLikePatterns(_ line: Line, unit n: Int, centres: Line) -> Int {
        var count = 0
        for index in 0..<((size + 63) / 64) {
            var bits = centres.word(index)
            while bits != 0 {
                let q = index * 64 + bits.trailingZeroBitCount
                bits &= bits &- 1
                let core =
                    allLight(line, q - 3 * n, n) && allDark(line, q - 2 * n, n) && allLight(line, q - n, n)
                    && allLight(line, q + 3 * n, n) && allDark(line, q + 4 * n, n) && allLight(line, q + 5 * n, n)
                guard core else { continue }
                if allLight(line, q - 6 * n, 3 * n) { count += 1 }
                if allLight(line, q + 6 * n, 3 * n) { count += 1 }
            }
        }
        return count
    }

    /// Whether modules start..<start + count are all dark (outside the line is light).
    private func allDark(_ line: Line, _ start: Int, _ count: Int) -> Bool {
        guard start >= 0, start + count <= size else { return false }
        for index in start..<(start + count) where !line.bit(index) { return false }
        return true
    }

    /// Whether modules start..<start + count are all light (outside the line is light).
    private func allLight(_ line: Line, _ start: Int, _ count: Int) -> Bool {
        for index in max(0, start)..<max(max(0, start), min(size, start + count)) where line.bit(index) { return false }
        return true
    }

    /// Bit p set when modules p ..< p + count are all dark.
    private func darkRuns(_ line: Line, count: Int) -> Line {
        var result = line
        for offset in 1..<max(1, count) { result = result & line.ahead(offset) }
        return result
    }

    /// N2: 2 × 2 blocks of one colour.
    func blockPenalty(_ rows: [Line]) -> Int {
        var blocks = 0
        for y in 0..<(size - 1) {
            let top = rows[y]
            let sameVertically = ~(top ^ rows[y + 1])
            let sameHorizontally = ~(top ^ top.ahead(1))
            blocks += (sameVertically & sameVertically.ahead(1) & sameHorizontally & pairPositions).nonzeroBitCount
        }
        return 3 * blocks
    }

    /// N4: the smallest k ≥ 0 with (45 − 5k) % ≤ dark share ≤ (55 + 5k) %, times 10.
    func balancePenalty(_ rows: [Line]) -> Int {
        var dark = 0
        for row in rows { dark += row.nonzeroBitCount }
        let total = size * size
        let k = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        return 10 * k
    }
}
