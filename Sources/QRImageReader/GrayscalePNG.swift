import CLibPNG

/// An 8-bit grayscale image: `width × height` bytes, row by row, 0 black and 255 white.
struct GrayscaleImage: Sendable {
    let width: Int
    let height: Int
    let pixels: [UInt8]
}

/// Decodes a PNG file with libpng's simplified API.
enum GrayscalePNG {
    /// The image of `png` converted to 8-bit grayscale; transparency is composed onto white, as a
    /// screen behind the code would show it.
    static func decode(_ png: [UInt8], maximumSide: Int) throws(QRImageError) -> GrayscaleImage {
        var image = png_image()
        image.version = till_png_image_version()
        defer { png_image_free(&image) }
        let result: Result<GrayscaleImage, QRImageError> = png.withUnsafeBufferPointer { buffer in
            // The header is read first, so the size is checked before anything is allocated for pixels.
            guard png_image_begin_read_from_memory(&image, buffer.baseAddress, buffer.count) != 0 else {
                return .failure(.unreadablePNG(message(of: image)))
            }
            let width = Int(image.width)
            let height = Int(image.height)
            guard width <= maximumSide, height <= maximumSide else {
                return .failure(.imageTooLarge(width: width, height: height))
            }
            guard width > 0, height > 0 else { return .failure(.unreadablePNG("the image has no pixels")) }
            image.format = till_png_format_gray()
            var background = png_color(red: 255, green: 255, blue: 255)
            var pixels = [UInt8](repeating: 255, count: width * height)
            let finished = pixels.withUnsafeMutableBytes { target in
                png_image_finish_read(&image, &background, target.baseAddress, Int32(width), nil)
            }
            guard finished != 0 else { return .failure(.unreadablePNG(message(of: image))) }
            return .success(GrayscaleImage(width: width, height: height, pixels: pixels))
        }
        return try result.get()
    }

    /// libpng's message, kept in the image's 64-byte `message` field.
    private static func message(of image: png_image) -> String {
        var field = image.message
        let text = withUnsafeBytes(of: &field) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return text.isEmpty ? "libpng gave no reason" : text
    }
}
