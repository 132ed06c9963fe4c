/// Turns a speaker phrase (tokens next to a cue) into a resolved `Speaker`.
///
/// `South Korean Defense Minister Shin Won-sik` → name Shin Won-sik, role Defense Minister;
/// `Teneo’s Brady and Cha` → a group of the two people seen earlier, organisation Teneo;
/// `Western officials` → anonymous; `A previous US intelligence report` → document;
/// `he`/`they` → the latest fitting speaker; `the Russian leader` → the latest Russian person with
/// a title; a capital (`Pyongyang`) stays as written and links to its country's entity.
/// Returns nil when the phrase is not a speaker or cannot be resolved (no pronoun is ever a name).
extension AttributionReader {
    func speaker(_ a0: Int, _ b0: Int) -> Speaker? {
        var a = a0
        var b = b0
        while a < b, tk[a].kind != .word { a += 1 }
        // `but the campaign`: conjunctions and clause words in front are not the speaker.
        while a < b - 1, isWord(a), tk[a].hash == w.hAnd || (fw(a).contains(.stop) && !fw(a).contains(.determiner) && !isPronoun(a)) { a += 1 }
        while b > a, tk[b - 1].kind != .word, tk[b - 1].kind != .closeParen { b -= 1 }
        guard a < b, b - a <= 16 else { return nil }
        let whole = span(a, b)
        if b - a == 1, let p = lex.pronouns[tk[a].hash] {
            return resolvePronoun(p, whole)
        }
        // `X and Y`: a group when both sides are named.
        var k = a
        while k < b {
            if tk[k].hash == w.hOf || tk[k].hash == w.hFor { break }  // `Center for X and Y`
            if tk[k].hash == w.hAnd, k > a, k + 1 < b, hasCapital(a, k), hasCapital(k + 1, b) {
                guard var left = part(a, k), let right = part(k + 1, b) else { return nil }
                if left.type == .anonymous || right.type == .anonymous || left.type == .document { return nil }
                let owner = left.organisation ?? right.organisation
                left.members = [left.name, right.name]
                left.name = left.name + " and " + right.name
                left.type = .group
                left.role = nil
                left.organisation = owner
                left.entity = nil
                left.span = whole
                if left.resolution == nil { left.resolution = right.resolution }
                return left
            }
            k += 1
        }
        guard var s = part(a, b) else { return nil }
        s.span = whole
        return s
    }

    func hasCapital(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where isWord(k) && tk[k].capitalised { return true }
        return false
    }

