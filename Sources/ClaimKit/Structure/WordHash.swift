/// 64-bit FNV-1a hashes of words, ASCII letters lower-cased, so the segmenter can look a word
/// up in a lexicon without allocating an array per token (the hot loop sees every period).
///
/// Known limit: two different words could share a hash; with 64 bits and lexicons of a few
/// hundred entries the chance is negligible.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(ByteClass.lower(b))) &* prime
    }

    /// Hash of `t[start..<end]`.
    @inline(__always)
    static func of(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        var i = start
        while i < end {
            h = add(h, t[i])
            i += 1
        }
        return h
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { of($0, 0, $0.count) }
    }

    static func of(_ s: String) -> UInt64 { of(Array(s.utf8)) }
}

/// A fixed set of word hashes. The hashes are already well mixed, so their low bits index an
/// open-addressed table directly: a look-up is a probe or two instead of `Set`'s SipHash of the
/// key, which the segmenter pays at every abbreviation-like period.
struct WordHashSet: Sendable {
    /// Slot contents; 0 marks an empty slot (a hash of 0 is kept in `holdsZero`).
    private let slots: [UInt64]
    private let mask: Int
    private let holdsZero: Bool

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let unique = Set(hashes)
        var size = 16
        while size < 2 * unique.count { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for h in unique where h != 0 {
            var i = WordHashSet.slot(h, size - 1)
            while slots[i] != 0 { i = (i &+ 1) & (size - 1) }
            slots[i] = h
        }
        self.slots = slots
        mask = size - 1
        holdsZero = unique.contains(0)
    }

    @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        if h == 0 { return holdsZero }
        var i = WordHashSet.slot(h, mask)
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i &+ 1) & mask
        }
    }
}
