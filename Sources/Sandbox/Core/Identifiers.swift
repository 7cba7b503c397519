/// Random identifiers shaped like each gateway's.
enum Identifiers {
    private static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    private static let alphanumeric = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    private static let hexDigits = Array("0123456789abcdef")

    /// `count` characters of the URL-safe base64 alphabet (TakeMe Pay ids: `src_GvU0BtCVT_-NBJ8PlE1WZw`).
    static func base64URL(_ count: Int) -> String { pick(count, from: base64URL) }
    static func alphanumeric(_ count: Int) -> String { pick(count, from: alphanumeric) }
    static func hex(_ count: Int) -> String { pick(count, from: hexDigits) }
    static func digits(_ count: Int) -> String { pick(count, from: Array("0123456789")) }

    private static func pick(_ count: Int, from alphabet: [Character]) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
