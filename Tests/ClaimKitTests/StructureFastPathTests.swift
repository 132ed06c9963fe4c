import Testing

@testable import ClaimKit

/// Pieces of news prose for the segmenter: plain words in both cases and of every length
/// around eight letters, commas, abbreviations, initials, figures, quotes, lists, glued words,
/// links and multi-byte punctuation.
private let proseWords: [String] = [
    "the", "a", "said", "minister", "Minister", "government", "Government", "parliamentarians", "abcdefg", "abcdefgh",
    "abcdefghi", "Abcdefg", "Abcdefgh", "Abcdefghi", "A", "I", "it", "on", "Mr.", "Dr", "U.S.", "e.g.", "p.m.", "Co.",
    "Jonas", "E.", "Smith", "said,", "however,", "Reyes", "asked.", "ok.", "end.", "Why?", "Stop!", "wait...", "so…",
    "$100.00", "1,000.That", "3.5", "42", "10km", "www.example.com", "news@bbc.co.uk", "https://bbc.co.uk/news",
    "scheduleNorth", "Korean", "word.Word", "“Quoted", "words”", "(brackets)", "[...]", "1.", "2.", "a)", "b)", "•",
    "l’été", "für", "naïve", "café,", "—", "-", "'", "\"", "x", "IBM", "NASA.", "Tuesday.", "it’s", "don't", ",", ";",
]
private let proseSeparators: [String] = [" ", " ", " ", " ", " ", "  ", "\u{00A0}", ", ", ". ", "\n", " - ", "", "\t"]

private struct ProseMixer {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

private func segmented(_ text: [UInt8], wide: Bool, blocks: [Span]) -> ([Sentence], [Diagnostic]) {
    text.withUnsafeBufferPointer { t in
        var s = SentenceSegmenter(text: t, block: 0)
        s.wideWords = wide
        for (b, span) in blocks.enumerated() { s.segment(span.start, span.end, block: b) }
        return (s.sentences, s.diagnostics)
    }
}

/// Plain words are read eight bytes at a time while eight are left; the sentences and
/// diagnostics must be those of the byte loop, whatever the words, their case, their length
/// and their distance from the block end.
@Test func wideWordScanSegmentsLikeByteLoop() {
    var mixer = ProseMixer(state: 0xC0FFEE)
    var sentences = 0
    for k in 0..<600 {
        var text: [UInt8] = []
        let count = 1 + mixer.next(40)
        for _ in 0..<count {
            text += Array(proseWords[mixer.next(proseWords.count)].utf8)
            text += Array(proseSeparators[mixer.next(proseSeparators.count)].utf8)
        }
        text = Array(text.dropLast(k % 5))
        // The whole text as one block, and cut into two blocks at a point inside it.
        let cut = text.isEmpty ? 0 : mixer.next(text.count)
        for blocks in [[Span(start: 0, end: text.count)], [Span(start: 0, end: cut), Span(start: cut, end: text.count)]] {
            let wide = segmented(text, wide: true, blocks: blocks)
            let bytewise = segmented(text, wide: false, blocks: blocks)
            let label = String(decoding: text, as: UTF8.self)
            #expect(wide.0.map(\.span) == bytewise.0.map(\.span), "\(label)")
            #expect(wide.0.map(\.block) == bytewise.0.map(\.block), "\(label)")
            #expect(wide.1.map(\.code) == bytewise.1.map(\.code), "\(label)")
            #expect(wide.1.map(\.span) == bytewise.1.map(\.span), "\(label)")
            sentences += wide.0.count
        }
    }
    #expect(sentences > 1000, "\(sentences) sentences")
}

/// `ByteLanes.lineBreak` tests eight bytes at once for any byte below 0x0E and then looks at
/// the first one; it must find what a byte-by-byte search finds, with tabs, other controls and
/// both breaks at every offset against the eight-byte windows, and at the range end.
@Test func lineBreakMatchesByteByByte() {
    let controls: [UInt8] = [0x0A, 0x0D, 0x09, 0x00, 0x0B, 0x0C, 0x0E, 0x1F, 0x8A, 0x8D, 0xC3]
    var checked = 0
    for length in 0..<20 {
        for first in controls {
            for second: UInt8 in [0x0A, 0x09, 0x61] {
                for at in 0..<max(length, 1) {
                    var text = [UInt8](repeating: 0x61, count: length)
                    if at < length { text[at] = first }
                    if at + 3 < length { text[at + 3] = second }
                    text.withUnsafeBufferPointer { t in
                        for from in 0...length {
                            for end in [length, max(from, length - 1)] {
                                var k = from
                                while k < end && t[k] != 0x0A && t[k] != 0x0D { k += 1 }
                                #expect(ByteLanes.lineBreak(t, from: from, end) == k, "\(text) from \(from) to \(end)")
                                checked += 1
                            }
                        }
                    }
                }
            }
        }
    }
    #expect(checked > 10000)
}
