/// Suggestions for misspelt keys: the closest known name by edit distance (insertions, deletions,
/// substitutions and swaps of two neighbours, each counting one), when it is close.
enum EditDistance {
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var rows = [Array(0...b.count)]
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            let previous = rows[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], rows[i - 2][j - 2] + 1)
                }
            }
            rows.append(current)
        }
        return rows[a.count][b.count]
    }

    /// The candidate `word` was most likely meant to be, or nil when none is close enough.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { (candidate: $0, distance: distance(lowered, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let allowed = max(1, min(3, best.candidate.count / 3))
        if best.distance <= allowed { return best.candidate }
        if lowered.count >= 3, let prefixed = candidates.first(where: { $0.hasPrefix(lowered) || lowered.hasPrefix($0) }) {
            return prefixed
        }
        return nil
    }
}
