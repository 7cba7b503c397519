/// Writes a symbol as a PNG image: 8-bit grayscale, black modules on white, with a quiet zone, each
/// module `moduleSize` pixels square. Pure bytes in memory, no I/O.
///
/// The file follows the PNG specification (ISO/IEC 15948, W3C PNG second edition) section by
/// section: the signature (5.2), chunks of length, type, data and CRC (5.3, Annex D), IHDR (11.2.2)
/// with colour type 0 and bit depth 8, one IDAT (11.2.4) holding the scanlines each behind filter
/// type 0 "None" (9.2) in a zlib stream (10, RFC 1950) of stored deflate blocks (RFC 1951, 3.2.4),
/// and IEND (11.2.5). Stored blocks make the file larger than a compressor would, but need no
/// compressor and are trivially correct; a QR at 8 pixels a module stays well under 1 MiB.
public struct PNGRenderer: Sendable {
    /// Light modules around the symbol on each side, at least 1 (the standard asks for 4).
    public let quietZone: Int
    /// Width and height of one module in pixels, at least 1.
    public let moduleSize: Int

    /// A renderer with a quiet zone (raised to 1 if smaller) and a module size in pixels (at least 1).
    public init(quietZone: Int = 4, moduleSize: Int = 8) {
        self.quietZone = max(1, quietZone)
        self.moduleSize = max(1, moduleSize)
    }

    /// The side of the image in pixels for `matrix`.
    public func pixelSide(of matrix: QRMatrix) -> Int { (matrix.size + 2 * quietZone) * moduleSize }

    /// The PNG file of `matrix`.
    public func render(_ matrix: QRMatrix) -> [UInt8] {
        let side = pixelSide(of: matrix)
        var pixels = [UInt8](repeating: 0xFF, count: side * side)
        for y in 0..<matrix.size {
            for x in 0..<matrix.size where matrix[x, y] {
                let left = (x + quietZone) * moduleSize
                for row in (y + quietZone) * moduleSize..<(y + quietZone + 1) * moduleSize {
                    let start = row * side + left
                    for index in start..<start + moduleSize { pixels[index] = 0 }
                }
            }
        }
        return Self.grayscale(width: side, height: side, pixels: pixels)
    }

    /// A PNG file of an 8-bit grayscale image: `pixels` row by row, top to bottom, 0 black, 255 white.
    ///
    /// - Precondition: `width` and `height` are positive and `pixels` holds `width * height` bytes.
    public static func grayscale(width: Int, height: Int, pixels: [UInt8]) -> [UInt8] {
        precondition(width > 0 && height > 0 && pixels.count == width * height, "pixels must hold width × height bytes")
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            scanlines.append(0)  // filter type 0: the row as it is
            scanlines.append(contentsOf: pixels[row * width..<(row + 1) * width])
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // Bit depth 8, colour type 0 (greyscale), compression 0, filter method 0, no interlace.
        header.append(contentsOf: [8, 0, 0, 0, 0])
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file.appendChunk("IHDR", header)
        file.appendChunk("IDAT", zlibStored(scanlines))
        file.appendChunk("IEND", [])
        return file
    }

    /// A zlib stream of `data` in stored (uncompressed) deflate blocks of at most 65 535 bytes.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        // CMF 0x78: deflate with a 32 KiB window; FLG 0x01 makes CMF·256 + FLG a multiple of 31.
        var stream: [UInt8] = [0x78, 0x01]
        stream.reserveCapacity(data.count + data.count / 65_535 * 5 + 16)
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            stream.append(end == data.count ? 1 : 0)  // BFINAL on the last block, BTYPE 00 (stored)
            stream.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)])
            stream.append(contentsOf: [UInt8(~length & 0xFF), UInt8(~length >> 8)])
            stream.append(contentsOf: data[start..<end])
            start = end
        } while start < data.count
        stream.appendBigEndian(PNGChecksums.adler32(data))
        return stream
    }
}

extension [UInt8] {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }

    /// One chunk: data length, type, data, and the CRC-32 of type and data.
    fileprivate mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        appendBigEndian(UInt32(data.count))
        let typed = Array(type.utf8) + data
        append(contentsOf: typed)
        appendBigEndian(PNGChecksums.crc32(typed))
    }
}
