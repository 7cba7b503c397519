/// Why an image gave no QR text. Each description is one sentence saying what is wrong and what to do.
public enum QRImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is larger than `QRImageReader.maximumBytes`.
    case fileTooLarge(bytes: Int)
    /// The bytes do not start with the PNG signature.
    case notPNG
    /// libpng could not read the file (truncated, corrupt, a checksum that does not match, ...).
    case unreadablePNG(String)
    /// The image is wider or taller than `QRImageReader.maximumSide` pixels.
    case imageTooLarge(width: Int, height: Int)
    /// The image holds no QR code that could be read.
    case noQRCode
    /// The image holds more than one QR code, so which one to show is not clear.
    case severalQRCodes
    /// The QR code's text is not valid UTF-8 or longer than any QR code can hold.
    case unreadableText
    /// The QR reader itself failed.
    case readerFailed(String)

    public var description: String {
        switch self {
        case .fileTooLarge(let bytes):
            "The QR image is \(bytes) bytes, more than the \(QRImageReader.maximumBytes) Till reads: check the address of the image."
        case .notPNG:
            "The QR image is not a PNG file: Till reads QR codes from PNG images only."
        case .unreadablePNG(let why):
            "The QR image is a damaged PNG file (\(why)): fetch it again or ask the gateway."
        case .imageTooLarge(let width, let height):
            "The QR image is \(width) × \(height) pixels, more than the \(QRImageReader.maximumSide) × \(QRImageReader.maximumSide) Till reads: check the address of the image."
        case .noQRCode:
            "No QR code could be read in the image: check that the address serves the payment's QR code."
        case .severalQRCodes:
            "The image holds more than one QR code, so Till cannot tell which to show: check the address of the image."
        case .unreadableText:
            "The QR code in the image does not hold readable UTF-8 text: ask the gateway what it encodes."
        case .readerFailed(let why):
            "The QR reader failed (\(why)): try again, and report it if it keeps failing."
        }
    }
}
