/// The two checksums a PNG file carries: the CRC-32 of each chunk (PNG specification, Annex D) and
/// the Adler-32 of the zlib stream inside IDAT (RFC 1950, section 8).
enum PNGChecksums {
    /// The CRC-32 of ISO 3309 / ITU-T V.42 over `bytes` (polynomial 0xEDB88320, reflected), as PNG
    /// computes it over a chunk's type and data.
    static func crc32(_ bytes: some Sequence<UInt8>, startingWith crc: UInt32 = 0) -> UInt32 {
        var value = ~crc
        for byte in bytes {
            value = crcTable[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8)
        }
        return ~value
    }

    /// The Adler-32 of `bytes`: two sums modulo 65521, the second of the running first.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        // 5552 is the longest run whose sums cannot overflow 32 bits before the modulo (zlib's NMAX).
        var start = 0
        while start < bytes.count {
            let end = min(start + 5552, bytes.count)
            for index in start..<end {
                a &+= UInt32(bytes[index])
                b &+= a
            }
            a %= 65521
            b %= 65521
            start = end
        }
        return b << 16 | a
    }

    /// The byte-at-a-time table of the reflected CRC-32 polynomial.
    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }
}