    /// One named or described speaker.
    func part(_ a: Int, _ b: Int) -> Speaker? {
        var owner: (Int, Int)?
        var h0 = a
        var k = b - 1
        while k > a {
            if tk[k].kind == .possessive { owner = (a, k); h0 = k + 1; break }
            k -= 1
        }
        while h0 < b - 1, fw(h0).contains(.determiner) { h0 += 1 }
        guard h0 < b else { return nil }
        // A bare determiner (`The`) is never a speaker.
        if h0 == b - 1, fw(h0).contains(.determiner) || fw(h0).contains(.stop) && !isPronoun(h0) { return nil }
        // Drop a trailing parenthesis: `… Studies (CSIS)` keeps its words, `(left)` goes.
        var e = b
        if e - 1 > h0, tk[e - 1].kind == .closeParen {
            // `Sen. Bernie Sanders (I-Vt.)`: the whole parenthesis goes.
            var o = e - 2
            while o > h0, tk[o].kind != .openParen { o -= 1 }
            if tk[o].kind == .openParen { e = o }
        }
        while e > h0, tk[e - 1].kind == .closeParen || tk[e - 1].kind == .openParen { e -= 1 }
        var nameStart = e
        while nameStart > h0, isWord(nameStart - 1), tk[nameStart - 1].capitalised, !isTitle(nameStart - 1),
            lex.speakerNouns[tk[nameStart - 1].hash] == nil || nameStart == e
        {
            nameStart -= 1
        }
        // A demonym or country at the front of a trailing run is not part of the name.
        let full = span(a, b)
        if nameStart == e || (e - nameStart == 1 && lex.speakerNouns[tk[nameStart].hash] != nil) || (nameStart < e && country(at: nameStart, limit: e).map({ $0.form == .demonym && nameStart + $0.length == e }) == true) {
            return described(a, h0, b, full)
        }
        var nat = -1
        var roleStart = h0
        while roleStart < nameStart {
            if let c = country(at: roleStart, limit: nameStart) { nat = c.country; roleStart += c.length; continue }
            break
        }
        // `John McCain of Arizona`: the name ends before `of`.
        var ofAt = nameStart
        while ofAt < e, !(isWord(ofAt) && tk[ofAt].hash == w.hOf) { ofAt += 1 }
        if ofAt < e, ofAt > nameStart, !endsWithOrgWord(nameStart, e), !hasOrgWordBeforeLink(nameStart, e) { e = ofAt }
        let name = text(nameStart, e)
        let nameHash = phraseHash(nameStart, e)
        var role: String?
        var org: String?
        if roleStart < nameStart {
            // `Teneo Consultants Vice President`: capitalised non-titles before the titles are a body.
            var r = roleStart
            while r < nameStart, !isTitle(r), isWord(r), tk[r].capitalised { r += 1 }
            // A body only when it reads as one (`Teneo Consultants`, `IMF`); `Fisheries` in
            // `Fisheries Minister` belongs to the role.
            let isBody = r > roleStart && r < nameStart
                && (endsWithOrgWord(roleStart, r) || phrase(lex.organisations, at: roleStart, limit: r) != nil
                    || (r - roleStart == 1 && isAllCaps(roleStart)))
            if isBody { org = text(roleStart, r) } else { r = roleStart }
            if r < nameStart { role = text(r, nameStart) }
        }
        if let o = owner {
            let ownerText = text(o.0, o.1)
            if country(at: o.0, limit: o.1).map({ o.0 + $0.length == o.1 }) != true { org = org ?? ownerText }
        }
        // Known bodies, countries and capitals.
        if let o = phrase(lex.organisations, at: nameStart, limit: e), nameStart + o.length == e {
            let ent = entities.entity(named: lex.organisations.entries[o.entry].canonical, key: lex.organisations.canonicalKeys[o.entry], type: .organisation)
            entities.addMention(ent, span(nameStart, e))
            return Speaker(name: name, role: role, organisation: org, type: .organisation, span: full, entity: ent, resolution: "mention")
        }
        if let c = country(at: nameStart, limit: e), nameStart + c.length == e, c.form != .demonym {
            let ent = entities.entity(named: lex.countries.names[c.country], key: lex.countries.keys[c.country], type: .country)
            entities.addMention(ent, span(nameStart, e))
            return Speaker(name: name, type: .organisation, span: full, entity: ent, resolution: "mention")
        }
        if endsWithOrgWord(nameStart, e) || (e - nameStart == 1 && isAllCaps(nameStart) && tk[nameStart].end - tk[nameStart].start >= 2) {
            let ent = entities.lookup(nameHash)
            return Speaker(name: name, role: role, organisation: org, type: .organisation, span: full, entity: ent, resolution: "mention")
        }
        // A person: full name, or a short name resolved to someone seen before.
        if e - nameStart == 1 || wordCount(nameStart, e) == 1 {
            if let p = entities.person(forWord: tk[nameStart].hash) {
                let ent = entities.entities[p]
                return Speaker(
                    name: ent.name, role: role ?? ent.role, organisation: org ?? ent.organisation, type: .person,
                    span: full, entity: p, resolution: "short_name")
            }
        }
        var ent = entities.lookup(nameHash)
        // One unknown capitalised word with no title (`Volkswagen said`, `Fujitsu announced`):
        // people are introduced with a full name or a title, so this is a body.
        if ent == nil, wordCount(nameStart, e) == 1, endsInLy(nameStart), e < tk.count, tk[e].kind == .comma { return nil }  // `Ultimately, says …`
        if ent == nil, role == nil, owner == nil, wordCount(nameStart, e) == 1, !fw(nameStart).contains(.stop) {
            let body = entities.entity(named: name, key: nameHash, type: .organisation)
            entities.addMention(body, span(nameStart, e))
            return Speaker(name: name, organisation: org, type: .organisation, span: full, entity: body, resolution: "mention")
        }
        if let ei = ent, wordCount(nameStart, e) == 1, entities.entities[ei].type == .organisation {
            entities.addMention(ei, span(nameStart, e))
            return Speaker(name: name, organisation: org, type: .organisation, span: full, entity: ei, resolution: "mention")
        }
        if ent == nil {
            ent = entities.entity(named: name, key: nameHash, type: .person)
            if let ei = ent {
                if let r = role { entities.entities[ei].role = r }
                if nat >= 0 { entities.nationality[ei] = nat }
            }
        }
        if let ei = ent { entities.addMention(ei, span(nameStart, e)) }
        let entRole = ent.flatMap { entities.entities[$0].role }
        let entOrg = ent.flatMap { entities.entities[$0].organisation }
        return Speaker(
            name: name, role: role ?? entRole, organisation: org ?? entOrg, type: .person, span: full, entity: ent,
            resolution: "mention")
    }

