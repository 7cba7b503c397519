import CZXing

/// Finds the QR code in a grayscale image with zxing-cpp (through the C shim CZXing).
enum ZXingQRScanner {
    /// The longest text a QR code can carry, as UTF-8: 2 953 bytes of version 40-L whose every
    /// byte a reader may widen to three when it guesses a legacy character set.
    static let textCapacity = 3 * 2953

    static func text(in image: GrayscaleImage) throws(QRImageError) -> String {
        var text = [CChar](repeating: 0, count: textCapacity)
        var length = 0
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            text.withUnsafeMutableBufferPointer { target in
                till_zxing_read_qr(
                    pixels.baseAddress, Int32(image.width), Int32(image.height), target.baseAddress, target.count, &length)
            }
        }
        let bytes = text.prefix(length).map { UInt8(bitPattern: $0) }
        switch status {
        case TILL_QR_READ_ONE:
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .unreadableText }
            return decoded
        case TILL_QR_READ_NONE: throw .noQRCode
        case TILL_QR_READ_SEVERAL: throw .severalQRCodes
        case TILL_QR_READ_TOO_LONG: throw .unreadableText
        default: throw .readerFailed(bytes.isEmpty ? "zxing-cpp gave no reason" : String(decoding: bytes, as: UTF8.self))
        }
    }
}
