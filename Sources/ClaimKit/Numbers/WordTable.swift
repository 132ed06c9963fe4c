/// Case-insensitive lookup of words and short phrases by a 64-bit hash of their bytes, so the
/// scanners can test every word of an article without allocating a `String` or `[UInt8]` per
/// word.
///
/// A 65,536-bit presence filter answers "not a lexicon word" for almost every word in a couple
/// of instructions; only words that pass it reach the dictionary. A hash collision between a
/// lexicon entry and an unrelated word is possible in principle (64-bit FNV-1a) and harmless:
/// at worst one word is read as a number word.
struct WordTable<Info: Sendable>: Sendable {
    private var map: [UInt64: Info] = [:]
    private var filter = [UInt64](repeating: 0, count: 1024)

    init() {}

    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// FNV-1a of the ASCII-lower-cased bytes `t[start..<end]`.
    @inline(__always)
    static func key(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        var i = start
        while i < end {
            h = (h ^ UInt64(ByteClass.lower(t[i]))) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    static func key(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { key($0, 0, $0.count) }
    }

    /// The key of a phrase from the keys of its words, in reading order.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        (phrase ^ (word &* 0x9E37_79B9_7F4A_7C15)) &* 0x100_0000_01b3 &+ 0x51
    }

    /// Key of a phrase given as text with single spaces between words.
    static func phraseKey(_ text: String) -> (key: UInt64, words: Int) {
        let words = text.split(separator: " ")
        var h = seed
        for w in words { h = combine(h, key(Array(w.utf8))) }
        return (h, words.count)
    }

    mutating func insert(key: UInt64, _ info: Info) {
        map[key] = info
        let slot = Int(truncatingIfNeeded: key >> 48)
        filter[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always)
    func lookup(key: UInt64) -> Info? {
        let slot = Int(truncatingIfNeeded: key >> 48)
        guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return nil }
        return map[key]
    }

    @inline(__always)
    func lookup(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Info? {
        guard end > start, end - start <= 24 else { return nil }
        return lookup(key: WordTable.key(t, start, end))
    }
}