    /// Next to a plain verb of saying (`speech=1`), any noun phrase is the source even when it
    /// names no one we can resolve (`the email said`, `said one district GOP leader`,
    /// `Organizers of the push said`): kept as written, as an unnamed speaker or a document.
    /// Nil for phrases that cannot open a subject (`in the`, `was`, a lone determiner).
    func plainSpeaker(_ a0: Int, _ b0: Int, anyHead: Bool = false) -> Speaker? {
        var a = a0
        var b = b0
        while a < b, !isWord(a) { a += 1 }
        while a < b - 1, isWord(a), tk[a].hash == w.hAnd || tk[a].hash == w.hBut || fw(a).contains(.clause) { a += 1 }
        while b > a, !isWord(b - 1), tk[b - 1].kind != .closeParen { b -= 1 }
        guard a < b, b - a <= 24, isWord(a) else { return nil }
        let f = fw(a)
        if f.contains(.stop) && !f.contains(.determiner) { return nil }
        if f.contains(.lead) || f.contains(.adverb) || endsInIng(a) { return nil }
        if b - a == 1, f.contains(.determiner), lex.speakerNouns[tk[a].hash] != .anonymous { return nil }  // `some` may speak
        // `they allege that …`: a clause, not a phrase (`her friend` is a phrase).
        if isPronoun(a), b - a > 1, !f.contains(.determiner) { return nil }
        var type = SpeakerType.anonymous
        var k = a + 1
        while k < b {
            // A verb, a complementiser or a pronoun inside means a clause, not a noun phrase.
            if isWord(k) {
                let g = fw(k)
                if g.contains(.stop) && !g.contains(.determiner) && !innerPreposition(k, beforeCue: true) && w.timeWords[tk[k].hash] == nil { return nil }
                if isPronoun(k) || (!tk[k].capitalised && cue(at: k) != nil) { return nil }
            }
            k += 1
        }
        k = a
        while k < b {
            if isWord(k), lex.speakerNouns[tk[k].hash] == .document { type = .document; break }
            k += 1
        }
        // `the email`, `Romney's associates`, `one district GOP leader`, `forecasters`; not a
        // bare common noun (`state law says`).
        var head = b - 1
        while head > a, !isWord(head) { head -= 1 }
        guard anyHead || f.contains(.determiner) || tk[a].capitalised || owner(in: a, b) || personLikeNoun(head) || type == .document else { return nil }
        return Speaker(name: text(a, b), type: type, span: span(a, b), resolution: "description")
    }

    /// The source next to a plain verb of saying: the resolved speaker when there is one, else
    /// the unresolved pronoun or the phrase as written.
    /// `anyHead`: after `according to` any noun phrase is a source (`federal statistics`).
    func speechSpeaker(_ a: Int, _ b: Int, anyHead: Bool = false) -> Speaker? {
        if let s = speaker(a, b) {
            // A lower-case phrase read as a person (`the employee`) is a description here.
            if s.type == .person, s.resolution == "mention", !hasCapital(a, b) { return plainSpeaker(a, b, anyHead: anyHead) }
            return s
        }
        if b - a == 1, isWord(a), let p = lex.pronouns[tk[a].hash] { return unresolvedPronoun(p, span(a, b)) }
        return plainSpeaker(a, b, anyHead: anyHead)
    }

