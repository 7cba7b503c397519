/// The merchant's own number for one payment attempt, sent to the gateway as `id_1`, `localId`,
/// `out_trade_no` or TakeMe Pay metadata. It is chosen before the gateway is called, stored in the
/// journal, and reused by every retry of that attempt, so a retry can never become a second payment.
public struct MerchantOrderNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The text sent on the wire: `T` + UTC date and time + 6 random characters, 21 characters from
    /// `[0-9A-Z]`, which every gateway accepts (MOTP and WeChat Pay allow at most 32).
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The characters of the random part: digits and upper-case letters without I, L, O, U.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A new order number for an attempt started at `timestamp` (`yyyyMMddHHmmss`, UTC).
    public static func make(timestamp: String, using generator: inout some RandomNumberGenerator) -> MerchantOrderNumber {
        let suffix = (0..<6).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }
        return MerchantOrderNumber(rawValue: "T" + timestamp + String(suffix))
    }

    /// The order number that a refund of this attempt carries (`out_refund_no`): `R` + the order's
    /// number without its `T`, a dash and the refund's sequence number (1, 2, ...).
    public func refundNumber(sequence: Int) -> String {
        "R" + rawValue.dropFirst() + "-" + String(sequence)
    }

    public var description: String { rawValue }
}
