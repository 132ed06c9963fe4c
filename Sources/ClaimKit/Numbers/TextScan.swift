/// Small, bounded moves over the text bytes shared by the number and date rules: skip a
/// little white space, find the word before or after a position, step over a quote mark.
///
/// Every move is capped (`maxGap` bytes of space, `maxWord` letters) so that rules run from
/// many positions stay linear on pathological input (a megabyte of spaces or of letters).
/// Single-comparison byte tests for the hot loops (ASCII letters and digits).
enum FastByte {
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
}

struct TextScan {
    let t: UnsafeBufferPointer<UInt8>
    var n: Int { t.count }

    static let maxGap = 16
    static let maxWord = 32

    init(_ t: UnsafeBufferPointer<UInt8>) { self.t = t }

    /// End of the run of ASCII letters starting at `i`.
    @inline(__always)
    func letterRunEnd(_ i: Int) -> Int {
        var e = i
        while e < t.count && FastByte.isAlpha(t[e]) { e += 1 }
        return e
    }

    /// The run of ASCII letters starting at `i` and its lower-cased `WordTable` hash (not yet
    /// finished with the length), computed in the same pass, for a lexicon probe.
    @inline(__always)
    func hashedLetterRun(_ i: Int) -> (end: Int, hash: UInt64) {
        var e = i
        var h = WordTable<Int>.seed
        while e < t.count {
            let c = t[e]
            guard FastByte.isAlpha(c) else { break }
            h = WordTable<Int>.step(h, c | 0x20)
            e += 1
        }
        return (e, h)
    }

    @inline(__always) func isAlpha(_ i: Int) -> Bool { i >= 0 && i < n && ByteClass.isAlpha(t[i]) }
    @inline(__always) func isDigit(_ i: Int) -> Bool { i >= 0 && i < n && ByteClass.isDigit(t[i]) }
    @inline(__always) func isAlnum(_ i: Int) -> Bool { i >= 0 && i < n && ByteClass.isAlnum(t[i]) }
    @inline(__always) func byte(_ i: Int) -> UInt8 { i >= 0 && i < n ? t[i] : 0 }

    /// Length of the white space (ASCII or Unicode) at `i`, 0 if none.
    @inline(__always) func spaceLength(_ i: Int) -> Int {
        guard i >= 0 && i < n else { return 0 }
        return Punctuation.spaceLength(t, i)
    }

    /// Whether a line break (LF, CR, VT, FF, U+2028, U+2029) starts at `i`: numbers, units,
    /// qualifiers and dates never reach across one (`0-2 Man Utd⏎⏎Manchester` is two things).
    @inline(__always) func isLineBreak(_ i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        let b = t[i]
        if b < 0x80 { return b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C }
        return b == 0xE2 && i + 2 < n && t[i + 1] == 0x80 && (t[i + 2] == 0xA8 || t[i + 2] == 0xA9)
    }

    /// Skips white space forward on the same line, at most `maxGap` bytes; returns the new
    /// position (a line break stops it).
    @inline(__always) func skipSpace(_ i: Int) -> Int {
        var j = i
        while j < n && j - i <= TextScan.maxGap {
            // Nearly every gap is one ASCII space: no need to ask about Unicode spaces.
            let b = t[j]
            if b == 0x20 {
                j += 1
                continue
            }
            // Nor about a visible ASCII byte, which is where nearly every gap ends.
            if b > 0x20 && b < 0x80 { break }
            let l = Punctuation.spaceLength(t, j)
            if l == 0 || isLineBreak(j) { break }
            j += l
        }
        return j
    }

    /// Skips white space backward from `i` (exclusive end), at most `maxGap` bytes.
    @inline(__always) func skipSpaceBack(_ i: Int) -> Int {
        var j = i
        while j > 0 && i - j <= TextScan.maxGap {
            let b = t[j - 1]
            // Nearly every call stands right after a visible ASCII byte: no space to skip.
            if b > 0x20 && b < 0x80 { break }
            if b < 0x80 {
                if ByteClass.isASCIISpace(b) && !isLineBreak(j - 1) { j -= 1; continue }
                break
            }
            // Multi-byte spaces: NBSP (2 bytes) and the 3-byte ones (not line separators).
            if j >= 2 && Punctuation.spaceLength(t, j - 2) == 2 { j -= 2; continue }
            if j >= 3 && Punctuation.spaceLength(t, j - 3) == 3 && !isLineBreak(j - 3) { j -= 3; continue }
            break
        }
        return j
    }

