/// A row or a column of modules packed into bits: bit i is module i, 1 is dark.
///
/// The penalty rules of the mask choice look at runs and patterns along lines; on packed bits
/// they become a handful of shifts, ands and population counts per line instead of a loop over
/// modules. `UInt64` serves symbols up to 64 modules wide (versions 1–11), ``Line192`` the rest.
protocol ModuleLine: Equatable, Sendable {
    /// All modules light.
    static var zero: Self { get }
    /// Bits 0..<count set.
    static func lowBits(_ count: Int) -> Self
    /// The line from three 64-bit words, modules 0–63 in the first; words past the width are ignored.
    init(words w0: UInt64, _ w1: UInt64, _ w2: UInt64)
    /// The 64 modules from 64 × index.
    func word(_ index: Int) -> UInt64

    static func & (lhs: Self, rhs: Self) -> Self
    static func | (lhs: Self, rhs: Self) -> Self
    static func ^ (lhs: Self, rhs: Self) -> Self
    static prefix func ~ (operand: Self) -> Self

    /// The line moved so that bit p holds module p + k (modules past the end read as 0).
    func ahead(_ k: Int) -> Self
    /// The line moved so that bit p holds module p − k (modules before the start read as 0).
    func behind(_ k: Int) -> Self
    /// Number of set bits.
    var nonzeroBitCount: Int { get }
    /// Whether module `index` is set.
    func bit(_ index: Int) -> Bool
    /// Sets module `index`.
    mutating func setBit(_ index: Int)
    /// Clears module `index`.
    mutating func clearBit(_ index: Int)
}

extension UInt64: ModuleLine {
    static func lowBits(_ count: Int) -> UInt64 { count >= 64 ? ~0 : (1 &<< UInt64(count)) &- 1 }
    init(words w0: UInt64, _ w1: UInt64, _ w2: UInt64) { self = w0 }
    func word(_ index: Int) -> UInt64 { index == 0 ? self : 0 }
    @inline(__always) func ahead(_ k: Int) -> UInt64 { k >= 64 ? 0 : self &>> UInt64(k) }
    @inline(__always) func behind(_ k: Int) -> UInt64 { k >= 64 ? 0 : self &<< UInt64(k) }
    @inline(__always) func bit(_ index: Int) -> Bool { (self &>> UInt64(index)) & 1 != 0 }
    @inline(__always) mutating func setBit(_ index: Int) { self |= 1 &<< UInt64(index) }
    @inline(__always) mutating func clearBit(_ index: Int) { self &= ~(1 &<< UInt64(index)) }
}

/// A line of up to 192 modules in three words, for versions 12–40 (up to 177 modules).
struct Line192: ModuleLine {
    var w0: UInt64
    var w1: UInt64
    var w2: UInt64

    init(words w0: UInt64, _ w1: UInt64, _ w2: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
    }

    static let zero = Line192(words: 0, 0, 0)

    static func lowBits(_ count: Int) -> Line192 {
        Line192(words: UInt64.lowBits(count), UInt64.lowBits(max(0, count - 64)), UInt64.lowBits(max(0, count - 128)))
    }

    func word(_ index: Int) -> UInt64 {
        switch index {
        case 0: w0
        case 1: w1
        case 2: w2
        default: 0
        }
    }

    static func & (lhs: Line192, rhs: Line192) -> Line192 {
        Line192(words: lhs.w0 & rhs.w0, lhs.w1 & rhs.w1, lhs.w2 & rhs.w2)
    }
    static func | (lhs: Line192, rhs: Line192) -> Line192 {
        Line192(words: lhs.w0 | rhs.w0, lhs.w1 | rhs.w1, lhs.w2 | rhs.w2)
    }
    static func ^ (lhs: Line192, rhs: Line192) -> Line192 {
        Line192(words: lhs.w0 ^ rhs.w0, lhs.w1 ^ rhs.w1, lhs.w2 ^ rhs.w2)
    }
    static prefix func ~ (operand: Line192) -> Line192 {
        Line192(words: ~operand.w0, ~operand.w1, ~operand.w2)
    }

    func ahead(_ k: Int) -> Line192 {
        if k == 0 { return self }
        if k >= 192 { return .zero }
        let q = k >> 6
        let r = UInt64(k & 63)
        func moved(_ i: Int) -> UInt64 {
            let low = word(i + q)
            let high = word(i + q + 1)
            return r == 0 ? low : (low &>> r) | (high &<< (64 - r))
        }
        return Line192(words: moved(0), moved(1), moved(2))
    }

    func behind(_ k: Int) -> Line192 {
        if k == 0 { return self }
        if k >= 192 { return .zero }
        let q = k >> 6
        let r = UInt64(k & 63)
        func moved(_ i: Int) -> UInt64 {
            let high = i - q >= 0 ? word(i - q) : 0
            let low = i - q - 1 >= 0 ? word(i - q - 1) : 0
            return r == 0 ? high : (high &<< r) | (low &>> (64 - r))
        }
        return Line192(words: moved(0), moved(1), moved(2))
    }

    var nonzeroBitCount: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount }

    func bit(_ index: Int) -> Bool { word(index >> 6).bit(index & 63) }

    mutating func setBit(_ index: Int) {
        switch index >> 6 {
        case 0: w0.setBit(index & 63)
        case 1: w1.setBit(index & 63)
        default: w2.setBit(index & 63)
        }
    }

    mutating func clearBit(_ index: Int) {
        switch index >> 6 {
        case 0: w0.clearBit(index & 63)
        case 1: w1.clearBit(index & 63)
        default: w2.clearBit(index & 63)
        }
    }
}
