/// The attribution rules, applied sentence by sentence in text order.
///
/// Quotes first (`quote.cue_after`: `“…,” X said`; `quote.cue_before`: `X said: “…”`;
/// `quote.continuation`: a quote with no cue continuing the latest speaker in the same or
/// previous paragraph), then reported speech (`reported.subject_cue`: `X said (that) …`;
/// `reported.trailing`: `…, X said.` / `…, according to X.`; `reported.according_to`:
/// `According to X, …`). Tokens a claim uses are not used again (one attribution per token, as
/// in PolNeAR). Short quotes inside a sentence (`a “pariah” state`) are never claims by
/// themselves. Limits: no parsing, so long or unusual subjects are missed rather than guessed.
extension AttributionReader {
    // MARK: sentences within the block

    /// Token ranges of the block's sentences: a stop outside quotes ends one, and so does a
    /// quote closing after a stop when a capital or a new quote follows.
    /// Appends them to `out` (an array the reader reuses from block to block).
    func sentenceRanges(into out: inout [(Int, Int)]) {
        var s = 0
        let n = tk.count
        var k = 0
        // Only a stop or a quote mark can end a sentence: visit the tokenizer's list of them.
        let marks = scratch.breakList
        var m = 0
        while k < n {
            while m < marks.count, Int(marks[m]) < k { m += 1 }
            guard m < marks.count else { break }
            k = Int(marks[m])
            guard k < n else { break }
            let tok = tk[k]
            var end = false
            if tok.kind == .stop && tok.quote < 0 {
                // `Mitch McConnell, R-Ky., said`, `Rep. John Mica (R-Fla.) said`: an abbreviation's
                // full stop before a comma, or before a parenthesis and a lower-case word.
                end = !(k + 1 < n && tk[k + 1].kind == .comma) && !abbreviationInParens(k)
            } else if tok.kind == .quote, tok.quote >= 0, quotes[Int(tok.quote)].close == k, k > 0, tk[lastInside(k)].kind == .stop {
                end = k + 1 >= n || (isWord(k + 1) && tk[k + 1].capitalised && !isPronoun(k + 1) && cue(at: k + 2) == nil) || tk[k + 1].kind == .quote
            }
            if end {
                // Absorb closing marks and parentheses right after the stop.
                while k + 1 < n, tk[k + 1].kind == .closeParen { k += 1 }
                out.append((s, k + 1))
                s = k + 1
            }
            k += 1
        }
        if s < n { out.append((s, n)) }
    }

    // MARK: quotes

    func wordsInside(_ q: PairedQuote) -> Int {
        var c = 0
        let last = q.close >= 0 ? q.close : tk.count
        var k = q.open + 1
        while k < last { if tk[k].kind == .word { c += 1 }; k += 1 }
        return c
    }

    /// A quote that stands as an utterance, not a word or title quoted inside a clause.
    func standalone(_ q: PairedQuote) -> Bool {
        guard wordsInside(q) >= 2 else { return false }
        let p = q.open - 1
        let before = p < 0 || [.stop, .colon, .comma, .dash, .openParen, .quote, .semicolon].contains(tk[p].kind)
            || cue(at: p) != nil || (p > 0 && cue(at: p - 1)?.length == 2)
        guard before else { return false }
        if q.close < 0 { return true }
        let n = q.close + 1
        if n >= tk.count { return true }
        if [.stop, .comma, .colon, .semicolon, .dash, .closeParen, .quote].contains(tk[n].kind) { return true }
        let inner = tk[lastInside(q.close)].kind
        return inner == .comma || inner == .stop
    }

    /// The last token inside the quote closed at `close`, looking through the single mark that
    /// closes a quote nested at its end (`"… the term 'outreach,' " he said`).
    func lastInside(_ close: Int) -> Int {
        let k = close - 1
        guard k > 0, tk[k].kind == .other else { return k }
        let a = tk[k].start
        let n = tk[k].end - a
        let single = n == 1 ? t[a] == 0x27 : n == 3 && t[a] == 0xE2 && t[a + 1] == 0x80 && (t[a + 2] == 0x98 || t[a + 2] == 0x99)
        return single ? k - 1 : k
    }