    /// End of the ASCII-letter word starting at `i` (capped), eight bytes at a time while
    /// they are there.
    @inline(__always) func wordEnd(_ i: Int) -> Int {
        var j = i
        if let base = t.baseAddress, i >= 0 {
            while j &+ 8 <= n && j &- i < TextScan.maxWord {
                let stops = ~ByteLanes.letterLanes(ByteLanes.load(base, j)) & ByteLanes.high
                if stops != 0 { return min(j &+ stops.trailingZeroBitCount &>> 3, i &+ TextScan.maxWord) }
                j &+= 8
            }
        }
        while j < n && ByteClass.isAlpha(t[j]) && j - i < TextScan.maxWord { j += 1 }
        return j
    }

    /// Start of the ASCII-letter word ending at `i` (exclusive), capped, eight bytes at a time
    /// while they are there.
    @inline(__always) func wordStart(_ i: Int) -> Int {
        var j = i
        if let base = t.baseAddress, i <= n {
            while j >= 8 && i &- j < TextScan.maxWord {
                let stops = ~ByteLanes.letterLanes(ByteLanes.load(base, j &- 8)) & ByteLanes.high
                if stops != 0 {
                    // The last byte that is not a letter is the highest flagged lane.
                    let last = (63 &- stops.leadingZeroBitCount) &>> 3
                    return max(j &- 8 &+ last &+ 1, i &- TextScan.maxWord)
                }
                j &-= 8
            }
        }
        while j > 0 && ByteClass.isAlpha(t[j - 1]) && i - j < TextScan.maxWord { j -= 1 }
        return j
    }

    /// The word after `i` (after white space): its range, or nil when the next thing is not a word.
    func nextWord(_ i: Int) -> Range<Int>? {
        let s = skipSpace(i)
        guard isAlpha(s) else { return nil }
        return s..<wordEnd(s)
    }

    /// The word before `i` (before white space), or nil.
    func previousWord(_ i: Int) -> Range<Int>? {
        let e = skipSpaceBack(i)
        guard e > 0, isAlpha(e - 1) else { return nil }
        let s = wordStart(e)
        // A word glued to digits or longer than the cap is not a word we read.
        if isDigit(s - 1) { return nil }
        return s..<e
    }

    @inline(__always) func key(_ r: Range<Int>) -> UInt64 { WordTable<Int>.key(t, r.lowerBound, r.upperBound) }

    /// Whether `t[r]` equals `word` (ASCII, case-insensitive; `word` lower case).
    func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            var k = 0
            for i in r {
                if ByteClass.lower(t[i]) != w[k] { return false }
                k += 1
            }
            return true
        }
    }

    func isCapitalized(_ r: Range<Int>) -> Bool { !r.isEmpty && ByteClass.isUpper(t[r.lowerBound]) }

    /// Length of a closing quote mark (straight or curly, double or single) at `i`.
    @inline(__always) func closingQuoteLength(_ i: Int) -> Int {
        guard i < n else { return 0 }
        let d = Punctuation.closeDoubleQuoteLength(t, i)
        if d > 0 { return d }
        if t[i] == 0xE2, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x99 { return 3 }
        if t[i] == 0x27 { return 1 }
        return 0
    }

    /// Length of a dash at `i` (hyphen, en/em dash, minus sign), 0 if none.
    @inline(__always) func dashLength(_ i: Int) -> Int {
        guard i >= 0 && i < n else { return 0 }
        return Punctuation.dashLength(t, i)
    }

    /// Length of the dash that ends at `i` (exclusive), 0 if none.
    func dashLengthBefore(_ i: Int) -> Int {
        if i >= 1 && t[i - 1] == 0x2D { return 1 }
        if i >= 3 && Punctuation.dashLength(t, i - 3) == 3 { return 3 }
        return 0
    }
}
