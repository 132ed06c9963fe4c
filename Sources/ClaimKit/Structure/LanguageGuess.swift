/// Guesses whether an article is clearly not English by counting frequent function words
/// (`language_words.txt`) in its first 32 KB.
///
/// English unless another language's words outnumber the English ones at least two to one and
/// number at least eight (a German quote in an English story does not flip it). Known limit:
/// languages without a word list are reported as English.
enum LanguageGuess {
    static let sampleBytes = 32 * 1024

    /// Each byte's lower-case form when it is an ASCII letter, else 0.
    static let letterBytes: [UInt8] = (0..<256).map { b in
        let c = UInt8(b)
        return ByteClass.isAlpha(c) ? ByteClass.lower(c) : 0
    }

    static func guess(_ t: UnsafeBufferPointer<UInt8>) -> String {
        let table = LanguageWordTable.shared
        // Counts per language index: no String hashing per word.
        var counts = [Int](repeating: 0, count: table.languages.count)
        let end = min(t.count, sampleBytes)
        var i = 0
        letterBytes.withUnsafeBufferPointer { letters in
            while i < end {
                let s = i
                // The run of letters at `i`, hashed as it is read (one pass, not a scan and then
                // a hash): ASCII letters and Latin-1/Latin-A letters (`für`, `été`, two-byte
                // sequences led by C3…C5), the same bytes `WordHash.of` would hash.
                var h = WordHash.seed
                while i < end {
                    let b = t[i]
                    let lower = letters[Int(b)]
                    if lower != 0 {
                        // `WordHash.add(h, b)`, with the letter test and lower-casing in one load.
                        h = (h ^ UInt64(lower)) &* WordHash.prime
                        i += 1
                    } else if b >= 0xC3 && b <= 0xC5 && i + 1 < end && ByteClass.isContinuation(t[i + 1]) {
                        h = WordHash.add(WordHash.add(h, b), t[i + 1])
                        i += 2
                    } else {
                        break
                    }
                }
                guard i > s else { i += 1; continue }
                guard i - s <= 12 else { continue }
                if let range = table.languageRange(h) {
                    for k in range { counts[Int(table.entries[k])] += 1 }
                }
            }
        }
        var english = 0
        var best = "en"
        var bestCount = 0
        for (l, c) in counts.enumerated() where c > 0 {
            let lang = table.languages[l]
            if lang == "en" { english = c; continue }
            if c > bestCount || (c == bestCount && lang < best) {
                best = lang
                bestCount = c
            }
        }
        if bestCount >= 8 && bestCount >= 2 * english { return best }
        return "en"
    }
}

/// `StructureLexicons.languageWords` as an open-addressed table (word hash → a run of
/// language indexes in `entries`, repeats kept), so a lookup is a probe or two, not a
/// Dictionary hash of the key.
struct LanguageWordTable: Sendable {
    let languages: [String]
    let entries: [UInt8]
    private let keys: [UInt64]
    private let starts: [Int32]
    private let counts: [Int32]
    private let mask: Int

    static let shared = LanguageWordTable(StructureLexicons.languageWords)

    init(_ words: [UInt64: [String]]) {
        let langs = Set(words.values.joined()).sorted()
        languages = langs
        var size = 64
        while size < 4 * max(1, words.count) { size <<= 1 }
        mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var starts = [Int32](repeating: -1, count: size)
        var counts = [Int32](repeating: 0, count: size)
        var entries: [UInt8] = []
        for (hash, list) in words {
            var slot = LanguageWordTable.slot(hash, mask)
            while starts[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = hash
            starts[slot] = Int32(entries.count)
            counts[slot] = Int32(list.count)
            for lang in list { entries.append(UInt8(clamping: langs.firstIndex(of: lang) ?? 0)) }
        }
        self.keys = keys
        self.starts = starts
        self.counts = counts
        self.entries = entries
    }

    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The indexes into `entries` of the languages of the word with hash `h`, or nil.
    @inline(__always) func languageRange(_ h: UInt64) -> Range<Int>? {
        var slot = LanguageWordTable.slot(h, mask)
        while starts[slot] >= 0 {
            if keys[slot] == h {
                let start = Int(starts[slot])
                return start..<(start + Int(counts[slot]))
            }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
