/// Tests on the text of one block that decide roles which do not depend on position:
/// credit lines, wire-source lines, boilerplate, bylines and caption openings. Each looks only
/// at short blocks (a few dozen words), so the cost per block is bounded.
enum LineKinds {
    /// `Anthony Wallace | AFP | Getty Images`, `Photo: Jane Doe/Reuters`, `© 2024 Foo`:
    /// short, no final period, and a credit cue either opening the line or beside a separator.
    static func isCredit(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> Bool {
        guard words.count >= 1, words.count <= 15 else { return false }
        if let k = LineScan.lastMeaningfulByte(t, span), t[k] == UInt8(ascii: "."), !endsWithAbbreviation(words) { return false }
        let separated = LineScan.contains(t, span, UInt8(ascii: "|")) || LineScan.contains(t, span, UInt8(ascii: "/"))
        for cue in StructureLexicons.creditCues {
            if cue.atStart {
                if words.starts(with: cue.phrase) {
                    // `Photo: …`, `Image source, …`, `Photo by …`, `© 2024 …`
                    let after = cue.phrase.count < words.normalized.count
                    if after && (words.count <= 10 || separated) { return true }
                }
            } else if separated && words.contains(cue.phrase) {
                return true
            }
        }
        // `X/AFP via Getty Images`, `(AP Photo/Jane Doe)`
        if words.count <= 10 && (words.contains(Array("via getty images".utf8)) || words.contains(Array("ap photo".utf8))) { return true }
        return false
    }

    private static func endsWithAbbreviation(_ words: WordList) -> Bool {
        // `AP Photo/Jae C. Hong` ends with an initial, not a sentence.
        guard let last = words.words.last else { return false }
        return last.length <= 2
    }

    /// `Reuters TN, AP, DPA, DW`, `Source: Reuters`, `With agencies`: every item of a short
    /// list opens with a known agency. Returns the agencies' canonical names.
    static func sourceNames(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> [String]? {
        guard words.count >= 1, words.count <= 14, !LineScan.endsSentence(t, span) || words.count <= 3 else { return nil }
        if words.normalized == Array("with agencies".utf8) || words.normalized == Array("agencies".utf8) { return [] }
        var names: [String] = []
        // Items are separated by `,`, `/`, `|`, `;`, `&` and `and`.
        var itemStart = true
        var skipLeading = words.starts(with: Array("source".utf8)) || words.starts(with: Array("sources".utf8))
        var w = 0
        var lastEnd = span.start
        while w < words.count {
            let word = words.words[w]
            // Separator between the previous word and this one?
            if w > 0 && !itemStart {
                var k = lastEnd
                while k < word.start {
                    let b = t[k]
                    if b == UInt8(ascii: ",") || b == UInt8(ascii: "/") || b == UInt8(ascii: "|") || b == UInt8(ascii: ";") || b == UInt8(ascii: "&") {
                        itemStart = true
                    }
                    k += 1
                }
            }
            let lower = lowered(t, word)
            if lower == Array("and".utf8) {
                itemStart = true
                lastEnd = word.end
                w += 1
                continue
            }
            if skipLeading {
                skipLeading = false
                itemStart = true
                lastEnd = word.end
                w += 1
                continue
            }
            if itemStart {
                // Two-word agency names first (`Associated Press`, `Deutsche Welle`).
                var matched = false
                if w + 1 < words.count {
                    let two = lower + [0x20] + lowered(t, words.words[w + 1])
                    if let name = StructureLexicons.agencies[two] {
                        names.append(name)
                        w += 2
                        lastEnd = words.words[w - 1].end
                        itemStart = false
                        matched = true
                    }
                }
                if !matched {
                    guard let name = StructureLexicons.agencies[lower] else { return nil }
                    names.append(name)
                    lastEnd = word.end
                    w += 1
                    itemStart = false
                }
                continue
            }
            // A second word inside an item: keep it when it is an agency too (`Reuters TN`).
            if let name = StructureLexicons.agencies[lower] { names.append(name) }
            lastEnd = word.end
            w += 1
        }
        return names.isEmpty ? nil : names
    }

    /// `About The Author`, `Leave a Reply`, `Your email address will not be published.`;
    /// returns whether what follows is page furniture too (`scope=rest`).
    static func boilerplate(_ words: WordList) -> (isBoilerplate: Bool, rest: Bool) {
        guard words.count >= 1, words.count <= 15 else { return (false, false) }
        for entry in StructureLexicons.boilerplate {
            if entry.anywhere {
                if words.count <= 5 && words.contains(entry.phrase) { return (true, false) }
                continue
            }
            guard words.starts(with: entry.phrase) else { continue }
            // A phrase that opens the rest of the page must stand (almost) alone.
            if entry.rest {
                if words.normalized.count <= entry.phrase.count + 12 { return (true, true) }
                continue
            }
            // Single-word cues (`Related`, `Tags`) must be most of the line.
            let cueWords = entry.phrase.filter { $0 == 0x20 }.count + 1
            if cueWords == 1 && words.count > 3 { continue }
            return (true, false)
        }
        return (false, false)
    }

    /// `By Jane Doe`, `By Jane Doe and John Roe, BBC News`: the author names, if it is one.
    static func bylineAuthors(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> [String]? {
        guard words.count >= 2, words.count <= 12, !LineScan.endsSentence(t, span) else { return nil }
        var cueWords = 0
        for cue in StructureLexicons.bylineCues where words.starts(with: cue) {
            cueWords = max(cueWords, cue.filter { $0 == 0x20 }.count + 1)
        }
        guard cueWords > 0 else { return nil }
        var authors: [String] = []
        var current: [Span] = []
        func flush() {
            if current.count >= 2 && current.count <= 4, let f = current.first, let l = current.last {
                authors.append(String(decoding: UnsafeBufferPointer(rebasing: t[f.start..<l.end]), as: UTF8.self))
            }
            current = []
        }
        var w = cueWords
        var previousEnd = words.words[cueWords - 1].end
        while w < words.count {
            let word = words.words[w]
            var separator = false
            var k = previousEnd
            while k < word.start {
                if t[k] == UInt8(ascii: ",") || t[k] == UInt8(ascii: "|") || t[k] == UInt8(ascii: "&") { separator = true }
                k += 1
            }
            if separator { flush() }
            let lower = lowered(t, word)
            if lower == Array("and".utf8) {
                flush()
            } else if ByteClass.isUpper(t[word.start]) || t[word.start] >= 0x80 {
                current.append(word)
            } else {
                // A lower-case word: not a name list (`By the way …`).
                if authors.isEmpty && current.count < 2 { return nil }
                break
            }
            previousEnd = word.end
            w += 1
        }
        flush()
        return authors.isEmpty ? nil : authors
    }

    /// Opens with a caption phrase (`In this photo released by …`, `File photo: …`).
    static func opensCaption(_ words: WordList) -> Bool {
        for cue in StructureLexicons.captionCues where words.starts(with: cue) {
            if words.normalized.count > cue.count + 10 { return true }
        }
        return false
    }

    static func lowered(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.length)
        for k in span.start..<span.end { out.append(ByteClass.lower(t[k])) }
        return out
    }
}
