/// The modality cue phrases (hedges.txt, denials.txt, conditionals.txt, question-words.txt),
/// as token-hash sequences indexed by their first word. Built once, lazily.
final class ModalityLexicon: Sendable {
    // A class, so that handing the lexicon to the scanner's closures is one retain rather
    // than a copy of every table (each with its own retains), once per sentence.
    struct Phrase: Sendable {
        var hashes: [UInt32]
        /// nil: a phrase that cancels shorter cues at the same word (`could not`).
        var status: ModalityStatus?
    }

    /// The phrases sharing a first word, longest first, with what a look-ahead needs to know:
    /// whether one of them is that word alone, and which words can come second.
    struct Group: Sendable {
        var phrases: [Phrase]
        var hasSingleWord: Bool
        var secondWords: [UInt32]
    }

    let groups: [Group]
    /// First-word hash → index into `groups`.
    let byFirstWord: TokenHashTable
    let concessive: TokenHashTable
    let notBeforeIf: TokenHashTable
    let questionWords: TokenHashTable
    /// `before`, `until`, … (role=past_clause; 2 when a noun subject may follow) and `was`,
    /// `were`, … (role=passive_aux).
    let pastClause: TokenHashTable
    let passiveAux: TokenHashTable
    /// Subject pronouns and determiners between a past-clause conjunction and `could`.
    let clauseSubjects: TokenHashTable
    let clauseDeterminers: TokenHashTable
    /// First words of the groups holding a denial phrase: a span without one of these words
    /// has no denial cue (a cue's status is that of a phrase in its first word's group).
    let denialFirstWords: TokenHashTable
    let couldHash = ModalityTokenizer.hashes("could").first ?? 0
    let byHash = ModalityTokenizer.hashes("by").first ?? 0
    let ifHash = ModalityTokenizer.hashes("if").first ?? 0
    let mayHash = ModalityTokenizer.hashes("may").first ?? 0
    /// The most words after the first that any phrase has.
    let maxPhraseWords: Int

    static let shared = ModalityLexicon()

    init() {
        // Built in locals, then stored: the tables are constants once built.
        var groups: [Group] = []
        var concessive = TokenHashTable(capacity: 64)
        var notBeforeIf = TokenHashTable(capacity: 64)
        var questionWords = TokenHashTable(capacity: 64)
        var pastClause = TokenHashTable(capacity: 32)
        var passiveAux = TokenHashTable(capacity: 32)
        var clauseSubjects = TokenHashTable(capacity: 32)
        var clauseDeterminers = TokenHashTable(capacity: 32)
        var denialFirstWords = TokenHashTable(capacity: 64)
        var maxPhraseWords = 1
        var byFirst: [UInt32: [Phrase]] = [:]
        for data in [LexiconData.hedges, LexiconData.denials, LexiconData.conditionals] {
            for entry in Lexicon.entries(data) {
                let role = entry.attributes["role"]
                for form in entry.forms {
                    let hashes = ModalityTokenizer.hashes(form)
                    guard let first = hashes.first else { continue }
                    if role == "concessive" {
                        if hashes.count == 1 { concessive.set(first, 1) }
                        continue
                    }
                    if role == "not_before_if" {
                        notBeforeIf.set(first, 1)
                        continue
                    }
                    if role == "past_clause" {
                        pastClause.set(first, entry.attributes["subject"] == "noun" ? 2 : 1)
                        continue
                    }
                    if role == "passive_aux" {
                        passiveAux.set(first, 1)
                        continue
                    }
                    let status: ModalityStatus? =
                        switch entry.attributes["status"] {
                        case "hedged": .hedged
                        case "denied": .denied
                        case "conditional": .conditional
                        default: nil
                        }
                    byFirst[first, default: []].append(Phrase(hashes: hashes, status: status))
                    maxPhraseWords = max(maxPhraseWords, hashes.count - 1)
                }
            }
        }
        // Sized to the first words there are (an eighth full: a word that is none of them, nearly
        // every word, still leaves at the first slot), not to a guess: the tokenizer probes this
        // table at every word, and at 512 the probe landed on a random line of a 2 KB `used`
        // array, nearly all of it empty, that the other stages evict between documents.
        var byFirstWord = TokenHashTable(capacity: 2 * byFirst.count)
        for (first, phrases) in byFirst.sorted(by: { $0.key < $1.key }) {
            byFirstWord.set(first, Int32(groups.count))
            if phrases.contains(where: { $0.status == .denied }) { denialFirstWords.set(first, 1) }
            let sorted = phrases.sorted { $0.hashes.count > $1.hashes.count }
            groups.append(Group(
                phrases: sorted, hasSingleWord: sorted.contains { $0.hashes.count == 1 },
                secondWords: sorted.compactMap { $0.hashes.count > 1 ? $0.hashes[1] : nil }))
        }
        for w in ["i", "we", "you", "he", "she", "it", "they"] {
            if let h = ModalityTokenizer.hashes(w).first { clauseSubjects.set(h, 1) }
        }
        for w in ["the", "its", "their", "his", "her", "our", "my"] {
            if let h = ModalityTokenizer.hashes(w).first { clauseDeterminers.set(h, 1) }
        }
        for entry in Lexicon.entries(LexiconData.questionWords) {
            for form in entry.forms {
                if let h = ModalityTokenizer.hashes(form).first { questionWords.set(h, 1) }
            }
        }
        self.groups = groups
        self.byFirstWord = byFirstWord
        self.concessive = concessive
        self.notBeforeIf = notBeforeIf
        self.questionWords = questionWords
        self.pastClause = pastClause
        self.passiveAux = passiveAux
        self.clauseSubjects = clauseSubjects
        self.clauseDeterminers = clauseDeterminers
        self.denialFirstWords = denialFirstWords
        self.maxPhraseWords = maxPhraseWords
    }

