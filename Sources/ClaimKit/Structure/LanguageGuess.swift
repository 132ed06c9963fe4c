/// Guesses whether an article is clearly not English by counting frequent function words
/// (`language_words.txt`) in its first 32 KB.
///
/// English unless another language's words outnumber the English ones at least two to one and
/// number at least eight (a German quote in an English story does not flip it). Known limit:
/// languages without a word list are reported as English.
///
/// A word is a run of ASCII letters and Latin-1/Latin-A letters (`für`, `été`: two-byte
/// sequences led by C3…C5), compared with ASCII letters lower-cased. Function words are short,
/// so a word is looked up by its bytes packed into one 64-bit key (no hash per byte); a plain
/// ASCII word is found and packed eight bytes at a time.
enum LanguageGuess {
    static let sampleBytes = 32 * 1024
    /// Words another language needs at least before it can win.
    static let minimumWords = 8

    /// Each byte's lower-case form when it is an ASCII letter, else 0.
    static let letterBytes: [UInt8] = (0..<256).map { b in
        let c = UInt8(b)
        return ByteClass.isAlpha(c) ? ByteClass.lower(c) : 0
    }

    static func guess(_ t: UnsafeBufferPointer<UInt8>) -> String {
        let table = LanguageWordTable.shared
        // Counts per language index.
        var counts = [Int](repeating: 0, count: table.languages.count)
        counts.withUnsafeMutableBufferPointer { counts in
            letterBytes.withUnsafeBufferPointer { letters in
                table.withTables { tables in scan(t, letters, tables, counts) }
            }
        }
        return decide(counts)
    }

    /// The language that the per-language counts of listed words (indexes of
    /// `LanguageWordTable.shared.languages`) point to: English unless another language leads
    /// two to one with at least eight words.
    static func decide(_ counts: [Int]) -> String {
        let table = LanguageWordTable.shared
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
        if bestCount >= minimumWords && bestCount >= 2 * english { return best }
        return "en"
    }

    /// Counts the listed words in the first `sampleBytes` of `t` per language index.
    static func scan(
        _ t: UnsafeBufferPointer<UInt8>, _ letters: UnsafeBufferPointer<UInt8>, _ table: LanguageWordTable.Tables,
        _ counts: UnsafeMutableBufferPointer<Int>
    ) {
        let end = min(t.count, sampleBytes)
        guard let base = t.baseAddress else { return }
        var i = 0
        while i < end {
            let b = t[i]
            let letter = letters[Int(b)] != 0
            if !letter && !(b >= 0xC3 && b <= 0xC5) {
                i += 1
                continue
            }
            if letter && i &+ 8 <= end {
                // Eight bytes at once: the letters at the front are the word when a byte that
                // cannot continue it (not C3…C5) stops it within the eight.
                let x = ByteLanes.load(base, i)
                let stops = ~ByteLanes.letterLanes(x) & ByteLanes.high
                if stops != 0 {
                    let length = stops.trailingZeroBitCount >> 3
                    let stop = t[i + length]
                    if !(stop >= 0xC3 && stop <= 0xC5) {
                        // A word longer than every listed word needs no look-up.
                        if length <= table.longest {
                            let key = (x | 0x2020_2020_2020_2020) & ((1 << UInt64(length << 3)) &- 1)
                            table.count(key, into: counts)
                        }
                        i &+= length &+ 1
                        continue
                    }
                } else if table.longest < 8 {
                    // Eight letters: longer than every listed word, so only its end matters.
                    i = wordEnd(t, i &+ 8, end)
                    continue
                }
            }
            i = slowWord(t, i, end, letters, table, counts)
        }
    }

    /// Where the word that runs on at `k` ends: past ASCII letters (eight at a time) and
    /// C3…C5 lead bytes with their continuation byte, as `slowWord` reads it.
    static func wordEnd(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var k = from
        guard let base = t.baseAddress else { return k }
        while k < end {
            if k &+ 8 <= end {
                let stops = ~ByteLanes.letterLanes(ByteLanes.load(base, k)) & ByteLanes.high
                if stops == 0 {
                    k &+= 8
                    continue
                }
                k &+= stops.trailingZeroBitCount >> 3
            } else {
                while k < end && ByteClass.isAlpha(t[k]) { k &+= 1 }
                if k >= end { break }
            }
            let b = t[k]
            guard b >= 0xC3 && b <= 0xC5 && k &+ 1 < end && ByteClass.isContinuation(t[k &+ 1]) else { break }
            k &+= 2
        }
        return k
    }

