/// Hashed word and phrase tables for the attribution rules.
///
/// Tokens carry a 64-bit hash of their lower-cased bytes, computed while tokenising, so a
/// lexicon look-up is one dictionary probe with no allocation. A phrase hash chains the word
/// hashes, so `according to` and `Defense Minister` are looked up token by token.
/// Collisions of 64-bit hashes on real vocabulary are negligible; no look-up needs more.
///
/// A word's hash: every run of ASCII letters, lower-cased, is mixed in eight letters at a time
/// (the last chunk zero-padded), every other byte one at a time (FNV-1a). Hashing a run by
/// chunks lets the tokenizer take a whole short word in one step instead of one multiply per
/// letter; the chunks are fixed by the run itself, so `of` and the tokenizer always agree.
enum AttributionHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(ByteClass.lower(b))) &* prime
    }

    /// Mixes up to eight lower-cased letters packed little-endian (first letter lowest).
    @inline(__always) static func chunk(_ h: UInt64, _ c: UInt64) -> UInt64 {
        let x = (h ^ c) &* 0x9e37_79b9_7f4a_7c15
        return x ^ (x >> 32)
    }

    /// Byte `b` lower-cased is an ASCII letter.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Mixes the run of ASCII letters starting at `i` (none is fine) and moves `i` past it;
    /// `stop` becomes the byte the run stops at (`t[i]`, or 0 when `i` reaches `hi`), taken from
    /// the eight bytes already loaded where it can be, so the caller need not read it again.
    /// Reads eight bytes at a time while eight remain before `hi`.
    @inline(__always)
    static func letterRun(_ t: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ hi: Int, _ h0: UInt64, stop: inout UInt8) -> UInt64 {
        var h = h0
        if let base = t.baseAddress {
            while i &+ 8 <= hi {
                let w = ByteLanes.load(base, i)
                let lw = w | 0x2020_2020_2020_2020
                let letters = ByteLanes.letterLanes(w)
                if letters == ByteLanes.high {
                    h = chunk(h, lw)
                    i &+= 8
                    continue
                }
                let n = (~letters & ByteLanes.high).trailingZeroBitCount >> 3
                if n > 0 {
                    h = chunk(h, lw & ((1 << UInt64(n &* 8)) &- 1))
                    i &+= n
                }
                // Lane `n` (< 8) is the first byte that is not a letter, inside the loaded word.
                stop = UInt8(truncatingIfNeeded: w >> UInt64(n &* 8))
                return h
            }
        }
        // Fewer than eight bytes left before `hi`.
        var c: UInt64 = 0
        var n = 0
        while i < hi, isLetter(t[i]) {
            c |= UInt64(t[i] | 0x20) << UInt64(n &* 8)
            n &+= 1
            i &+= 1
            if n == 8 {
                h = chunk(h, c)
                c = 0
                n = 0
            }
        }
        if n > 0 { h = chunk(h, c) }
        stop = i < hi ? t[i] : 0
        return h
    }

    /// Hash of a whole word given as bytes (curly apostrophes count as straight ones).
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { of($0) }
    }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        var i = 0
        var c: UInt64 = 0
        var n = 0
        while i < bytes.count {
            if isLetter(bytes[i]) {
                c |= UInt64(bytes[i] | 0x20) << UInt64(n * 8)
                n += 1
                i += 1
                if n == 8 {
                    h = chunk(h, c)
                    c = 0
                    n = 0
                }
                continue
            }
            if n > 0 {
                h = chunk(h, c)
                c = 0
                n = 0
            }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                h = add(h, 0x27)
                i += 3
                continue
            }
            h = add(h, bytes[i])
            i += 1
        }
        if n > 0 { h = chunk(h, c) }
        return h
    }

    /// Chains one more word onto a phrase hash.
    @inline(__always) static func chain(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        ((phrase ^ 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9) ^ word
    }

    /// Hash of a multi-word form: its words' hashes chained (a one-word form is its word hash).
    static func phrase(_ form: String) -> (hash: UInt64, words: Int) {
        // Split on the bytes: this runs for every form of every lexicon at start-up.
        var form = form
        return form.withUTF8 { u in
            var h: UInt64 = 0
            var n = 0
            var i = 0
            while i < u.count {
                if u[i] == UInt8(ascii: " ") { i += 1; continue }
                var j = i
                while j < u.count && u[j] != UInt8(ascii: " ") { j += 1 }
                let wh = of(UnsafeBufferPointer(rebasing: u[i..<j]))
                h = n == 0 ? wh : chain(h, wh)
                n += 1
                i = j
            }
            return (h, n)
        }
    }
}

