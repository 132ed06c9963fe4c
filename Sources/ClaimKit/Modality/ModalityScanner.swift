/// Finds modality cues in a span and combines them.
///
/// Rules: at each word the longest lexicon phrase wins; a `status=none` phrase (`could not`)
/// cancels the shorter cue. `May` capitalised mid-sentence or before a number is the month.
/// `if` after `asked`, `as`, `whether`… is not a condition. In a sentence opening with a
/// concessive (`While X may praise …, Y`) hedges before the first comma do not count.
/// A span is a question when its last visible byte is `?` (not `?”`: a quoted question is the
/// speaker's, not the author's), or when a sentence opens with a quoted question and only its
/// speech tag follows (`"Who will pay?" Reyes asked.`). The status is the most marked cue's
/// (question > denied > conditional > hedged > asserted), with that status's cues.
/// Known limits: no syntax, so scope is the span given (a clause or a claim's content), and
/// negation of a denial (`did not deny`) still counts as a denial.
struct ModalityScanner {
    let lexicon = ModalityLexicon.shared
    /// Reused between calls (look-ahead words, heading words) so scanning allocates nothing
    /// per sentence.
    var tokens: [ModalityToken] = []

    struct Cue {
        var span: Span
        var status: ModalityStatus
    }

    /// The cues in `t[lo..<hi]`; `sentenceStart` says whether `lo` opens a sentence (the
    /// concessive and the capitalised-`May` rules need it).
    mutating func cues(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, sentenceStart: Bool) -> [Cue] {
        lexicon.cues(t, lo, hi, sentenceStart: sentenceStart, lookahead: &tokens)
    }

