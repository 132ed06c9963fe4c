/// Statement claims: checkable assertions in the author's own voice.
///
/// A sentence becomes one or more `.statement` claims when it is in a lead, paragraph or
/// caption block; is not a question; is not covered by an attribution claim (its content or
/// cue overlaps the sentence); does not look like unattributed reported speech (a quote mark
/// or an attribution verb such as `said`, in case the attribution stage did not run); and is
/// check-worthy (score ≥ 0.5) or holds a quantity or a time. It is split at clause level where
/// a comma (or semicolon) and a connective (`while`, `but`, `whereas`…) open a clause with its
/// own subject (a capitalised word or a pronoun/determiner, lexicon clause-connectives), so
/// `X has supplied shells, while Y has reportedly provided technology` gives two claims and
/// only the second is hedged. Rule names: `statement.sentence`, `statement.clause`.
/// Known limits: no parser, so subject detection is a guess; each clause needs four words
/// (runs of non-space bytes).
enum StatementClaims {
    static let minClauseWords = 4
    /// How far after a comma the connective and subject are looked for (keeps runs of commas
    /// linear).
    static let lookaheadBytes = 64

    struct Words: Sendable {
        var connective = TokenHashTable(capacity: 64)
        var subject = TokenHashTable(capacity: 64)
        init() {
            for e in Lexicon.entries(LexiconData.clauseConnectives) {
                for f in e.forms {
                    guard let h = ModalityTokenizer.hashes(f).first else { continue }
                    if e.attributes["role"] == "connective" { connective.set(h, 1) }
                    if e.attributes["role"] == "subject" { subject.set(h, 1) }
                }
            }
        }
    }

    static let words = Words()

    /// `features[s]`: the dense feature bits of sentence `s` from scoring (quote marks and
    /// attribution verbs are read from them). `modalityRan`: sentence modalities are set, so a
    /// one-clause statement takes its sentence's.
    static func add(
        _ document: inout Document, _ t: UnsafeBufferPointer<UInt8>, _ model: CheckworthinessModel,
        _ scanner: inout ModalityScanner, _ scratch: inout CheckworthinessModel.Scratch,
        features: [UInt32], modalityRan: Bool, kept: PipelineScratch
    ) {
        let ns = document.sentences.count
        guard ns > 0, features.count == ns else { return }
        // The per-sentence flags and the clause buffers are kept between documents (moved out
        // here and back at the end); the flags are refilled, the buffers emptied before use.
        var b = StatementBuffers()
        swap(&b, &kept.statements)
        defer { swap(&b, &kept.statements) }
        // Sentences an attribution claim covers, and sentences holding a quantity or time.
        b.covered.refill(false, count: ns)
        var covered = b.covered
        b.covered = []
        defer { b.covered = covered }
        func cover(_ span: Span, _ sentence: Int) {
            var s = document.sentenceIndex(containing: span.start) ?? sentence
            while s >= 0 && s < ns && document.sentences[s].span.start < span.end {
                if document.sentences[s].span.overlaps(span) { covered[s] = true }
                s += 1
            }
        }
        // Content and cue one after the other, without an array per claim (and without a copy
        // of each claim, which would retain and release its strings).
        for c in document.claims.indices {
            let sentence = document.claims[c].sentence
            cover(document.claims[c].content, sentence)
            if let cue = document.claims[c].cue { cover(cue, sentence) }
        }
        var hasMention = b.hasMention
        b.hasMention = []
        defer { b.hasMention = hasMention }
        hasMention.refill(false, count: ns)
        // The sentence field only (a copy of a mention retains and releases its strings).
        for k in document.quantities.indices {
            let s = document.quantities[k].sentence
            if s >= 0 && s < ns { hasMention[s] = true }
        }
        for k in document.times.indices {
            let s = document.times[k].sentence
            if s >= 0 && s < ns { hasMention[s] = true }
        }

        let reported: UInt32 = 1 << UInt32(CheckworthinessFeatures.Dense.hasQuoteMark)
            | 1 << UInt32(CheckworthinessFeatures.Dense.firstClass)  // class 0: attribution
        // The statements go straight to the end of the claims (no array of their own, copied
        // again by the merge) and are moved into place at the end (`place`).
        let existing = document.claims.count
        document.claims.reserveCapacity(existing + ns)
        // Reused sentence after sentence (no arrays allocated per sentence), and document after
        // document; `clauseStart` and `split` empty them first.
        var toks = b.toks
        var places = b.places
        var clauses = b.clauses
        b.toks = []
        b.places = []
        b.clauses = []
        defer {
            b.toks = toks
            b.places = places
            b.clauses = clauses
        }
        for s in 0..<ns where !covered[s] && features[s] & reported == 0 {
            let sentence = document.sentences[s]
            guard sentence.block >= 0 && sentence.block < document.blocks.count else { continue }
            switch document.blocks[sentence.block].role {
            case .lead, .paragraph, .caption: break
            default: continue
            }
            guard sentence.checkworthiness >= 0.5 || hasMention[s] else { continue }
            let span = ScoringStage.clamp(sentence.span, t.count)
            guard ModalityScanner.questionMark(t, span.start, span.end) == nil else { continue }
            split(t, span, &toks, places: &places, into: &clauses)
            if clauses.count == 1, let clause = clauses.first {
                let modality =
                    modalityRan
                    ? sentence.modality
                    : ModalityScanner.combine(scanner.cues(t, span.start, span.end, sentenceStart: true), question: nil)
                document.claims.append(Claim(
                    kind: .statement, sentence: s, content: clause, modality: modality,
                    checkworthiness: sentence.checkworthiness, rule: "statement.sentence"))
                continue
            }
            // Several clauses: each takes the cues inside it.
            let cues = scanner.cues(t, span.start, span.end, sentenceStart: true)
            for clause in clauses {
                let inside = cues.filter { clause.contains($0.span) }
                document.claims.append(Claim(
                    kind: .statement, sentence: s, content: clause,
                    modality: ModalityScanner.combine(inside, question: nil),
                    checkworthiness: model.score(t, clause.start, clause.end, &scratch), rule: "statement.clause"))
            }
        }
        guard document.claims.count > existing else { return }
        place(&document.claims, added: existing)
    }

