/// Shared state and token helpers for reading one document's attributions.
///
/// The reader walks the blocks in order, so "the last speaker" and "the people seen so far"
/// are always what the article has said before the current point (pronouns and short names
/// resolve backwards only).
struct AttributionReader {
    let t: UnsafeBufferPointer<UInt8>
    let lex = AttributionLexicon.shared
    let tokenLex = TokenLexicon.shared
    let w: RuleWords
    var tk = TokenBuffer()
    let scratch: TokenScratch
    var block = 0
    /// Everything but the block's tokens and number lives in a box, so the rules need not be
    /// `mutating`: a mutating method copies the whole reader onto the stack before each call it
    /// makes to a non-mutating one (about 250,000 copies of 13 words for 600 articles), and a
    /// method that changes only the box's contents is non-mutating.
    let state: ReaderState

    /// `scratch` and `entities` may come from an earlier document (`PipelineScratch`): the
    /// tokenizer overwrites the scratch block by block, and the index must be empty.
    init(_ t: UnsafeBufferPointer<UInt8>, scratch: TokenScratch = TokenScratch(), entities: EntityIndex = EntityIndex()) {
        self.t = t
        self.w = lex.words
        self.scratch = scratch
        self.state = ReaderState(entities: entities)
    }

    /// Sizes the per-block buffers for blocks of up to `n` tokens (and `bytes` bytes: the token
    /// lists), and the sentence and claim lists.
    func reserve(tokens n: Int, bytes: Int) {
        if n > scratch.tokenCapacity { scratch.growTokens(keeping: 0, to: n) }
        scratch.reserveLists(bytes)
        // Refilled in place: `used` and the memo may be buffers kept from an earlier document,
        // and the memo's stamps (block numbers) would match that document's entries.
        used.refill(false, count: n)
        state.cueMemo.refill(0, count: n)
        sentences.reserveCapacity(32)
        claims.reserveCapacity(16)
    }

    /// Quotes paired in the current block.
    var quotes: [PairedQuote] {
        _read { yield state.quotes }
        nonmutating _modify { yield &state.quotes }
    }
    /// The current block's sentences as token ranges (kept to reuse its storage).
    var sentences: [(Int, Int)] {
        _read { yield state.sentences }
        nonmutating _modify { yield &state.sentences }
    }
    /// Tokens already part of a claim (speaker, cue or content). Read per token: `_read` lends
    /// the array without the retain and release a getter would add to each access.
    var used: [Bool] {
        _read { yield state.used }
        nonmutating _modify { yield &state.used }
    }

    // Lent with `_read`: a getter copied the index (17 words) onto the stack for each
    // `entities.person(forWord:)`, and retained and released an array for each `claims.count`.
    var entities: EntityIndex {
        _read { yield state.entities }
        nonmutating _modify { yield &state.entities }
    }
    var claims: [Claim] {
        _read { yield state.claims }
        nonmutating _modify { yield &state.claims }
    }
    var diagnostics: [Diagnostic] {
        _read { yield state.diagnostics }
        nonmutating _modify { yield &state.diagnostics }
    }
    var quoteDiagnostics: Int {
        get { state.quoteDiagnostics }
        nonmutating set { state.quoteDiagnostics = newValue }
    }
    var sentenceSpans: [Span] {
        _read { yield state.sentenceSpans }
        nonmutating _modify { yield &state.sentenceSpans }
    }
    var lastSpeaker: Speaker? { speaker(ofClaim: state.lastSpeakerClaim) }
    var lastSpeakerBlock: Int {
        get { state.lastSpeakerBlock }
        nonmutating set { state.lastSpeakerBlock = newValue }
    }
    var lastPerson: Speaker? { speaker(ofClaim: state.lastPersonClaim) }
    var lastPersonBlock: Int {
        get { state.lastPersonBlock }
        nonmutating set { state.lastPersonBlock = newValue }
    }
    var lastPlural: Speaker? { speaker(ofClaim: state.lastPluralClaim) }
    var lastPluralBlock: Int {
        get { state.lastPluralBlock }
        nonmutating set { state.lastPluralBlock = newValue }
    }
    var lastBody: Speaker? { speaker(ofClaim: state.lastBodyClaim) }

