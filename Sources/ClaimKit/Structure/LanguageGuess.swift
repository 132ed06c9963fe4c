/// Guesses whether an article is clearly not English by counting frequent function words
/// (`language_words.txt`) in its first 32 KB.
///
/// English unless another language's words outnumber the English ones at least two to one and
/// number at least eight (a German quote in an English story does not flip it). Known limit:
/// languages without a word list are reported as English.
enum LanguageGuess {
    static let sampleBytes = 32 * 1024

    static func guess(_ t: UnsafeBufferPointer<UInt8>) -> String {
        var counts: [String: Int] = [:]
        let end = min(t.count, sampleBytes)
        var i = 0
        while i < end {
            let s = i
            i = letterEnd(t, i, end)
            guard i > s else { i += 1; continue }
            guard i - s <= 12 else { continue }
            if let langs = StructureLexicons.languageWords[WordHash.of(t, s, i)] {
                for l in langs { counts[l, default: 0] += 1 }
            }
        }
        let english = counts["en"] ?? 0
        var best = "en"
        var bestCount = 0
        for (lang, c) in counts where lang != "en" && (c > bestCount || (c == bestCount && lang < best)) {
            best = lang
            bestCount = c
        }
        if bestCount >= 8 && bestCount >= 2 * english { return best }
        return "en"
    }

    /// End of the run of letters at `i`: ASCII letters and Latin-1/Latin-A letters
    /// (`für`, `été`, two-byte sequences led by C3…C5).
    @inline(__always)
    private static func letterEnd(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end {
            let b = t[k]
            if ByteClass.isAlpha(b) {
                k += 1
            } else if b >= 0xC3 && b <= 0xC5 && k + 1 < end && ByteClass.isContinuation(t[k + 1]) {
                k += 2
            } else {
                break
            }
        }
        return k
    }
}
