/// The word lists the structure stage reads, parsed once from `data/lexicons/en/*.txt`.
///
/// Single words are keyed by `WordHash` (no allocation in the segmenter's loop); phrases are
/// kept as lower-cased byte strings with single spaces, matched against `WordList` forms.
enum StructureLexicons {
    enum AbbreviationKind: Sendable {
        /// Before a name: `Mr.`, `Gen.`, `St.`; never ends a sentence.
        case title
        /// Before a number: `p. 55`, `No. 10`.
        case number
        /// Anything else: `Co.`, `Inc.`, `etc.`
        case general
    }

    /// Word hash → kind, in a `U64Map` (a probe, not a SipHash per period).
    static let abbreviations: U64Map<AbbreviationKind> = {
        var table = U64Map<AbbreviationKind>(capacity: 256)
        for e in Lexicon.entries(LexiconData.abbreviations) {
            let kind: AbbreviationKind
            switch e.attributes["kind"] {
            case "title": kind = .title
            case "number": kind = .number
            default: kind = .general
            }
            for f in e.forms { table[WordHash.of(f)] = kind }
        }
        return table
    }()

    static let timeZoneWords = WordHashSet(Lexicon.entries(LexiconData.timeZoneWords).flatMap { $0.forms.map(WordHash.of) })
    static let clockSuffixes = WordHashSet(["a.m", "p.m"].map(WordHash.of))

    /// Speech verbs that tag a quoted question or exclamation (`"Why?" Reyes asked`).
    static let speechTags = WordHashSet(Lexicon.entries(LexiconData.speechTags).flatMap { $0.forms.map(WordHash.of) })

    static let sentenceStarters = WordHashSet(Lexicon.entries(LexiconData.sentenceStarters).flatMap { $0.forms.map(WordHash.of) })

    /// Agency phrase (lower-cased words joined by one space) → canonical name.
    static let agencies: [[UInt8]: String] = {
        var table: [[UInt8]: String] = [:]
        for e in Lexicon.entries(LexiconData.wireAgencies) {
            for f in e.forms { table[WordList.normalized(f)] = e.canonical }
        }
        return table
    }()

    /// Hashes of the first word of every agency phrase.
    static let agencyFirstWords = WordHashSet(agencies.keys.map { WordHash.of(Array($0.prefix { $0 != 0x20 })) })

    static let creditCues: [(phrase: [UInt8], atStart: Bool)] = Lexicon.entries(LexiconData.creditCues).flatMap { e in
        e.forms.map { (WordList.normalized($0), e.attributes["at"] == "start") }
    }

    static let captionCues: [[UInt8]] = Lexicon.entries(LexiconData.captionCues).flatMap { $0.forms.map(WordList.normalized) }

    /// `first`: the phrase's first byte (0 when empty), kept beside it so a line is tested
    /// against the hundred-odd phrases without reading each one's own heap array (a cache line
    /// apiece, most of them cold when the next document's short lines come by).
    static let boilerplate: [(phrase: [UInt8], first: UInt8, rest: Bool, list: Bool, anywhere: Bool)] = Lexicon.entries(LexiconData.boilerplate).flatMap { e in
        e.forms.map {
            let phrase = WordList.normalized($0)
            return (phrase, phrase.first ?? 0, e.attributes["scope"] == "rest", e.attributes["scope"] == "list", e.attributes["at"] == "any")
        }
    }

    /// Which bytes open a phrase of `phrases`, indexed by byte: a line whose normalized form
    /// opens with another byte starts with none of them.
    static func firstBytes(_ phrases: [[UInt8]]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for p in phrases { if let f = p.first { table[Int(f)] = true } }
        return table
    }

    static let captionCueFirstBytes = firstBytes(captionCues)
    static let creditStartFirstBytes = firstBytes(creditCues.filter(\.atStart).map(\.phrase))
    static let boilerplateStartFirstBytes = firstBytes(boilerplate.filter { !$0.anywhere }.map(\.phrase))

    static let bylineCues: [[UInt8]] = Lexicon.entries(LexiconData.bylineCues).flatMap { $0.forms.map(WordList.normalized) }

    /// First words of every phrase a short line is tested against (credits, sources, bylines,
    /// boilerplate): a line whose first word is not here, and which holds no `|`, `/` or `©`,
    /// cannot be any of those kinds, so the per-line word list is not built for it.
    static let lineKindFirstWords = WordHashSet({
        var set = Set<UInt64>()
        func addFirst(_ phrase: [UInt8]) {
            let first = phrase.prefix { $0 != 0x20 }
            if !first.isEmpty { set.insert(WordHash.of(Array(first))) }
        }
        for c in creditCues { addFirst(c.phrase) }
        for b in boilerplate { addFirst(b.phrase) }
        for b in bylineCues { addFirst(b) }
        for key in agencies.keys { addFirst(key) }
        for w in ["source", "sources", "with", "agencies"] { set.insert(WordHash.of(w)) }
        return set
    }())

    static let captionFirstWords = WordHashSet(captionCues.compactMap { phrase in
        let first = phrase.prefix { $0 != 0x20 }
        return first.isEmpty ? nil : WordHash.of(Array(first))
    })

    /// Builds every table the structure stage reads (each a lazily built `static let`), so
    /// that the extractor's warm-up pays for them rather than the first documents whose
    /// blocks happen to reach them (a date line, a credit, an abbreviation before a capital).
    static func warmUp() {
        _ = abbreviations
        _ = timeZoneWords
        _ = clockSuffixes
        _ = speechTags
        _ = sentenceStarters
        _ = agencies
        _ = agencyFirstWords
        _ = creditCues
        _ = captionCues
        _ = boilerplate
        _ = captionCueFirstBytes
        _ = creditStartFirstBytes
        _ = boilerplateStartFirstBytes
        _ = bylineCues
        _ = lineKindFirstWords
        _ = captionFirstWords
        _ = DateLine.allowedWords
        _ = BlockSplitter.openLineEnders
        _ = LanguageWordTable.shared
        _ = LineKinds.creditFollowers
        _ = LineKinds.notPersonWords
        _ = LineKinds.Phrases.viaGettyImages
        _ = LineKinds.Phrases.apPhoto
        _ = LineKinds.Phrases.withAgencies
        _ = LineKinds.Phrases.agenciesWord
        _ = LineKinds.Phrases.sourceWord
        _ = LineKinds.Phrases.sourcesWord
        _ = LineKinds.Phrases.andWord
    }
}
