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
    let map: U64Map<WordInfo>
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
        self.map = map
        cues = lex.cues
        organisations = lex.organisations
    }

    /// The flag that says a phrase of `table` can start at a word (empty: no such flag, probe).
    @inline(__always) func startFlag(_ table: PhraseTable) -> WordFlags {
        table === cues ? .cueStart : table === organisations ? .organisationStart : []
    }
}