    /// The word starting at `s` (a letter or a C3…C5 lead byte) read byte by byte, counted when
    /// it is a listed word; returns where the next scan starts.
    static func slowWord(
        _ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int, _ letters: UnsafeBufferPointer<UInt8>,
        _ table: LanguageWordTable.Tables, _ counts: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        var i = s
        var key: UInt64 = 0
        while i < end {
            let b = t[i]
            let lower = letters[Int(b)]
            if lower != 0 {
                if i - s < 8 { key |= UInt64(lower) << UInt64((i - s) << 3) }
                i += 1
            } else if b >= 0xC3 && b <= 0xC5 && i + 1 < end && ByteClass.isContinuation(t[i + 1]) {
                if i - s < 7 { key |= (UInt64(b) | UInt64(t[i + 1]) << 8) << UInt64((i - s) << 3) }
                i += 2
            } else {
                break
            }
        }
        // A lone byte that opens no word.
        guard i > s else { return s + 1 }
        if i - s <= 8 { table.count(key, into: counts) }
        return i
    }
}

/// `language_words.txt` as an open-addressed table: a word's bytes (ASCII letters lower-cased,
/// at most eight, packed little-endian into a key) → a run of language indexes in `entries`,
/// repeats kept. Listed words longer than eight bytes cannot be packed and are left out.
final class LanguageWordTable: Sendable {
    let languages: [String]
    let entries: [UInt8]
    /// Per slot: key, then (start << 32 | count), 0 count for an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Byte length of the longest listed word.
    private let longest: Int

    static let shared = LanguageWordTable(Lexicon.entries(LexiconData.languageWords))

    init(_ lexicon: [LexiconEntry]) {
        var words: [(key: UInt64, lang: String)] = []
        var longest = 0
        for e in lexicon {
            guard let lang = e.attributes["lang"] else { continue }
            for f in e.forms {
                guard let key = LanguageWordTable.key(Array(f.utf8)) else { continue }
                words.append((key, lang))
                longest = max(longest, f.utf8.count)
            }
        }
        self.longest = longest
        let langs = Set(words.map(\.lang)).sorted()
        languages = langs
        var grouped: [UInt64: [UInt8]] = [:]
        var order: [UInt64] = []
        for w in words {
            if grouped[w.key] == nil { order.append(w.key) }
            grouped[w.key, default: []].append(UInt8(clamping: langs.firstIndex(of: w.lang) ?? 0))
        }
        var size = 64
        while size < 4 * max(1, order.count) { size <<= 1 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: 2 * size)
        var entries: [UInt8] = []
        for key in order {
            let list = grouped[key] ?? []
            var slot = LanguageWordTable.slot(key, size - 1)
            while slots[2 * slot + 1] != 0 { slot = (slot + 1) & (size - 1) }
            slots[2 * slot] = key
            slots[2 * slot + 1] = UInt64(entries.count) << 32 | UInt64(list.count)
            entries.append(contentsOf: list)
        }
        self.slots = slots
        self.entries = entries
    }

    /// The packed key of a word, or nil when it is empty or longer than eight bytes.
    static func key(_ word: [UInt8]) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (k, b) in word.enumerated() { key |= UInt64(ByteClass.lower(b)) << UInt64(k << 3) }
        return key
    }

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The indexes into `entries` of the languages of the word with packed key `key`, or nil.
    func languageRange(_ key: UInt64) -> Range<Int>? {
        withTables { tables in
            guard let (start, count) = tables.lookup(key) else { return nil }
            return start..<(start + count)
        }
    }

    /// The table's storage, borrowed for a scan.
    struct Tables {
        let slots: UnsafeBufferPointer<UInt64>
        let entries: UnsafeBufferPointer<UInt8>
        let mask: Int
        let longest: Int

        @inline(__always) func lookup(_ key: UInt64) -> (Int, Int)? {
            var slot = LanguageWordTable.slot(key, mask)
            while true {
                let info = slots[2 * slot + 1]
                if info == 0 { return nil }
                if slots[2 * slot] == key { return (Int(info >> 32), Int(info & 0xFFFF_FFFF)) }
                slot = (slot + 1) & mask
            }
        }

        /// Adds one to the count of each language the word with key `key` is listed for.
        @inline(__always) func count(_ key: UInt64, into counts: UnsafeMutableBufferPointer<Int>) {
            guard let (start, n) = lookup(key) else { return }
            for k in start..<(start + n) { counts[Int(entries[k])] &+= 1 }
        }
    }

    func withTables<R>(_ body: (Tables) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            entries.withUnsafeBufferPointer { e in body(Tables(slots: s, entries: e, mask: mask, longest: longest)) }
        }
    }
}
