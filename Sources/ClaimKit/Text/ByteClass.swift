/// Byte-level character classes for the scanners, which all work on UTF-8 bytes.
///
/// Non-ASCII punctuation the scanners care about (curly quotes, dashes, NBSP, zero-width
/// characters) is recognised by its UTF-8 sequence with `Punctuation` below, so no stage has
/// to decode to `Character` (15× slower, see TOOLCHAIN.md).
enum ByteClass {
    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B || b == 0 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
    /// A byte that starts or continues a non-ASCII character (letters in most of our text).
    @inline(__always) static func isNonASCII(_ b: UInt8) -> Bool { b >= 0x80 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }
}

/// Multi-byte punctuation, recognised in place. Each function returns the byte length of the
/// match at `i` (0 when there is none).
enum Punctuation {
    /// White space, including NBSP (C2 A0), the BOM (EF BB BF), zero-width space/joiners
    /// (E2 80 8B…8D), narrow and other Unicode spaces (E2 80 80…8A, E2 80 AF, E3 80 80).
    @inline(__always)
    static func spaceLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b < 0x80 { return ByteClass.isASCIISpace(b) ? 1 : 0 }
        let n = t.count
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80 {
            let c = t[i + 2]
            if c <= 0x8D || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
        }
        if b == 0xEF, i + 2 < n, t[i + 1] == 0xBB, t[i + 2] == 0xBF { return 3 }
        if b == 0xE3, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x80 { return 3 }
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x81, t[i + 2] == 0xA0 { return 3 }  // word joiner
        return 0
    }

    /// Opening double quote: `"` (ambiguous), `“` (E2 80 9C), `„` (E2 80 9E), `«` (C2 AB).
    @inline(__always)
    static func openDoubleQuoteLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x22 { return 1 }
        let n = t.count
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x9C || t[i + 2] == 0x9E { return 3 }
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xAB { return 2 }
        return 0
    }

    /// Closing double quote: `"` (ambiguous), `”` (E2 80 9D), `»` (C2 BB).
    @inline(__always)
    static func closeDoubleQuoteLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x22 { return 1 }
        let n = t.count
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x9D { return 3 }
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// Single quotes and apostrophes: `'`, `‘` (E2 80 98), `’` (E2 80 99).
    @inline(__always)
    static func singleQuoteLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x27 { return 1 }
        if b == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0x98 || t[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Dashes: `-`, `–` (E2 80 93), `—` (E2 80 94), `‐` `‑` (E2 80 90/91), `−` (E2 88 92).
    @inline(__always)
    static func dashLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x2D { return 1 }
        if b == 0xE2, i + 2 < t.count {
            if t[i + 1] == 0x80, (0x90...0x94).contains(t[i + 2]) { return 3 }
            if t[i + 1] == 0x88, t[i + 2] == 0x92 { return 3 }
        }
        return 0
    }

    /// Ellipsis `…` (E2 80 A6).
    @inline(__always)
    static func ellipsisLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        t[i] == 0xE2 && i + 2 < t.count && t[i + 1] == 0x80 && t[i + 2] == 0xA6 ? 3 : 0
    }
}
