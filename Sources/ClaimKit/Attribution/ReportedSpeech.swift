/// Reported (indirect) speech: a cue verb with a subject and a content clause.
///
/// Two passes over a sentence: first the cue that closes it (`…, X said.`,
/// `…, according to X.`), whose content is everything before it; then the remaining cues left
/// to right (`X said (that) …`, `According to X, …`, `In return, analysts say, …`). A content
/// ends at the sentence end or where a new clause starts after a comma (`, although`,
/// `, indicating`). Cues inside an earlier claim's content are left alone (one attribution per
/// token). Limits: subjects more than twelve words long or split by clauses are missed.
extension AttributionReader {
    func reportedSpeech(_ s: Int, _ e: Int) {
        if s == 0 { colonLead(e) }
        // Pass 1: the attribution that closes the sentence.
        var k = e - 1
        while k > s, !isWord(k) { k -= 1 }
        // Cues are lower case, except in title-case headlines and `According to` in front.
        // Only a token a cue can start at is a candidate (the flag says so without a probe), and
        // the headline test runs only for a capitalised one.
        var headline: Bool?
        @inline(__always) func candidate(_ c: Int) -> Bool {
            // One checked read of the token for the four tests.
            let tok = tk[c]
            guard tok.flags.contains(.cueStart), tok.kind == .word, tok.quote < 0, !used[c] else { return false }
            if !tok.capitalised || c == s { return true }
            if headline == nil { headline = titleCase(s) }
            return headline == true
        }
        // An inverted cue after a comma with a name after it (`…, said Brian Baker, a longtime
        // adviser to the family who oversees …`) may sit further back: the apposition can run
        // long. A lower-case word there (`X, the union's secretary, said the system …`) is content.
        // Only words a cue can start at pass `candidate`: both passes visit the tokenizer's list
        // of them, `cues[lo..<hi]` being the sentence's.
        let cues = scratch.cueWordList
        var lo = 0
        var hi = cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(cues[mid]) < s { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        hi = lo
        while hi < cues.count, Int(cues[hi]) < e { hi += 1 }
        let end = hi
        let before = claims.count
        var x = end - 1
        while x >= first {
            let c = Int(cues[x])
            if c <= k {
                guard c > s, c > k - 36 else { break }
                if candidate(c), let q = cue(at: c),
                    c > k - 14 || (commaBefore(c) && c + q.length < e && isWord(c + q.length) && tk[c + q.length].capitalised),
                    trailing(c, q, s, e)
                {
                    break
                }
            }
            x -= 1
        }
        // `Figueroa said the campaign planned a protest, though she acknowledged it is unlikely.`:
        // a plain verb of saying near the start of a trailing claim's content is an attribution
        // of its own, nested in that content (PolNeAR keeps both).
        if claims.count > before, let ct = claims.last?.content {
            var ce = s
            while ce < e, tk[ce].end <= ct.end { ce += 1 }
            var n = s
            while n < ce, tk[n].start < ct.start { n += 1 }
            let saved = Array(used[n..<ce])
            for x in n..<ce { used[x] = false }
            var c = n
            while c < ce, c < n + 8 {
                if candidate(c), let q = cue(at: c), lex.cueInfo[q.entry].speech, forward(c, q, n, ce) { break }
                c += 1
            }
            for x in n..<ce where saved[x - n] { used[x] = true }
        }
        // Pass 2: cues left to right.
        for x in first..<end {
            let c = Int(cues[x])
            if candidate(c), let q = cue(at: c) {
                _ = forward(c, q, s, e)
            }
        }
        if claims.count == before { pollLead(s, e) }
    }

    /// `In the latest CNN poll, conducted last week, Clinton leads by five points.`: a sentence
    /// that opens with `In` and a poll, survey or study is that document's finding (PolNeAR marks
    /// `In` as the cue). Only when nothing else in the sentence is attributed.
    func pollLead(_ s: Int, _ e: Int) {
        guard isWord(s), tk[s].hash == w.hIn, s + 3 < e, isWord(s + 1), fw(s + 1).contains(.determiner) || tk[s + 2].kind == .possessive else { return }
        var k = s + 1
        var poll = false
        while k < e, k < s + 14, tk[k].kind == .word || tk[k].kind == .possessive || tk[k].kind == .other {
            if isWord(k), w.pollNouns[tk[k].hash] != nil { poll = true }
            k += 1
        }
        guard poll, k + 1 < e, tk[k].kind == .comma else { return }
        for x in s..<e where used[x] { return }
        var b = k
        // `, conducted in early September,`: a participle phrase describing the poll.
        if isLowerWord(k + 1), tk[k + 1].end - tk[k + 1].start > 3, t[tk[k + 1].end - 1] == 0x64, t[tk[k + 1].end - 2] == 0x65 {
            var m = k + 2
            while m < e, m < k + 12, tk[m].kind != .comma, tk[m].kind != .stop { m += 1 }
            if m + 1 < e, tk[m].kind == .comma { b = m }
        }
        guard var sp = speechSpeaker(s + 1, k, anyHead: true) else { return }
        sp.type = .document
        sp.span = span(s + 1, b)
        let end = contentEnd(b + 1, e)
        guard let ct = contentSpan(b + 1, end) else { return }
        emitReported(sp, cue: span(s, s + 1), content: ct, medium: nil, rule: "reported.poll_lead", used: (s, end))
    }

    /// The paragraph after `X said:` (see `forward`), emitted when the next block is read.
    func pendingColonContent() {
        guard let p = state.pendingColon else { return }
        state.pendingColon = nil
        guard let ct = contentSpan(0, tk.count) else { return }
        let kind: ClaimKind = tk[0].kind == .quote ? .quote : .reported
        markUsed(0, tk.count)
        state.claims.append(Claim(kind: kind, sentence: sentenceIndex(ct.start), speaker: p.speaker, cue: p.cue, content: ct, medium: p.medium, rule: "reported.colon_paragraph"))
        remember(p.speaker)
    }

    /// `Sanders: Endorsements prove Clinton the establishment's candidate.` — a block that opens
    /// with a name (at most five capitalised words) and a colon: the name speaks, the colon is
    /// the cue, the rest of the sentence the content. Labels (`Photo:`, `Update:`) and shouted
    /// words (`BREAKING:`) are not speakers; the content needs three words.
    func colonLead(_ e: Int) {
        // A transcript turn may open with a quote mark (`"PENCE: Well, …`).
        let s0 = tk[0].kind == .quote && e > 1 ? 1 : 0
        var k = s0
        while k < e, k < s0 + 6, (isWord(k) && tk[k].capitalised) || tk[k].kind == .possessive { k += 1 }
        guard k > s0, k + 1 < e, tk[k].kind == .colon, startsName(s0), !used[k] else { return }
        var j = s0
        while j < k {
            if isWord(j), w.colonLabels[tk[j].hash] != nil { return }
            // `BREAKING NEWS:` shouts a label; one upper-case name (`PENCE:`) is a transcript turn.
            if isWord(j), isAllCaps(j), tk[j].end - tk[j].start > 4, k - s0 > 1 { return }
            j += 1
        }
        guard wordCount(k + 1, e) >= 3, let sp = speaker(s0, k), sp.type != .anonymous, sp.type != .document,
            let ct = contentSpan(k + 1, e)
        else { return }
        emitReported(sp, cue: span(k, k + 1), content: ct, medium: nil, rule: "reported.colon", used: (0, e))
    }

    /// Cue usable as a verb here: lower case (or sentence-initial `According`), and not after
    /// a determiner (`the report`, `a statement`).
    func verbLike(_ c: Int, _ s: Int) -> Bool {
        if tk[c].capitalised && !titleCase(s) { return false }
        if c > s, isWord(c - 1), fw(c - 1).contains(.determiner), !collectiveSubject(c - 1, s) { return false }
        if c > s, tk[c - 1].kind == .possessive, !contractedIs(c - 1, c) { return false }
        // `38 percent support among Republicans`, `Latino support.`: the noun.
        if tk[c].hash == w.hSupport, c + 1 < tk.count, !isWord(c + 1) && tk[c + 1].kind != .quote || w.nounAfter[tk[c + 1].hash] != nil && isWord(c + 1) { return false }
        if tk[c].hash == w.hSupport, c > s, isWord(c - 1), tk[c - 1].hash == w.hPercent { return false }
        // `the final say`, `his cheap calls`: a modifier between a determiner and the cue word.
        // Not before a plain past-tense verb after a plural (`Romney's associates said`).
        if c >= s + 2, isLowerWord(c - 1), !plainVerbAfterPlural(c), !personLikeNoun(c - 1), !isPronoun(c - 1), !fw(c - 1).contains(.adverb),
            w.auxiliaries[tk[c - 1].hash] == nil, fw(c - 2).contains(.determiner) || tk[c - 2].kind == .possessive
        {
            return false
        }
        // `the report said`: a cue word followed by another cue is a noun.
        if let q = cue(at: c), let n = cue(at: c + q.length), !lex.cueInfo[n.entry].speakerFollows { return false }
        return true
    }

    /// `said`, `added`, `told` after a plural noun: a verb, never a noun.
    func plainVerbAfterPlural(_ c: Int) -> Bool {
        guard let q = cue(at: c), lex.cueInfo[q.entry].speech, c >= 1, isWord(c - 1) else { return false }
        let last = t[tk[c].end - 1]
        let prev = t[tk[c - 1].end - 1]
        // `The clip says`, `the spokesman told`: a third-person or past form is a verb.
        if last == 0x73 || last == 0x64 { return true }
        return last == 0x65 && prev == 0x73
    }

    /// `But some note that …`, `Many say …`: a collective determiner standing alone as the
    /// subject of a plain verb of saying, at the start of its clause.
    func collectiveSubject(_ k: Int, _ s: Int) -> Bool {
        guard lex.speakerNouns[tk[k].hash] == .anonymous, let q = cue(at: k + 1), lex.cueInfo[q.entry].speech else { return false }
        return k == s || !isWord(k - 1) || tk[k - 1].hash == w.hAnd || tk[k - 1].hash == w.hBut || fw(k - 1).contains(.clause)
    }

    /// A headline in title case (`Bellwether County Says Trump Should Win`): most words capitalised.
    func titleCase(_ s: Int) -> Bool {
        var caps = 0
        var words = 0
        var k = s
        while k < tk.count, k < s + 24, tk[k].kind != .stop {
            if isWord(k) { words += 1; if tk[k].capitalised { caps += 1 } }
            // Five lower-case words need twenty capitalised ones, more than 24 tokens hold.
            if words - caps >= 5 { return false }
            k += 1
        }
        return words >= 4 && caps * 10 >= words * 8
    }

    /// `…, X said.` / `…, said X.` / `…, according to X.`
    func trailing(_ c: Int, _ q: (entry: Int, length: Int), _ s: Int, _ e: Int) -> Bool {
        guard verbLike(c, s) else { return false }
        let info = lex.cueInfo[q.entry]
        if info.documentOnly || info.belief { return false }
        let afterCue = c + q.length
        if info.speakerFollows || (c > s && commaBefore(c)) {
            // Cue right after the comma; the speaker follows it.
            guard c > s + 1, commaBefore(c) else { return false }
            var b = afterCue
            if info.speakerFollows {
                b = sourceAfterPreposition(afterCue, e)
            } else {
                while b < e, isNameish(b) || tk[b].kind == .openParen || tk[b].kind == .closeParen { b += 1 }
                if info.speech, b < e, isLowerWord(b), !fw(b).contains(.stop), cue(at: b) == nil { b = max(b, phraseEnd(afterCue, e)) }
            }
            // `according to one global index`, `said the email`: any noun phrase is the source.
            guard b > afterCue, var sp = info.speakerFollows || info.speech ? speechSpeaker(afterCue, b, anyHead: info.speakerFollows) : speaker(afterCue, b) else { return false }
            var after = applyApposition(&sp, after: b)
            // `…, said Lee Ames, a demographer at the university, who studies …`: further
            // appositions and a relative clause up to the sentence end belong to the source.
            while after + 1 < e, tk[after].kind == .comma, isWord(after + 1), lex.pronouns[tk[after + 1].hash]?.relative == true
                || fw(after + 1).contains(.determiner) || (isLowerWord(after + 1) && !fw(after + 1).contains(.stop) && !endsInIng(after + 1) && cue(at: after + 1) == nil)
            {
                var m = after + 1
                while m < e, tk[m].kind != .comma, tk[m].kind != .stop, tk[m].kind != .quote, tk[m].kind != .semicolon, tk[m].kind != .colon { m += 1 }
                if let spn = sp.span { sp.span = Span(start: spn.start, end: tk[m - 1].end) }
                after = m
            }
            guard endsSentence(after, e) else { return false }
            // An unnamed source closes the sentence after at most a short setting (`said the
            // email on Monday.`); a longer tail (`X, the organiser, said the generator in the depot
            // had been off since March.`) makes the noun phrase the content's subject.
            if !info.speakerFollows, !tk[afterCue].capitalised, after < e, isWord(after) {
                var n = after
                while n < e, tk[n].kind != .stop { n += 1 }
                if n - after > 4 { return false }
            }
            let content = contentSpan(s, tk[c - 1].kind == .comma ? c - 1 : c)
            guard let ct = content else { return false }
            emitReported(sp, cue: span(c, afterCue), content: ct, medium: nil, rule: "reported.trailing", used: (s, e))
            return true
        }
        // `…, X said.`: a comma, a short subject, the cue, the end.
        guard endsSentence(afterCue, e) else { return false }
        var m = c - 1
        while m > s, m > c - 10, tk[m].kind != .comma { m -= 1 }
        guard m > s, tk[m].kind == .comma, m + 1 < c else { return false }
        let subjectEnd = stripAdverbs(m + 1, c)
        guard let sp = info.speech ? speechSpeaker(m + 1, subjectEnd) : speaker(m + 1, subjectEnd) else { return false }
        if !info.speech, sp.type == .person, sp.resolution == "mention", !hasCapital(m + 1, c) { return false }
        guard let ct = contentSpan(s, m) else { return false }
        emitReported(sp, cue: span(cueStart(c, floor: m), cueEnd(afterCue, e)), content: ct, medium: medium(after: afterCue), rule: "reported.trailing", used: (s, e))
        return true
    }

    /// End of the source after `according to`: a noun phrase with its modifiers
    /// (`the company's annual report`, `a transcript of the show`), up to punctuation or a clause.
    func sourceAfterPreposition(_ a: Int, _ e: Int) -> Int {
        var b = a
        while b < e, b < a + 14 {
            let tok = tk[b]
            if tok.kind == .word {
                let f = fw(b)
                if f.contains(.stop) && !f.contains(.determiner) && !f.contains(.lead) { break }
                if f.contains(.clause) || f.contains(.complementiser) { break }
                if cue(at: b) != nil && !tk[b].capitalised && b > a && verbLike(b, a) { break }
            } else if tok.kind != .possessive && tok.kind != .openParen && tok.kind != .closeParen && tok.kind != .dash {
                break
            }
            b += 1
        }
        return b
    }

    /// A comma before `c`, or a closing quote with a comma inside it (`…,” according to X`).
    func commaBefore(_ c: Int) -> Bool {
        guard c >= 1 else { return false }
        if tk[c - 1].kind == .comma { return true }
        if c >= 2, tk[c - 1].kind == .quote, tk[c - 1].quote >= 0, quotes[Int(tk[c - 1].quote)].close == c - 1,
            tk[c - 2].kind == .comma
        {
            return true
        }
        return false
    }

    func stripAdverbs(_ a: Int, _ b: Int) -> Int {
        var e = b
        while e > a, isWord(e - 1), fw(e - 1).contains(.adverb) { e -= 1 }
        return e
    }

    /// Nothing but a medium, time or place phrase between `b` and the sentence end.
    func endsSentence(_ b: Int, _ e: Int) -> Bool {
        var k = b
        // `…, Cruz explained, recalling …`: a participle clause may follow.
        if k + 1 < e, tk[k].kind == .comma, isWord(k + 1), endsInIng(k + 1), !tk[k + 1].capitalised { return true }
        if k < e, tk[k].kind == .comma { return false }
        // Only a short setting may follow: `said on Tuesday.`, `told reporters in Oslo.`
        if k < e, isWord(k), !(fw(k).contains(.lead) || fw(k).contains(.adverb) || (w.timeWords[tk[k].hash] != nil)
            || phrase(lex.organisations, at: k) != nil || tk[k].hash == w.hReporters || tk[k].hash == w.hJournalists || isPronoun(k))
        {
            return false
        }
        while k < e {
            if tk[k].kind == .stop { return true }
            if tk[k].kind == .quote || tk[k].kind == .comma || tk[k].kind == .colon || tk[k].kind == .semicolon { return false }
            if isWord(k), fw(k).contains(.complementiser) || cue(at: k) != nil { return false }
            if k - b > 10 { return false }
            k += 1
        }
        return true
    }

    /// Content `[a, b)` trimmed of leading adverbials ending in a comma is not attempted: the
    /// whole clause is the content, as in PolNeAR.
    func contentSpan(_ a: Int, _ b: Int) -> Span? {
        var x = a
        var y = b
        while x < y, tk[x].kind == .comma || tk[x].kind == .colon || tk[x].kind == .dash { x += 1 }
        while y > x, tk[y - 1].kind == .comma || tk[y - 1].kind == .stop || tk[y - 1].kind == .dash || tk[y - 1].kind == .colon { y -= 1 }
        guard y - x >= 2 || (y - x == 1 && isWord(x)), wordCount(x, y) >= 1 else { return nil }
        for k in x..<y where used[k] { return nil }
        return span(x, y)
    }

    /// `X said (that) …`, `According to X, …`, `analysts say, …`.
    func forward(_ c: Int, _ q: (entry: Int, length: Int), _ s: Int, _ e: Int) -> Bool {
        let info = lex.cueInfo[q.entry]
        let afterCue = c + q.length
        if info.speakerFollows {
            // `According to X, content` (or mid-sentence `…, according to X, content`).
            let b = sourceAfterPreposition(afterCue, e)
            guard b > afterCue, b < e, tk[b].kind == .comma, let sp = speechSpeaker(afterCue, b, anyHead: true) else { return false }
            let end = contentEnd(b + 1, e)
            guard let ct = contentSpan(b + 1, end) else { return false }
            emitReported(sp, cue: span(c, afterCue), content: ct, medium: nil, rule: "reported.according_to", used: (c, end))
            return true
        }
        guard verbLike(c, s) else { return false }
        // Not `documentSubject(…) ?? leftSubject(…)`: `??` copied the subject (a speaker inside).
        let subj: Subject
        if info.documentOnly, let d = documentSubject(c, s) {
            subj = d
        } else if let l = leftSubject(c, sentenceStart: s) {
            subj = l
        } else {
            return participle(c, q, s, e)
        }
        // The speaker is moved out of the subject (its other fields kept first): copying it
        // retained four strings that the subject then released.
        let subjTokens = subj.speakerTokens
        let subjMedium = subj.medium
        var sp = (consume subj).speaker
        if info.documentOnly && sp.type != .document { return false }
        if info.belief && (sp.type == .document) { return false }
        let cueLast = cueEnd(afterCue, e)
        var k = settingEnd(cueLast, e)
        var med: Span? = subjMedium
        if info.addressee, k < e, isWord(k), !fw(k).contains(.stop) || isPronoun(k) {
            // `told CNBC (that)`, `told reporters on Monday that`; `asked whether` has no object.
            var o = k
            while o < e, o < k + 8, tk[o].kind == .word, !fw(o).contains(.complementiser) { o += 1 }
            if o < e, o > k, isWord(o), fw(o).contains(.complementiser) {
                if let m = mediumSpan(k, o) { med = m }
                k = o
            } else if fw(k).contains(.determiner), let o = addresseeEnd(k, e) {
                // `asked the candidates to discuss …`, `told his aides that …`
                if let m = mediumSpan(k, o) { med = m }
                k = o
            } else if isPronoun(k) || tk[k].hash == w.hReporters || tk[k].hash == w.hJournalists || tk[k].capitalised {
                // `told him the plan was off`: a short object, then the content.
                var m = k + 1
                while m < e, m < k + 5, isWord(m), tk[m].capitalised { m += 1 }
                if let md = mediumSpan(k, m) { med = md }
                k = m
            } else {
                return false
            }
        }
        // The content keeps its `that`, as PolNeAR's contents do.
        k = skipAdverbialToThat(k, e)
        if k < e, tk[k].kind == .comma || tk[k].kind == .colon { k += 1 }
        if k < e, tk[k].kind == .quote, tk[k].quote >= 0, quotes[Int(tk[k].quote)].open == k, used[k] { return false }
        var end = contentEnd(k, e)
        // `The governor added:` closing its paragraph: the next paragraph is what was said.
        if end == k, k == e, e == tk.count, tk[e - 1].kind == .colon, e - 1 > c {
            if sp.span == nil, subjTokens.0 < subjTokens.1 { sp.span = span(subjTokens.0, subjTokens.1) }
            markUsed(min(subjTokens.0, c), e)
            state.pendingColon = PendingCue(speaker: sp, cue: span(cueStart(c, floor: subjTokens.1 - 1), e - 1), medium: med)
            return true
        }
        if sp.resolution == "relative" {
            var m = k
            while m < end, !(tk[m].kind == .comma && tk[m].quote < 0) { m += 1 }
            end = m
        }
        guard end > k, let ct = contentSpan(k, end) else { return false }
        if sp.span == nil, subjTokens.0 < subjTokens.1 { sp.span = span(subjTokens.0, subjTokens.1) }
        let c0 = cueStart(c, floor: subjTokens.1 - 1)
        emitReported(sp, cue: span(c0, cueLast), content: ct, medium: med, rule: "reported.subject_cue", used: (min(subjTokens.0, c), end))
        return true
    }


    /// `…, saying …` / `…, adding that …`: the subject is the sentence's latest speaker.
    func participle(_ c: Int, _ q: (entry: Int, length: Int), _ s: Int, _ e: Int) -> Bool {
        // `…, saying …`, and a gerund after a preposition (`began by saying`, `for saying`).
        let afterPreposition = c > s + 1 && isWord(c - 1) && (tk[c - 1].hash == w.hBy || tk[c - 1].hash == w.hFor || tk[c - 1].hash == w.hFrom)
        guard c > s, tk[c - 1].kind == .comma || afterPreposition, endsInIng(c) else { return false }
        var speaker: Speaker?
        if let last = claims.last, let sp = last.speaker,
            sentenceIndex(last.content.start) == sentenceIndex(tk[c].start) || last.content.end <= tk[c].start && tk[s].start <= last.content.start
        {
            speaker = sp
        } else {
            // `On Sunday, Mr. Trump echoed …, saying`: a leading adverbial is not the subject.
            var s0 = s
            if fw(s).contains(.lead) {
                var m = s + 1
                while m < c, m < s + 12, tk[m].kind != .comma { m += 1 }
                if m < c, tk[m].kind == .comma { s0 = m + 1 }
            }
            if isPronoun(s0), s0 + 1 < c, isLowerWord(s0 + 1), !used[s0], let p = lex.pronouns[tk[s0].hash], !p.relative, !p.firstPerson {
                // `He apologized the next day, saying …`
                speaker = self.speaker(s0, s0 + 1) ?? unresolvedPronoun(p, span(s0, s0 + 1))
            } else if startsName(s0) || (isWord(s0) && fw(s0).contains(.determiner)) {
                // `Other Republicans echoed those comments, saying …`: the sentence's subject.
                var b = s0
                while b < c, b < s0 + 8, isNameish(b) || (isLowerWord(b) && lex.speakerNouns[tk[b].hash] != nil) { b += 1 }
                if b > s0, b < c, isLowerWord(b), !used[s0] {
                    speaker = self.speaker(s0, b)
                } else if b > s0, b < c, tk[b].kind == .comma, !used[s0], var sp = self.speaker(s0, b) {
                    // `Dean, a medical doctor, then appeared on MSNBC and began by saying …`: the
                    // name with its apposition, then the verb.
                    let after = applyApposition(&sp, after: b)
                    if after > b, after + 1 < c, tk[after].kind == .comma, isLowerWord(after + 1) { speaker = sp }
                }
            }
        }
        guard let sp = speaker else { return false }
        let k = c + q.length
        let end = contentEnd(k, e)
        guard let ct = contentSpan(k, end) else { return false }
        var s2 = sp
        s2.span = sp.span
        emitReported(s2, cue: span(c, c + q.length), content: ct, medium: nil, rule: "reported.participle", used: (c, end))
        return true
    }

    /// End of a short addressee phrase (`the candidates`, `his aides`) when `to`, `about` or a
    /// question word follows it; nil otherwise.
    func addresseeEnd(_ k: Int, _ e: Int) -> Int? {
        var o = k + 1
        while o < e, o < k + 5, isWord(o), !fw(o).contains(.stop), !isPronoun(o) { o += 1 }
        guard o > k + 1, o < e, isWord(o) else { return nil }
        let h = tk[o].hash
        if h == w.hTo || h == w.hAbout || fw(o).contains(.complementiser) || h == w.hWhether || h == w.hHow || h == w.hIf { return o }
        // `told the forum he was against the war`: a pronoun opens the content clause.
        if isPronoun(o), lex.pronouns[h]?.relative != true, o + 1 < e, isWord(o + 1) { return o }
        return nil
    }

    func endsInIng(_ k: Int) -> Bool {
        let a = tk[k].start
        let b = tk[k].end
        return b - a > 4 && t[b - 1] == 0x67 && t[b - 2] == 0x6E && t[b - 3] == 0x69
    }

    /// Where a content starting at `k` ends: the sentence end, a semicolon, or a new clause after
    /// a comma (`, although`, `, indicating`). Quotes never end it.
    func contentEnd(_ k: Int, _ e: Int) -> Int {
        var m = k
        while m < e {
            let tok = tk[m]
            // A content never runs into another claim's tokens (and stopping here keeps every
            // scan linear: a failed claim cannot make the next cue rescan the same tokens).
            if used[m] { return m }
            if tok.quote < 0 {
                if tok.kind == .semicolon { return m }
                if tok.kind == .stop, m == e - 1 || tk[m].quote < 0 { return m }
                // `… and said …`, `… but noted that …`: a second verb of the same speaker;
                // `…, and other leaders said …`: a new speaker's clause.
                if isWord(m), tok.hash == w.hAnd || tok.hash == w.hBut || fw(m).contains(.clause), m > k, m + 1 < e {
                    var v = m + 1
                    while v < e, v < m + 8, isWord(v) || tk[v].kind == .possessive, cue(at: v) == nil,
                        !fw(v).contains(.stop) || fw(v).contains(.adverb) || fw(v).contains(.determiner)
                    {
                        v += 1
                    }
                    if v < e, let q = cue(at: v), !lex.cueInfo[q.entry].speakerFollows, !tk[v].capitalised, verbLike(v, k) { return m > k && tk[m - 1].kind == .comma ? m - 1 : m }
                }
                // `Though he said it …, John said none were added`: a new subject and its cue.
                if tok.kind == .comma, m + 2 < e, startsName(m + 1) || isPronoun(m + 1) {
                    var v = m + 1
                    while v < e, v < m + 6, isWord(v), tk[v].capitalised || isPronoun(v) { v += 1 }
                    if v < e, v > m + 1, let q = cue(at: v), lex.cueInfo[q.entry].speech, !tk[v].capitalised { return m }
                }
                if tok.kind == .comma, m + 1 < e, isWord(m + 1), !tk[m + 1].capitalised {
                    if fw(m + 1).contains(.clause) { return m }
                    if endsInIng(m + 1), cue(at: m + 1) != nil || !(fw(m + 1).contains(.stop)) {
                        // `including` and `according` continue the clause.
                        let h = tk[m + 1].hash
                        if h != w.hIncluding && h != w.hAccording { return m }
                    }
                }
            }
            m += 1
        }
        return e
    }

    func emitReported(_ sp: Speaker, cue: Span, content: Span, medium: Span?, rule: String, used range: (Int, Int)) {
        markUsed(range.0, range.1)
        // Straight into the state's array: through `claims`' accessor the new claim was built,
        // copied into the array and destroyed.
        state.claims.append(Claim(kind: .reported, sentence: sentenceIndex(content.start), speaker: sp, cue: cue, content: content, medium: medium, rule: rule))
        remember(sp)
    }
}
