import QRCode

/// A QR code as a raster bit image: each module a square of dots, with the four-module quiet zone
/// the standard asks for, as wide as the paper allows.
struct QRRaster: Equatable {
    /// Dots per module side.
    let moduleDots: Int
    /// Width in dots, a multiple of 8 (whole bytes per row).
    let widthDots: Int
    /// Height in dots.
    let heightDots: Int
    /// Rows top to bottom, `widthDots / 8` bytes each, most significant bit leftmost, 1 = black.
    let data: [UInt8]

    /// Quiet zone in modules on every side (ISO/IEC 18004 §6.3.8).
    static let quietZone = 4
    /// Larger modules than this only use paper: at 203 dpi 6 dots are 0.75 mm, easy for any scanner.
    static let largestModule = 6

    /// The raster of a matrix on paper `paperDots` wide, or nil when the symbol does not fit even at
    /// one dot per module (it always does on 58 and 80 mm paper: version 40 needs 185 dots).
    init?(_ matrix: QRMatrix, paperDots: Int) {
        let modules = matrix.size + 2 * Self.quietZone
        let moduleDots = min(Self.largestModule, paperDots / modules)
        guard moduleDots >= 1 else { return nil }
        self.moduleDots = moduleDots
        let side = modules * moduleDots
        widthDots = (side + 7) / 8 * 8
        heightDots = side
        let bytesPerRow = widthDots / 8
        var data = [UInt8](repeating: 0, count: bytesPerRow * side)
        for y in 0..<side {
            let moduleY = y / moduleDots - Self.quietZone
            for x in 0..<side where matrix[x / moduleDots - Self.quietZone, moduleY] {
                data[y * bytesPerRow + x / 8] |= 0x80 >> UInt8(x % 8)
            }
        }
        self.data = data
    }

    /// The GS v 0 command that prints the image.
    var command: [UInt8] {
        ESCPOSCommand.rasterImage(bytesPerRow: widthDots / 8, rows: heightDots, data: data)
    }
}
