/// Writes a symbol as its bare module matrix: one line of `0` (light) and `1` (dark) per module
/// row, no quiet zone. For tools and tests that compare matrices.
public struct MatrixTextRenderer: Sendable {
    /// A renderer; it has no settings.
    public init() {}

    /// One string per module row.
    public func lines(_ matrix: QRMatrix) -> [String] {
        (0..<matrix.size).map { y in
            var line = ""
            line.reserveCapacity(matrix.size)
            for x in 0..<matrix.size { line.append(matrix[x, y] ? "1" : "0") }
            return line
        }
    }

    /// Every row followed by a line feed.
    public func render(_ matrix: QRMatrix) -> String {
        lines(matrix).map { $0 + "\n" }.joined()
    }
}