    /// End of a noun phrase that follows its cue (`said one district GOP leader`, `said a source
    /// close to the campaign`): words, possessives and the prepositions that stay inside a
    /// description (`of`, `for`, `at`, `with`, `from`, `to`); a setting (`in`, `on`), a time word,
    /// a clause word or punctuation ends it.
    func phraseEnd(_ a: Int, _ e: Int) -> Int {
        var b = a
        while b < e, b < a + 16 {
            if tk[b].kind == .possessive { b += 1; continue }
            guard isWord(b) else { break }
            let h = tk[b].hash
            let f = fw(b)
            if f.contains(.stop) && !f.contains(.determiner) {
                guard b > a, h == w.hOf || h == w.hFor || h == w.hAt || h == w.hWith || h == w.hFrom || h == w.hTo else { break }
            }
            if w.timeWords[h] != nil || lex.pronouns[h]?.relative == true || cue(at: b) != nil { break }
            b += 1
        }
        // A phrase never ends on a preposition or determiner.
        while b > a, isWord(b - 1), fw(b - 1).contains(.stop) || fw(b - 1).contains(.determiner) { b -= 1 }
        return b
    }

    /// A speaker phrase without a name: collective, document, body, or a description of someone.
    func described(_ a: Int, _ h0: Int, _ b: Int, _ full: Span) -> Speaker? {
        var head = b - 1
        while head > h0, !isWord(head) { head -= 1 }
        guard isWord(head) else { return nil }
        // The phrase as written, built only on the paths that return a speaker.
        func name() -> String { text(a, b) }
        // `The Scottish Executive`: a capitalised body whose last word is also a title.
        if tk[head].capitalised, tk[head].hash == w.hExecutive, head > h0, tk[head - 1].capitalised, !isTitle(head - 1) {
            return Speaker(name: name(), type: .organisation, span: full, resolution: "mention")
        }
        if let kind = lex.speakerNouns[tk[head].hash] {
            switch kind {
            case .anonymous: return Speaker(name: name(), type: .anonymous, span: full, resolution: "mention")
            case .document: return Speaker(name: name(), type: .document, span: full, resolution: "mention")
            case .organisation: return Speaker(name: name(), type: .organisation, span: full, resolution: "mention")
            case .pronoun: return nil
            }
        }
        guard isTitle(head), !tk[head].capitalised || head == h0 else {
            // `the lawyers`, `some Democrats`, `the company`: a determiner and a noun head.
            if h0 > a, fw(a).contains(.determiner), !fw(head).contains(.stop), !tk[head].capitalised || head > h0,
                lex.cues.lookup(tk[head].hash) == nil, !endsInIng(head), tk[head].capitalised || personLikeNoun(head)
            {
                return Speaker(name: name(), type: .anonymous, span: full, resolution: "description")
            }
            return nil
        }
        // `the Russian leader`: the latest person with that title or nationality.
        var nat = -1
        var k = h0
        while k < head {
            if let c = country(at: k, limit: head) { nat = c.country; k += c.length; continue }
            k += 1
        }
        let roleWord = string(Span(start: tk[head].start, end: tk[head].end)).lowercased()
        if a < b, tk[a].hash == w.hThe || owner(in: a, b),
            let p = entities.describedPerson(roleWords: [roleWord], country: nat, before: full.start)
        {
            let ent = entities.entities[p]
            return Speaker(name: ent.name, role: ent.role, organisation: ent.organisation, type: .person, span: full, entity: p, resolution: "description")
        }
        // Unresolved: the description itself, as an unnamed speaker.
        return Speaker(name: name(), type: .anonymous, span: full, resolution: "description")
    }

    /// A common noun that can name who speaks: a speaker noun (`officials`, `the company`), a
    /// title, an organisation word, or an agent ending (`the striker`, `a resident`,
    /// `the chairman`). `the final`, `the legislation`, `phone` are not.
    func personLikeNoun(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        // Speaker noun, title or organisation word: the token's flags say so without three probes.
        if !tk[k].flags.isDisjoint(with: [.speakerNoun, .title, .orgSuffix]) { return true }
        var e = tk[k].end
        let a = tk[k].start
        if e - a >= 5, ByteClass.lower(t[e - 1]) == 0x73 { e -= 1 }  // plural -s
        guard e - a >= 4 else { return false }
        let z = ByteClass.lower(t[e - 1])
        let y = ByteClass.lower(t[e - 2])
        let x = ByteClass.lower(t[e - 3])
        // -er, -or, -ist, -ian, -ent, -ant, -man, -men
        if (y == 0x65 || y == 0x6F) && z == 0x72 { return true }
        if x == 0x69 && y == 0x73 && z == 0x74 { return true }
        if x == 0x69 && y == 0x61 && z == 0x6E { return true }
        if (y == 0x65 || y == 0x61) && z == 0x6E && x == 0x6D { return true }
        // -dent, -rent, -ant (`resident`, `parent`, `consultant`); not `event`, `moment`.
        if e - a >= 5, x == 0x65 && y == 0x6E && z == 0x74 {
            let v = ByteClass.lower(t[e - 4])
            return v == 0x64 || v == 0x72
        }
        if x == 0x61 && y == 0x6E && z == 0x74 { return true }
        return false
    }

