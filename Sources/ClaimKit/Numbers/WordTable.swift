/// Case-insensitive lookup of words and short phrases by a 64-bit hash of their bytes, so the
/// scanners can test every word of an article without allocating a `String` or `[UInt8]` per
/// word.
///
/// An 8,192-bit presence filter answers "not a lexicon word" for almost every word in a couple
/// of instructions; only words that pass it reach the dictionary. (The tables hold at most a few
/// hundred keys, so a few per cent of other words pass. It was 65,536 bits, 8 KB per table with
/// under one bit in a hundred set: the scan touched a random line of it per word looked up, and
/// those lines were evicted between documents.) A hash collision between a
/// lexicon entry and an unrelated word is possible in principle (64-bit FNV-1a) and harmless:
/// at worst one word is read as a number word.
struct WordTable<Info: Sendable>: Sendable {
    /// Open addressing on the key itself (already a good hash): keys, their values, and a
    /// power-of-two capacity kept under half full. Avoids `Dictionary`'s per-probe SipHash.
    private var keys: [UInt64] = Array(repeating: 0, count: 64)
    private var values: [Info?] = Array(repeating: nil, count: 64)
    private var count = 0
    private var filter = [UInt64](repeating: 0, count: 128)

    init() {}

    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// One byte into a running key: rotate and xor (a cycle per byte, no multiply chain, so
    /// the scanners can hash every word as they read it). The rotation is seven bits, the width
    /// of an ASCII byte, so the bytes of a word up to nine letters never overlap and two such
    /// words never share a key. (With five, `or` keyed as the unit `m2`, `dean` as `dec.` and
    /// `ad` as `c$`.)
    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        ((h &<< 7) | (h &>> 57)) ^ UInt64(b)
    }

    /// Mixes a running key and the word length into the final key.
    @inline(__always)
    static func finish(_ h: UInt64, _ length: Int) -> UInt64 {
        var x = (h ^ UInt64(truncatingIfNeeded: length) &<< 58) &* 0x9E37_79B9_7F4A_7C15
        x ^= x &>> 29
        return x
    }

    /// Key of the ASCII-lower-cased bytes `t[start..<end]`.
    @inline(__always)
    static func key(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        var i = start
        while i < end {
            h = step(h, ByteClass.lower(t[i]))
            i += 1
        }
        return finish(h, end - start)
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
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var k = Int(truncatingIfNeeded: key) & mask
        while values[k] != nil && keys[k] != key { k = (k + 1) & mask }
        if values[k] == nil { count += 1 }
        keys[k] = key
        values[k] = info
        let slot = Int(truncatingIfNeeded: key >> 51)
        filter[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) {
            if let v { insert(key: k, v) }
        }
    }

    @inline(__always)
    func lookup(key: UInt64) -> Info? {
        let slot = Int(truncatingIfNeeded: key >> 51)
        guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return nil }
        let mask = keys.count - 1
        var k = Int(truncatingIfNeeded: key) & mask
        while let v = values[k] {
            if keys[k] == key { return v }
            k = (k + 1) & mask
        }
        return nil
    }

    @inline(__always)
    func lookup(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Info? {
        guard end > start, end - start <= 24 else { return nil }
        return lookup(key: WordTable.key(t, start, end))
    }
}