    func attributeQuote(_ qi: Int, sentenceEnd: Int) {
        let q = quotes[qi]
        guard standalone(q), !used[q.open] else { return }
        let content = Span(start: q.start, end: q.close >= 0 ? q.end : (tk.last?.end ?? q.end))
        let lastTok = q.close >= 0 ? q.close : tk.count - 1
        // `“…,” X said` / `“…,” said X`
        if q.close >= 0, let a = cueAfterQuote(q.close + 1) {
            emit(.quote, a.speaker, cue: a.cue, content: content, medium: a.medium, rule: "quote.cue_after", tokens: q.open, lastTok)
            return
        }
        // `X said: “…”`
        if let b = cueBeforeQuote(q.open - 1) {
            emit(.quote, b.speaker, cue: b.cue, content: content, medium: b.medium, rule: "quote.cue_before", tokens: q.open, lastTok)
            return
        }
        // `…, saying, “…”`: the participle's subject speaks, not the latest speaker.
        if let m = participleBeforeQuote(q.open), let c = cue(at: m) {
            for (s, e) in sentences where s <= m && m < e {
                if participle(m, c, s, e) { return }
                break
            }
        }
        // A quote that continues the latest speaker.
        guard var s = lastSpeaker, wordsInside(q) >= 5 || tk[max(q.open, lastTok - 1)].kind == .stop else { return }
        let atBlockStart = q.open == 0
        let sameBlock = lastSpeakerBlock == block
        guard sameBlock || (atBlockStart && block - lastSpeakerBlock <= 4) else { return }
        s.resolution = "continuation"
        s.span = nil
        emit(.quote, s, cue: nil, content: content, medium: nil, rule: "quote.continuation", tokens: q.open, lastTok)
    }

    /// The `-ing` cue of `…, saying, “…”` / `…, adding: “…”` right before the opening mark `o`.
    func participleBeforeQuote(_ o: Int) -> Int? {
        var p = o - 1
        if p >= 0, tk[p].kind == .comma || tk[p].kind == .colon { p -= 1 }
        var m = p
        while m >= 1, m >= p - 1 {
            if let c = cue(at: m), m + c.length - 1 == p, endsInIng(m), tk[m - 1].kind == .comma { return m }
            m -= 1
        }
        return nil
    }

    struct Found {
        var speaker: Speaker
        var cue: Span
        var medium: Span?
        var cueTokens: (Int, Int)
        var speakerTokens: (Int, Int)
    }

    /// After a closing quote: `X said`, `said X`, `X, a role, said`, `he told CNBC`.
    func cueAfterQuote(_ j0: Int) -> Found? {
        if let f = nearCueAfterQuote(j0) { return f }
        return appositionCueAfterQuote(tk.count > j0 && tk[j0].kind == .comma ? j0 + 1 : j0)
    }

    /// `“…,” Ana Ruiz, a senior fellow at the institute and a former envoy to Chile, said.`: a
    /// name, an apposition too long for `nearCueAfterQuote` (up to 40 tokens, commas allowed, no
    /// stop or quote), then a comma and a plain verb of saying. The source spans the apposition.
    func appositionCueAfterQuote(_ j: Int) -> Found? {
        guard j < tk.count, startsName(j) else { return nil }
        var n = j
        while n < tk.count, n < j + 6, (isWord(n) && tk[n].capitalised) || tk[n].kind == .possessive { n += 1 }
        guard n > j, n + 2 < tk.count, tk[n].kind == .comma, isWord(n + 1),
            isLowerWord(n + 1) || fw(n + 1).contains(.determiner) || tk[n + 2].kind == .possessive
        else { return nil }
        var m = n + 1
        while m + 1 < tk.count, m < n + 40 {
            let kind = tk[m].kind
            // `of Springfield, Va., said`: an abbreviation's full stop before a comma.
            if kind == .stop, tk[m + 1].kind == .comma { m += 1; continue }
            if kind == .stop || kind == .quote || kind == .colon || kind == .semicolon { return nil }
            if kind == .comma, m > n + 1, let c = cue(at: m + 1), lex.cueInfo[c.entry].speech, !tk[m + 1].capitalised {
                guard var s = speaker(j, n) else { return nil }
                var r = n + 1
                while r < m, tk[r].kind != .comma { r += 1 }
                applyRole(&s, n + 1, r)
                if s.span != nil { s.span = Span(start: tk[j].start, end: tk[m - 1].end) }
                let afterCue = m + 1 + c.length
                let last = cueEnd(afterCue, tk.count)
                markUsed(j, last)
                return Found(speaker: s, cue: span(m + 1, last), medium: medium(after: afterCue), cueTokens: (m + 1, last), speakerTokens: (j, n))
            }
            m += 1
        }
        return nil
    }