    /// What the rules need to know about the words before a cue.
    struct Before {
        /// The three words before, nearest first (0 when there are fewer).
        var words: (UInt32, UInt32, UInt32) = (0, 0, 0)
        /// The nearest word before that is not an `-ly` adverb.
        var beforeAdverbs: UInt32 = 0
        /// The word just before is capitalised.
        var nearestCapitalised = false

        @inline(__always) mutating func push(_ tok: ModalityToken, _ t: UnsafeBufferPointer<UInt8>) {
            let previousWord = words.0
            words = (tok.hash, words.0, words.1)
            nearestCapitalised = tok.capitalised
            let adverb = tok.end &- tok.start > 4 && t[tok.end &- 1] == UInt8(ascii: "y") && t[tok.end &- 2] == UInt8(ascii: "l")
            beforeAdverbs = adverb ? (beforeAdverbs == 0 ? previousWord : beforeAdverbs) : 0
        }
    }

    /// The cues in `t[lo..<hi]`, in one pass without storing tokens. A word that starts only
    /// longer phrases (`it`, `is`, `not`: common words) waits for the next word of the stream,
    /// and the phrase is read ahead (into `lookahead`, reused) only when that next word can
    /// continue it; a word that is a cue alone reads ahead at once.
    /// `sentenceStart`: `lo` opens a sentence. Rules: see `ModalityScanner`.
    func cues(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, sentenceStart: Bool,
        lookahead: inout [ModalityToken]
    ) -> [ModalityScanner.Cue] {
        var none = NoTokens()
        return cues(t, lo, hi, sentenceStart: sentenceStart, lookahead: &lookahead, keeping: &none)
    }

