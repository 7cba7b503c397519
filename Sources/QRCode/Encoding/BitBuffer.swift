/// A growing sequence of bits, most significant bit first, packed into bytes: the bit stream of
/// §7.4 before it is cut into codewords.
struct BitBuffer: Sendable, Equatable {
    /// The bits, eight to a byte, the first bit in the high bit of the first byte.
    private(set) var bytes: [UInt8] = []
    /// Number of bits appended.
    private(set) var count = 0

    init() {}

    init(reservingBits bits: Int) { bytes.reserveCapacity((bits + 7) / 8) }

    /// Appends the `width` low bits of `value`, most significant first.
    mutating func append(_ value: UInt32, width: Int) {
        var remaining = width
        while remaining > 0 {
            let used = count & 7
            if used == 0 { bytes.append(0) }
            let free = 8 - used
            let take = min(free, remaining)
            let chunk = UInt8(truncatingIfNeeded: (value >> UInt32(remaining - take)) & ((1 << UInt32(take)) - 1))
            bytes[bytes.count - 1] |= chunk << UInt8(free - take)
            remaining -= take
            count += take
        }
    }

    /// Appends every bit of another buffer.
    mutating func append(_ other: BitBuffer) {
        if count & 7 == 0 {
            bytes.append(contentsOf: other.bytes)
            count += other.count
            return
        }
        var left = other.count
        for byte in other.bytes {
            let take = min(8, left)
            append(UInt32(byte) >> UInt32(8 - take), width: take)
            left -= take
        }
    }
}