/// What one probe of a phrase table says about a (partial) phrase: the entry it completes, if
/// any, and whether a longer form starts with it.
struct PhraseSlot: Sendable {
    var entry: Int32 = -1
    var prefix = false
}

/// A phrase table: phrase hash → index of the lexicon entry, with the longest phrase length.
final class PhraseTable: @unchecked Sendable {
    /// Hash of any form → its entry.
    let index: U64Map<Int>
    /// One probe per word: the entry a (partial) phrase completes and whether longer forms
    /// start with it. Immutable after `init`, so look-ups need no exclusivity checks or copies.
    let slots: U64Map<PhraseSlot>
    let entries: [LexiconEntry]
    let maxWords: Int
    /// Phrase hash of each entry's canonical form (the entity key).
    let canonicalKeys: [UInt64]
    /// `media=1` and `place=1` per entry, decoded once.
    let media: [Bool]
    let place: [Bool]

    init(_ data: StaticString) {
        let entries = Lexicon.entries(data)
        var index = U64Map<Int>()
        var slots = U64Map<PhraseSlot>()
        var maxWords = 1
        for (i, e) in entries.enumerated() {
            for f in e.forms {
                let p = AttributionHash.phrase(f)
                if index[p.hash] == nil { index[p.hash] = i }
                maxWords = max(maxWords, p.words)
                var slot = slots[p.hash] ?? PhraseSlot()
                if slot.entry < 0 { slot.entry = Int32(truncatingIfNeeded: i) }
                slots[p.hash] = slot
                var h: UInt64 = 0
                for (n, w) in f.split(separator: " ").dropLast().enumerated() {
                    let wh = AttributionHash.of(Array(w.utf8))
                    h = n == 0 ? wh : AttributionHash.chain(h, wh)
                    var ps = slots[h] ?? PhraseSlot()
                    ps.prefix = true
                    slots[h] = ps
                }
            }
        }
        self.entries = entries
        self.index = index
        self.slots = slots
        self.maxWords = maxWords
        canonicalKeys = entries.map { AttributionHash.phrase($0.canonical).hash }
        media = entries.map { $0.attributes["media"] == "1" }
        place = entries.map { $0.attributes["place"] == "1" }
    }

    @inline(__always) func lookup(_ hash: UInt64) -> Int? { index[hash] }

    func attribute(_ entry: Int, _ key: String) -> String? {
        entry >= 0 && entry < entries.count ? entries[entry].attributes[key] : nil
    }

    func flag(_ entry: Int, _ key: String) -> Bool {
        guard entry >= 0 && entry < entries.count else { return false }
        if key == "media" { return media[entry] }
        if key == "place" { return place[entry] }
        return attribute(entry, key) == "1"
    }
}

/// Attribution cue entry, decoded once.
struct CueInfo: Sendable {
    var takesObject = false
    var addressee = false
    var speakerFollows = false
    var documentOnly = false
    var belief = false
    /// A plain verb of saying: an unnamed or unresolved subject still counts as the source.
    var speech = false
}

/// What a speaker-noun entry says.
enum SpeakerNounKind: UInt8, Sendable {
    case anonymous, document, organisation, pronoun
}

struct PronounInfo: Sendable {
    var plural: Bool
    var relative: Bool
    var firstPerson: Bool
    var neuter: Bool
}

/// Function-word classes (bit flags).
struct FunctionClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let determiner = FunctionClass(rawValue: 1)
    static let stop = FunctionClass(rawValue: 2)
    static let clause = FunctionClass(rawValue: 4)
    static let complementiser = FunctionClass(rawValue: 8)
    static let adverb = FunctionClass(rawValue: 16)
    static let lead = FunctionClass(rawValue: 32)
}

/// Country lexicon: every name, capital and demonym → the country's canonical name.
final class CountryTable: @unchecked Sendable {
    enum Form: UInt8, Sendable { case name, capital, demonym }
    let table: U64Map<(country: Int, form: Form)>
    let prefixes: U64Map<Bool>
    let names: [String]
    let keys: [UInt64]
    let maxWords: Int

