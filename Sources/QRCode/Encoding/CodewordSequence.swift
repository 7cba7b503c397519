/// From segments to the final sequence of codewords (ISO/IEC 18004 §7.4.9–§7.6).
enum CodewordSequence {
    /// The data codewords (§7.4.9–§7.4.10): every segment's mode indicator, character count
    /// indicator and data; a terminator of up to four 0 bits; 0 bits to the next byte; then the
    /// pad codewords 11101100 and 00010001 in turn until the version's data capacity is full.
    /// The caller has checked that the segments fit.
    static func dataCodewords(_ segments: [QRSegment], version: QRVersion, level: ErrorCorrectionLevel) -> [UInt8] {
        let capacityBits = version.dataCodewordCount(level) * 8
        var bits = BitBuffer(reservingBits: capacityBits)
        for segment in segments {
            bits.append(segment.mode.indicator, width: 4)
            bits.append(UInt32(segment.characterCount), width: segment.mode.characterCountBits(version))
            bits.append(segment.data)
        }
        bits.append(0, width: min(4, capacityBits - bits.count))
        bits.append(0, width: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0b1110_1100
        while codewords.count < capacityBits / 8 {
            codewords.append(pad)
            pad = pad == 0b1110_1100 ? 0b0001_0001 : 0b1110_1100
        }
        return codewords
    }

    /// The final message (§7.6): the data codewords split into the version's blocks (Table 9;
    /// the later blocks one codeword longer when the split is uneven), each block's error
    /// correction codewords computed (§7.5), then data codewords interleaved block by block,
    /// followed by the error correction codewords interleaved the same way.
    static func interleavedCodewords(data: [UInt8], version: QRVersion, level: ErrorCorrectionLevel) -> [UInt8] {
        let blockCount = version.errorCorrectionBlockCount(level)
        let eccLength = version.errorCorrectionCodewordsPerBlock(level)
        let total = version.totalCodewordCount
        let longBlocks = total % blockCount
        let shortBlocks = blockCount - longBlocks
        let shortDataLength = total / blockCount - eccLength
        let dataTotal = data.count

        var message = [UInt8](repeating: 0, count: total)
        var remainder = [UInt8](repeating: 0, count: eccLength)
        let generator = ReedSolomonGenerator(degree: eccLength)
        var start = 0
        for block in 0..<blockCount {
            let length = shortDataLength + (block < shortBlocks ? 0 : 1)
            let blockData = data[start..<(start + length)]
            for offset in 0..<shortDataLength {
                message[offset * blockCount + block] = blockData[start + offset]
            }
            if length > shortDataLength {
                message[shortDataLength * blockCount + (block - shortBlocks)] = blockData[start + shortDataLength]
            }
            generator.remainder(of: blockData, into: &remainder)
            for offset in 0..<eccLength {
                message[dataTotal + offset * blockCount + block] = remainder[offset]
            }
            start += length
        }
        return message
    }
}
