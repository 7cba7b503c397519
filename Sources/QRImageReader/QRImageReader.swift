/// Reads the text of the QR code in a PNG image, as a gateway serves it, within fixed limits so
/// that a hostile or broken file is refused with an error, never a crash or a huge allocation.
///
/// libpng (its simplified API) turns the file into 8-bit grayscale whatever its colour type, bit
/// depth or transparency; zxing-cpp finds and decodes the QR symbols in it. zxing-cpp rather than
/// zbar because linking zbar brings about 20 more shared libraries (X11, D-Bus, video4linux) into
/// every start of `till`; zxing-cpp needs only the C++ runtime Swift loads already.
public enum QRImageReader {
    /// The largest file read: 2 MiB.
    public static let maximumBytes = 2 << 20
    /// The largest width and height read, in pixels.
    public static let maximumSide = 4096

    /// The eight bytes every PNG file starts with.
    public static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// True when `bytes` start with the PNG signature.
    public static func isPNG(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: pngSignature)
    }

    /// The text of the one QR code in the PNG file `png`.
    ///
    /// - Throws: `QRImageError` when the file is too large, not a readable PNG, larger than
    ///   `maximumSide` either way, or holds no QR code or more than one.
    public static func decodeQR(png: [UInt8]) throws(QRImageError) -> String {
        guard png.count <= maximumBytes else { throw .fileTooLarge(bytes: png.count) }
        guard isPNG(png) else { throw .notPNG }
        let image = try GrayscalePNG.decode(png, maximumSide: maximumSide)
        return try ZXingQRScanner.text(in: image)
    }
}
