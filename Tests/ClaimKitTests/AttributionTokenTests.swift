import Testing

@testable import ClaimKit

/// The attribution tokenizer's fast paths: batched output, letter runs, and the lexicon flags
/// each word token carries instead of per-question look-ups.
@Suite("Attribution tokens")
struct AttributionTokenTests {
    func tokens(_ text: String) -> (bytes: [UInt8], tokens: [AToken]) {
        let bytes = Array(text.utf8)
        var out: [AToken] = []
        let scratch = TokenScratch()
        bytes.withUnsafeBufferPointer { t in
            AttributionTokenizer.tokenize(
                t, 0, t.count, abbreviations: AttributionLexicon.shared.words.abbreviations, words: TokenLexicon.shared.map,
                scratch: scratch, into: &out)
        }
        return (bytes, out)
    }

    func text(_ bytes: [UInt8], _ tok: AToken) -> String { String(decoding: bytes[tok.start..<tok.end], as: UTF8.self) }

    @Test("a block longer than one batch comes out whole and in order")
    func batches() {
        // 700 words and 700 commas: the token storage (256 to start) grows several times.
        let words = (0..<700).map { "w\($0)" }
        let (bytes, toks) = tokens(words.joined(separator: ", ") + ".")
        #expect(toks.count == 1400)
        for (i, w) in words.enumerated() {
            #expect(text(bytes, toks[2 * i]) == w)
            #expect(toks[2 * i].kind == .word)
            #expect(toks[2 * i + 1].kind == (i == 699 ? .stop : .comma))
        }
    }

    @Test("word hashes ignore case and match the lexicon hash of the same word")
    func hashes() {
        let (_, toks) = tokens("Said SAID said Don’t don't 2024 Nord-Stream")
        #expect(toks.count == 7)
        #expect(toks[0].hash == AttributionHash.of(Array("said".utf8)))
        #expect(toks[1].hash == toks[0].hash && toks[2].hash == toks[0].hash)
        #expect(toks[3].hash == toks[4].hash)
        #expect(toks[5].hash == AttributionHash.of(Array("2024".utf8)))
        #expect(toks[6].hash == AttributionHash.of(Array("nord-stream".utf8)))
        #expect(toks[0].capitalised && !toks[2].capitalised)
    }

    @Test("periods: initials and short dotted acronyms keep theirs, a sentence stop does not")
    func periods() {
        let (bytes, toks) = tokens("J. Smith of the U.S. and e.g. the E.U.R.O. group left.")
        let words = toks.filter { $0.kind == .word }.map { text(bytes, $0) }
        #expect(words.contains("J."))
        #expect(words.contains("U.S."))
        #expect(words.contains("e.g."))
        #expect(words.contains("left"))
        #expect(toks.last?.kind == .stop)
        // A period between letters joins only while the word has at most two letters before it:
        // `E.U.R.O.` splits after its third letter.
        #expect(words.contains("E.U.R."))
        #expect(words.contains("O."))
    }

