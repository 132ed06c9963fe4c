/// Recognises a line that is only a date (`December 26, 2024`, `Thu 26 Dec 2024 10:30 GMT`,
/// `Published: 2024-12-26`, `Updated June 19, 2024 at 3:15 p.m. ET`) and returns it as ISO.
///
/// Besides the date itself the line may hold weekday names, time-of-day tokens, time zones,
/// separators and the words of `allowedWords` (published, updated, posted, on, at, last).
/// Anything else (a verb, a place) makes it a sentence, not a date line.
enum DateLine {
    /// Word hashes (`WordHash`, lower-cased), so a line's first word is checked without an
    /// array and a SipHash per line.
    static let allowedWords = WordHashSet(["published", "updated", "posted", "on", "at", "last", "modified", "am", "pm", "a.m", "p.m", "date", "first"].map(WordHash.of))

    static func iso(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> String? {
        guard span.length > 0, span.length <= 80 else { return nil }
        // The year is always read from digits: a line without one (most short lines, headings
        // and captions) is not a date line, and needs no word look-ups to say so.
        var d = span.start
        while d < span.end && t[d] &- 0x30 >= 10 { d += 1 }
        guard d < span.end else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        var i = span.start
        let end = span.end
        while i < end {
            let b = t[i]
            if ByteClass.isDigit(b) {
                var k = i
                var v = 0
                while k < end && ByteClass.isDigit(t[k]) && k - i < 6 {
                    v = v * 10 + Int(t[k] - 0x30)
                    k += 1
                }
                let digits = k - i
                if k < end && ByteClass.isDigit(t[k]) { return nil }
                if digits == 4, k < end, t[k] == UInt8(ascii: "-"), year == nil {
                    // ISO date 2024-12-26 (a time may follow: 2024-12-26T10:00:00Z).
                    guard let (m, d, after) = isoTail(t, k, end) else { return nil }
                    year = v
                    month = m
                    day = d
                    i = after
                    continue
                }
                if k < end && t[k] == UInt8(ascii: ":") {
                    // A time of day: skip h:mm(:ss).
                    k += 1
                    while k < end && (ByteClass.isDigit(t[k]) || t[k] == UInt8(ascii: ":")) { k += 1 }
                    i = k
                    continue
                }
                if digits == 4 && v >= 1800 && v <= 2200 && year == nil {
                    year = v
                } else if digits <= 2 && v >= 1 && v <= 31 && day == nil {
                    day = v
                    // Ordinal suffix: 26th, 1st.
                    if k + 1 < end, ByteClass.isLower(t[k]), ByteClass.isLower(t[k + 1]),
                        k + 2 >= end || !ByteClass.isAlpha(t[k + 2])
                    {
                        k += 2
                    }
                } else {
                    return nil
                }
                i = k
                continue
            }
            if ByteClass.isAlpha(b) {
                var k = i
                while k < end && (ByteClass.isAlpha(t[k]) || (t[k] == UInt8(ascii: ".") && k + 1 < end && ByteClass.isAlpha(t[k + 1]))) { k += 1 }
                let word = UnsafeBufferPointer(rebasing: t[i..<k])
                if let m = CalendarNames.month(word), month == nil {
                    month = m
                } else if CalendarNames.weekday(word) != nil {
                    // fine
                } else if allowedWords.contains(WordHash.of(t, i, k)) {
                    // fine
                } else if k - i <= 4 && word.allSatisfy(ByteClass.isUpper) {
                    // A time zone: GMT, UTC, EST, ET, KST.
                } else {
                    return nil
                }
                i = k
                continue
            }
            // Separators and punctuation between the parts.
            if ByteClass.isASCIISpace(b) || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "|")
                || b == UInt8(ascii: ":") || b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            {
                i += 1
                continue
            }
            let l = max(Punctuation.spaceLength(t, i), Punctuation.dashLength(t, i))
            if l > 0 {
                i += l
                continue
            }
            return nil
        }
        guard let y = year, let m = month, let d = day, let date = ISODate(year: y, month: m, day: d) else { return nil }
        return date.description
    }

    /// After `YYYY` at `k` (which holds `-`): `-MM-DD`, and where the date part ends.
    private static func isoTail(_ t: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> (Int, Int, Int)? {
        guard k + 5 < end, ByteClass.isDigit(t[k + 1]), ByteClass.isDigit(t[k + 2]), t[k + 3] == UInt8(ascii: "-"),
            ByteClass.isDigit(t[k + 4]), ByteClass.isDigit(t[k + 5])
        else { return nil }
        let m = Int(t[k + 1] - 0x30) * 10 + Int(t[k + 2] - 0x30)
        let d = Int(t[k + 4] - 0x30) * 10 + Int(t[k + 5] - 0x30)
        var after = k + 6
        if after < end && t[after] == UInt8(ascii: "T") {
            after += 1
            while after < end && (ByteClass.isDigit(t[after]) || t[after] == UInt8(ascii: ":") || t[after] == UInt8(ascii: ".")
                || t[after] == UInt8(ascii: "Z") || t[after] == UInt8(ascii: "+") || t[after] == UInt8(ascii: "-"))
            {
                after += 1
            }
        }
        return (m, d, after)
    }

    /// The ISO date at the start of a metadata value (`2024-06-19T10:00:00+00:00`), if valid.
    static func isoPrefix(_ s: String) -> String? {
        let bytes = Array(s.utf8.prefix(10))
        guard bytes.count == 10 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return ISODate(parsing: text)?.description
    }
}
