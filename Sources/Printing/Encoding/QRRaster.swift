import QRCode

/// A QR code as a raster bit image: each module a square of dots, with the four-module quiet zone
/// the standard asks for, as large as the paper allows.
///
/// The image is as wide as the paper with the symbol in its middle, so the symbol is centered on every
/// printer, including those that ignore ESC a for images.
struct QRRaster: Equatable {
    /// Dots per module side.
    let moduleDots: Int
    /// Width in dots: the paper's (384 and 576 are whole bytes per row).
    let widthDots: Int
    /// Dots of white left of the symbol's quiet zone.
    let leftMargin: Int
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
        widthDots = (paperDots + 7) / 8 * 8
        leftMargin = (paperDots - side) / 2
        heightDots = side
        let bytesPerRow = widthDots / 8
        var data = [UInt8](repeating: 0, count: bytesPerRow * side)
        for y in 0..<side {
            let moduleY = y / moduleDots - Self.quietZone
            for x in 0..<side where matrix[x / moduleDots - Self.quietZone, moduleY] {
                let dot = leftMargin + x
                data[y * bytesPerRow + dot / 8] |= 0x80 >> UInt8(dot % 8)
            }
        }
        self.data = data
    }

    /// The GS v 0 command that prints the image.
    var command: [UInt8] {
        ESCPOSCommand.rasterImage(bytesPerRow: widthDots / 8, rows: heightDots, data: data)
    }
}