    func owner(in a: Int, _ b: Int) -> Bool {
        for k in a..<b where tk[k].kind == .possessive { return true }
        return false
    }

    /// `he`, `she`, `they`, `who`: the latest fitting speaker, or nil.
    func resolvePronoun(_ p: PronounInfo, _ mention: Span) -> Speaker? {
        if p.relative { return nil }
        if p.firstPerson {
            // `I said`, `we reported` outside quotes: the article's own voice.
            let name = state.author ?? "the author"
            return Speaker(name: name, type: p.plural ? .group : .person, span: mention, resolution: "author")
        }
        if p.neuter {
            // `it said`: the latest body or document that spoke.
            if var s = lastBody, block - state.lastBodyBlock <= 2 {
                s.span = mention
                s.resolution = "pronoun"
                return s
            }
            return nil
        }
        if p.plural {
            if var s = lastPlural, block - lastPluralBlock <= 3 {
                s.span = mention
                s.resolution = "pronoun"
                return s
            }
            return nil
        }
        // The person most recently named as a subject (`Councillor Reyes disputed the figures.
        // “…,” he told …`) wins over an earlier speaker; otherwise the latest speaker.
        let recentSpeaker = lastPerson.flatMap { block - lastPersonBlock <= 3 ? $0 : nil }
        if let sub = subjectPerson(before: mention.start), sub.entity >= 0, sub.entity < entities.entities.count,
            recentSpeaker.map({ $0.entity != sub.entity && ($0.span?.start ?? -1) < sub.start }) ?? true
        {
            let ent = entities.entities[sub.entity]
            return Speaker(name: ent.name, role: ent.role, organisation: ent.organisation, type: .person, span: mention, entity: sub.entity, resolution: "pronoun")
        }
        if var s = recentSpeaker {
            s.span = mention
            s.resolution = "pronoun"
            return s
        }
        if lastPersonMention >= 0, block - lastPersonMentionBlock <= 4,
            entities.mentioned(lastPersonMention, before: mention.start)
        {
            let ent = entities.entities[lastPersonMention]
            return Speaker(name: ent.name, role: ent.role, organisation: ent.organisation, type: .person, span: mention, entity: lastPersonMention, resolution: "pronoun")
        }
        return nil
    }

    /// `he said` with no one to resolve `he` to: the statement is still attributed (the mention
    /// is the source), to an unnamed speaker, never to the bare pronoun as a name.
    func unresolvedPronoun(_ p: PronounInfo, _ mention: Span) -> Speaker? {
        if p.relative || p.firstPerson { return nil }
        if p.neuter { return Speaker(name: "unidentified body", type: .organisation, span: mention, resolution: "unresolved") }
        if p.plural { return Speaker(name: "unidentified group", type: .group, span: mention, resolution: "unresolved") }
        return Speaker(name: "unidentified person", type: .person, span: mention, resolution: "unresolved")
    }

    /// Remembers a claim's speaker for later pronouns and continued quotes. `s` is the speaker
    /// of the claim just appended, which is what is remembered (by its index).
    func remember(_ s: Speaker) {
        let i = claims.count - 1
        state.lastSpeakerClaim = i
        lastSpeakerBlock = block
        // An unresolved pronoun or a bare description is no antecedent for later pronouns.
        if s.resolution == "unresolved" { return }
        switch s.type {
        case .person:
            state.lastPersonClaim = i
            lastPersonBlock = block
        case .group, .anonymous:
            state.lastPluralClaim = i
            lastPluralBlock = block
        case .organisation, .document:
            state.lastBodyClaim = i
            state.lastBodyBlock = block
            // `The agency said … They added …`: bodies are also referred to in the plural.
            state.lastPluralClaim = i
            lastPluralBlock = block
        }
    }
}
