/// Arithmetic in GF(2⁸) as ISO/IEC 18004 §7.5.2 defines it: bytes are polynomials over GF(2),
/// reduced modulo the field's prime polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), with α = 2 as
/// the primitive element.
enum GaloisField256 {
    /// αⁱ for i in 0..<510, the 255 powers written twice so that a sum of two logarithms needs
    /// no reduction modulo 255.
    static let exponent: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            table[power + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// log_α(x) for x in 1...255 (entry 0 is unused).
    static let logarithm: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 { table[Int(exponent[power])] = power }
        return table
    }()

    /// The product of two field elements.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return exponent[logarithm[Int(a)] + logarithm[Int(b)]]
    }
}

/// The Reed–Solomon generator polynomial of a degree (§7.5.2, Annex A) and the division that
/// gives a block's error correction codewords.
///
/// The generator of degree n is (x − α⁰)(x − α¹)…(x − αⁿ⁻¹); the error correction codewords of
/// a block are the remainder of the data polynomial × xⁿ divided by it.
struct ReedSolomonGenerator: Sendable {
    /// Number of error correction codewords it makes.
    let degree: Int
    /// log_α of the coefficients below the leading 1, highest power first. None of them is 0.
    private let coefficientLogarithms: [Int]

    init(degree: Int) {
        precondition(degree >= 1 && degree <= 255, "Reed–Solomon degree out of range")
        self.degree = degree
        // Coefficients highest power first, leading 1 included; start with the polynomial 1 and
        // multiply by (x + αⁱ) in place (subtraction is addition in GF(2⁸)).
        var polynomial = [UInt8](repeating: 0, count: degree + 1)
        polynomial[0] = 1
        var root: UInt8 = 1
        for length in 1...degree {
            for index in stride(from: length, through: 1, by: -1) {
                polynomial[index] ^= GaloisField256.multiply(polynomial[index - 1], root)
            }
            root = GaloisField256.multiply(root, 2)
        }
        var logarithms = [Int](repeating: 0, count: degree)
        for index in 0..<degree { logarithms[index] = GaloisField256.logarithm[Int(polynomial[index + 1])] }
        coefficientLogarithms = logarithms
    }

    /// Writes the remainder of `data` × xⁿ divided by the generator into `remainder`
    /// (which must hold `degree` bytes), by long division one data byte at a time.
    func remainder(of data: ArraySlice<UInt8>, into remainder: inout [UInt8]) {
        let exponent = GaloisField256.exponent
        let logarithm = GaloisField256.logarithm
        let logs = coefficientLogarithms
        let last = degree - 1
        for index in 0..<degree { remainder[index] = 0 }
        for byte in data {
            let factor = byte ^ remainder[0]
            if factor == 0 {
                for index in 0..<last { remainder[index] = remainder[index + 1] }
                remainder[last] = 0
            } else {
                let factorLog = logarithm[Int(factor)]
                for index in 0..<last {
                    remainder[index] = remainder[index + 1] ^ exponent[logs[index] + factorLog]
                }
                remainder[last] = exponent[logs[last] + factorLog]
            }
        }
    }
}