    /// Puts `claims[added...]` (statements, in text order) among `claims[..<added]` as `merge`
    /// would. When both parts are in order by content start (the usual case), a merge from the
    /// back that moves the claims (no copy, so no retain and release of their strings); else
    /// `merge` itself.
    static func place(_ claims: inout [Claim], added: Int) {
        guard added > 0, added < claims.count else { return }
        var sorted = true
        for k in 1..<claims.count where k != added && claims[k - 1].content.start > claims[k].content.start {
            sorted = false
            break
        }
        guard sorted else {
            let statements = Array(claims[added...])
            claims.removeSubrange(added...)
            merge(&claims, statements)
            return
        }
        let m = claims.count - added
        claims.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // The statements move aside; then, from the back, the later of the last earlier
            // claim and the last statement moves to the last free place. On equal starts the
            // statement goes later: `merge` keeps earlier claims first.
            let statements = UnsafeMutablePointer<Claim>.allocate(capacity: m)
            defer { statements.deallocate() }
            statements.moveInitialize(from: base + added, count: m)
            var i = added - 1
            var j = m - 1
            var w = buffer.count - 1
            while j >= 0 {
                if i >= 0 && base[i].content.start > statements[j].content.start {
                    (base + w).moveInitialize(from: base + i, count: 1)
                    i -= 1
                } else {
                    (base + w).moveInitialize(from: statements + j, count: 1)
                    j -= 1
                }
                w -= 1
            }
        }
    }

    /// Merges `added` (in text order) into `claims`, keeping text order by content start
    /// (stable: on equal starts the earlier claims come first). Linear when `claims` is sorted.
    static func merge(_ claims: inout [Claim], _ added: [Claim]) {
        // No other claims (attribution did not run or found none): nothing to interleave.
        if claims.isEmpty {
            claims = added
            return
        }
        var existing = claims
        var sorted = true
        for k in existing.indices.dropFirst() where existing[k - 1].content.start > existing[k].content.start {
            sorted = false
            break
        }
        if !sorted {
            let order = existing.indices.map { ($0, existing[$0].content.start) }.sorted {
                $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0
            }
            existing = order.map { existing[$0.0] }
        }
        var out: [Claim] = []
        out.reserveCapacity(existing.count + added.count)
        var i = 0
        var j = 0
        while i < existing.count || j < added.count {
            if j >= added.count || (i < existing.count && existing[i].content.start <= added[j].content.start) {
                out.append(existing[i])
                i += 1
            } else {
                out.append(added[j])
                j += 1
            }
        }
        claims = out
    }

    /// The sentence's clauses: split at `, while X` / `; X` where X starts a new subject.
    /// Only the bytes right after a comma or semicolon are tokenised, and words are counted
    /// only when there is a place to split.
    static func split(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ toks: inout [ModalityToken]) -> [Span] {
        var places: [(Int, Int)] = []
        var clauses: [Span] = []
        split(t, span, &toks, places: &places, into: &clauses)
        return clauses
    }

    /// `split` into `clauses` (emptied first), with `places` as scratch: the statement pass
    /// reuses both for every sentence.
    static func split(
        _ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ toks: inout [ModalityToken],
        places: inout [(Int, Int)], into clauses: inout [Span]
    ) {
        // Only when not empty: an empty array's `removeAll` still costs a generic call.
        if !clauses.isEmpty { clauses.removeAll(keepingCapacity: true) }
        if !places.isEmpty { places.removeAll(keepingCapacity: true) }
        let end = trimmedEnd(t, span)
        // Candidate places: (the comma or semicolon, the start of the next clause's subject).
        var i = span.start
        while i < end {
            // Eight bytes at a time while none is a comma or semicolon (most of a sentence).
            if let base = t.baseAddress, i &+ 8 <= end, !hasCommaOrSemicolon(base, i) {
                // The address once, then eight bytes a step until one holds either byte.
                i &+= 8
                while i &+ 8 <= end && !hasCommaOrSemicolon(base, i) { i &+= 8 }
                continue
            }
            let c = t[i]
            if c == 0x2C || c == 0x3B, let next = clauseStart(t, after: i, end, &toks) {
                places.append((i, next))
                i = next
                continue
            }
            i += 1
        }
        guard !places.isEmpty else {
            clauses.append(Span(start: span.start, end: end))
            return
        }
        // Word counts at each place, in one pass.
        let total = wordCount(t, span.start, end)
        var start = span.start
        var wordsAtStart = 0
        var counted = 0
        var countedTo = span.start
        for (mark, next) in places {
            counted += wordCount(t, countedTo, mark + 1)
            let clauseWords = counted - wordsAtStart
            counted += wordCount(t, mark + 1, next)
            countedTo = next
            if clauseWords >= minClauseWords && total - counted >= minClauseWords {
                clauses.append(Span(start: start, end: mark))
                start = next
                wordsAtStart = counted
            }
        }
        clauses.append(Span(start: start, end: end))
    }

    /// Whether one of the eight bytes at `i` is `,` or `;` (`i + 8` within `t`): the classic
    /// zero-byte test on the word XOR each byte repeated.
    @inline(__always) static func hasCommaOrSemicolon(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let a = w ^ (ones &* 0x2C)
        let b = w ^ (ones &* 0x3B)
        return ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs) != 0
    }

    /// Where a new clause with its own subject starts after the comma or semicolon at `i`:
    /// `, while Russia`, `; the army`. Nil when none does.
    static func clauseStart(_ t: UnsafeBufferPointer<UInt8>, after i: Int, _ end: Int, _ toks: inout [ModalityToken]) -> Int? {
        toks.removeAll(keepingCapacity: true)
        let look = min(end, i + 1 + lookaheadBytes)
        // The first word only; the second only after a connective (most commas have none).
        // A token never depends on the bytes before it, so tokenising again from the first
        // word's end gives the same second word.
        ModalityTokenizer.tokenize(t, i + 1, look, into: &toks, limit: 1)
        var k = i + 1
        while k < end && t[k] == 0x20 { k += 1 }
        guard let first = toks.first, first.start == k else { return nil }
        var subject: ModalityToken?
        if t[i] == 0x2C, words.connective.contains(first.hash) {
            ModalityTokenizer.tokenize(t, first.end, look, into: &toks, limit: 1)
            if toks.count == 2 { subject = toks[1] }
        } else if t[i] == 0x3B {
            subject = first
        }
        guard let sub = subject, sub.capitalised || words.subject.contains(sub.hash) else { return nil }
        return sub.start
    }

    /// Runs of non-space bytes in `t[lo..<hi]`.
    static func wordCount(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var n = 0
        var inWord = false
        var i = lo
        while i < hi {
            let c = t[i]
            let space = c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
            if !space && !inWord { n += 1 }
            inWord = !space
            i += 1
        }
        return n
    }

    /// The sentence end without its final full stop or spaces.
    static func trimmedEnd(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int {
        var e = span.end
        while e > span.start && (t[e - 1] == 0x20 || t[e - 1] == 0x0A || t[e - 1] == 0x0D || t[e - 1] == 0x2E) { e -= 1 }
        return e > span.start ? e : span.end
    }
}


/// `StatementClaims.add`'s working arrays, kept between documents in `PipelineScratch`.
struct StatementBuffers {
    var covered: [Bool] = []
    var hasMention: [Bool] = []
    var toks: [ModalityToken] = []
    var places: [(Int, Int)] = []
    var clauses: [Span] = []

    /// Drops any array holding more than `n` entries.
    mutating func trim(_ n: Int) {
        if covered.capacity > n { covered = [] }
        if hasMention.capacity > n { hasMention = [] }
        if toks.capacity > n { toks = [] }
        if places.capacity > n { places = [] }
        if clauses.capacity > n { clauses = [] }
    }
}
