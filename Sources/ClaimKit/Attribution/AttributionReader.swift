/// Shared state and token helpers for reading one document's attributions.
///
/// The reader walks the blocks in order, so "the last speaker" and "the people seen so far"
/// are always what the article has said before the current point (pronouns and short names
/// resolve backwards only).
struct AttributionReader {
    let t: UnsafeBufferPointer<UInt8>
    let lex = AttributionLexicon.shared
    var tk: [AToken] = []
    var quotes: [PairedQuote] = []
    /// Tokens already part of a claim (speaker, cue or content).
    var used: [Bool] = []
    var entities = EntityIndex()
    var claims: [Claim] = []
    var diagnostics: [Diagnostic] = []
    var quoteDiagnostics = 0
    var block = 0
    var sentenceSpans: [Span] = []
    /// Speakers of recent claims, newest last, with the block they were in.
    var lastSpeaker: Speaker?
    var lastSpeakerBlock = -10
    var lastPerson: Speaker?
    var lastPersonBlock = -10
    var lastPlural: Speaker?
    var lastPluralBlock = -10
    /// Index of the latest person entity mentioned outside a claim (pronoun fallback).
    var lastPersonMention = -1
    var lastPersonMentionBlock = -10

    static let hAnd = WordHash.of(Array("and".utf8))
    static let hAbout = WordHash.of(Array("about".utf8))
    static let hAgainst = WordHash.of(Array("against".utf8))
    static let hBut = WordHash.of(Array("but".utf8))
    static let hThat = WordHash.of(Array("that".utf8))
    static let hOf = WordHash.of(Array("of".utf8))
    static let hFor = WordHash.of(Array("for".utf8))
    static let hAt = WordHash.of(Array("at".utf8))
    static let hWith = WordHash.of(Array("with".utf8))
    static let hOn = WordHash.of(Array("on".utf8))
    static let hTo = WordHash.of(Array("to".utf8))
    static let hIn = WordHash.of(Array("in".utf8))
    static let hThe = WordHash.of(Array("the".utf8))
    static let hA = WordHash.of(Array("a".utf8))
    static let hAn = WordHash.of(Array("an".utf8))
    static let hInterview = WordHash.of(Array("interview".utf8))
    static let hSpeaking = WordHash.of(Array("speaking".utf8))
    static let hReporters = WordHash.of(Array("reporters".utf8))
    static let hIncluding = WordHash.of(Array("including".utf8))
    static let hAccording = WordHash.of(Array("according".utf8))
    static let hJournalists = WordHash.of(Array("journalists".utf8))

    init(_ t: UnsafeBufferPointer<UInt8>) { self.t = t }

    // MARK: token helpers

    @inline(__always) func isWord(_ k: Int) -> Bool { k >= 0 && k < tk.count && tk[k].kind == .word }
    @inline(__always) func fw(_ k: Int) -> FunctionClass { isWord(k) ? lex.functionWords[tk[k].hash] ?? [] : [] }
    @inline(__always) func isTitle(_ k: Int) -> Bool { isWord(k) && lex.titles.lookup(tk[k].hash) != nil }
    @inline(__always) func isPronoun(_ k: Int) -> Bool { isWord(k) && lex.pronouns[tk[k].hash] != nil }
    func isLowerWord(_ k: Int) -> Bool { isWord(k) && !tk[k].capitalised }

    func text(_ a: Int, _ b: Int) -> String {
        guard a < b, a >= 0, b <= tk.count else { return "" }
        return string(Span(start: tk[a].start, end: tk[b - 1].end))
    }

    func string(_ s: Span) -> String {
        let lo = max(0, min(s.start, t.count))
        let hi = max(lo, min(s.end, t.count))
        return String(decoding: UnsafeBufferPointer(rebasing: t[lo..<hi]), as: UTF8.self)
    }

    func span(_ a: Int, _ b: Int) -> Span { Span(start: tk[a].start, end: tk[b - 1].end) }

    /// Hash of the words in `[a, b)` chained as a phrase (possessives and punctuation skipped).
    func phraseHash(_ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0
        var first = true
        for k in a..<b where tk[k].kind == .word {
            h = first ? tk[k].hash : WordHash.chain(h, tk[k].hash)
            first = false
        }
        return h
    }

    /// A lexicon phrase starting at `k`: (entry, tokens used), longest first.
    func phrase(_ table: PhraseTable, at k: Int, limit: Int = Int.max) -> (entry: Int, length: Int)? {
        guard isWord(k) else { return nil }
        var n = 0
        var j = k
        var h: UInt64 = 0
        var best: (Int, Int)?
        while j < tk.count, j < limit, tk[j].kind == .word, n < table.maxWords {
            h = n == 0 ? tk[j].hash : WordHash.chain(h, tk[j].hash)
            n += 1
            guard let slot = table.slots[h] else { break }
            if slot.entry >= 0 { best = (Int(slot.entry), j - k + 1) }
            if !slot.prefix { break }
            j += 1
        }
        return best
    }

    func country(at k: Int, limit: Int = Int.max) -> (country: Int, form: CountryTable.Form, length: Int)? {
        guard isWord(k) else { return nil }
        var j = k
        var h: UInt64 = 0
        var best: (Int, CountryTable.Form, Int)?
        var n = 0
        while j < tk.count, j < limit, tk[j].kind == .word, n < lex.countries.maxWords {
            h = n == 0 ? tk[j].hash : WordHash.chain(h, tk[j].hash)
            n += 1
            if let c = lex.countries.table[h] { best = (c.country, c.form, n) }
            if lex.countries.prefixes[h] == nil { break }
            j += 1
        }
        return best
    }

    /// The cue starting at token `k`, if any: (entry, tokens).
    func cue(at k: Int) -> (entry: Int, length: Int)? {
        guard isWord(k), !used[k] else { return nil }
        return phrase(lex.cues, at: k)
    }
}
