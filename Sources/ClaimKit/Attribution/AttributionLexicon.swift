/// Hashed word and phrase tables for the attribution rules.
///
/// Tokens carry a 64-bit hash of their lower-cased bytes, computed while tokenising, so a
/// lexicon look-up is one dictionary probe with no allocation. A phrase hash chains the word
/// hashes, so `according to` and `Defense Minister` are looked up token by token.
/// Collisions of 64-bit FNV-1a hashes on real vocabulary are negligible; no look-up needs more.
enum AttributionHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(ByteClass.lower(b))) &* prime
    }

    /// Hash of a whole word given as bytes (curly apostrophes count as straight ones).
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h = seed
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                h = add(h, 0x27)
                i += 3
                continue
            }
            h = add(h, bytes[i])
            i += 1
        }
        return h
    }

    /// Chains one more word onto a phrase hash.
    @inline(__always) static func chain(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        ((phrase ^ 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9) ^ word
    }

    /// Hash of a multi-word form: its words' hashes chained (a one-word form is its word hash).
    static func phrase(_ form: String) -> (hash: UInt64, words: Int) {
        var h: UInt64 = 0
        var n = 0
        for w in form.split(separator: " ") {
            let wh = of(Array(w.utf8))
            h = n == 0 ? wh : chain(h, wh)
            n += 1
        }
        return (h, n)
    }
}

/// A phrase table: phrase hash → index of the lexicon entry, with the longest phrase length.
struct PhraseTable: Sendable {
    var index: [UInt64: Int] = [:]
    var entries: [LexiconEntry] = []
    var maxWords = 1

    init(_ data: StaticString) {
        entries = Lexicon.entries(data)
        for (i, e) in entries.enumerated() {
            for f in e.forms {
                let p = AttributionHash.phrase(f)
                if index[p.hash] == nil { index[p.hash] = i }
                maxWords = max(maxWords, p.words)
            }
        }
    }

    init(forms: [(String, Int)], entries: [LexiconEntry]) {
        self.entries = entries
        for (f, i) in forms {
            let p = AttributionHash.phrase(f)
            if index[p.hash] == nil { index[p.hash] = i }
            maxWords = max(maxWords, p.words)
        }
    }

    @inline(__always) func lookup(_ hash: UInt64) -> Int? { index[hash] }

    func attribute(_ entry: Int, _ key: String) -> String? {
        entry >= 0 && entry < entries.count ? entries[entry].attributes[key] : nil
    }

    func flag(_ entry: Int, _ key: String) -> Bool { attribute(entry, key) == "1" }
}

/// Attribution cue entry, decoded once.
struct CueInfo: Sendable {
    var takesObject = false
    var addressee = false
    var speakerFollows = false
    var documentOnly = false
    var belief = false
}

/// What a speaker-noun entry says.
enum SpeakerNounKind: UInt8, Sendable {
    case anonymous, document, organisation, pronoun
}

struct PronounInfo: Sendable {
    var plural: Bool
    var relative: Bool
    var firstPerson: Bool
    var neuter: Bool
}

/// Function-word classes (bit flags).
struct FunctionClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let determiner = FunctionClass(rawValue: 1)
    static let stop = FunctionClass(rawValue: 2)
    static let clause = FunctionClass(rawValue: 4)
    static let complementiser = FunctionClass(rawValue: 8)
    static let adverb = FunctionClass(rawValue: 16)
    static let lead = FunctionClass(rawValue: 32)
}

/// Country lexicon: every name, capital and demonym → the country's canonical name.
struct CountryTable: Sendable {
    enum Form: UInt8, Sendable { case name, capital, demonym }
    var table: [UInt64: (country: Int, form: Form)] = [:]
    var names: [String] = []
    var maxWords = 1

    init() {
        for e in Lexicon.entries(LexiconData.countries) {
            let idx = names.count
            names.append(e.canonical)
            func add(_ f: String, _ form: Form) {
                let p = AttributionHash.phrase(f)
                if table[p.hash] == nil { table[p.hash] = (idx, form) }
                maxWords = max(maxWords, p.words)
            }
            for f in e.forms { add(f, .name) }
            for c in (e.attributes["capital"] ?? "").split(separator: "|") { add(String(c), .capital) }
            for d in (e.attributes["demonym"] ?? "").split(separator: "|") { add(String(d), .demonym) }
        }
    }
}

/// All lexicons the attribution stage reads, parsed once.
struct AttributionLexicon: Sendable {
    let cues: PhraseTable
    let cueInfo: [CueInfo]
    let titles: PhraseTable
    let organisations: PhraseTable
    let orgSuffixes: PhraseTable
    let speakerNouns: [UInt64: SpeakerNounKind]
    let pronouns: [UInt64: PronounInfo]
    let functionWords: [UInt64: FunctionClass]
    let countries: CountryTable

    static let shared = AttributionLexicon()

    private init() {
        cues = PhraseTable(LexiconData.attributionCues)
        cueInfo = cues.entries.map { e in
            CueInfo(
                takesObject: e.attributes["obj"] == "1", addressee: e.attributes["addressee"] == "1", speakerFollows: e.attributes["prep"] == "1",
                documentOnly: e.attributes["doc"] == "1", belief: e.attributes["belief"] == "1")
        }
        titles = PhraseTable(LexiconData.titles)
        organisations = PhraseTable(LexiconData.organisations)
        orgSuffixes = PhraseTable(LexiconData.orgSuffixes)
        var nouns: [UInt64: SpeakerNounKind] = [:]
        var prons: [UInt64: PronounInfo] = [:]
        for e in Lexicon.entries(LexiconData.speakerNouns) {
            let kind: SpeakerNounKind
            switch e.attributes["type"] {
            case "document": kind = .document
            case "organisation": kind = .organisation
            case "pronoun": kind = .pronoun
            default: kind = .anonymous
            }
            for f in e.forms {
                let h = AttributionHash.of(Array(f.utf8))
                nouns[h] = kind
                if kind == .pronoun {
                    prons[h] = PronounInfo(
                        plural: e.attributes["number"] == "pl", relative: e.attributes["number"] == "rel",
                        firstPerson: e.attributes["person"] == "1", neuter: e.attributes["gender"] == "n")
                }
            }
        }
        speakerNouns = nouns
        pronouns = prons
        var fw: [UInt64: FunctionClass] = [:]
        for e in Lexicon.entries(LexiconData.functionWords) {
            var c: FunctionClass = []
            if e.attributes["det"] == "1" { c.insert(.determiner) }
            if e.attributes["stop"] == "1" { c.insert(.stop) }
            if e.attributes["clause"] == "1" { c.insert(.clause) }
            if e.attributes["that"] == "1" { c.insert(.complementiser) }
            if e.attributes["adverb"] == "1" { c.insert(.adverb) }
            if e.attributes["lead"] == "1" { c.insert(.lead) }
            for f in e.forms { fw[AttributionHash.of(Array(f.utf8)), default: []].formUnion(c) }
        }
        functionWords = fw
        countries = CountryTable()
    }
}