    /// The cue within 18 tokens of the closing quote: `said X`, `X, a role, said`.
    func nearCueAfterQuote(_ j0: Int) -> Found? {
        if let f = dashSignature(j0) { return f }
        var j = j0
        if j < tk.count, tk[j].kind == .comma { j += 1 }
        guard j < tk.count, tk[j].kind == .word else { return nil }
        if let c = cue(at: j), !lex.cueInfo[c.entry].speakerFollows, !lex.cueInfo[c.entry].documentOnly {
            // `said X`
            var e = j + c.length
            while e < tk.count, e < j + c.length + 10, isNameish(e) { e += 1 }
            var found = e > j + c.length ? speaker(j + c.length, e) : nil
            if lex.cueInfo[c.entry].speech, found == nil || isLowerWord(e) && !fw(e).contains(.stop) && cue(at: e) == nil {
                // `said one district GOP leader`, `said a source close to the campaign`.
                let pe = phraseEnd(j + c.length, tk.count)
                if pe > e || found == nil, pe > j + c.length, let p = speechSpeaker(j + c.length, pe) { found = p; e = pe }
            }
            guard e > j + c.length, var s = found else { return nil }
            let after = applyApposition(&s, after: e)
            markUsed(j, after)
            return Found(speaker: s, cue: span(j, j + c.length), medium: medium(after: e), cueTokens: (j, j + c.length), speakerTokens: (j + c.length, e))
        }
        var m = j
        while m < tk.count, m < j + 18 {
            let kind = tk[m].kind
            if kind == .stop, m + 1 < tk.count, tk[m + 1].kind == .comma || abbreviationInParens(m) { m += 1; continue }  // `R-Ky.,`
            if kind == .stop || kind == .quote || kind == .colon || kind == .semicolon { return nil }
            if m > j, let c = cue(at: m), !lex.cueInfo[c.entry].speakerFollows, verbLike(m, j) {
                let (a, b, role) = subjectSegments(j, m)
                guard a < b, var s = lex.cueInfo[c.entry].speech ? speechSpeaker(a, b) : speaker(a, b) else { return nil }
                if s.type == .document && !lex.cueInfo[c.entry].documentOnly && lex.cueInfo[c.entry].belief { return nil }
                if let r = role {
                    applyRole(&s, r.0, r.1)
                    if let spn = s.span { s.span = Span(start: spn.start, end: tk[r.1 - 1].end) }
                }
                let afterCue = m + c.length
                let last = cueEnd(afterCue, tk.count)
                markUsed(j, last)
                return Found(speaker: s, cue: span(cueStart(m, floor: b - 1), last), medium: medium(after: afterCue), cueTokens: (m, last), speakerTokens: (a, b))
            }
            if kind == .word, fw(m).contains(.stop), !fw(m).contains(.determiner), tk[m].hash != w.hOf, tk[m].hash != w.hAt,
                tk[m].hash != w.hFor, tk[m].hash != w.hIn || m == j
            {
                if !fw(m).contains(.adverb) { return nil }
            }
            m += 1
        }
        return nil
    }

    /// `“…” ― Veronica Cruz`: a dash (or horizontal bar) after the quote, then a name that ends
    /// the line or sentence, signs the quote; the dash is the cue.
    func dashSignature(_ d: Int) -> Found? {
        guard d + 1 < tk.count, isSignatureDash(d), startsName(d + 1) else { return nil }
        var e = d + 1
        while e < tk.count, e < d + 7 {
            if isWord(e), tk[e].capitalised || tk[e].kind == .possessive { e += 1; continue }
            // `Oscar P. Quintero`: an initial's full stop.
            if tk[e].kind == .stop, e + 1 < tk.count, tk[e - 1].end - tk[e - 1].start == 1, isWord(e + 1), tk[e + 1].capitalised, !lineBreakBefore(e + 1) { e += 1; continue }
            break
        }
        guard e == tk.count || tk[e].kind == .stop || tk[e].kind == .quote || lineBreakBefore(e) else { return nil }
        guard let s = speaker(d + 1, e) else { return nil }
        markUsed(d, e)
        return Found(speaker: s, cue: span(d, d + 1), medium: nil, cueTokens: (d, d + 1), speakerTokens: (d + 1, e))
    }

    /// A dash token, or the horizontal bar U+2015 (E2 80 95) that the tokenizer leaves as `other`.
    func isSignatureDash(_ k: Int) -> Bool {
        if tk[k].kind == .dash { return true }
        let a = tk[k].start
        return tk[k].kind == .other && tk[k].end - a == 3 && t[a] == 0xE2 && t[a + 1] == 0x80 && t[a + 2] == 0x95
    }

    /// Before an opening quote: `X said:`, `X told CNBC:`, `X said`.
    func cueBeforeQuote(_ p0: Int) -> Found? {
        var p = p0
        if p >= 0, tk[p].kind == .colon || tk[p].kind == .comma { p -= 1 }
        guard p >= 0 else { return nil }
        var m = p
        while m >= 0, m >= p - 6 {
            if tk[m].kind == .stop || tk[m].kind == .quote { return nil }
            if let c = cue(at: m), !lex.cueInfo[c.entry].speakerFollows, m + c.length - 1 <= p {
                if m + c.length - 1 < p && !lex.cueInfo[c.entry].takesObject { return nil }
                guard let subj = leftSubject(m) else { return nil }
                // `said he wanted “…”`: a nested attribution; the outer cue takes the clause.
                var before = subj.speakerTokens.0 - 1
                if before >= 0, isWord(before), tk[before].hash == w.hThat { before -= 1 }
                if before >= 0, isWord(before), let outer = cue(at: before), !lex.cueInfo[outer.entry].speakerFollows, !tk[before].capitalised {
                    return nil
                }
                markUsed(subj.speakerTokens.0, m + c.length)
                let med = m + c.length <= p ? mediumSpan(m + c.length, p + 1) : subj.medium
                // `said:` keeps its colon, as PolNeAR's cues do.
                let cueLast = m + c.length - 1 == p && p + 1 < tk.count && tk[p + 1].kind == .colon ? p + 2 : m + c.length
                return Found(speaker: subj.speaker, cue: span(cueStart(m, floor: subj.speakerTokens.1 - 1), cueLast), medium: med, cueTokens: (m, cueLast), speakerTokens: subj.speakerTokens)
            }
            m -= 1
        }
        return nil
    }

