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
/// Known limits: no parser, so subject detection is a guess; a clause must have four words.
enum StatementClaims {
    static let minClauseTokens = 4

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

    static func add(
        _ document: inout Document, _ t: UnsafeBufferPointer<UInt8>, _ model: CheckworthinessModel,
        _ scanner: inout ModalityScanner
    ) {
        let ns = document.sentences.count
        guard ns > 0 else { return }
        // Sentences an attribution claim covers, and sentences holding a quantity or time.
        var covered = [Bool](repeating: false, count: ns)
        for claim in document.claims {
            for span in [claim.content, claim.cue].compactMap({ $0 }) {
                var s = document.sentenceIndex(containing: span.start) ?? claim.sentence
                while s >= 0 && s < ns && document.sentences[s].span.start < span.end {
                    if document.sentences[s].span.overlaps(span) { covered[s] = true }
                    s += 1
                }
            }
        }
        var hasMention = [Bool](repeating: false, count: ns)
        for q in document.quantities where q.sentence >= 0 && q.sentence < ns { hasMention[q.sentence] = true }
        for m in document.times where m.sentence >= 0 && m.sentence < ns { hasMention[m.sentence] = true }

        var added: [Claim] = []
        var toks: [ModalityToken] = []
        for s in 0..<ns where !covered[s] {
            let sentence = document.sentences[s]
            guard sentence.block >= 0 && sentence.block < document.blocks.count else { continue }
            switch document.blocks[sentence.block].role {
            case .lead, .paragraph, .caption: break
            default: continue
            }
            guard sentence.checkworthiness >= 0.5 || hasMention[s] else { continue }
            let span = ScoringStage.clamp(sentence.span, t.count)
            guard ModalityScanner.questionMark(t, span.start, span.end) == nil, !hasQuoteMark(t, span) else { continue }
            toks.removeAll(keepingCapacity: true)
            ModalityTokenizer.tokenize(t, span.start, span.end, into: &toks)
            guard !hasAttributionVerb(toks) else { continue }
            let clauses = split(t, span, toks)
            for clause in clauses {
                let single = clauses.count == 1
                let score = single ? sentence.checkworthiness : model.score(t, clause.start, clause.end)
                let modality = scanner.modality(t, clause, sentenceStart: clause.start == span.start)
                added.append(Claim(
                    kind: .statement, sentence: s, content: clause, modality: modality,
                    checkworthiness: score, rule: single ? "statement.sentence" : "statement.clause"))
            }
        }
        guard !added.isEmpty else { return }
        document.claims.append(contentsOf: added)
        // Keep claims in text order (a stable sort: equal starts keep their order).
        let order = document.claims.indices.sorted {
            let a = document.claims[$0].content.start, b = document.claims[$1].content.start
            return a != b ? a < b : $0 < $1
        }
        document.claims = order.map { document.claims[$0] }
    }

    /// A quote mark: quoted speech the attribution stage owns.
    static func hasQuoteMark(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var i = span.start
        while i < span.end {
            let c = t[i]
            if c == 0x22 { return true }
            if c == 0xE2 && i + 2 < span.end && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x9D) { return true }
            i += 1
        }
        return false
    }

    /// An attribution verb (`said`, `told`, `according`: the feature lexicon's class):
    /// reported speech, left to the attribution stage even when it found no claim.
    static func hasAttributionVerb(_ toks: [ModalityToken]) -> Bool {
        let table = CheckworthinessFeatures.classes
        for tok in toks where table.lookup(tok.hash) & 1 != 0 { return true }
        return false
    }

    /// The sentence's clauses: split before `, while X` / `; X` where X starts a new subject.
    static func split(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ toks: [ModalityToken]) -> [Span] {
        let end = trimmedEnd(t, span)
        guard toks.count >= 2 * minClauseTokens else { return [Span(start: span.start, end: end)] }
        var clauses: [Span] = []
        var clauseStart = span.start
        var clauseFirstToken = 0
        var j = 1
        while j < toks.count - 1 {
            // The byte before token j, skipping spaces.
            var k = toks[j].start - 1
            while k > toks[j - 1].end && t[k] == 0x20 { k -= 1 }
            let punct = t[k]
            var next = -1
            if punct == 0x2C && words.connective.contains(toks[j].hash) {
                next = j + 1
            } else if punct == 0x3B {
                next = j
            }
            if next > 0, next < toks.count,
                toks[next].capitalised || words.subject.contains(toks[next].hash),
                j - clauseFirstToken >= minClauseTokens, toks.count - next >= minClauseTokens
            {
                clauses.append(Span(start: clauseStart, end: k))
                clauseStart = toks[next].start
                clauseFirstToken = next
                j = next + 1
                continue
            }
            j += 1
        }
        clauses.append(Span(start: clauseStart, end: end))
        return clauses
    }

    /// The sentence end without its final full stop or spaces.
    static func trimmedEnd(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int {
        var e = span.end
        while e > span.start && (t[e - 1] == 0x20 || t[e - 1] == 0x0A || t[e - 1] == 0x0D || t[e - 1] == 0x2E) { e -= 1 }
        return e > span.start ? e : span.end
    }
}