    /// The denial cues in `t[lo..<hi]` (an attribution cue: `denies`, `rejected claims`).
    /// Most cues (`said`, `told`) hold no word that can start a denial: those are answered
    /// by a token pass with one lookup per word, without the rules or a cue array.
    @inline(never) mutating func denialCues(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> [Cue] {
        var possible = false
        let lexicon = self.lexicon
        ModalityTokenizer.forEachToken(t, lo, hi) { tok in
            possible = lexicon.denialFirstWords.contains(tok.hash)
            return !possible
        }
        guard possible else { return [] }
        return cues(t, lo, hi, sentenceStart: false).filter { $0.status == .denied }
    }

    /// Index of the last byte that is not white space or a closing bracket, or nil.
    static func questionMark(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        var k = hi - 1
        while k >= lo && (t[k] == 0x20 || t[k] == 0x0A || t[k] == 0x0D || t[k] == 0x09 || t[k] == 0x29) {
            k -= 1
        }
        return k >= lo && t[k] == 0x3F ? k : nil
    }

    /// `"Who will pay?" Reyes asked.`: a sentence that opens with a quoted question and goes on
    /// after the quote (its speech tag) is a question sentence; the `?` before the first
    /// closing quote, or nil. A question quoted inside a statement (`He shouted: "Why?"`) is
    /// not one. Reads at most the first 600 bytes.
    static func openingQuotedQuestion(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        guard lo < hi else { return nil }
        let open = Punctuation.openDoubleQuoteLength(t, lo)
        guard open > 0 else { return nil }
        var k = lo + open
        let limit = min(hi, lo + 600)
        while k < limit {
            // Eight bytes at a time while none can start a closing quote (`"`, E2 …, C2 …).
            if k + 8 <= limit, let base = t.baseAddress, !ModalityScanner.mayHoldQuote(ByteLanes.load(base, k)) {
                k += 8
                continue
            }
            let q = Punctuation.closeDoubleQuoteLength(t, k)
            if q > 0 {
                guard k > lo + open, t[k - 1] == 0x3F else { return nil }
                // Something other than white space and punctuation must follow the quote.
                var r = k + q
                while r < hi && !ModalityTokenizer.isWordByte(t[r]) { r += 1 }
                return r < hi ? k - 1 : nil
            }
            k += 1
        }
        return nil
    }

    /// Whether one of the eight bytes of `x` is 0x22, 0xE2 or 0xC2 (the first bytes of the
    /// closing double quotes). Exact per lane: the adds cannot carry across lanes.
    @inline(__always) static func mayHoldQuote(_ x: UInt64) -> Bool {
        @inline(__always) func zeroLanes(_ v: UInt64) -> UInt64 {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((v & low) &+ low) | v) & ByteLanes.high
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        return zeroLanes(x ^ (ones &* 0x22)) | zeroLanes(x ^ (ones &* 0xE2)) | zeroLanes(x ^ (ones &* 0xC2)) != 0
    }

    /// Combines cues into a modality: the most marked status with its own cues.
    static func combine(_ cues: [Cue], question: Span?) -> Modality {
        if let question { return Modality(status: .question, cues: [question]) }
        // Two passes over the cues, one array built (no intermediate status or cue arrays).
        guard var top = cues.first?.status else { return .asserted }
        for c in cues where c.status > top { top = c.status }
        var spans: [Span] = []
        spans.reserveCapacity(cues.count)
        for c in cues where c.status == top { spans.append(c.span) }
        return Modality(status: top, cues: spans)
    }

    /// The modality of a span (a sentence, a clause or a claim's content).
    mutating func modality(
        _ t: UnsafeBufferPointer<UInt8>, _ span: Span, sentenceStart: Bool, extraCues: [Cue] = []
    ) -> Modality {
        var none = NoTokens()
        return modality(t, span, sentenceStart: sentenceStart, extraCues: extraCues, keeping: &none)
    }

    /// The same, appending the span's tokens to `kept`.
    @inline(__always) mutating func modality<Kept: ModalityTokenSink>(
        _ t: UnsafeBufferPointer<UInt8>, _ span: Span, sentenceStart: Bool, extraCues: [Cue] = [],
        keeping kept: inout Kept
    ) -> Modality {
        let lo = max(0, span.start)
        let hi = min(t.count, span.end)
        guard lo < hi else { return .asserted }
        var found = lexicon.cues(t, lo, hi, sentenceStart: sentenceStart, lookahead: &tokens, keeping: &kept)
        if !extraCues.isEmpty { found.append(contentsOf: extraCues) }
        let mark = ModalityScanner.questionMark(t, lo, hi) ?? (sentenceStart ? ModalityScanner.openingQuotedQuestion(t, lo, hi) : nil)
        let q = mark.map { Span(start: $0, end: $0 + 1) }
        return ModalityScanner.combine(found, question: q)
    }

    /// The modality of `t[lo..<hi]` from its tokens, which must be exactly those
    /// `ModalityTokenizer` finds there (see `ModalityLexicon.cues(tokens:…)`): the same value as
    /// `modality(t, Span(start: lo, end: hi), …)` without tokenising again.
    mutating func modality(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, tokens stored: UnsafeBufferPointer<ModalityToken>,
        sentenceStart: Bool, extraCues: [Cue] = []
    ) -> Modality {
        guard lo < hi, lo >= 0, hi <= t.count else { return .asserted }
        var found = lexicon.cues(tokens: stored, t, hi, sentenceStart: sentenceStart, lookahead: &tokens)
        if !extraCues.isEmpty { found.append(contentsOf: extraCues) }
        let mark = ModalityScanner.questionMark(t, lo, hi) ?? (sentenceStart ? ModalityScanner.openingQuotedQuestion(t, lo, hi) : nil)
        let q = mark.map { Span(start: $0, end: $0 + 1) }
        return ModalityScanner.combine(found, question: q)
    }

    /// A heading that opens with a question word is a question even without `?`.
    mutating func isInterrogativeHeading(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        tokens.removeAll(keepingCapacity: true)
        let lo = max(0, span.start)
        let hi = min(t.count, span.end)
        guard lo < hi else { return false }
        // Only the first word is needed: tokenise a short prefix.
        ModalityTokenizer.tokenize(t, lo, min(hi, lo + 40), into: &tokens)
        guard let first = tokens.first else { return false }
        return lexicon.questionWords.contains(first.hash) && first.capitalised
    }
}
