/// Which first two letters a lexicon word can start with: a 27 × 27 bit table (26 letters
/// and "end of word"), so a scanner can pass over most words of an article without hashing
/// them (`with`, `was`, `is` start no number word).
struct PairFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 12)

    init(_ words: [String]) {
        for w in words {
            let u = Array(w.utf8)
            guard let a = u.first, ByteClass.isAlpha(a) else { continue }
            let b: UInt8? = u.count > 1 ? u[1] : nil
            if let b, !ByteClass.isAlpha(b) {
                // `u.s.`, `km/h`: any second byte may follow; allow the whole row.
                for k in 0...26 { set(PairFilter.index(a, k)) }
            } else {
                set(PairFilter.index(a, b.map { Int(ByteClass.lower($0)) - 0x61 } ?? 26))
            }
        }
    }

    private mutating func set(_ i: Int) { bits[i >> 6] |= 1 << UInt64(i & 63) }

    @inline(__always)
    static func index(_ a: UInt8, _ second: Int) -> Int { (Int(a | 0x20) - 0x61) * 27 + second }

    /// Whether a word starting with letter `a`, then `b` (a letter, or anything else for a
    /// one-letter word), may be in the lexicon.
    @inline(__always)
    func mayContain(_ a: UInt8, _ b: UInt8) -> Bool {
        let second = ByteClass.isAlpha(b) ? Int(b | 0x20) - 0x61 : 26
        let i = PairFilter.index(a, second)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}
