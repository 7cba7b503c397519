import Foundation

/// zbarimg (Debian zbar-tools, which scripts/setup installs): reads the QR code in an image file.
enum ZBar {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "zbarimg is missing: apt-get install -y zbar-tools (scripts/setup does it)" }
    }

    /// The path of zbarimg, or nil.
    static var path: String? {
        ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The payload of the one QR code in a portable bitmap (P4) of the image.
    static func decode(_ image: ESCPOSDecoder.Image) throws -> String {
        guard let path else { throw Missing() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("till-print-\(UUID().uuidString).pbm")
        try portableBitmap(image).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// P4: a header, then rows of bits, most significant first, 1 = black: the printer's own layout.
    static func portableBitmap(_ image: ESCPOSDecoder.Image) -> Data {
        var data = Data("P4\n\(image.width) \(image.height)\n".utf8)
        for row in image.dots {
            for start in stride(from: 0, to: image.width, by: 8) {
                var byte: UInt8 = 0
                for bit in 0..<8 where row[start + bit] { byte |= 0x80 >> UInt8(bit) }
                data.append(byte)
            }
        }
        return data
    }
}