    /// A word that can be in a name after `said`: capitalised, title, `of`, determiners.
    func isNameish(_ k: Int) -> Bool {
        guard isWord(k) else { return tk[k].kind == .possessive }
        // `John McCain of Arizona`
        if tk[k].hash == w.hOf, k > 0, isWord(k - 1), tk[k - 1].capitalised, k + 1 < tk.count, isWord(k + 1), tk[k + 1].capitalised { return true }
        if tk[k].capitalised { return !fw(k).contains(.stop) || isPronoun(k) }
        return isTitle(k) || fw(k).contains(.determiner) || isPronoun(k) || tk[k].flags.contains(.speakerNoun)
    }

    /// Splits `[a, b)` (the words before a cue) into the subject and its apposition:
    /// `Rodger Baker, executive director of X,` → subject `Rodger Baker`, role phrase.
    func subjectSegments(_ a: Int, _ b: Int) -> (Int, Int, (Int, Int)?) {
        var e = b
        while e > a, isWord(e - 1), fw(e - 1).contains(.adverb) { e -= 1 }
        while e > a, tk[e - 1].kind == .comma { e -= 1 }
        var firstComma = -1
        var k = a
        while k < e { if tk[k].kind == .comma { firstComma = k; break }; k += 1 }
        if firstComma < 0 { return (a, e, nil) }
        var roleEnd = firstComma + 1
        while roleEnd < e, tk[roleEnd].kind != .comma { roleEnd += 1 }
        return (a, firstComma, (firstComma + 1, roleEnd))
    }

    /// `’s` at `k` read as `is` before the `-ing` cue at `c` (`She’s calling for`, `It’s denouncing`):
    /// a pronoun owns nothing.
    func contractedIs(_ k: Int, _ c: Int) -> Bool {
        k >= 1 && k < c && tk[k].kind == .possessive && isPronoun(k - 1) && endsInIng(c)
    }

    /// Sets role and organisation from an apposition `executive director of the X Center`.
    func applyRole(_ s: inout Speaker, _ a: Int, _ b: Int) {
        guard a < b, s.type == .person || s.type == .group else { return }
        // `professor of X at Y`: the body follows `at`; otherwise the first `of`/`for`/`with`.
        var k = a
        while k < b, !(isWord(k) && tk[k].hash == w.hAt) { k += 1 }
        if k >= b {
            k = a
            while k < b, !(isWord(k) && (tk[k].hash == w.hOf || tk[k].hash == w.hFor || tk[k].hash == w.hWith)) { k += 1 }
        }
        var r0 = a
        while r0 < k, fw(r0).contains(.determiner) { r0 += 1 }
        if r0 < k, s.role == nil { s.role = text(r0, k) }
        if k + 1 < b, s.organisation == nil {
            var o0 = k + 1
            while o0 < b, fw(o0).contains(.determiner) { o0 += 1 }
            if o0 < b, hasCapital(o0, b) { s.organisation = text(o0, b) }
        }
    }

    /// `said X, a professor at Y,`: the apposition after a name that follows its cue.
    /// Returns the token after the apposition (the speaker's span is widened to cover it, as
    /// PolNeAR's sources do).
    @discardableResult
    func applyApposition(_ s: inout Speaker, after e: Int) -> Int {
        guard e < tk.count, tk[e].kind == .comma else { return e }
        var k = e + 1
        while k < tk.count, k < e + 30, tk[k].kind == .word || tk[k].kind == .possessive || tk[k].kind == .dash { k += 1 }
        // `said Angie Holan, Politifact's editor`: a possessive body opens the role too.
        let possessiveRole = e + 2 < tk.count && tk[e + 2].kind == .possessive && isWord(e + 3) && !tk[e + 3].capitalised
        guard k > e + 1, isLowerWord(e + 1) || fw(e + 1).contains(.determiner) || isTitle(e + 1) || possessiveRole,
            !endsInIng(e + 1), !fw(e + 1).contains(.stop) || fw(e + 1).contains(.determiner), cue(at: e + 1) == nil
        else { return e }
        applyRole(&s, e + 1, k)
        if let sp = s.span { s.span = Span(start: sp.start, end: tk[k - 1].end) }
        return k
    }

