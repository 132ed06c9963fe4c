/// Modality per sentence and per claim: asserted, hedged, conditional, denied, question, with
/// the cue spans that set it (rules and limits: `ModalityScanner`; cue words: the lexicons
/// hedges, denials, conditionals, question-words).
///
/// A sentence takes the most marked status of any of its clauses. A claim's modality is
/// scoped: only cues inside its content count, plus its attribution cue when that is itself a
/// denial (`Pyongyang denies that …`), so a hedge in another clause does not hedge it.
enum ModalityStage {
    /// `scratch`: the scanner's word buffer is kept between documents (`PipelineScratch`; the
    /// scanner empties it before each use).
    static func run(_ document: inout Document, scratch: PipelineScratch = PipelineScratch()) {
        var scanner = ModalityScanner()
        swap(&scanner.tokens, &scratch.modalityTokens)
        defer { swap(&scanner.tokens, &scratch.modalityTokens) }
        let text = document.text
        // Read only here (the whole document is never handed to a function inside the loop
        // below, which would copy it, sentence after sentence).
        let blocks = document.blocks
        text.withUnsafeBufferPointer { t in
            // A claim's content is mostly a run of its sentence's tokens (`tokenAligned`): such
            // sentences keep their tokens as they are scanned, and the claim's cues are read
            // from those rather than from a second tokenisation of its bytes.
            let ns = document.sentences.count
            var stored = [Range<Int>?](repeating: nil, count: document.claims.isEmpty ? 0 : ns)
            var room = 0
            for c in document.claims.indices {
                let s = document.claims[c].sentence
                if s >= 0 && s < ns && stored[s] == nil
                    && tokenAligned(t, document.claims[c].content, document.sentences[s].span)
                {
                    stored[s] = 0..<0
                    room += (max(0, document.sentences[s].span.length) + 1) / 2
                }
            }
            // Uninitialised memory (tokens are plain values): only the kept tokens are read.
            let tokens = UnsafeMutableBufferPointer<ModalityToken>.allocate(capacity: max(1, room))
            defer { tokens.deallocate() }
            var used = 0
            for s in document.sentences.indices {
                let span = document.sentences[s].span
                var m: Modality
                if s < stored.count && stored[s] != nil, let base = tokens.baseAddress {
                    var writer = TokenWriter(base: base + used, capacity: tokens.count - used)
                    m = scanner.modality(t, span, sentenceStart: true, keeping: &writer)
                    // More than the room (which the bound above rules out): the claims tokenise.
                    let fits = writer.count <= writer.capacity
                    stored[s] = fits ? used..<(used + writer.count) : nil
                    if fits { used += writer.count }
                } else {
                    m = scanner.modality(t, span, sentenceStart: true)
                }
                let heading = isHeading(blocks, document.sentences[s].block)
                if m.status != .question, heading, scanner.isInterrogativeHeading(t, span) {
                    m = Modality(status: .question, cues: [])
                }
                document.sentences[s].modality = m
            }
            for c in document.claims.indices {
                // The three fields only: copying the whole claim retained and released each of
                // its strings and arrays, claim after claim.
                let content = document.claims[c].content
                let cue = document.claims[c].cue
                let sentence = document.claims[c].sentence
                var sentenceSpan: Span?
                var whole: Modality?
                var run: Range<Int>?
                if sentence >= 0 && sentence < ns {
                    let span = document.sentences[sentence].span
                    sentenceSpan = span
                    if span == content && !isHeading(blocks, document.sentences[sentence].block) {
                        // The content is its whole sentence (about one claim in sixteen): the
                        // sentence's modality came from the very same scan (same span, sentence
                        // start; headings have a rule of their own), if the cue adds nothing.
                        whole = document.sentences[sentence].modality
                    } else if sentence < stored.count, let r = stored[sentence], tokenAligned(t, content, span) {
                        // The sentence's tokens that start inside the content are the content's.
                        let a = max(0, content.start)
                        let b = min(t.count, content.end)
                        var i0 = r.lowerBound
                        while i0 < r.upperBound && tokens[i0].start < a { i0 += 1 }
                        var i1 = i0
                        while i1 < r.upperBound && tokens[i1].start < b { i1 += 1 }
                        run = i0..<i1
                    }
                }
                document.claims[c].modality = claimModality(
                    content: content, cue: cue, sentenceSpan: sentenceSpan, whole: whole, t, &scanner,
                    tokens: run.map { UnsafeBufferPointer(rebasing: tokens[$0]) })
            }
        }
    }

    @inline(__always) static func isHeading(_ blocks: [Block], _ b: Int) -> Bool {
        b >= 0 && b < blocks.count && blocks[b].role == .heading
    }

    /// Whether `content` lies in `sentence` with each edge at the span's edge or next to an
    /// ASCII byte that is neither a word byte nor an apostrophe. Then `ModalityTokenizer` finds
    /// in the content exactly the sentence's tokens that start there: the byte before the
    /// content is one the sentence's tokenisation steps over alone (not inside a token or an
    /// E2 80 xx / C2 A0 sequence), so both tokenisations are at the content's start together;
    /// the byte after ends any token and answers every look past the content's end (apostrophe,
    /// E2 80 99, punctuation width) as the end of the content does.
    static func tokenAligned(_ t: UnsafeBufferPointer<UInt8>, _ content: Span, _ sentence: Span) -> Bool {
        let lo = max(0, sentence.start)
        let hi = min(t.count, sentence.end)
        let a = max(0, content.start)
        let b = min(t.count, content.end)
        guard lo <= a, a < b, b <= hi else { return false }
        @inline(__always) func separates(_ c: UInt8) -> Bool {
            c < 0x80 && c != 0x27 && !ModalityTokenizer.isASCIIWordByte(c)
        }
        return (a == lo || separates(t[a - 1])) && (b == hi || separates(t[b]))
    }

    /// The modality of a claim's content, with its cue counted when the cue is a denial.
    static func claimModality(
        content: Span, cue: Span?, sentence: Int, _ document: Document, _ t: UnsafeBufferPointer<UInt8>,
        _ scanner: inout ModalityScanner
    ) -> Modality {
        let span = sentence >= 0 && sentence < document.sentences.count ? document.sentences[sentence].span : nil
        return claimModality(content: content, cue: cue, sentenceSpan: span, whole: nil, t, &scanner, tokens: nil)
    }

    /// The same, given the claim's sentence's span; `whole`: the sentence's modality when the
    /// content is that whole sentence (it is the claim's unless the cue is a denial); `tokens`:
    /// the content's tokens when its sentence kept them (`tokenAligned`).
    static func claimModality(
        content: Span, cue: Span?, sentenceSpan: Span?, whole: Modality?, _ t: UnsafeBufferPointer<UInt8>,
        _ scanner: inout ModalityScanner, tokens: UnsafeBufferPointer<ModalityToken>?
    ) -> Modality {
        var extra: [ModalityScanner.Cue] = []
        if let cue, cue.start < cue.end, cue.end <= t.count {
            extra = scanner.denialCues(t, cue.start, cue.end)
        }
        if extra.isEmpty, let whole { return whole }
        let startsSentence = sentenceSpan?.start == content.start
        if let tokens {
            return scanner.modality(
                t, max(0, content.start), min(t.count, content.end), tokens: tokens, sentenceStart: startsSentence,
                extraCues: extra)
        }
        return scanner.modality(t, content, sentenceStart: startsSentence, extraCues: extra)
    }
}