    /// The same, handing each token to `kept` as it goes (the sentences whose claims will read
    /// their tokens, `ModalityStage`). `cues(tokens:…)` below applies the same rules to stored
    /// tokens: a change to one is a change to both.
    @inline(__always) func cues<Kept: ModalityTokenSink>(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, sentenceStart: Bool,
        lookahead: inout [ModalityToken], keeping kept: inout Kept
    ) -> [ModalityScanner.Cue] {
        var found: [ModalityScanner.Cue] = []
        let hi = min(hi, t.count)
        var index = 0
        var before = Before()
        var skipUntil = 0
        var concededUntil = -1
        // A word waiting for the next: its group (-1: none), the token, its index and the words
        // before it, in plain variables (an optional tuple was tested and rebuilt at every word).
        var pendingGroup = -1
        var pendingToken = ModalityToken(start: 0, end: 0, hash: 0, capitalised: false, numeric: false)
        var pendingIndex = 0
        var pendingBefore = Before()
        // A local copy of the sink (written back once): its count stays in a register rather
        // than going through the caller's memory at every word.
        var sink = kept
        defer { kept = sink }
        // The tables read at every word, loaded once per span rather than from the lexicon per word.
        let groups = self.groups
        byFirstWord.withProbe { firstWords in
            ModalityTokenizer.forEachToken(t, lo, hi) { tok in
                sink.add(tok)
                if pendingGroup >= 0 {
                    let g = pendingGroup
                    pendingGroup = -1
                    if groups[g].secondWords.contains(tok.hash) {
                        match(
                            t, pendingToken, pendingIndex, pendingBefore, groups[g], hi, sentenceStart, concededUntil,
                            &skipUntil, &lookahead, following: nil, &found)
                    }
                }
                if index == 0 && sentenceStart && concessive.contains(tok.hash) {
                    // Concessive opening: hedges before the first comma are conceded.
                    var k = tok.end
                    while k < hi && t[k] != 0x2C { k += 1 }
                    concededUntil = k
                }
                if tok.start >= skipUntil, let g = firstWords.get(tok.hash), Int(g) < groups.count {
                    if groups[Int(g)].hasSingleWord {
                        match(
                            t, tok, index, before, groups[Int(g)], hi, sentenceStart, concededUntil, &skipUntil,
                            &lookahead, following: nil, &found)
                    } else {
                        pendingGroup = Int(g)
                        pendingToken = tok
                        pendingIndex = index
                        pendingBefore = before
                    }
                }
                before.push(tok, t)
                index &+= 1
                return true
            }
        }
        return found
    }

    /// The same cues from `tokens`, which must be exactly the tokens `ModalityTokenizer` finds
    /// in `t[lo..<hi]` (a claim's content cut from its sentence's tokens, `ModalityStage`):
    /// the words read ahead are then the tokens that follow, not a second tokenisation. The
    /// rules are those of the streaming scan above, token for token.
    func cues(
        tokens: UnsafeBufferPointer<ModalityToken>, _ t: UnsafeBufferPointer<UInt8>, _ hi: Int, sentenceStart: Bool,
        lookahead: inout [ModalityToken]
    ) -> [ModalityScanner.Cue] {
        var found: [ModalityScanner.Cue] = []
        let hi = min(hi, t.count)
        var before = Before()
        var skipUntil = 0
        var concededUntil = -1
        var pending: (ModalityToken, Int, Before, Int)?
        for index in tokens.indices {
            let tok = tokens[index]
            defer { before.push(tok, t) }
            if let (ptok, pindex, pbefore, g) = pending {
                pending = nil
                if groups[g].secondWords.contains(tok.hash) {
                    // The pending word's followers start with this token.
                    match(
                        t, ptok, pindex, pbefore, groups[g], hi, sentenceStart, concededUntil, &skipUntil, &lookahead,
                        following: UnsafeBufferPointer(rebasing: tokens[index...]), &found)
                }
            }
            if index == 0 && sentenceStart && concessive.contains(tok.hash) {
                var k = tok.end
                while k < hi && t[k] != 0x2C { k += 1 }
                concededUntil = k
            }
            guard tok.start >= skipUntil, let g = byFirstWord.get(tok.hash), Int(g) < groups.count else { continue }
            if groups[Int(g)].hasSingleWord {
                match(
                    t, tok, index, before, groups[Int(g)], hi, sentenceStart, concededUntil, &skipUntil, &lookahead,
                    following: UnsafeBufferPointer(rebasing: tokens[(index + 1)...]), &found)
            } else {
                pending = (tok, index, before, Int(g))
            }
        }
        return found
    }