    /// The speaker of claim `i` (-1: none yet). The latest speakers are kept as indices of their
    /// claims, not as copies: copying a `Speaker` in and releasing the one it replaces (four
    /// strings and an array) cost more than reading the few pronouns that look them up. Claims
    /// are only appended while the document is read (sorted after), so an index stays valid.
    @inline(__always) func speaker(ofClaim i: Int) -> Speaker? {
        i >= 0 && i < state.claims.count ? state.claims[i].speaker : nil
    }

    var lastPersonMention: Int {
        get { state.lastPersonMention }
        nonmutating set { state.lastPersonMention = newValue }
    }
    var lastPersonMentionBlock: Int {
        get { state.lastPersonMentionBlock }
        nonmutating set { state.lastPersonMentionBlock = newValue }
    }

    // MARK: token helpers

    // Read unchecked once `isWord` has checked the range (the subscript would check it again).
    @inline(__always) func isWord(_ k: Int) -> Bool { tk.contains(k) && tk.unchecked(k).kind == .word }
    // Word classes come from the token (`TokenLexicon`), not from a probe of each lexicon.
    @inline(__always) func fw(_ k: Int) -> FunctionClass { isWord(k) ? tk.unchecked(k).fwc : FunctionClass(rawValue: 0) }
    @inline(__always) func isTitle(_ k: Int) -> Bool { isWord(k) && tk.unchecked(k).flags.contains(.title) }
    @inline(__always) func isPronoun(_ k: Int) -> Bool { isWord(k) && tk.unchecked(k).flags.contains(.pronoun) }
    func isLowerWord(_ k: Int) -> Bool { isWord(k) && !tk.unchecked(k).capitalised }

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
            h = first ? tk[k].hash : AttributionHash.chain(h, tk[k].hash)
            first = false
        }
        return h
    }

    /// A lexicon phrase starting at `k`: (entry, tokens used), longest first.
    /// Inlined up to the start-flag test, which rules out most calls before any call is made.
    @inline(__always)
    func phrase(_ table: PhraseTable, at k: Int, limit: Int = Int.max) -> (entry: Int, length: Int)? {
        guard isWord(k) else { return nil }
        // Most words start no phrase; the token says so without a probe.
        let first = tokenLex.startFlag(table)
        if !first.isEmpty && !tk.unchecked(k).flags.contains(first) { return nil }
        return phraseProbe(table, at: k, limit: limit)
    }

    /// The table probes of `phrase` once a phrase can start at `k`.
    @inline(never)
    func phraseProbe(_ table: PhraseTable, at k: Int, limit: Int) -> (entry: Int, length: Int)? {
        var n = 0
        var j = k
        var h: UInt64 = 0
        var best: (Int, Int)?
        while j < tk.count, j < limit, tk[j].kind == .word, n < table.maxWords {
            h = n == 0 ? tk[j].hash : AttributionHash.chain(h, tk[j].hash)
            n += 1
            guard let slot = table.slots[h] else { break }
            if slot.entry >= 0 { best = (Int(slot.entry), j - k + 1) }
            if !slot.prefix { break }
            j += 1
        }
        return best
    }

    /// A country name, capital or demonym starting at `k` (inlined up to the start-flag test).
    @inline(__always)
    func country(at k: Int, limit: Int = Int.max) -> (country: Int, form: CountryTable.Form, length: Int)? {
        guard isWord(k), tk.unchecked(k).flags.contains(.countryStart) else { return nil }
        return countryProbe(at: k, limit: limit)
    }

    @inline(never)
    func countryProbe(at k: Int, limit: Int) -> (country: Int, form: CountryTable.Form, length: Int)? {
        var j = k
        var h: UInt64 = 0
        var best: (Int, CountryTable.Form, Int)?
        var n = 0
        while j < tk.count, j < limit, tk[j].kind == .word, n < lex.countries.maxWords {
            h = n == 0 ? tk[j].hash : AttributionHash.chain(h, tk[j].hash)
            n += 1
            if let c = lex.countries.table[h] { best = (c.country, c.form, n) }
            if lex.countries.prefixes[h] == nil { break }
            j += 1
        }
        return best
    }

    /// The cue starting at token `k`, if any: (entry, tokens).
    /// Inlined up to the memo: most of the ~60,000 calls per 600 articles end at the flag test
    /// or a memo hit, cheaper than the call itself.
    @inline(__always)
    func cue(at k: Int) -> (entry: Int, length: Int)? {
        guard isWord(k), tk.unchecked(k).flags.contains(.cueStart), !used[k] else { return nil }
        // The rules ask about the same cue word several times (both passes over a sentence,
        // `verbLike`, clause ends); the phrase probes run once per token and block. An entry
        // counts only when stamped with the current block, so no block needs to clear the memo.
        let stamp = UInt64(truncatingIfNeeded: block &+ 1) << 32
        if k < state.cueMemo.count {
            let m = state.cueMemo[k]
            if m & 0xffff_ffff_0000_0000 == stamp {
                let v = Int(truncatingIfNeeded: m & 0xffff_ffff)
                return v == 0 ? nil : ((v >> 8) - 1, v & 0xff)
            }
        }
        return cueProbe(at: k, stamp: stamp)
    }

    /// The phrase probe of `cue(at:)` for a token not yet in the memo, which it then records.
    @inline(never)
    func cueProbe(at k: Int, stamp: UInt64) -> (entry: Int, length: Int)? {
        let memo = k < state.cueMemo.count
        let q = phrase(lex.cues, at: k)
        if memo {
            if let q {
                if q.entry >= 0, q.entry < 0xff_fffe, q.length >= 0, q.length < 256 {
                    state.cueMemo[k] = stamp | UInt64((q.entry + 1) << 8 | q.length)
                }
            } else {
                state.cueMemo[k] = stamp
            }
        }
        return q
    }
}

