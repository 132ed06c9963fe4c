/// Entities from runs of capitalised words (see `EntityIndex` for the rules and their limits).
extension AttributionReader {
    /// Reads every capitalised run of the current block's tokens into the entity index.
    func chunkEntities() {
        // Earlier blocks keep only their latest subject (pronouns look one paragraph back).
        if let last = state.subjectPeople.last {
            state.subjectPeople.removeAll(keepingCapacity: true)
            if block - last.block <= 1 { state.subjectPeople.append(last) }
        }
        var k = 0
        let n = tk.count
        // Runs start at capitalised words only: visit the tokenizer's list of them.
        for c in scratch.capitalList {
            guard Int(c) >= k else { continue }
            k = Int(c)
            guard k < n, startsName(k) else { continue }
            var e = k + 1
            while e < n {
                if isWord(e) && tk.unchecked(e).capitalised && !isPronoun(e) { e += 1; continue }
                // `Center for Strategic …`, `Bank of England`: a lower-case link between capitals.
                if isWord(e), e + 1 < n, isWord(e + 1), tk[e + 1].capitalised,
                    tk[e].hash == w.hOf || tk[e].hash == w.hFor || tk[e].hash == w.hAnd
                {
                    e += 2
                    continue
                }
                break
            }
            readRun(k, e)
            k = e
        }
    }

    /// A capitalised word that can open a name (not `The`, `In`, `He`).
    func startsName(_ k: Int) -> Bool {
        guard isWord(k), tk.unchecked(k).capitalised, !isPronoun(k) else { return false }
        let c = fw(k)
        return c.isEmpty || c == .adverb
    }

    /// Splits one run at titles, demonyms and `and`, and records its parts.
    func readRun(_ a: Int, _ b: Int) {
        // The whole run may be one known name.
        if let o = phrase(lex.organisations, at: a, limit: b), o.length == wordCount(a, b) {
            let e = entities.lookup(lex.organisations.canonicalKeys[o.entry])
                ?? entities.entity(named: lex.organisations.entries[o.entry].canonical, key: lex.organisations.canonicalKeys[o.entry], type: .organisation)
            entities.addMention(e, span(a, b))
            return
        }
        if (endsWithOrgWord(a, b) || hasOrgWordBeforeLink(a, b)) && !isTitle(a) && country(at: a, limit: b)?.form != .demonym {
            addOrganisationOrPlace(a, b)
            return
        }
        var nationality = -1
        var role: (Int, Int)?
        var org: (Int, Int)?
        var k = a
        // Lower-case titles and a demonym just before the run: `North Korean leader Kim Jong Un`.
        var j = a - 1
        while j >= 0, j >= a - 4, isLowerWord(j), isTitle(j) { j -= 1 }
        if j < a - 1 {
            role = (j + 1, a)
            if j >= 0, isWord(j) {
                var s = j
                while s > j - 3, s > 0, isWord(s - 1), tk[s - 1].capitalised { s -= 1 }
                while s <= j {
                    if let c = country(at: s, limit: j + 1), s + c.length == j + 1 { nationality = c.country; break }
                    s += 1
                }
            }
        }
        while k < b {
            if tk[k].hash == w.hAnd { k += 1; continue }
            if let c = country(at: k, limit: b) {
                let e = entities.lookup(lex.countries.keys[c.country])
                    ?? entities.entity(named: lex.countries.names[c.country], key: lex.countries.keys[c.country], type: .country)
                if c.form != .demonym { entities.addMention(e, span(k, k + c.length)) }
                nationality = c.country
                k += c.length
                continue
            }
            if isTitle(k) {
                let s = k
                while k < b, isTitle(k) { k += 1 }
                role = (s, k)
                continue
            }
            // A segment of non-title words up to a title or `and`.
            let s = k
            while k < b, !isTitle(k), tk[k].hash != w.hAnd { k += 1 }
            let nextIsTitle = k < b && isTitle(k)
            if nextIsTitle && k - s >= 1 && role == nil {
                // `Teneo Consultants Vice President …`: a body before a title.
                org = (s, k)
                addOrganisationOrPlace(s, k)
                continue
            }
            readNameSegment(s, k, role: role, nationality: nationality, org: org)
            role = nil
        }
    }

    func wordCount(_ a: Int, _ b: Int) -> Int {
        var c = 0
        for k in a..<b where tk[k].kind == .word { c += 1 }
        return c
    }

    /// `Stratford Center for Applied Geopolitics`: an organisation word before `for`/`of`.
    func hasOrgWordBeforeLink(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k + 1 < b {
            if isWord(k + 1), tk[k + 1].hash == w.hOf || tk[k + 1].hash == w.hFor, tk[k].flags.contains(.orgSuffix) { return true }
            k += 1
        }
        return false
    }

