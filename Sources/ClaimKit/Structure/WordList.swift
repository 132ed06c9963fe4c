/// A short line seen as lower-cased words joined by single spaces, for phrase look-ups
/// (`getty images`, `leave a reply`). Only built for short blocks (the callers cap the length),
/// so the allocation does not matter.
///
/// A word is a run of letters, digits, non-ASCII bytes and the marks `&`, `©`-bytes, `'`, `’`
/// and inner periods; other punctuation separates words.
struct WordList {
    /// `word word word`, lower-cased.
    var normalized: [UInt8] = []
    /// Byte range of each word in the source text.
    var words: [Span] = []

    init(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, maxWords: Int = 64) {
        normalized.reserveCapacity(min(span.length, 512))
        words.reserveCapacity(16)
        var i = span.start
        let end = min(span.end, t.count)
        while i < end && words.count < maxWords {
            guard WordList.isWordByte(t, i) else { i += 1; continue }
            let s = i
            while i < end && WordList.isWordByte(t, i) { i += 1 }
            // Drop a trailing period or apostrophe that belongs to the punctuation.
            var e = i
            while e > s && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: "'")) { e -= 1 }
            guard e > s else { continue }
            if !normalized.isEmpty { normalized.append(0x20) }
            for k in s..<e { normalized.append(ByteClass.lower(t[k])) }
            words.append(Span(start: s, end: e))
        }
    }

    @inline(__always)
    static func isWordByte(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 {
            if ByteClass.isAlnum(b) || b == UInt8(ascii: "&") || b == UInt8(ascii: "'") { return true }
            return b == UInt8(ascii: ".") && i + 1 < t.count && ByteClass.isAlnum(t[i + 1])
        }
        return nonASCIIWordByte(t, i)
    }

    static func nonASCIIWordByte(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b >= 0x80 {
            // Non-ASCII letters are word bytes; spaces, quotes and dashes are not.
            if Punctuation.spaceLength(t, i) > 0 || Punctuation.openDoubleQuoteLength(t, i) > 1
                || Punctuation.closeDoubleQuoteLength(t, i) > 1 || Punctuation.dashLength(t, i) > 0
                || Punctuation.ellipsisLength(t, i) > 0
            {
                return false
            }
            if b == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0x98 { return false }  // ‘
            if b == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0xA2 { return false }  // •
            return true
        }
        return false
    }

    /// Lower-cased words of a lexicon phrase, joined by single spaces.
    static func normalized(_ s: String) -> [UInt8] {
        var bytes = Array(s.utf8)
        // Keep `©` and `(c)` as they are written; other phrases go through the word scanner.
        if bytes == Array("(c)".utf8) || bytes == Array("©".utf8) { return bytes }
        bytes = bytes.withUnsafeBufferPointer { WordList($0, Span(start: 0, end: $0.count)).normalized }
        return bytes
    }

    var count: Int { words.count }

    /// True when the words start with `phrase` (whole words).
    func starts(with phrase: [UInt8]) -> Bool {
        guard !phrase.isEmpty, normalized.count >= phrase.count else { return false }
        var k = 0
        while k < phrase.count {
            if normalized[k] != phrase[k] { return false }
            k += 1
        }
        return normalized.count == phrase.count || normalized[phrase.count] == 0x20
    }

    /// True when `phrase` occurs as whole words.
    func contains(_ phrase: [UInt8]) -> Bool {
        guard !phrase.isEmpty, normalized.count >= phrase.count else { return false }
        var s = 0
        while s + phrase.count <= normalized.count {
            if s == 0 || normalized[s - 1] == 0x20 {
                var k = 0
                while k < phrase.count && normalized[s + k] == phrase[k] { k += 1 }
                if k == phrase.count && (s + k == normalized.count || normalized[s + k] == 0x20) { return true }
            }
            s += 1
        }
        return false
    }
}