    /// Matches the longest phrase of `group` at `tok` (reading the words after it) and applies
    /// the rules; appends the cue, if any, and moves `skipUntil` past a matched phrase.
    @inline(never) private func match(
        _ t: UnsafeBufferPointer<UInt8>, _ tok: ModalityToken, _ index: Int, _ before: Before, _ group: Group,
        _ hi: Int, _ sentenceStart: Bool, _ concededUntil: Int, _ skipUntil: inout Int,
        _ lookahead: inout [ModalityToken], following: UnsafeBufferPointer<ModalityToken>?,
        _ found: inout [ModalityScanner.Cue]
    ) {
        lookahead.removeAll(keepingCapacity: true)
        if let following {
            lookahead.append(contentsOf: following.prefix(maxPhraseWords))
        } else {
            ModalityTokenizer.tokenize(t, tok.end, hi, into: &lookahead, limit: maxPhraseWords)
        }
        var matched: Phrase?
        for p in group.phrases where p.hashes.count - 1 <= lookahead.count {
            var ok = true
            for k in 1..<max(1, p.hashes.count) where lookahead[k - 1].hash != p.hashes[k] {
                ok = false
                break
            }
            if ok {
                matched = p
                break
            }
        }
        guard let phrase = matched else { return }
        let end = phrase.hashes.count > 1 ? lookahead[phrase.hashes.count - 2].end : tok.end
        skipUntil = end
        guard let status = phrase.status else { return }
        if tok.hash == mayHash && phrase.hashes.count == 1 {
            let firstWord = index == 0 && sentenceStart
            if tok.capitalised && !firstWord { return }
            if let next = lookahead.first, next.numeric { return }
        }
        let previous = before.words.0
        if tok.hash == ifHash && phrase.hashes.count == 1 && index > 0 && notBeforeIf.contains(previous) {
            return
        }
        // `before they could reach`, `until the crews could`, `Before Italy could`: past ability,
        // not a possibility.
        if tok.hash == couldHash && phrase.hashes.count == 1 {
            let (w1, w2, w3) = before.words
            if clauseSubjects.contains(w1) && pastClause.contains(w2) { return }
            if clauseDeterminers.contains(w2) && pastClause.get(w3) == 2 { return }
            // `Before Italy could recover, …`: opening the sentence, a name as the subject.
            if index == 2 && sentenceStart && before.nearestCapitalised && pastClause.contains(w2) { return }
        }
        // `ballots were wrongly rejected`: a passive denial verb (unless an agent follows, `by`).
        if status == .denied && phrase.hashes.count == 1 && tok.end - tok.start > 3
            && t[tok.end - 1] == UInt8(ascii: "d") && t[tok.end - 2] == UInt8(ascii: "e")
            && passiveAux.contains(before.beforeAdverbs != 0 ? before.beforeAdverbs : previous)
            && lookahead.first?.hash != byHash
        {
            return
        }
        if status == .hedged && tok.start < concededUntil { return }
        found.append(ModalityScanner.Cue(span: Span(start: tok.start, end: end), status: status))
    }
}

/// Where a cue scan puts the tokens it reads: nowhere (`NoTokens`), or an array.
protocol ModalityTokenSink {
    mutating func add(_ token: ModalityToken)
}

struct NoTokens: ModalityTokenSink {
    // One stored byte: passed `inout`, an empty struct has no real address, and
    // ThreadSanitizer's instrumentation of that access read a wild shadow address and crashed
    // (the optimiser removes the byte in release builds).
    private var unused: UInt8 = 0
    @inline(__always) mutating func add(_ token: ModalityToken) {}
}

/// Writes tokens into memory sized beforehand (no capacity check or copy-on-write check per
/// token in the tokeniser's loop). A span of n bytes has at most (n + 1) / 2 tokens (one byte
/// at least each, and one byte at least between two); past `capacity` it counts but does not
/// write, so a caller can tell (`count > capacity`).
struct TokenWriter: ModalityTokenSink {
    let base: UnsafeMutablePointer<ModalityToken>
    let capacity: Int
    var count = 0

    @inline(__always) mutating func add(_ token: ModalityToken) {
        if count < capacity { (base + count).initialize(to: token) }
        count &+= 1
    }
}