    /// The channel after a cue: `told CNBC`, `on Reuters TV`, `in an interview with Bloomberg`.
    func medium(after k: Int) -> Span? {
        guard k < tk.count, isWord(k) else { return nil }
        if let o = phrase(lex.organisations, at: k), lex.organisations.flag(o.entry, "media") { return span(k, k + o.length) }
        if tk[k].hash == w.hOn || tk[k].hash == w.hIn || tk[k].hash == w.hTo || tk[k].hash == w.hWith {
            var e = k + 1
            while e < tk.count, e < k + 8, isWord(e), !fw(e).contains(.stop) || fw(e).contains(.determiner) || tk[e].hash == w.hWith { e += 1 }
            if e > k + 1, let o = (k + 1..<e).first(where: { phrase(lex.organisations, at: $0).map { lex.organisations.flag($0.entry, "media") } == true }) {
                _ = o
                return span(k, e)
            }
        }
        return nil
    }

    /// The medium in `[a, b)` when it names an outlet.
    func mediumSpan(_ a: Int, _ b: Int) -> Span? {
        var k = a
        while k < b {
            if let o = phrase(lex.organisations, at: k, limit: b), lex.organisations.flag(o.entry, "media") { return span(a, b) }
            k += 1
        }
        return nil
    }

    struct Subject {
        var speaker: Speaker
        var speakerTokens: (Int, Int)
        var medium: Span?
    }

