/// Every lexicon's verdict on a word, in one table probed once per word token.
///
/// The rules ask of almost every token whether it is a function word, a pronoun or a title and
/// whether a cue, organisation or country starts there; each question was a probe of its own
/// table. The tokenizer now copies one `WordInfo` into the token, and the questions become bit
/// tests. A flag says exactly "this hash is a key of that table" (multi-word keys included), so
/// every answer is the same as the probe it replaces.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let pronoun = WordFlags(rawValue: 1)
    static let title = WordFlags(rawValue: 2)
    static let speakerNoun = WordFlags(rawValue: 4)
    static let orgSuffix = WordFlags(rawValue: 8)
    /// A cue, or the first word of a longer one.
    static let cueStart = WordFlags(rawValue: 16)
    /// An organisation, or the first word of a longer name.
    static let organisationStart = WordFlags(rawValue: 32)
    /// A country form, or the first word of a longer one.
    static let countryStart = WordFlags(rawValue: 64)
}

struct WordInfo: Sendable {
    var fw: FunctionClass = []
    var flags: WordFlags = []
}

final class TokenLexicon: Sendable {
    let map: WordInfoTable
    let cues: PhraseTable
    let organisations: PhraseTable

    static let shared = TokenLexicon(AttributionLexicon.shared)

    init(_ lex: AttributionLexicon) {
        var map = U64Map<WordInfo>()
        func mark<V>(_ table: U64Map<V>, _ flag: WordFlags) {
            table.forEach { key, _ in
                var info = map[key] ?? WordInfo()
                info.flags.insert(flag)
                map[key] = info
            }
        }
        lex.functionWords.forEach { key, fw in
            var info = map[key] ?? WordInfo()
            info.fw = fw
            map[key] = info
        }
        mark(lex.pronouns, .pronoun)
        mark(lex.titles.index, .title)
        mark(lex.speakerNouns, .speakerNoun)
        mark(lex.orgSuffixes.index, .orgSuffix)
        mark(lex.cues.slots, .cueStart)
        mark(lex.organisations.slots, .organisationStart)
        mark(lex.countries.table, .countryStart)
        mark(lex.countries.prefixes, .countryStart)
        self.map = WordInfoTable(map)
        cues = lex.cues
        organisations = lex.organisations
    }

    /// The flag that says a phrase of `table` can start at a word (empty: no such flag, probe).
    @inline(__always) func startFlag(_ table: PhraseTable) -> WordFlags {
        table === cues ? .cueStart : table === organisations ? .organisationStart : []
    }
}

/// `TokenLexicon`'s word → `WordInfo` map packed into one `UInt64` per slot: the key's upper 48
/// bits, then the info in the low 16 (function classes in bits 0-5, bit 7 set in every used slot
/// so none is 0, flags in bits 8-15).
///
/// The tokenizer probes it at every word. As a `U64Map` it was a 32 KB key array and a 12 KB
/// value array beside it (about 1,500 keys, 4,096 slots): a word touched a random line of the
/// keys, and a lexicon word one of the values too, and the other stages evict both between
/// documents. Here a probe reads one slot of 32 KB and a hit finds its info in the same word.
///
/// A word matches when its hash agrees with a key in the 48 bits kept and it lands in that
/// key's probe run (the index comes from the full hash, as in `U64Map`): a chance of about one
/// in 2^48 per word that an unlisted word is taken for a listed one, the same kind of harmless
/// hash collision the 64-bit word hashes already allow. Two listed keys agreeing in those 48
/// bits would share a slot and their infos (none do in these lexicons).
struct WordInfoTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    static let infoBits: UInt64 = 0xFFFF
    static let used: UInt64 = 0x80

    init(_ map: U64Map<WordInfo>) {
        var size = 16
        while size < map.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        map.forEach { key, info in
            let packed = (key & ~WordInfoTable.infoBits) | WordInfoTable.used
                | UInt64(info.fw.rawValue & 0x3F) | UInt64(info.flags.rawValue) << 8
            var i = WordInfoTable.slot(key, mask)
            while slots[i] != 0 && (slots[i] ^ key) >> 16 != 0 { i = (i + 1) & mask }
            slots[i] |= packed
        }
        self.slots = slots
        self.mask = mask
    }

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> WordInfo? {
        let m = mask
        // Every index is masked to the table size, so the array's bounds checks are redundant.
        return slots.withUnsafeBufferPointer { s in
            var i = WordInfoTable.slot(key, m)
            while true {
                let x = s[i]
                if x == 0 { return nil }
                if (x ^ key) >> 16 == 0 {
                    return WordInfo(
                        fw: FunctionClass(rawValue: UInt8(truncatingIfNeeded: x & 0x3F)),
                        flags: WordFlags(rawValue: UInt8(truncatingIfNeeded: x >> 8)))
                }
                i = (i &+ 1) & m
            }
        }
    }
}
