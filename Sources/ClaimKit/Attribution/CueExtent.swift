/// How far a cue reaches, following PolNeAR's cue spans: adverbs just before the verb
/// (`also said`, `repeatedly pointed out`), a particle after it (`called for`, `said of`), a
/// setting (`said in a statement`, `wrote in an op-ed`) and a
/// colon (`said:`).
extension AttributionReader {
    /// First token of the cue once adverbs before it are added (never before `floor`).
    func cueStart(_ c: Int, floor: Int) -> Int {
        var a = c
        if a - 1 > floor, contractedIs(a - 1, c) { a -= 1 }
        while a - 1 > floor, a > c - 6, isWord(a - 1), !tk[a - 1].capitalised, !used[a - 1] {
            let k = a - 1
            if fw(k).contains(.adverb) || (endsInLy(k) && !fw(k).contains(.stop)) || (w.perfect[tk[k].hash] != nil) || auxiliaryOfCue(k, c) { a -= 1 } else { break }
        }
        return a
    }

    /// A modal, `do` form or negation before the cue at `c` (`would like`, `did not say`), or the
    /// `be` of a progressive cue (`is calling for`); a passive (`was asked`) keeps its subject
    /// out of the speaker, so `be` before a past form is not taken.
    func auxiliaryOfCue(_ k: Int, _ c: Int) -> Bool {
        guard isWord(k), !tk[k].capitalised else { return false }
        let h = tk[k].hash
        if w.modals[h] != nil { return true }
        // `did not say`, `never told`: a negated plain verb of saying still reports what was (not)
        // said; `did not respond`, `have not confirmed` report nothing.
        if w.negations[h] != nil { return cue(at: c).map { lex.cueInfo[$0.entry].speech } ?? false }
        return w.progressive[h] != nil && endsInIng(c)
    }

    func endsInLy(_ k: Int) -> Bool {
        // After a determiner or an owner an `-ly` word is a noun (`the family said`,
        // `Scott's family has called on`), never an adverb of the cue.
        if k > 0, tk[k - 1].kind == .possessive || (isWord(k - 1) && fw(k - 1).contains(.determiner)) { return false }
        let a = tk[k].start
        let b = tk[k].end
        return b - a > 4 && t[b - 1] == 0x79 && t[b - 2] == 0x6C
    }

    /// Token after the cue once a particle, time word, setting or colon is added.
    func cueEnd(_ c1: Int, _ e: Int) -> Int {
        var k = c1
        guard k < e else { return k }
        if isWord(k) {
            var h = tk[k].hash
            // `continued to call for`: the infinitive after a verb marked `inf=1` is part of the cue.
            if h == w.hTo, k > 0, isWord(k - 1), w.infinitiveCues[tk[k - 1].hash] != nil, k + 2 < e, isLowerWord(k + 1),
                !fw(k + 1).contains(.stop)
            {
                k += 2
                guard isWord(k) else { return k }
                h = tk[k].hash
            }
            // `warned of the risks`, `boasted of his record`.
            if h == w.hOf, k > 0, isWord(k - 1), w.ofCues[tk[k - 1].hash] != nil, k + 1 < e, isWord(k + 1) || tk[k + 1].kind == .quote {
                return k + 1
            }
            if h == w.hFor || h == w.hWith || h == w.hAbout || h == w.hAgainst, k + 1 < e, isWord(k + 1) || tk[k + 1].kind == .quote {
                return k + 1
            }
            // `said recently,` / `added again that`: one adverb before the content starts.
            if fw(k).contains(.adverb) || (endsInLy(k) && !tk[k].capitalised), k + 1 < e,
                !isWord(k + 1) || fw(k + 1).contains(.complementiser)
            {
                k += 1
            } else if h == w.hOn, k + 1 < e, isWord(k + 1), (w.platforms[tk[k + 1].hash] != nil) {
                // `said on Twitter`, `wrote on Facebook`; a channel (`said on CNN`) stays out
                // of the cue, as in PolNeAR.
                k += 2
            } else if h == w.hIn, let m = settingNoun(k, e), statementLike(m) {
                // `said in a statement` is one cue; `said in an interview` is `said` and a setting.
                k = m + 1
            }
        }
        if k < e, tk[k].kind == .colon { k += 1 }
        return k
    }

    /// The setting noun of `in a statement`, `in an interview`, `on Twitter` starting at `k`.
    func settingNoun(_ k: Int, _ e: Int) -> Int? {
        var m = k + 1
        while m < e, m < k + 5, isWord(m), fw(m).contains(.determiner) || !fw(m).contains(.stop) {
            if w.settingNouns[tk[m].hash] != nil { return m }
            m += 1
        }
        return nil
    }

    /// `statement`, `release`, `post`, `report`: settings PolNeAR's cues take in more often than not.
    func statementLike(_ m: Int) -> Bool { w.cueSettings[tk[m].hash] != nil }

    /// Token after a setting that follows the cue but is not part of it (`said in an interview`,
    /// `said on CNN`), so the content starts after it; `k` when there is none.
    func settingEnd(_ k: Int, _ e: Int) -> Int {
        guard k < e, isWord(k), tk[k].hash == w.hIn || tk[k].hash == w.hOn else { return k }
        if let o = phrase(lex.organisations, at: k + 1), lex.organisations.flag(o.entry, "media") {
            var m = k + 1 + o.length
            if m < e, tk[m].kind == .colon { m += 1 }
            return m
        }
        if let m = settingNoun(k, e) {
            var n = m + 1
            if n < e, tk[n].kind == .colon { n += 1 }
            return n
        }
        return k
    }

    /// `said earlier on Friday during a news conference that …`: the content starts at a
    /// `that` reached through a short adverbial (no comma, quote or stop on the way).
    func skipAdverbialToThat(_ k: Int, _ e: Int) -> Int {
        guard k < e, isWord(k), fw(k).contains(.lead) || fw(k).contains(.adverb) || (w.timeWords[tk[k].hash] != nil) else { return k }
        var m = k
        while m < e, m < k + 12 {
            if isWord(m), tk[m].hash == w.hThat { return m }
            if !isWord(m) && tk[m].kind != .possessive { return k }
            if cue(at: m) != nil { return k }
            m += 1
        }
        return k
    }
}
