/// Writes a symbol as an SVG document: a white square with the quiet zone and one black path of
/// the dark modules, a unit per module, scaled by `moduleSize` pixels.
public struct SVGRenderer: Sendable {
    /// Light modules around the symbol on each side, at least 1.
    public let quietZone: Int
    /// Width and height of one module in the document's pixels.
    public let moduleSize: Int

    /// A renderer with a quiet zone (raised to 1 if smaller) and a module size in pixels (at least 1).
    public init(quietZone: Int = 4, moduleSize: Int = 8) {
        self.quietZone = max(1, quietZone)
        self.moduleSize = max(1, moduleSize)
    }

    /// The SVG document, ending with a line feed.
    public func render(_ matrix: QRMatrix) -> String {
        let side = matrix.size + 2 * quietZone
        let pixels = side * moduleSize
        var path = ""
        for y in 0..<matrix.size {
            var x = 0
            while x < matrix.size {
                guard matrix[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < matrix.size, matrix[x, y] { x += 1 }
                if !path.isEmpty { path += " " }
                path += "M\(start + quietZone),\(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(pixels)" height="\(pixels)" \
            viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">
            <rect width="\(side)" height="\(side)" fill="#FFFFFF"/>
            <path d="\(path)" fill="#000000"/>
            </svg>

            """
    }
}