    /// The subject left of a cue at `c`: a phrase right before it (`Analysts say`), or, after a
    /// comma, the first named segment of the sentence with its appositions
    /// (`Speaking on Reuters TV, Park Won-Gon, professor of …, said`).
    func leftSubject(_ c: Int, sentenceStart: Int = 0) -> Subject? {
        let plain = cue(at: c).map { lex.cueInfo[$0.entry].speech } ?? false
        // Other verbs (not stances or evidentials) take a described subject right before them
        // when it opens with a determiner or an owner (`His surrogates called`), but no
        // unresolved pronoun, bare noun (`operator denies`) or apposition-led phrase.
        let described = !plain && (cue(at: c).map { !lex.cueInfo[$0.entry].belief && !lex.cueInfo[$0.entry].documentOnly } ?? false)
        var j = c - 1
        // Adverbs and auxiliaries between subject and cue: `has also broadly called for`.
        while j >= sentenceStart, j >= c - 6, isWord(j),
            fw(j).contains(.adverb) || (endsInLy(j) && !tk[j].capitalised) || (w.auxiliaries[tk[j].hash] != nil) || auxiliaryOfCue(j, c)
        {
            j -= 1
        }
        // `He’s claiming`: the contracted `is` of a progressive cue.
        if contractedIs(j, c) { j -= 1 }
        if j >= sentenceStart + 2, isWord(j) == false, tk[j].kind == .comma, isWord(j - 1), fw(j - 1).contains(.adverb), tk[j - 2].kind == .comma {
            j -= 3
        }
        // `Sanders on Tuesday said`: a day between the subject and the cue.
        if j >= sentenceStart + 2, isWord(j), tk[j].capitalised, w.timeWords[tk[j].hash] != nil, isWord(j - 1), tk[j - 1].hash == w.hOn {
            j -= 2
        }
        guard j >= sentenceStart else { return nil }
        // `Reid caucused on Saturday and says …`: the sentence's subject.
        if isWord(j), tk[j].hash == w.hAnd || tk[j].hash == w.hBut, j > sentenceStart + 1, let last = claims.last,
            var s = last.speaker, last.content.end <= tk[j].start, tk[sentenceStart].start <= last.content.start
        {
            // `X acknowledged … but noted …`: the same speaker as the claim just before.
            if s.span == nil { return nil }
            s.resolution = s.resolution ?? "coordination"
            return Subject(speaker: s, speakerTokens: (j, j), medium: nil)
        }
        if isWord(j), tk[j].hash == w.hAnd || tk[j].hash == w.hBut, j > sentenceStart + 1, startsName(sentenceStart) || isPronoun(sentenceStart) {
            var e = sentenceStart
            while e < j, e < sentenceStart + 8, isNameish(e), tk[e].kind == .word || tk[e].kind == .possessive { e += 1 }
            guard e > sentenceStart, e < j, isWord(e), !isNameish(e), cue(at: e) == nil, let s = speaker(sentenceStart, e) else { return nil }
            return Subject(speaker: s, speakerTokens: (sentenceStart, e), medium: nil)
        }
        if tk[j].kind == .word || tk[j].kind == .closeParen || tk[j].kind == .possessive {
            var k = j
            // `Rep. Stephen Lynch (D-Mass.) said`: a short parenthesis after the name is skipped whole.
            if tk[j].kind == .closeParen {
                var o = j - 1
                while o > sentenceStart, o > j - 10, tk[o].kind != .openParen, tk[o].kind != .closeParen { o -= 1 }
                if o > sentenceStart, tk[o].kind == .openParen, isWord(o - 1), tk[o - 1].capitalised { k = o - 1 }
            }
            var count = 0
            while k >= sentenceStart, count < 12 {
                let tok = tk[k]
                if k < j, lineBreakBefore(k + 1) { break }
                if tok.kind == .word {
                    let f = fw(k)
                    if f.contains(.stop) || (f.contains(.lead) && !f.contains(.determiner)) { break }
                    if used[k] || tok.quote >= 0 { break }
                    if tok.hash == w.hAnd || tok.hash == w.hBut, k == sentenceStart { break }
                    if let ci = cue(at: k), k < j, !lex.cueInfo[ci.entry].speakerFollows, verbLike(k, sentenceStart) { break }
                    // `the spectacle of Mr. Netanyahu`: a name after `of` under a common noun.
                    if tok.hash == w.hOf, k > sentenceStart, isLowerWord(k - 1), !isTitle(k - 1), k + 1 <= j, tk[k + 1].capitalised { break }
                    // A determiner opens the phrase (`exactly the sort of change the party`), with
                    // any determiner before it (`the two voters`).
                    if f.contains(.determiner) && !f.contains(.stop) {
                        k -= 1
                        var stacked = 0
                        while k >= sentenceStart, stacked < 3, isWord(k), fw(k).contains(.determiner), !fw(k).contains(.stop), !lineBreakBefore(k + 1) { k -= 1; stacked += 1 }
                        break
                    }
                    // `the body and researchers`: `and` joins names only.
                    // `… released on bail but police say`: `but` opens a new clause.
                    if tok.hash == w.hBut { break }
                    if tok.hash == w.hAnd, !(k > sentenceStart && (tk[k - 1].capitalised || tk[k - 1].kind == .possessive) && k + 1 <= j && tk[k + 1].capitalised) { break }
                } else if tok.kind != .possessive && tok.kind != .openParen && tok.kind != .closeParen && !(tok.kind == .stop && k + 1 <= j && tk[k + 1].kind == .closeParen) {
                    break
                }
                k -= 1
                count += 1
            }
            var a = k + 1
            // `Then someone asked`: a sentence adverb in front is not part of the subject.
            while a < j, isWord(a), fw(a).contains(.adverb), !fw(a).contains(.determiner) { a += 1 }
            if isWord(j), lex.pronouns[tk[j].hash]?.relative == true { a = j }
            // `Barkley, who said`: the relative pronoun's antecedent speaks.
            if a == j, isWord(j), let p = lex.pronouns[tk[j].hash], p.relative, j >= 2, tk[j - 1].kind == .comma {
                var m = j - 2
                while m >= sentenceStart, m > j - 10, isNameish(m), tk[m].kind == .word || tk[m].kind == .possessive { m -= 1 }
                guard m + 1 <= j - 2, startsName(m + 1) || lex.speakerNouns[tk[j - 2].hash] != nil, var s = speaker(m + 1, j - 1) else { return nil }
                s.span = span(j, j + 1)
                s.resolution = "relative"
                return Subject(speaker: s, speakerTokens: (j, j + 1), medium: nil)
            }
            // `voters who say`, `those who believe`: the phrase right before `who`.
            if a == j, isWord(j), let p = lex.pronouns[tk[j].hash], p.relative, j >= 1, isWord(j - 1) || tk[j - 1].kind == .possessive {
                var m = j - 1
                while m >= sentenceStart, m > j - 8, isWord(m) || tk[m].kind == .possessive,
                    !fw(m).contains(.stop) || fw(m).contains(.determiner), !used[m], tk[m].quote < 0
                {
                    if fw(m).contains(.determiner) { m -= 1; break }
                    m -= 1
                }
                // Next to a plain verb of saying any noun phrase is the antecedent (`an architect who said`).
                guard m + 1 < j, var s = speaker(m + 1, j) ?? (plain ? speechSpeaker(m + 1, j) : nil) else { return nil }
                s.span = span(j, j + 1)
                s.resolution = "relative"
                return Subject(speaker: s, speakerTokens: (j, j + 1), medium: nil)
            }
            guard a <= j else { return nil }
            if plain {
                a = extendedSubjectStart(a, sentenceStart)
                guard let s = speechSpeaker(a, j + 1) else { return nil }
                return Subject(speaker: s, speakerTokens: (a, j + 1), medium: leadingMedium(sentenceStart, a))
            }
            var found = speaker(a, j + 1)
            if let s = found, s.type == .person, s.resolution == "mention", !hasCapital(a, j + 1) { found = nil }
            // A short phrase whose head names people (`His surrogates`, `the striker`), not a
            // clause with a noun before a cue noun (`The scheme lets customers receive phone calls`).
            if found == nil, described, !isPronoun(a), fw(a).contains(.determiner) || owner(in: a, j + 1), wordCount(a, j + 1) <= 5,
                isWord(j), personLikeNoun(j) || t[tk[j].end - 1] == 0x73
            {
                found = plainSpeaker(a, j + 1)
            }
            guard let s = found else { return nil }
            return Subject(speaker: s, speakerTokens: (a, j + 1), medium: leadingMedium(sentenceStart, a))
        }
        guard tk[j].kind == .comma else { return nil }
        // Comma-separated segments from the sentence start (at most 60 tokens back) to the cue.
        // The segment list reuses one buffer kept in the state (a new array was allocated per
        // call); nothing called below asks for a subject again, so the buffer is free here.
        var segs: [(Int, Int)] = []
        swap(&segs, &state.segments)
        segs.removeAll(keepingCapacity: true)
        defer { swap(&segs, &state.segments) }
        let from = max(sentenceStart, j - 60)
        var s = from
        var k = from
        var depth = 0
        while k < j {
            if tk[k].kind == .openParen { depth += 1 }
            if tk[k].kind == .closeParen { depth = max(0, depth - 1) }
            if tk[k].kind == .comma && depth == 0 {
                if k > s { segs.append((s, k)) }
                s = k + 1
            }
            // `of Springfield, Va., said`: an abbreviation's full stop before the last comma too.
            if tk[k].quote >= 0 || (tk[k].kind == .stop && !(k + 1 <= j && tk[k + 1].kind == .comma)) { return nil }
            k += 1
        }
        if j > s { segs.append((s, j)) }
        guard !segs.isEmpty, segs.count <= 8 else { return nil }
        for (i, seg0) in segs.enumerated() {
            var seg = seg0
            // `But Matt Morrison, the group's deputy director, said`: the conjunction or adverb
            // in front is not part of the subject.
            while seg.0 < seg.1 - 1, isWord(seg.0), tk[seg.0].hash == w.hAnd || tk[seg.0].hash == w.hBut || fw(seg.0).contains(.clause) || fw(seg.0).contains(.adverb) {
                seg.0 += 1
            }
            // `The employee of four years, a registered Republican, said`: a described subject,
            // unless a name follows as the apposition (`The trust's chief executive, Martin Oduya,`).
            let describedSubject = plain && i == 0 && fw(seg.0).contains(.determiner) && !fw(seg.0).contains(.stop)
                && !segs.dropFirst().contains(where: { startsName($0.0) })
            guard startsName(seg.0) || isPronoun(seg.0) && seg.1 - seg.0 == 1 || lex.speakerNouns[tk[seg.0].hash] != nil && seg.1 - seg.0 <= 3 || describedSubject else { continue }
            // Later segments must read as appositions (lower case or a determiner first).
            let rest = segs[(i + 1)...]
            // The last segment is the subject when an apposition precedes it (`Carter’s press
            // secretary, Peter Cook, told`); otherwise appositions must follow.
            if rest.isEmpty, i > 0, startsName(seg.0), wordCount(seg.0, seg.1) <= 4, var sp = speaker(seg.0, seg.1) {
                if sp.role == nil, sp.type == .person { applyRole(&sp, segs[i - 1].0, segs[i - 1].1) }
                return Subject(speaker: sp, speakerTokens: seg, medium: leadingMedium(sentenceStart, segs[i - 1].0))
            }
            // `China, Pyongyang's only ally, said`: an owner's name may open an apposition.
            guard !rest.isEmpty, rest.allSatisfy({ isLowerWord($0.0) || fw($0.0).contains(.determiner) || isTitle($0.0) || $0.1 - $0.0 <= 2
                || $0.0 + 2 < $0.1 && tk[$0.0 + 1].kind == .possessive && isLowerWord($0.0 + 2) }) else { continue }
            guard wordCount(seg.0, seg.1) <= 6, var sp = plain ? speechSpeaker(seg.0, seg.1) : speaker(seg.0, seg.1) else { continue }
            if let r = rest.first { applyRole(&sp, r.0, r.1) }
            if let last = rest.last, let spn = sp.span { sp.span = Span(start: spn.start, end: tk[last.1 - 1].end) }
            return Subject(speaker: sp, speakerTokens: seg, medium: leadingMedium(sentenceStart, seg.0))
        }
        return nil
    }