/// The reader's slowly changing state: entities, claims, diagnostics and the latest speakers.
/// Its properties skip the runtime exclusivity check (a call into the runtime per access, more
/// than the accesses themselves cost): one reader serves one document on one thread, and no
/// access to a property overlaps another access to it.
final class ReaderState {
    @exclusivity(unchecked) var entities: EntityIndex
    @exclusivity(unchecked) var quotes: [PairedQuote] = []
    @exclusivity(unchecked) var sentences: [(Int, Int)] = []
    @exclusivity(unchecked) var used: [Bool] = []
    /// `leftSubject`'s comma-separated segments (kept to reuse the storage).
    @exclusivity(unchecked) var segments: [(Int, Int)] = []
    @exclusivity(unchecked) var claims: [Claim] = []
    @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
    @exclusivity(unchecked) var quoteDiagnostics = 0
    @exclusivity(unchecked) var sentenceSpans: [Span] = []
    /// Speakers of recent claims (the index of the claim in `claims`, -1 for none), with the
    /// block they were in.
    @exclusivity(unchecked) var lastSpeakerClaim = -1
    @exclusivity(unchecked) var lastSpeakerBlock = -10
    @exclusivity(unchecked) var lastPersonClaim = -1
    @exclusivity(unchecked) var lastPersonBlock = -10
    @exclusivity(unchecked) var lastPluralClaim = -1
    @exclusivity(unchecked) var lastPluralBlock = -10
    @exclusivity(unchecked) var lastBodyClaim = -1
    @exclusivity(unchecked) var lastBodyBlock = -10
    /// The article's author, when the structure stage found a byline (first-person speech).
    @exclusivity(unchecked) var author: String?
    /// Index of the latest person entity mentioned outside a claim (pronoun fallback).
    @exclusivity(unchecked) var lastPersonMention = -1
    @exclusivity(unchecked) var lastPersonMentionBlock = -10
    /// People named as a sentence's subject (`Councillor Tomas Reyes disputed …`), in text order:
    /// the current block's, plus the latest one of earlier blocks. `he`/`she` prefer these.
    @exclusivity(unchecked) var subjectPeople: [SubjectMention] = []
    /// `The governor added:` ending a paragraph: its speaker and cue, waiting for the next one.
    @exclusivity(unchecked) var pendingColon: PendingCue?
    /// Per token: the cue starting there, as (block + 1) << 32 | (entry + 1) << 8 | length, or
    /// just the block stamp for no cue; an entry stamped with another block is not looked up yet.
    @exclusivity(unchecked) var cueMemo: [UInt64] = []

    init(entities: EntityIndex) { self.entities = entities }
}

/// A cue whose content is the next paragraph.
struct PendingCue {
    var speaker: Speaker
    var cue: Span
    var medium: Span?
}

/// A person named at the start of a sentence, before its verb.
struct SubjectMention {
    var start: Int
    var entity: Int
    var block: Int
}
