/// Cuts plain text into blocks by its line structure.
///
/// A blank line always ends a block. A single line break ends one too, unless the line it
/// closes is visibly unfinished, so hard-wrapped paragraphs stay whole: the line has no final
/// punctuation and either the next line starts with a lower-case letter, a digit or a currency
/// sign (`said at least` / `12 families`), or the line ends with a word that cannot end a
/// sentence (`of`, `the`, `and`, `at least`) — in both cases only when the line has at least
/// four words, so short list lines such as `features` / `contact manager` stay apart and a
/// short heading before a figure (`Key figures` / `12 dead`) is kept — or the line ends with a
/// comma, hyphen, dash or opening bracket. A line that opens with a bullet or a list marker
/// starts a new block.
///
/// Known limit: a hard-wrapped paragraph whose line ends on a capitalised word before a
/// capitalised line (`said Prime Minister` / `Boris Johnson.`) is cut in two; scraped news
/// text rarely wraps, while headings on their own line without a blank line are common.
enum BlockSplitter {
    /// The blocks of `t`, each a `paragraph` until `BlockRoles` reads it (made here, not mapped
    /// from spans afterwards, so the list is built once).
    static func split(_ t: UnsafeBufferPointer<UInt8>) -> [Block] {
        var blocks: [Block] = []
        let n = t.count
        var current: Span?
        var previousLine = Span(start: 0, end: 0)
        var i = 0
        while i < n {
            // One line: [i, lineEnd), then the break.
            let lineEnd = ByteLanes.lineBreak(t, from: i, n)
            var next = lineEnd
            if next < n {
                next += (t[next] == 0x0D && next + 1 < n && t[next + 1] == 0x0A) ? 2 : 1
            }
            let line = LineScan.trimmed(t, Span(start: i, end: lineEnd))
            if line.isEmpty {
                if let c = current { blocks.append(Block(span: c, role: .paragraph)) }
                current = nil
            } else if let c = current {
                if joins(t, previousLine, line) {
                    current = Span(start: c.start, end: line.end)
                } else {
                    blocks.append(Block(span: c, role: .paragraph))
                    current = line
                }
            } else {
                current = line
            }
            if !line.isEmpty { previousLine = line }
            i = next
        }
        if let c = current { blocks.append(Block(span: c, role: .paragraph)) }
        return blocks
    }

    /// Whether `next` continues the line `line` within one block.
    static func joins(_ t: UnsafeBufferPointer<UInt8>, _ line: Span, _ next: Span) -> Bool {
        if startsListItem(t, next) { return false }
        guard let last = LineScan.lastMeaningfulByte(t, line) else { return false }
        let lastByte = t[last]
        if lastByte == UInt8(ascii: ".") || lastByte == UInt8(ascii: "!") || lastByte == UInt8(ascii: "?")
            || lastByte == UInt8(ascii: ":") || Punctuation.ellipsisLength(t, last) == 3
        {
            return false
        }
        if lastByte == UInt8(ascii: ",") || lastByte == UInt8(ascii: "(") || lastByte == UInt8(ascii: "-")
            || Punctuation.dashLength(t, last) > 0
        {
            return true
        }
        let first = t[next.start]
        let continues = ByteClass.isLower(first) || ByteClass.isDigit(first) || first == UInt8(ascii: "$")
            || (first == 0xC2 && next.start + 1 < next.end && t[next.start + 1] == 0xA3)  // £
            || (first == 0xE2 && next.start + 2 < next.end && t[next.start + 1] == 0x82 && t[next.start + 2] == 0xAC)  // €
        if continues || endsOnOpenWord(t, line, last) {
            return LineScan.wordCount(t, line, limit: 4) >= 4
        }
        return false
    }

    /// Words after which a sentence cannot stop (articles, prepositions, conjunctions, `least`):
    /// a line ending on one is cut by a hard wrap, whatever the next line starts with.
    static let openLineEnders = WordHashSet(
        ["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but",
         "than", "that", "least", "as", "about", "its", "their", "his", "her", "our", "is", "are", "was", "were"].map(WordHash.of))