    init() {
        var table = U64Map<(country: Int, form: Form)>()
        var prefixes = U64Map<Bool>()
        var names: [String] = []
        var keys: [UInt64] = []
        var maxWords = 1
        for e in Lexicon.entries(LexiconData.countries) {
            let idx = names.count
            names.append(e.canonical)
            keys.append(AttributionHash.phrase(e.canonical).hash)
            func add(_ f: String, _ form: Form) {
                let p = AttributionHash.phrase(f)
                if table[p.hash] == nil { table[p.hash] = (idx, form) }
                maxWords = max(maxWords, p.words)
                var h: UInt64 = 0
                for (n, w) in f.split(separator: " ").dropLast().enumerated() {
                    let wh = AttributionHash.of(Array(w.utf8))
                    h = n == 0 ? wh : AttributionHash.chain(h, wh)
                    prefixes[h] = true
                }
            }
            for f in e.forms { add(f, .name) }
            for c in (e.attributes["capital"] ?? "").split(separator: "|") { add(String(c), .capital) }
            for d in (e.attributes["demonym"] ?? "").split(separator: "|") { add(String(d), .demonym) }
        }
        self.table = table
        self.prefixes = prefixes
        self.names = names
        self.keys = keys
        self.maxWords = maxWords
    }
}

/// All lexicons the attribution stage reads, parsed once. A class, so the reader holds one
/// pointer instead of copying every table inline (the reader struct is copied around calls).
final class AttributionLexicon: Sendable {
    let cues: PhraseTable
    let cueInfo: [CueInfo]
    let titles: PhraseTable
    let organisations: PhraseTable
    let orgSuffixes: PhraseTable
    let speakerNouns: U64Map<SpeakerNounKind>
    let pronouns: U64Map<PronounInfo>
    let functionWords: U64Map<FunctionClass>
    let countries: CountryTable
    let words = RuleWords()

    static let shared = AttributionLexicon()

    private init() {
        cues = PhraseTable(LexiconData.attributionCues)
        cueInfo = cues.entries.map { e in
            CueInfo(
                takesObject: e.attributes["obj"] == "1", addressee: e.attributes["addressee"] == "1", speakerFollows: e.attributes["prep"] == "1",
                documentOnly: e.attributes["doc"] == "1", belief: e.attributes["belief"] == "1", speech: e.attributes["speech"] == "1")
        }
        titles = PhraseTable(LexiconData.titles)
        organisations = PhraseTable(LexiconData.organisations)
        orgSuffixes = PhraseTable(LexiconData.orgSuffixes)
        var nouns = U64Map<SpeakerNounKind>()
        var prons = U64Map<PronounInfo>()
        for e in Lexicon.entries(LexiconData.speakerNouns) {
            let kind: SpeakerNounKind
            switch e.attributes["type"] {
            case "document": kind = .document
            case "organisation": kind = .organisation
            case "pronoun": kind = .pronoun
            default: kind = .anonymous
            }
            for f in e.forms {
                let h = AttributionHash.of(Array(f.utf8))
                nouns[h] = kind
                if kind == .pronoun {
                    prons[h] = PronounInfo(
                        plural: e.attributes["number"] == "pl", relative: e.attributes["number"] == "rel",
                        firstPerson: e.attributes["person"] == "1", neuter: e.attributes["gender"] == "n")
                }
            }
        }
        speakerNouns = nouns
        pronouns = prons
        var fw = U64Map<FunctionClass>()
        for e in Lexicon.entries(LexiconData.functionWords) {
            var c: FunctionClass = []
            if e.attributes["det"] == "1" { c.insert(.determiner) }
            if e.attributes["stop"] == "1" { c.insert(.stop) }
            if e.attributes["clause"] == "1" { c.insert(.clause) }
            if e.attributes["that"] == "1" { c.insert(.complementiser) }
            if e.attributes["adverb"] == "1" { c.insert(.adverb) }
            if e.attributes["lead"] == "1" { c.insert(.lead) }
            for f in e.forms {
                let h = AttributionHash.of(Array(f.utf8))
                fw[h] = (fw[h] ?? []).union(c)
            }
        }
        functionWords = fw
        countries = CountryTable()
    }
}

