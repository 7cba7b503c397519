/// The segmentation with the fewest bits (the goal of ISO/IEC 18004 Annex J, found exactly).
///
/// Mixed text such as a URL with long digit runs takes fewer bits when the runs go into numeric
/// or alphanumeric segments, Japanese text into kanji segments and the rest into byte segments, as long as each switch pays for its
/// 4-bit mode indicator and its character count indicator. This is a shortest path over the
/// characters: for each character and each mode, the cheapest way to have encoded everything so
/// far with the last segment in that mode.
///
/// Costs are counted in sixths of a bit so that numeric (10 bits per 3 digits = 20/6 per digit)
/// and alphanumeric (11 bits per 2 characters = 33/6 per character) are exact (kanji: 13 bits = 78/6); a segment's bits
/// are its cost rounded up to a whole bit, which is where a switch rounds.
///
/// Kanji mode is Shift JIS, and readers guess the character set of byte segments; a symbol that
/// mixes kanji segments with UTF-8 bytes beyond ASCII gets misread (zbar does). So kanji mode is
/// used only when every non-ASCII character of the text is a kanji-mode character, and then all
/// of them go in kanji segments; otherwise the text's non-ASCII characters go in UTF-8 bytes.
public enum QRSegmentation {
    /// The modes the search considers, in the order ties are broken.
    private static let modes: [QRSegmentMode] = [.byte, .alphanumeric, .numeric, .kanji]

    /// The segments that encode `text` in the fewest bits for symbols of `version` (the width of
    /// the character count indicators depends on the version's class: 1–9, 10–26, 27–40).
    /// An empty text gives no segment.
    public static func optimalSegments(for text: String, version: QRVersion) -> [QRSegment] {
        optimalSegments(for: text, versionClass: version.characterCountClass)
    }

    static func optimalSegments(for text: String, versionClass: Int) -> [QRSegment] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        let kanji = scalars.contains { !$0.isASCII } && scalars.allSatisfy { $0.isASCII || KanjiTable.value(for: $0) != nil }
        let chosen = cheapestModes(for: scalars, versionClass: versionClass, kanji: kanji)
        return makeSegments(scalars: scalars, modes: chosen)
    }

    /// The mode of each character on the cheapest path.
    private static func cheapestModes(for scalars: [Unicode.Scalar], versionClass: Int, kanji: Bool) -> [Int] {
        let modeCount = modes.count
        let headers = modes.map { (4 + $0.characterCountBits(versionClass: versionClass)) * 6 }
        let infinity = Int.max / 4
        var cost = [Int](repeating: infinity, count: modeCount)
        var next = cost
        // previous[i * modeCount + m]: the mode of character i − 1 on the best path that puts
        // character i in mode m.
        var previous = [UInt8](repeating: 0, count: scalars.count * modeCount)

        for (index, scalar) in scalars.enumerated() {
            for m in 0..<modeCount {
                next[m] = infinity
                guard let charCost = characterCost(scalar, mode: modes[m], kanji: kanji) else { continue }
                if index == 0 {
                    next[m] = headers[m] + charCost
                    continue
                }
                var best = cost[m] + charCost
                var from = m
                for k in 0..<modeCount where k != m && cost[k] < infinity {
                    let switched = roundUpToBit(cost[k]) + headers[m] + charCost
                    if switched < best {
                        best = switched
                        from = k
                    }
                }
                next[m] = best
                previous[index * modeCount + m] = UInt8(from)
            }
            swap(&cost, &next)
        }

        var mode = 0
        for m in 1..<modeCount where roundUpToBit(cost[m]) < roundUpToBit(cost[mode]) { mode = m }
        var result = [Int](repeating: 0, count: scalars.count)
        for index in stride(from: scalars.count - 1, through: 0, by: -1) {
            result[index] = mode
            mode = Int(previous[index * modeCount + mode])
        }
        return result
    }

    /// Cost of one character in sixths of a bit, or nil if the mode cannot (or must not) take it.
    /// With `kanji`, non-ASCII characters go in kanji mode only; without, kanji mode is off.
    private static func characterCost(_ scalar: Unicode.Scalar, mode: QRSegmentMode, kanji: Bool) -> Int? {
        switch mode {
        case .byte: return kanji && !scalar.isASCII ? nil : UTF8.width(scalar) * 48
        case .alphanumeric: return QRSegmentMode.alphanumericValue(scalar) == nil ? nil : 33
        case .numeric: return QRSegmentMode.numericValue(scalar) == nil ? nil : 20
        case .kanji: return kanji && KanjiTable.value(for: scalar) != nil ? 78 : nil
        case .eci: return nil
        }
    }

    private static func roundUpToBit(_ sixths: Int) -> Int { (sixths + 5) / 6 * 6 }

    /// Cuts the text into one segment per run of characters in the same mode.
    private static func makeSegments(scalars: [Unicode.Scalar], modes chosen: [Int]) -> [QRSegment] {
        var segments: [QRSegment] = []
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count, chosen[end] == chosen[start] { end += 1 }
            let run = scalars[start..<end]
            // The search only gives a mode to characters that mode encodes, so these cannot throw.
            switch modes[chosen[start]] {
            case .numeric: segments.append((try? QRSegment.numeric(scalars: run, count: run.count)) ?? .utf8(scalars: run))
            case .alphanumeric:
                segments.append((try? QRSegment.alphanumeric(scalars: run, count: run.count)) ?? .utf8(scalars: run))
            case .kanji: segments.append((try? QRSegment.kanji(scalars: run, count: run.count)) ?? .utf8(scalars: run))
            default: segments.append(.utf8(scalars: run))
            }
            start = end
        }
        return segments
    }
}