    @Test("the flags on each word say exactly what the lexicon tables say")
    func flagsMatchTables() {
        let lex = AttributionLexicon.shared
        let sample = """
            According to the Finance Minister, he said that North Korea and the United Nations \
            would not agree; officials told Reuters the company's chief executive had also warned \
            them. She added: "It is a Ministry matter." The University of Oslo and Pyongyang replied.
            """
        let (_, toks) = tokens(sample)
        #expect(toks.count > 40)
        for tok in toks {
            guard tok.kind == .word else {
                #expect(tok.fwc.isEmpty && tok.flags.isEmpty)
                continue
            }
            let h = tok.hash
            #expect(tok.fwc == (lex.functionWords[h] ?? []))
            #expect(tok.flags.contains(.pronoun) == (lex.pronouns[h] != nil))
            #expect(tok.flags.contains(.title) == (lex.titles.lookup(h) != nil))
            #expect(tok.flags.contains(.speakerNoun) == (lex.speakerNouns[h] != nil))
            #expect(tok.flags.contains(.orgSuffix) == (lex.orgSuffixes.lookup(h) != nil))
            #expect(tok.flags.contains(.cueStart) == (lex.cues.slots[h] != nil))
            #expect(tok.flags.contains(.organisationStart) == (lex.organisations.slots[h] != nil))
            #expect(tok.flags.contains(.countryStart) == (lex.countries.table[h] != nil || lex.countries.prefixes[h] != nil))
        }
        // The sample does exercise the flags.
        #expect(toks.contains { $0.flags.contains(.cueStart) })
        #expect(toks.contains { $0.flags.contains(.countryStart) })
        #expect(toks.contains { $0.flags.contains(.pronoun) })
        #expect(toks.contains { $0.flags.contains(.title) })
    }
    @Test("letter runs hashed eight at a time agree with the lexicon hash at every length and position")
    func chunkedRuns() {
        // `of` lower-cases ASCII letters itself. Runs of 1 to 20 letters, mixed case, alone, at the block end (fewer than eight bytes
        // left) and inside hyphenated, accented and apostrophe words.
        var words: [String] = []
        let letters = Array("AbcdefGhijklmnOpqrstuvwxyz")
        for n in 1...20 { words.append(String(letters[0..<n])) }
        words += ["counter-intelligence", "state-of-the-art", "Zoë", "Ōsaka", "O’Sullivan", "rock’n’roll", "B2B", "covid19vaccines"]
        for w in words {
            let expected = AttributionHash.of(Array(w.utf8))
            for text in [w, "x \(w) y", "said \(w)", "\(w),"] {
                let (bytes, toks) = tokens(text)
                let match = toks.first { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) == w }
                #expect(match?.hash == expected, "\(w) in \(text)")
            }
        }
        // Distinct words keep distinct hashes (no chunk padding collides with a shorter word).
        let hashes = Set(words.map { AttributionHash.of(Array($0.utf8)) })
        #expect(hashes.count == words.count)
        #expect(AttributionHash.of(Array("abcdefgh".utf8)) != AttributionHash.of(Array("abcdefg".utf8)))
    }

    @Test("a word ends at the right byte at every length and alignment, whatever stops it")
    func wordEnds() {
        // The byte after a word comes from the eight the letter run loaded, or from the short
        // tail near the block end: shift the word through eight alignments, end it at every
        // length from 1 to 20, and stop it with each kind of byte, or with the block end itself.
        // Expected tokens are written out by hand for each stop: (text, kind) in order.
        for pad in 0..<8 {
            for n in 1...20 {
                let w = String(String(repeating: "qx", count: 10).prefix(n))
                let lead = String(repeating: " ", count: pad)
                let cases: [(String, [(String, TokenKind)])] = [
                    ("", [(w, .word)]),
                    (" ", [(w, .word)]),
                    (".", [(w, .word), (".", .stop)]),
                    (". Then", [(w, .word), (".", .stop), ("Then", .word)]),
                    (", b", [(w, .word), (",", .comma), ("b", .word)]),
                    ("9 z", [(w + "9", .word), ("z", .word)]),
                    ("-zz", [(w + "-zz", .word)]),
                    ("’s", [(w, .word), ("’s", .possessive)]),
                    ("'s.", [(w, .word), ("'s", .possessive), (".", .stop)]),
                    ("’t", [(w + "’t", .word)]),
                    ("\u{201D}", [(w, .word), ("\u{201D}", .quote)]),
                    ("é", [(w + "é", .word)]),
                ]
                for (stop, expected) in cases {
                    let text = lead + w + stop
                    let (bytes, toks) = tokens(text)
                    let got = toks.map { (self.text(bytes, $0), $0.kind) }
                    #expect(got.map(\.0) == expected.map(\.0), "\(text)")
                    #expect(got.map(\.1) == expected.map(\.1), "\(text)")
                }
            }
        }
    }

    @Test("a token index is in range exactly when it is in 0..<count")
    func tokenRange() {
        let scratch = TokenScratch()
        let bytes = Array("one two three".utf8)
        let n = bytes.withUnsafeBufferPointer { t in
            AttributionTokenizer.tokenize(
                t, 0, t.count, abbreviations: AttributionLexicon.shared.words.abbreviations, words: TokenLexicon.shared.map,
                scratch: scratch)
        }
        let tk = TokenBuffer(scratch, count: n)
        #expect(n == 3)
        for k in [Int.min, -1, 3, 4, Int.max] { #expect(!tk.contains(k), "\(k)") }
        for k in 0..<3 { #expect(tk.contains(k)) }
        #expect(!TokenBuffer().contains(0))
    }

    @Test("the packed word-info table answers as the map it was built from, for listed and unlisted keys")
    func packedTable() {
        // Keys sharing their low 16 bits (the bits the table replaces with the info), one of them
        // 0; the unlisted ones differ from a listed key in the upper 48 bits the table keeps.
        var map = U64Map<WordInfo>()
        let listed: [(UInt64, WordInfo)] = [
            (0, WordInfo(fw: .determiner, flags: [])),
            (0x1234_5678_9ABC_0010, WordInfo(fw: [], flags: [.pronoun, .countryStart])),
            (0x0FED_CBA9_8765_0010, WordInfo(fw: [.stop, .lead], flags: .cueStart)),
            (0x7777_0000_1111_0010, WordInfo(fw: [], flags: [])),
            (AttributionHash.of(Array("said".utf8)), WordInfo(fw: .adverb, flags: .organisationStart)),
        ]
        for (k, v) in listed { map[k] = v }
        let table = WordInfoTable(map)
        for (k, v) in listed {
            let got = table[k]
            #expect(got?.fw == v.fw && got?.flags == v.flags)
        }
        for k: UInt64 in [0x0001_0000_0000_0000, 0x1234_5678_9ABD_0010, 0x9999_0000_1111_0010, AttributionHash.of(Array("says".utf8))] {
            #expect(table[k] == nil)
        }
        // The shared table agrees with the lexicons it packs, word by word.
        for w in ["the", "said", "president", "france", "reuters", "zebra"] {
            let h = AttributionHash.of(Array(w.utf8))
            var expected = WordInfo()
            if let fw = AttributionLexicon.shared.functionWords[h] { expected.fw = fw }
            if AttributionLexicon.shared.pronouns[h] != nil { expected.flags.insert(.pronoun) }
            if AttributionLexicon.shared.cues.slots[h] != nil { expected.flags.insert(.cueStart) }
            if AttributionLexicon.shared.organisations.slots[h] != nil { expected.flags.insert(.organisationStart) }
            if AttributionLexicon.shared.countries.table[h] != nil || AttributionLexicon.shared.countries.prefixes[h] != nil {
                expected.flags.insert(.countryStart)
            }
            let got = TokenLexicon.shared.map[h]
            #expect((got?.fw ?? []) == expected.fw)
            #expect((got?.flags ?? []).intersection([.pronoun, .cueStart, .organisationStart, .countryStart]) == expected.flags)
        }
    }
}
