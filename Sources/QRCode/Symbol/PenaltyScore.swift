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
            let longRuns = allDark(line, from: 0, count: 3 * unit)
            if longRuns == .zero { break }
            // Only a run of exactly 3 × unit can be the centre (a finder's own 7 is not 6).
            if longRuns & ~line.behind(1) & ~line.ahead(3 * unit) != .zero {
                count += finderLikePatterns(line, unit: unit)
            }
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

    /// Patterns whose first dark module is at position p: light [p − n, p), dark [p, p + n),
    /// light [p + n, p + 2n), dark [p + 2n, p + 5n), light [p + 5n, p + 6n), dark [p + 6n, p + 7n),
    /// light [p + 7n, p + 8n), with 3n more light before or after.
    private func finderLikePatterns(_ line: Line, unit n: Int) -> Int {
        let core =
            allDark(line, from: 0, count: n) & allLight(line, from: -n, count: n)
            & allLight(line, from: n, count: n) & allDark(line, from: 2 * n, count: 3 * n)
            & allLight(line, from: 5 * n, count: n) & allDark(line, from: 6 * n, count: n)
            & allLight(line, from: 7 * n, count: n)
        if core == .zero { return 0 }
        let lightBefore = core & allLight(line, from: -4 * n, count: 3 * n)
        let lightAfter = core & allLight(line, from: 8 * n, count: 3 * n)
        return lightBefore.nonzeroBitCount + lightAfter.nonzeroBitCount
    }

    /// Bit p set when modules p + from ..< p + from + count are all dark.
    @inline(__always) private func allDark(_ line: Line, from: Int, count: Int) -> Line {
        var result = moved(line, by: from)
        for offset in 1..<max(1, count) { result = result & moved(line, by: from + offset) }
        return result
    }

    /// Bit p set when modules p + from ..< p + from + count are all light (outside counts as light).
    @inline(__always) private func allLight(_ line: Line, from: Int, count: Int) -> Line {
        var anyDark = moved(line, by: from)
        for offset in 1..<max(1, count) { anyDark = anyDark | moved(line, by: from + offset) }
        return ~anyDark
    }

    @inline(__always) private func moved(_ line: Line, by offset: Int) -> Line {
        offset >= 0 ? line.ahead(offset) : line.behind(-offset)
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
