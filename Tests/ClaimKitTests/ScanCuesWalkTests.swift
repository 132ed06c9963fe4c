import Testing

@testable import ClaimKit

/// The cue pass as it was before its word loop was tuned: one plain step at a time, every word
/// of at most 16 letters tested against `wordRoles` and, when a bit allows, hashed and looked
/// up. The tuned walk (third-letter mask, packed-word filter, out-of-line look-ups) must set the
/// same bits and count the same non-English words.
private struct ReferenceCues {
    var quantity: [UInt64]
    var time: [UInt64]
    var counts: [Int]

    init(_ text: [UInt8], countLanguages: Bool) {
        let n = text.count
        var quantity = [UInt64](repeating: 0, count: n / 64 + 1)
        var time = [UInt64](repeating: 0, count: n / 64 + 1)
        let table = LanguageWordTable.shared
        var counts = [Int](repeating: 0, count: table.languages.count)
        func mark(_ bits: inout [UInt64], _ i: Int) { bits[i >> 6] |= 1 << UInt64(i & 63) }
        let roles = ScanCues.wordRoles
        let langThirds = ScanCues.languageThirdLetters
        let langEnd = countLanguages ? min(n, LanguageGuess.sampleBytes) : 0
        text.withUnsafeBufferPointer { t in
            counts.withUnsafeMutableBufferPointer { c in
                LanguageGuess.letterBytes.withUnsafeBufferPointer { letters in
                    roles.withUnsafeBufferPointer { rolesBuffer in
                        table.withTables { tables in
                            var langPos = 0
                            var i = 0
                            while i < n {
                                let b = t[i]
                                if FastByte.isAlpha(b) {
                                    var e = i + 1
                                    while e < n && FastByte.isAlpha(t[e]) { e += 1 }
                                    let length = e - i
                                    var languageWord = false
                                    if i < langEnd && i >= langPos {
                                        if e < langEnd && !(t[e] >= 0xC3 && t[e] <= 0xC5) {
                                            languageWord = true
                                        } else {
                                            langPos = LanguageGuess.slowWord(t, i, langEnd, letters, tables, c)
                                        }
                                    }
                                    if length <= 16 {
                                        let second = length > 1 ? Int(t[i + 1] | 0x20) - 0x61 : 26
                                        let pair = (Int(b | 0x20) - 0x61) * 27 + second
                                        let r = roles[pair] >> UInt64(length - 1)
                                        let third = length > 2 ? Int(t[i + 2] | 0x20) - 0x61 : 26
                                        if languageWord && r & (1 << 16) != 0 && langThirds[pair] >> UInt32(third) & 1 != 0 {
                                            tables.count(ScanCues.packedKey(t, i, length), into: c)
                                        }
                                        let key = WordTable<Int>.key(t, i, e)
                                        if r & 1 != 0 {
                                            if length >= 3 && length <= 11 && b | 0x20 == 0x70 {
                                                mark(&quantity, i)
                                            } else if let w = NumberLexicons.words.lookup(key: key),
                                                w.wordClass != .article || ScanCues.mayOpenNumber(t, after: e, rolesBuffer)
                                            {
                                                mark(&quantity, i)
                                            }
                                        }
                                        if r & (1 << 32) != 0 && DateLexicons.triggers.lookup(key: key) != nil { mark(&time, i) }
                                    }
                                    i = e
                                    continue
                                }
                                if FastByte.isDigit(b) {
                                    mark(&quantity, i)
                                    mark(&time, i)
                                    let runStart = i
                                    i += 1
                                    while i < n && FastByte.isAlnum(t[i]) { i += 1 }
                                    if runStart < langEnd {
                                        var k = max(langPos, runStart)
                                        let stop = min(i, langEnd)
                                        while k < stop {
                                            let ch = t[k]
                                            if letters[Int(ch)] != 0 || (ch >= 0xC3 && ch <= 0xC5) {
                                                k = LanguageGuess.slowWord(t, k, langEnd, letters, tables, c)
                                            } else {
                                                k += 1
                                            }
                                        }
                                        langPos = max(langPos, k)
                                    }
                                    continue
                                }
                                if b == 0x25 || b == 0xC2 || b == 0xE2 { mark(&quantity, i) }
                                if b >= 0xC3 && b <= 0xC5 && i < langEnd && i >= langPos {
                                    langPos = LanguageGuess.slowWord(t, i, langEnd, letters, tables, c)
                                }
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        self.quantity = quantity
        self.time = time
        self.counts = counts
    }
}

/// Words of every list the walk consults (number words, time triggers, the language lists,
/// `per`/`percent`), words that share their first letters, lengths or third letters, and
/// plain English, in both cases.
private let cueWords: [String] = {
    var words: [String] = []
    for lex in [LexiconData.numberWords, LexiconData.months, LexiconData.weekdays, LexiconData.holidays, LexiconData.relativeDates, LexiconData.languageWords] {
        for e in Lexicon.entries(lex) {
            for f in e.forms { words.append(contentsOf: f.split(separator: " ").map(String.init)) }
        }
    }
    words += ["per", "percent", "percentage", "people", "perhaps", "pe", "p", "pa", "pair", "pairs", "pen", "pennies",
              "the", "this", "then", "thu", "thus", "nothing", "not", "now", "nov", "with", "wird", "won", "one", "ones",
              "a", "an", "and", "A", "An", "AN", "I", "Day", "DAY", "days", "half", "halves", "quarter", "quarters",
              "Tuesday", "tues", "Tue", "tuesdays", "Christmas", "eve", "Eve", "last", "next", "ago", "today", "tonight",
              "abcdefg", "abcdefgh", "abcdefghi", "seventeenth", "seventeen", "hundredth", "thousands", "millions",
              "abcdefghijklmnop", "abcdefghijklmnopq", "Bundesländer", "für", "été", "über", "Ça", "l’été"]
    return words
}()

private let cueSeparators: [String] = [
    " ", " ", " ", " ", ", ", ". ", "  ", "\n", "-", "’", "“", "”", " (", ") ", "%", " 5 ", "12", "3.5", "½", "é",
    "\u{00A0}", "", "'", "/", ":", "…", "—", " £", "€",
]

/// A deterministic generator, so a failure names a text that can be rebuilt.
private struct Mixer {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

private func mixedTexts() -> [[UInt8]] {
    var texts: [[UInt8]] = []
    var mixer = Mixer(state: 0x5EED)
    for k in 0..<400 {
        var text: [UInt8] = Array(String(repeating: "x", count: k % 9).utf8)
        let pieces = 5 + mixer.next(60)
        for _ in 0..<pieces {
            var word = cueWords[mixer.next(cueWords.count)]
            switch mixer.next(6) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            default: break
            }
            text += Array(word.utf8)
            text += Array(cueSeparators[mixer.next(cueSeparators.count)].utf8)
        }
        // Every length of tail, so the last words sit at every distance from the end.
        texts.append(text)
        texts.append(Array(text.dropLast(k % 7)))
    }
    // Around the end of the language sample: a word, a figure with letters, or a Latin letter
    // across it.
    for cut in 0..<12 {
        var text = Array(String(repeating: "la ", count: LanguageGuess.sampleBytes / 3).utf8)
        text = Array(text.prefix(LanguageGuess.sampleBytes - cut))
        text += Array(["der die und", "2die und", "été la le", "dieabc der", "one two three"][cut % 5].utf8)
        texts.append(text)
    }
    return texts
}

@Test func tunedCueWalkMatchesPlainWalk() {
    let table = LanguageWordTable.shared
    let english = table.languages.firstIndex(of: "en")
    var marked = 0
    var counted = 0
    for text in mixedTexts() {
        let label = String(decoding: text.prefix(300), as: UTF8.self)
        for countLanguages in [false, true] {
            let reference = ReferenceCues(text, countLanguages: countLanguages)
            var counts = [Int](repeating: 0, count: table.languages.count)
            let cues = text.withUnsafeBufferPointer { t in
                counts.withUnsafeMutableBufferPointer { c in
                    countLanguages ? ScanCues(t, languageCounts: c) : ScanCues(t)
                }
            }
            #expect(cues.quantity == reference.quantity, "quantity: \(label)")
            #expect(cues.time == reference.time, "time: \(label)")
            for l in counts.indices where l != english {
                #expect(counts[l] == reference.counts[l], "\(table.languages[l]): \(label)")
            }
            // English may be left short, never over.
            if let en = english { #expect(counts[en] <= reference.counts[en]) }
            marked += cues.quantity.reduce(0) { $0 + $1.nonzeroBitCount } + cues.time.reduce(0) { $0 + $1.nonzeroBitCount }
            counted += counts.enumerated().filter { $0.offset != english }.reduce(0) { $0 + $1.element }
        }
    }
    // The fixtures exercise both the marks and the counts.
    #expect(marked > 5000 && counted > 1000, "\(marked) marks, \(counted) counts")
}
