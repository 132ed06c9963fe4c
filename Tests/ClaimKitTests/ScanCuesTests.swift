import Testing

@testable import ClaimKit

/// Positions marked in one of the `ScanCues` bitmaps.
private func marked(_ bits: [UInt64], _ n: Int) -> [Int] {
    (0..<n).filter { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
}

/// Offsets of `word` in `text` (bytes).
private func offset(of word: String, in text: String) -> Int? {
    let t = Array(text.utf8)
    let w = Array(word.utf8)
    guard w.count <= t.count else { return nil }
    return (0...(t.count - w.count)).first { Array(t[$0..<$0 + w.count]) == w }
}

@Test func cuesMarkRuleStartsOnly() throws {
    let text = "In 2019 about five men met on Monday, up 7% from last year."
    let bytes = Array(text.utf8)
    let cues = bytes.withUnsafeBufferPointer { ScanCues($0) }
    let q = marked(cues.quantity, bytes.count)
    let d = marked(cues.time, bytes.count)
    var at: [String: Int] = [:]
    for w in ["2019", "five", "%", "Monday", "last", "about", "men", "met", "from"] { at[w] = try #require(offset(of: w, in: text)) }
    func has(_ list: [Int], _ w: String) -> Bool { at[w].map { list.contains($0) } ?? false }
    // Figures start both kinds of rule; number words quantities; calendar and shift words times.
    #expect(has(q, "2019") && has(d, "2019"))
    #expect(has(q, "five"))
    #expect(has(q, "%"))
    #expect(has(d, "Monday") && has(d, "last"))
    // Ordinary words start neither.
    for w in ["about", "men", "met", "from"] {
        #expect(!has(q, w), "\(w)")
        #expect(!has(d, w), "\(w)")
    }
}

/// The recognizers with every position marked step over every byte as they did before the
/// shared pass; with the real cues they jump. Both must find the same things.
@Test func cuesChangeNothingFound() {
    let texts = [
        "The A380 and 3G phones cost $5bn, up 12 per cent from 2019, between 20 and 30 people said.",
        "On 5/12 at 3pm, some 1990s fans met; ½ of them left by the twenty-first of May.",
        "Prices rose 5%-10% in the 2024-06-19 sale, more than half of the 3.2 million items, last Monday.",
        "won 2-0 on Tuesday the eleventh, a dozen goals in two days from tomorrow, minus five degrees",
        "COVID-19 cases: 1,200 on Christmas Day 2020, about 40-plus; 7 ft 2 in tall; USD115 at 14:30 GMT",
        "fiftyfive words gluedtogether2019 and 2019glued x5y 5x; nine o'clock, next week on Friday",
        // Articles before number words and before other words, with one space, two, a
        // no-break space and a line break between: `a dozen`, `a third of`, `an eighth`.
        "a dozen eggs, a third of them, an eighth, a  million fans, a\u{00A0}hundred, a\nthousand, a twenty-first, a thing, an idea",
        "A Dozen, AN eighth, a thirdofthemallinoneverylongwordhere, a abcdefghijklmnopq, a few, a couple, a half, a quarter",
    ]
    var times = 0
    var quantities = 0
    for text in texts {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { t in
            let cues = ScanCues(t)
            let all = [UInt64](repeating: ~0, count: cues.time.count)

            var timeWith = TimeRecognizer(TextScan(t))
            cues.time.withUnsafeBufferPointer { timeWith.scan(cues: $0) }
            var timeAll = TimeRecognizer(TextScan(t))
            all.withUnsafeBufferPointer { timeAll.scan(cues: $0) }
            #expect(timeWith.found.map(\.span) == timeAll.found.map(\.span), "\(text)")
            #expect(timeWith.found.map(\.rule) == timeAll.found.map(\.rule), "\(text)")
            times += timeAll.found.count

            let spans = timeAll.found.map(\.span).sorted()
            var quantityWith = QuantityRecognizer(TextScan(t))
            cues.quantity.withUnsafeBufferPointer { quantityWith.scan(skipping: spans, cues: $0) }
            var quantityAll = QuantityRecognizer(TextScan(t))
            all.withUnsafeBufferPointer { quantityAll.scan(skipping: spans, cues: $0) }
            #expect(quantityWith.found.map(\.span) == quantityAll.found.map(\.span), "\(text)")
            #expect(quantityWith.found.map(\.rule) == quantityAll.found.map(\.rule), "\(text)")
            #expect(quantityWith.found.map(\.value) == quantityAll.found.map(\.value), "\(text)")
            quantities += quantityAll.found.count
        }
    }
    // The fixtures are full of both: the comparison above is not between two empty lists.
    #expect(times >= 10 && quantities >= 10, "\(times) times, \(quantities) quantities")
}

/// `TextScan.wordStart`/`wordEnd` read eight bytes at a time; they must give what a byte-by-byte
/// walk gives, cap of `maxWord` letters included, at every offset against the eight-byte
/// windows and at both ends of the text.
@Test func wordEdgesMatchByteByByte() {
    let words = ["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "Quantities", String(repeating: "x", count: 31),
                 String(repeating: "y", count: 32), String(repeating: "Z", count: 40)]
    for w in words {
        for sep in [" ", "é", "7", "[", "`", "@", "{", ""] {
            for pad in 0..<9 {
                let text = Array((String(repeating: "-", count: pad) + w + sep + w + sep).utf8)
                text.withUnsafeBufferPointer { t in
                    let s = TextScan(t)
                    for i in 0...t.count {
                        var e = i
                        while e < t.count && ByteClass.isAlpha(t[e]) && e - i < TextScan.maxWord { e += 1 }
                        if i < t.count { #expect(s.wordEnd(i) == e, "end \(i) in \(String(decoding: text, as: UTF8.self))") }
                        var b = i
                        while b > 0 && ByteClass.isAlpha(t[b - 1]) && i - b < TextScan.maxWord { b -= 1 }
                        #expect(s.wordStart(i) == b, "start \(i) in \(String(decoding: text, as: UTF8.self))")
                    }
                }
            }
        }
    }
}

/// The structure stage guesses the language from the cue pass's counts when it builds the cues;
/// the guess must be the one the full language scan makes, for English, for other languages,
/// and for English with foreign quotes around the eight-word threshold.
@Test func languageFromCuesMatchesFullGuess() {
    let german = "Der Minister sagte, dass die Regierung auch mit den Ländern und dem Bund für eine Lösung sorgen wird. "
    let french = "Le ministre a dit que les élèves sont dans une école pour apprendre et pas pour jouer avec le feu. "
    let english = "The minister said that the plan was not ready and that it would take time for the work to be done. "
    var texts = [english, german, french, german + english, english + german + german, french + french + english]
    // One to twelve German function words in an English story, then the other way round.
    let words = ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine"]
    for k in 1...words.count {
        texts.append(english + words[0..<k].joined(separator: " ") + ". " + english)
        texts.append(words[0..<k].joined(separator: " ") + " the and of to")
    }
    for text in texts {
        var full = Document(text: Array(text.utf8))
        StructureStage.run(&full)
        var shared = Document(text: Array(text.utf8))
        let cues = StructureStage.run(&shared, buildCues: true)
        #expect(cues != nil)
        #expect(shared.language == full.language, "\(text)")
        #expect(shared.diagnostics.map(\.code) == full.diagnostics.map(\.code), "\(text)")
    }
    // The fixtures reach both answers.
    var de = Document(text: Array((german + german).utf8))
    _ = StructureStage.run(&de, buildCues: true)
    #expect(de.language == "de")
}