/// Word hashes the rules compare against, computed once (a `static let` would cost a
/// `swift_once` check on every use in the hot loops).
final class RuleWords: @unchecked Sendable {
    let hAnd = AttributionHash.of(Array("and".utf8))
    let hAbout = AttributionHash.of(Array("about".utf8))
    let hAgainst = AttributionHash.of(Array("against".utf8))
    let hBut = AttributionHash.of(Array("but".utf8))
    let hThat = AttributionHash.of(Array("that".utf8))
    let hOf = AttributionHash.of(Array("of".utf8))
    let hFor = AttributionHash.of(Array("for".utf8))
    let hAt = AttributionHash.of(Array("at".utf8))
    let hWith = AttributionHash.of(Array("with".utf8))
    let hFrom = AttributionHash.of(Array("from".utf8))
    let hBy = AttributionHash.of(Array("by".utf8))
    let hWhether = AttributionHash.of(Array("whether".utf8))
    let hHow = AttributionHash.of(Array("how".utf8))
    let hIf = AttributionHash.of(Array("if".utf8))
    let hOn = AttributionHash.of(Array("on".utf8))
    let hTo = AttributionHash.of(Array("to".utf8))
    let hIn = AttributionHash.of(Array("in".utf8))
    let hThe = AttributionHash.of(Array("the".utf8))
    let hA = AttributionHash.of(Array("a".utf8))
    let hAn = AttributionHash.of(Array("an".utf8))
    let hInterview = AttributionHash.of(Array("interview".utf8))
    let hSpeaking = AttributionHash.of(Array("speaking".utf8))
    let hReporters = AttributionHash.of(Array("reporters".utf8))
    let hIncluding = AttributionHash.of(Array("including".utf8))
    let hAccording = AttributionHash.of(Array("according".utf8))
    let hJournalists = AttributionHash.of(Array("journalists".utf8))
    let hExecutive = AttributionHash.of(Array("executive".utf8))
    let hSupport = AttributionHash.of(Array("support".utf8))
    let hPercent = AttributionHash.of(Array("percent".utf8))
    /// Words after which `support` is a noun (`support among`, `support was`).
    let nounAfter: U64Map<Bool>
    let settingNouns: U64Map<Bool>
    /// Settings that stay inside the cue (`said in a statement`); the others follow it.
    let cueSettings: U64Map<Bool>
    let timeWords: U64Map<Bool>
    let platforms: U64Map<Bool>
    let auxiliaries: U64Map<Bool>
    let perfect: U64Map<Bool>
    /// Modals and `do` forms that PolNeAR's cues take in (`would like`, `does say`). Negation is
    /// left out: `did not respond`, `have not confirmed` report no statement.
    let modals: U64Map<Bool>
    /// `is calling for`, `are saying`: the progressive's `be`, part of the cue before an -ing form.
    let progressive: U64Map<Bool>
    /// `not`, `never`, `didn't`: before a plain verb of saying still a cue (`did not say`).
    let negations: U64Map<Bool>
    /// `Photo:`, `Update:`: line labels that are no speaker before a colon.
    let colonLabels: U64Map<Bool>
    let abbreviations: U64Map<Bool>
    /// Forms of cues marked `inf=1` (`continued`): a `to` and verb after them join the cue.
    let infinitiveCues: U64Map<Bool>
    /// Forms of cues marked `of=1` (`warned`): an `of` after them joins the cue.
    let ofCues: U64Map<Bool>
    /// Surveys a sentence can open with as its source (`In a CNN poll, …`).
    let pollNouns: U64Map<Bool>

    static func set(_ words: [String]) -> U64Map<Bool> {
        var m = U64Map<Bool>(capacity: words.count)
        for w in words { m[AttributionHash.of(Array(w.utf8))] = true }
        return m
    }

    init() {
        settingNouns = Self.set([
            "statement", "interview", "tweet", "post", "letter", "release", "speech", "email", "e-mail", "op-ed", "essay",
            "column", "memo", "conference", "briefing", "call", "hearing", "appearance", "part", "radio", "television",
            "podcast", "video", "message", "filing", "report", "rally", "debate",
        ])
        cueSettings = Self.set(["statement", "statements", "release", "post", "report"])
        var time = ["today", "yesterday", "tonight", "recently", "earlier", "later", "afterward", "afterwards"]
        for e in Lexicon.entries(LexiconData.weekdays) { time += e.forms }
        timeWords = Self.set(time)
        platforms = Self.set(["twitter", "facebook", "instagram", "youtube", "tiktok", "x", "truth", "telegram", "linkedin", "reddit"])
        auxiliaries = Self.set(["has", "have", "had", "did", "does", "do", "both", "all", "each"])
        perfect = Self.set(["has", "have", "had"])
        modals = Self.set([
            "would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do",
        ])
        progressive = Self.set(["is", "are", "was", "were", "am", "been"])
        negations = Self.set([
            "not", "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't",
            "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "can't", "can’t", "couldn't", "couldn’t", "cannot",
        ])
        colonLabels = Self.set(Lexicon.entries(LexiconData.colonLabels).flatMap(\.forms))
        let cueEntries = Lexicon.entries(LexiconData.attributionCues)
        infinitiveCues = Self.set(cueEntries.filter { $0.attributes["inf"] == "1" }.flatMap(\.forms))
        ofCues = Self.set(cueEntries.filter { $0.attributes["of"] == "1" }.flatMap(\.forms))
        nounAfter = Self.set(["among", "from", "in", "of", "was", "is", "has", "had", "at", "to", "on"])
        pollNouns = Self.set(["poll", "polls", "survey", "surveys", "study", "studies"])
        abbreviations = Self.set(Lexicon.entries(LexiconData.abbreviations).flatMap(\.forms))
    }
}
