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
