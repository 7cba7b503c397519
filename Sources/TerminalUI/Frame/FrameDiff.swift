/// A run of neighbouring cells on one row that changed between two frames.
public struct FrameRun: Hashable, Sendable {
    public let row: Int
    public let column: Int
    public let cells: [Cell]
}

/// The changes from one frame to the next: what a terminal backend has to redraw.
public struct FrameDiff: Hashable, Sendable {
    /// True when the whole screen must be cleared and redrawn (first frame, or a new size).
    public let isFullRedraw: Bool
    public let runs: [FrameRun]

    /// The cells of `new` that differ from `old`, grouped in runs. A run never starts on a
    /// continuation cell, and always includes a wide grapheme's right half with it.
    public static func between(_ old: Frame?, _ new: Frame) -> FrameDiff {
        guard let old, old.size == new.size else {
            return FrameDiff(isFullRedraw: true, runs: allRows(of: new))
        }
        var runs: [FrameRun] = []
        for row in 0..<new.rows {
            var column = 0
            while column < new.columns {
                guard old[column, row] != new[column, row] else {
                    column += 1
                    continue
                }
                var start = column
                if new[start, row]?.isContinuation == true, start > 0 { start -= 1 }
                var end = column + 1
                while end < new.columns, old[end, row] != new[end, row] || new[end, row]?.isContinuation == true {
                    end += 1
                }
                let cells = (start..<end).compactMap { new[$0, row] }
                runs.append(FrameRun(row: row, column: start, cells: cells))
                column = end
            }
        }
        return FrameDiff(isFullRedraw: false, runs: runs)
    }

    private static func allRows(of frame: Frame) -> [FrameRun] {
        (0..<frame.rows).map { row in
            FrameRun(row: row, column: 0, cells: (0..<frame.columns).compactMap { frame[$0, row] })
        }
    }

    /// How many cells the runs hold.
    public var cellCount: Int { runs.reduce(0) { $0 + $1.cells.count } }
}
