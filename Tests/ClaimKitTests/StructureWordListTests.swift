import Testing

@testable import ClaimKit

/// Short lines of the kinds the block roles read (credits, sources, bylines, dates,
/// boilerplate), with the punctuation that splits or joins words.
private let linePieces: [String] = [
    "Photo:", "Getty", "Images", "AFP", "|", "/", "©", "2024", "Jane", "Doe", "Reuters", "AP", "Photo/Jae", "C.", "Hong",
    "U.S.", "e.g.", "it's", "it’s", "rock'n'roll", "''", "...", "…", "—", "-", "“Quote”", "‘single’", "•", "café", "naïve",
    "Leave", "a", "Reply", "&", "Co.", "x.y", "end.", "'", ".", ",", "(c)", "Image", "source,", "BBC", "Ünïcode",
]
private let lineSeparators: [String] = [" ", " ", " ", "  ", ", ", "\u{00A0}", "", "\t", " | "]

/// The word list read one byte at a time, as plainly as it can be said: maximal runs of word
/// bytes, trailing periods and apostrophes dropped, words lower-cased and joined by spaces.
private func plainWordList(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, maxWords: Int) -> ([UInt8], [Span]) {
    var normalized: [UInt8] = []
    var words: [Span] = []
    var i = span.start
    let end = min(span.end, t.count)
    while i < end && words.count < maxWords {
        if !WordList.isWordByte(t, i) {
            i += 1
            continue
        }
        let s = i
        while i < end && WordList.isWordByte(t, i) { i += 1 }
        var e = i
        while e > s && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: "'")) { e -= 1 }
        if e == s { continue }
        if !words.isEmpty { normalized.append(0x20) }
        for k in s..<e { normalized.append(ByteClass.lower(t[k])) }
        words.append(Span(start: s, end: e))
    }
    return (normalized, words)
}

/// The word list writes its lower-cased words straight into a buffer of the span's length;
/// its words and normalized bytes must be those of the plain byte loop for any line, any
/// sub-span (including one that runs past the text) and any word limit.
@Test func wordListMatchesPlainByteLoop() {
    var state: UInt64 = 0x5EED_1234
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    var checked = 0
    for _ in 0..<400 {
        var line = ""
        for _ in 0..<(1 + next(14)) {
            line += linePieces[next(linePieces.count)]
            line += lineSeparators[next(lineSeparators.count)]
        }
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { t in
            for _ in 0..<4 {
                let start = next(bytes.count + 1)
                let end = start + next(bytes.count + 4 - start)
                let span = Span(start: start, end: end)
                let maxWords = [1, 3, 12, 16, 64][next(5)]
                let fast = WordList(t, span, maxWords: maxWords)
                let plain = plainWordList(t, span, maxWords: maxWords)
                #expect(fast.normalized == plain.0, "\(line) \(start)..<\(end)")
                #expect(fast.words == plain.1, "\(line) \(start)..<\(end)")
                checked += plain.1.count
            }
        }
    }
    #expect(checked > 1000)
}

@Test func wordListReadsCreditLine() {
    let text = Array("Photo: Jane Doe/AFP via Getty Images. ".utf8)
    text.withUnsafeBufferPointer { t in
        let words = WordList(t, Span(start: 0, end: t.count))
        #expect(String(decoding: words.normalized, as: UTF8.self) == "photo jane doe afp via getty images")
        #expect(words.count == 7)
        let capped = WordList(t, Span(start: 0, end: t.count), maxWords: 2)
        #expect(String(decoding: capped.normalized, as: UTF8.self) == "photo jane")
    }
}
