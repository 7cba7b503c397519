import Foundation

@testable import QRCode

/// PNG files the writer does not make: headers alone, two symbols, grey with alpha, qrencode's.
enum TestImages {
    static let qrencode: String? = ["/usr/bin/qrencode", "/usr/local/bin/qrencode", "/opt/homebrew/bin/qrencode"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The standard output of a program.
    static func run(_ program: String, _ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// Signature, an IHDR claiming `width × height` 8-bit grey, and IEND: no pixel data at all.
    static func headerOnly(width: Int, height: Int) -> [UInt8] {
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 0, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IEND", [])
    }

    /// Two symbols next to each other in one image.
    static func sideBySide(_ first: String, _ second: String, moduleSize: Int) throws -> [UInt8] {
        let left = try QREncoder.encode(text: first, ecc: .low)
        let right = try QREncoder.encode(text: second, ecc: .low)
        let side = max(left.size, right.size) + 8
        let width = 2 * side * moduleSize
        let height = side * moduleSize
        var pixels = [UInt8](repeating: 255, count: width * height)
        for (offset, matrix) in [(0, left), (side, right)] {
            for y in 0..<matrix.size {
                for x in 0..<matrix.size where matrix[x, y] {
                    for row in 0..<moduleSize {
                        let start = ((y + 4) * moduleSize + row) * width + (offset + x + 4) * moduleSize
                        for index in start..<start + moduleSize { pixels[index] = 0 }
                    }
                }
            }
        }
        return PNGRenderer.grayscale(width: width, height: height, pixels: pixels)
    }

    /// Colour type 4 (grey with alpha): dark modules opaque black, everything else fully transparent.
    static func grayAlphaPNG(_ matrix: QRMatrix, moduleSize: Int) -> [UInt8] {
        let side = (matrix.size + 8) * moduleSize
        var scanlines: [UInt8] = []
        for y in 0..<side {
            scanlines.append(0)
            for x in 0..<side {
                let module = (x / moduleSize - 4, y / moduleSize - 4)
                let dark = (0..<matrix.size).contains(module.0) && (0..<matrix.size).contains(module.1)
                    && matrix[module.0, module.1]
                scanlines += dark ? [0, 255] : [0, 0]
            }
        }
        var header = bigEndian(UInt32(side)) + bigEndian(UInt32(side))
        header += [8, 4, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
            + chunk("IDAT", PNGRenderer.zlibStored(scanlines)) + chunk("IEND", [])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(PNGChecksums.crc32(typed))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