    func endsWithOrgWord(_ a: Int, _ b: Int) -> Bool {
        b > a && isWord(b - 1) && tk[b - 1].flags.contains(.orgSuffix)
    }

    func addOrganisationOrPlace(_ a: Int, _ b: Int) {
        guard a < b else { return }
        let key = phraseHash(a, b)
        if let e = entities.lookup(key) {
            entities.addMention(e, span(a, b))
            return
        }
        let isPlace = isWord(b - 1) && lex.orgSuffixes.lookup(tk[b - 1].hash).map { lex.orgSuffixes.flag($0, "place") } == true
        let e = entities.entity(named: text(a, b), key: key, type: isPlace ? .place : .organisation)
        entities.addMention(e, span(a, b))
    }

    /// A segment that is a name: a person when it has two or more words or a title before it.
    func readNameSegment(_ a0: Int, _ b: Int, role: (Int, Int)?, nationality: Int, org: (Int, Int)?) {
        // `Economists Paula Ruiz`: a collective noun in front is not part of the name.
        var a = a0
        while a + 1 < b, isWord(a), tk[a].flags.contains(.speakerNoun) { a += 1 }
        guard a < b else { return }
        let words = wordCount(a, b)
        if let o = phrase(lex.organisations, at: a, limit: b), o.length == words {
            let e = entities.lookup(lex.organisations.canonicalKeys[o.entry])
                ?? entities.entity(named: lex.organisations.entries[o.entry].canonical, key: lex.organisations.canonicalKeys[o.entry], type: .organisation)
            entities.addMention(e, span(a, b))
            return
        }
        if words == 1 {
            let h = tk[a].hash
            if tk[a].flags.contains(.speakerNoun) { return }
            if let p = entities.person(forWord: h) {
                entities.addMention(p, span(a, b))
                lastPersonMention = p
                lastPersonMentionBlock = block
                noteSubject(p, a, b)
                return
            }
            let len = tk[a].end - tk[a].start
            if role == nil, len >= 2, isAllCaps(a) {
                addOrganisationOrPlace(a, b)
                return
            }
            if role == nil { return }
        }
        let key = phraseHash(a, b)
        let known = entities.lookup(key)
        let e = known ?? entities.entity(named: text(a, b), key: key, type: .person)
        entities.addMention(e, span(a, b))
        if let r = role, entities.entities[e].role == nil { entities.entities[e].role = text(r.0, r.1) }
        if let o = org, entities.entities[e].organisation == nil { entities.entities[e].organisation = text(o.0, o.1) }
        if nationality >= 0 { entities.nationality[e] = nationality }
        if known == nil || entities.person(forWord: tk[a].hash) != e, words >= 2 {
            // Each word of a full name leads to the person (`words` counts the same tokens).
            for k in a..<b where tk[k].kind == .word { entities.registerPersonWord(e, tk[k].hash) }
        }
        lastPersonMention = e
        lastPersonMentionBlock = block
        noteSubject(e, a, b)
    }

    /// Records a person named in subject position: only titles, capitalised words, determiners
    /// and possessives between the sentence start and the name (`Opposition councillor Tomas
    /// Reyes`), and a verb or an apposition after it (`… disputed`, `…, a lawyer,`).
    func noteSubject(_ e: Int, _ a: Int, _ b: Int) {
        guard b < tk.count, isLowerWord(b) || tk[b].kind == .comma else { return }
        if isWord(b), fw(b).contains(.stop), w.auxiliaries[tk[b].hash] == nil { return }
        var k = a - 1
        while k >= 0, a - k <= 6 {
            let tok = tk[k]
            if tok.kind == .stop || (tok.kind == .quote && k > 0 && tk[k - 1].kind == .stop) { break }
            guard tok.kind == .word && (tok.capitalised || isTitle(k) || personLikeNoun(k) || fw(k).contains(.determiner)) || tok.kind == .possessive else { return }
            k -= 1
        }
        guard k < 0 || a - k <= 6, k < 0 || tk[k].kind == .stop || tk[k].kind == .quote else { return }
        state.subjectPeople.append(SubjectMention(start: tk[a].start, entity: e, block: block))
    }

    /// The latest person named as a subject before byte `offset` (in this or the previous block).
    func subjectPerson(before offset: Int) -> SubjectMention? {
        let list = state.subjectPeople
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let m = list[lo - 1]
        return block - m.block <= 1 ? m : nil
    }

    func isAllCaps(_ k: Int) -> Bool {
        var i = tk[k].start
        while i < tk[k].end {
            if ByteClass.isLower(t[i]) { return false }
            i += 1
        }
        return true
    }
}