    /// `Organizers of the push to boycott the speech said`: next to a plain verb of saying the
    /// subject is the whole noun phrase, through `of`, `for`, `to` … and the words between, when
    /// it reaches the start of its clause; otherwise `a` (the phrase found so far) stands.
    func extendedSubjectStart(_ a: Int, _ s: Int) -> Int {
        guard a > s, isWord(a - 1), innerPreposition(a - 1, beforeCue: true) else { return a }
        var k = a - 1
        while k > s, k > a - 20 {
            let p = k - 1
            if tk[p].kind == .possessive { k = p; continue }
            guard isWord(p), !used[p], tk[p].quote < 0, !lineBreakBefore(k) else { break }
            let f = fw(p)
            if (f.contains(.stop) || f.contains(.lead)) && !f.contains(.determiner) && !innerPreposition(p, beforeCue: true) { break }
            if tk[p].hash == w.hAnd || tk[p].hash == w.hBut { break }
            if !tk[p].capitalised, cue(at: p) != nil, verbLike(p, s) { return a }
            k = p
        }
        let boundary = k == s || (!isWord(k - 1) && tk[k - 1].kind != .possessive) || fw(k - 1).contains(.clause) || fw(k - 1).contains(.complementiser)
            || tk[k - 1].hash == w.hAnd || tk[k - 1].hash == w.hBut
        guard boundary, isWord(k), !innerPreposition(k, beforeCue: true), !fw(k).contains(.stop) || fw(k).contains(.determiner) else { return a }
        return k
    }

