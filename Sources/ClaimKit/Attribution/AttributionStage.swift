/// Quotes and reported speech with resolved speakers, and the article's entities.
///
/// Reads block by block in text order: tokens, quote pairing, entities, then per sentence the
/// quote rules and the reported-speech rules (`AttributionRules.swift`, `ReportedSpeech.swift`).
/// Works on its own token-level sentences, so it does not depend on the structure stage's
/// segmentation; `Claim.sentence` still points into `document.sentences`.
/// Linear time: every block is tokenised once, quotes are paired in one pass, and each rule
/// looks at a bounded window of tokens around a cue.
enum AttributionStage {
    /// At most this many quote-mark diagnostics per document (then one summary).
    static let maxQuoteDiagnostics = 20

    /// `scratch`: buffers kept from earlier documents (`PipelineScratch`); taken for this
    /// document and put back, emptied of it, at the end.
    static func run(_ document: inout Document, scratch: PipelineScratch = PipelineScratch()) {
        let sentenceSpans = document.sentences.map(\.span)
        var claims: [Claim] = []
        var entities: [Entity] = []
        var diagnostics: [Diagnostic] = []
        let blocks = document.blocks
        let authors = document.authors
        document.text.withUnsafeBufferPointer { t in
            // Moved out of the bundle (no copy shares their storage), and back at the end.
            var index = scratch.entities.take() ?? EntityIndex()
            index.reset()
            var r = AttributionReader(t, scratch: scratch.tokens, entities: consume index)
            swap(&r.used, &scratch.used)
            swap(&r.state.cueMemo, &scratch.cueMemo)
            swap(&r.quotes, &scratch.quotes)
            swap(&r.sentences, &scratch.sentenceRanges)
            // Empty, as new ones would be (a block with no tokens leaves them as they were).
            r.quotes.removeAll(keepingCapacity: true)
            r.sentences.removeAll(keepingCapacity: true)
            r.sentenceSpans = sentenceSpans
            // Room for the longest block's tokens (about one per five bytes) and a typical
            // article's claims up front, instead of regrowing them block by block.
            var longest = 0
            for b in blocks { longest = max(longest, b.span.end - b.span.start) }
            r.reserve(tokens: longest / 4 + 16, bytes: longest)
            r.state.author = authors.first
            for (bi, b) in blocks.enumerated() {
                r.block = bi
                r.read(b.span)
            }
            if r.quoteDiagnostics > maxQuoteDiagnostics {
                r.diagnostics.append(Diagnostic(
                    code: "unbalanced_quote",
                    message: "\(r.quoteDiagnostics - maxQuoteDiagnostics) more quote marks could not be paired"))
            }
            claims = r.claims
            entities = r.entities.finish()
            diagnostics = r.diagnostics
            swap(&r.used, &scratch.used)
            swap(&r.state.cueMemo, &scratch.cueMemo)
            // Emptied by each block before use.
            swap(&r.quotes, &scratch.quotes)
            swap(&r.sentences, &scratch.sentenceRanges)
            // The index keeps this document's tables until the next one resets them (shared
            // with the reader only until the reader ends, just below).
            scratch.entities = r.state.entities
        }
        // Claims come out nearly in order; sort only when a later rule emitted an earlier one.
        // Compared in place: zipping the array would copy every claim twice.
        var i = 1
        while i < claims.count, claims[i - 1].content.start <= claims[i].content.start { i += 1 }
        if i < claims.count {
            claims.sort { $0.content.start < $1.content.start }
        }
        // Moved rather than appended when there are none yet (appending copies every claim).
        if document.claims.isEmpty { document.claims = claims } else { document.claims.append(contentsOf: claims) }
        document.entities = entities
        document.diagnostics.append(contentsOf: diagnostics)
    }
}

extension AttributionReader {
    /// Reads one block.
    mutating func read(_ b: Span) {
        let count = AttributionTokenizer.tokenize(t, max(0, b.start), min(b.end, t.count), abbreviations: w.abbreviations, words: tokenLex.map, scratch: scratch)
        tk = TokenBuffer(scratch, count: count)
        guard !tk.isEmpty else { return }
        tk.withUnsafeBufferPointer { scratch.index($0) }
        // Sized for the longest block up front (`reserve`), never shrunk, and the block's part
        // cleared in one pass over its memory (appending a repeated `false` goes element by
        // element). Only indices of `tk` are ever read.
        let n = tk.count
        if used.count < n { used.append(contentsOf: repeatElement(false, count: n - used.count)) }
        used.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[0..<n]).update(repeating: false) }
        let end = tk[tk.count - 1].end
        var odd: [(QuotePairing.Oddity, Int)] = []
        // Through a local, as `ranges` below: the rules read `quotes` while the block is read.
        var paired: [PairedQuote] = []
        swap(&paired, &quotes)
        QuotePairing.pair(&tk, end, marks: scratch.breakList, into: &paired) { kind, at in odd.append((kind, at)) }
        quotes = paired
        for (kind, at) in odd { noteQuoteOddity(kind, at) }
        if let last = quotes.last, last.close < 0, !nextBlockOpensWithQuote(after: b.end) {
            noteQuoteOddity(.unclosed, last.start)
        }
        chunkEntities()
        if state.pendingColon != nil { pendingColonContent() }
        var nextQuote = 0
        // Filled through a local: passing `&sentences` to a method of `self` made the array
        // shared with the copy of `self` the call takes, so every block's first append copied it.
        var ranges: [(Int, Int)] = []
        swap(&ranges, &sentences)
        ranges.removeAll(keepingCapacity: true)
        sentenceRanges(into: &ranges)
        // Rules read the block's sentences (`sentences`) while the loop runs: share the buffer
        // (the loop does not change `ranges`, so nothing is copied).
        sentences = ranges
        for (s, e) in ranges {
            while nextQuote < quotes.count, quotes[nextQuote].open < e {
                if quotes[nextQuote].open >= s { attributeQuote(nextQuote, sentenceEnd: e) }
                nextQuote += 1
            }
            reportedSpeech(s, e)
        }
    }

    func nextBlockOpensWithQuote(after end: Int) -> Bool {
        var i = end
        while i < t.count {
            let sp = Punctuation.spaceLength(t, i)
            if sp > 0 { i += sp; continue }
            return Punctuation.openDoubleQuoteLength(t, i) > 0
        }
        return false
    }

    func noteQuoteOddity(_ kind: QuotePairing.Oddity, _ at: Int) {
        quoteDiagnostics += 1
        guard quoteDiagnostics <= AttributionStage.maxQuoteDiagnostics else { return }
        let message: String
        switch kind {
        case .misdirected: message = "an opening quote mark closes a quote"
        case .unclosed: message = "a quote is not closed"
        case .stray: message = "a closing quote mark has no opening one"
        }
        let len = Punctuation.openDoubleQuoteLength(t, at) > 0 ? Punctuation.openDoubleQuoteLength(t, at) : max(1, Punctuation.closeDoubleQuoteLength(t, at))
        diagnostics.append(Diagnostic(code: kind == .misdirected ? "odd_quote_mark" : "unbalanced_quote", message: message, span: Span(start: at, end: min(t.count, at + len))))
    }

    /// Index of the document sentence containing `offset` (0 when none).
    func sentenceIndex(_ offset: Int) -> Int {
        var lo = 0
        var hi = sentenceSpans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let s = sentenceSpans[mid]
            if offset < s.start { hi = mid } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return max(0, min(lo, sentenceSpans.count - 1))
    }
}