    /// Whether the last word of `line` (ending at byte `last`) is one of `openLineEnders`.
    static func endsOnOpenWord(_ t: UnsafeBufferPointer<UInt8>, _ line: Span, _ last: Int) -> Bool {
        guard ByteClass.isLower(t[last]) else { return false }
        var s = last
        while s > line.start && last - s < 8 && ByteClass.isAlpha(t[s - 1]) { s -= 1 }
        guard s == line.start || t[s - 1] == 0x20 else { return false }
        return openLineEnders.contains(WordHash.of(t, s, last + 1))
    }

    /// `• item`, `- item`, `* item`, `1. item`, `2) item` at the start of a line.
    static func startsListItem(_ t: UnsafeBufferPointer<UInt8>, _ line: Span) -> Bool {
        let s = line.start
        guard s < line.end else { return false }
        let b = t[s]
        if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*")) && s + 1 < line.end && t[s + 1] == 0x20 { return true }
        if b == 0xE2, s + 2 < line.end {
            let b1 = t[s + 1]
            let b2 = t[s + 2]
            if (b1 == 0x80 && b2 == 0xA2) || (b1 == 0x81 && b2 == 0x83) || (b1 == 0x96 && b2 == 0xAA) || (b1 == 0x80 && (b2 == 0x93 || b2 == 0x94)) {
                return true
            }
        }
        if ByteClass.isDigit(b), let m = ListMarker.parse(t, s, line.end), !m.isLetter { return true }
        return false
    }
}

/// Small byte-scanning helpers shared by the structure rules.
enum LineScan {
    /// `span` without leading and trailing white space (ASCII and Unicode spaces).
    static func trimmed(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Span {
        var s = span.start
        var e = span.end
        while s < e {
            let l = Punctuation.spaceLength(t, s)
            if l == 0 { break }
            s += l
        }
        while e > s {
            if ByteClass.isASCIISpace(t[e - 1]) { e -= 1; continue }
            if e - 2 >= s, Punctuation.spaceLength(t, e - 2) == 2 { e -= 2; continue }
            if e - 3 >= s, Punctuation.spaceLength(t, e - 3) == 3 { e -= 3; continue }
            break
        }
        return Span(start: s, end: max(s, e))
    }

    /// Index of the last byte of `span` that is not a closing quote, bracket, `*` or space.
    static func lastMeaningfulByte(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int? {
        var e = span.end
        var steps = 0
        while e > span.start && steps < 16 {
            steps += 1
            let b = t[e - 1]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
                || b == UInt8(ascii: "*") || ByteClass.isASCIISpace(b)
            {
                e -= 1
                continue
            }
            if e - 3 >= span.start, t[e - 3] == 0xE2, t[e - 2] == 0x80, t[e - 1] == 0x9D || t[e - 1] == 0x99 {
                e -= 3
                continue
            }
            if e - 2 >= span.start, t[e - 2] == 0xC2, t[e - 1] == 0xBB {
                e -= 2
                continue
            }
            break
        }
        guard e > span.start else { return nil }
        // Step back to the first byte of a multi-byte character.
        var k = e - 1
        while k > span.start && ByteClass.isContinuation(t[k]) { k -= 1 }
        return k
    }

    /// Whether the span ends with terminal punctuation (`.`, `!`, `?`, `…`), closers aside.
    static func endsSentence(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        guard let k = lastMeaningfulByte(t, span) else { return false }
        let b = t[k]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || Punctuation.ellipsisLength(t, k) == 3
    }

    /// Number of white-space separated words in `span`, counting up to `limit`.
    static func wordCount(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, limit: Int) -> Int {
        var count = 0
        var inWord = false
        var i = span.start
        while i < span.end && count < limit + 1 {
            let b = t[i]
            let s = b == 0x20 ? 1 : (b > 0x20 && b < 0x80 ? 0 : Punctuation.spaceLength(t, i))
            if s > 0 {
                inWord = false
                i += s
                continue
            }
            if !inWord {
                inWord = true
                count += 1
            }
            i += 1
        }
        return min(count, limit + 1)
    }

    /// Whether `span` contains byte `b`.
    static func contains(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ b: UInt8) -> Bool {
        var i = span.start
        while i < span.end {
            if t[i] == b { return true }
            i += 1
        }
        return false
    }
}