    /// A preposition that stays inside a described speaker (`head of`, `a spokesman for`);
    /// before a cue also `in`, `on`, `against`, `by` (`officials in Ohio said`), which after a cue
    /// start a setting instead (`said in a statement`).
    func innerPreposition(_ k: Int, beforeCue: Bool = false) -> Bool {
        guard isWord(k) else { return false }
        let h = tk[k].hash
        if beforeCue, h == w.hIn || h == w.hOn || h == w.hAgainst || h == w.hBy { return true }
        return h == w.hOf || h == w.hFor || h == w.hAt || h == w.hWith || h == w.hFrom || h == w.hTo
    }

    /// `The latest Reuters/Ipsos poll released Friday shows …`, `Yet, a 2014 study by Harvard
    /// and the University of California found …`: an evidential verb's subject is the clause's
    /// whole noun phrase when it holds a document noun (`poll`, `study`).
    func documentSubject(_ c: Int, _ s: Int) -> Subject? {
        var j = c - 1
        while j >= s, isWord(j), fw(j).contains(.adverb) || auxiliaryOfCue(j, c) || w.perfect[tk[j].hash] != nil { j -= 1 }
        guard j >= s else { return nil }
        var k = j
        var doc = false
        while k >= s, k > j - 20 {
            let kind = tk[k].kind
            if kind != .word && kind != .possessive && kind != .openParen && kind != .closeParen { break }
            if used[k] || tk[k].quote >= 0 { return nil }
            if isWord(k) {
                let f = fw(k)
                if f.contains(.stop) && !f.contains(.determiner) && !innerPreposition(k, beforeCue: true) && w.timeWords[tk[k].hash] == nil { break }
                if tk[k].hash == w.hBut { break }
                if !tk[k].capitalised, cue(at: k) != nil, verbLike(k, s) { break }
                if lex.speakerNouns[tk[k].hash] == .document { doc = true }
            }
            k -= 1
        }
        let a = k + 1
        guard doc, a <= j, !innerPreposition(a, beforeCue: true), var sp = plainSpeaker(a, j + 1) else { return nil }
        sp.type = .document
        return Subject(speaker: sp, speakerTokens: (a, j + 1), medium: nil)
    }

    /// `Speaking on Reuters TV,` / `In an interview with Bloomberg,` before the subject.
    func leadingMedium(_ a: Int, _ b: Int) -> Span? {
        guard a < b, b - a <= 16, isWord(a) else { return nil }
        var s = a
        if tk[a].hash == w.hSpeaking { s = a + 1 }
        var e = b
        while e > s, tk[e - 1].kind == .comma { e -= 1 }
        guard s < e, isWord(s) else { return nil }
        let h = tk[s].hash
        guard h == w.hOn || h == w.hTo || h == w.hIn || h == w.hWith else { return nil }
        var k = s
        while k < e {
            if let o = phrase(lex.organisations, at: k, limit: e), lex.organisations.flag(o.entry, "media") { return span(s, e) }
            if tk[k].kind == .word, tk[k].hash == w.hInterview { return span(s, e) }
            k += 1
        }
        return nil
    }

    /// `(D-Mass.) said`: a full stop closing an abbreviation inside parentheses, with the
    /// sentence going on in lower case after them.
    func abbreviationInParens(_ k: Int) -> Bool {
        guard k + 2 < tk.count, tk[k + 1].kind == .closeParen, isWord(k + 2), !tk[k + 2].capitalised else { return false }
        return k > 0 && isWord(k - 1) && tk[k - 1].end - tk[k - 1].start <= 8
    }

    /// A line break between token `k - 1` and token `k` (a heading glued to the next line).
    func lineBreakBefore(_ k: Int) -> Bool {
        guard k > 0, k < tk.count else { return false }
        var i = tk[k - 1].end
        while i < tk[k].start {
            if t[i] == 0x0A { return true }
            i += 1
        }
        return false
    }

    func markUsed(_ a: Int, _ b: Int) {
        let lo = max(0, a)
        let hi = min(b, used.count)
        guard lo < hi else { return }
        // One access to the array for the range: through the state box each element's write
        // would check the array's uniqueness again.
        state.used.withUnsafeMutableBufferPointer { u in
            for k in lo..<hi { u[k] = true }
        }
    }

    func emit(_ kind: ClaimKind, _ s: Speaker, cue: Span?, content: Span, medium: Span?, rule: String, tokens a: Int, _ b: Int) {
        markUsed(a, b + 1)
        let sentence = sentenceIndex(content.start)
        state.claims.append(Claim(kind: kind, sentence: sentence, speaker: s, cue: cue, content: content, medium: medium, rule: rule))
        remember(s)
    }
}
