/// Word tokens for modality cues: runs of ASCII letters, digits and non-ASCII letters, with an
/// apostrophe (`'` or `’`) kept inside a word (`couldn't`, `couldn’t` hash alike, as `'`).
/// Each token carries the FNV-1a hash of its lower-cased bytes, so cue lookup never builds a
/// String. Curly quotes, dashes and other UTF-8 punctuation (E2 80 xx) and NBSP separate.
struct ModalityToken: Sendable {
    var start: Int
    var end: Int
    var hash: UInt32
    /// First byte is an ASCII capital.
    var capitalised: Bool
    /// First byte is an ASCII digit.
    var numeric: Bool
}

enum ModalityTokenizer {
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || isASCIIWordByte(c)
    }

    /// ASCII letters and digits as bits of two words (bit `c & 63` of the word for `c`'s half):
    /// a shift and a test instead of a chain of range compares. `c` < 0x80.
    @inline(__always) static func isASCIIWordByte(_ c: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000  // 0x30…0x39
        let letters: UInt64 = 0x07FF_FFFE_07FF_FFFE  // 0x41…0x5A, 0x61…0x7A
        return ((c < 64 ? digits : letters) >> UInt64(c & 63)) & 1 != 0
    }

    /// Appends the tokens of `t[lo..<hi]` to `out` (which the caller reuses between sentences),
    /// at most `limit` of them.
    static func tokenize(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into out: inout [ModalityToken], limit: Int = Int.max
    ) {
        var n = 0
        forEachToken(t, lo, hi) { tok in
            out.append(tok)
            n += 1
            return n < limit
        }
    }

    /// Calls `body` with each token of `t[lo..<hi]` in order until it returns false.
    @inline(__always)
    static func forEachToken(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ body: (ModalityToken) -> Bool
    ) {
        var i = max(0, lo)
        let hi = min(hi, t.count)
        while i < hi {
            let c = t[i]
            if c == 0x20 {
                i += 1
                continue
            }
            if c < 0x80 {
                if !isASCIIWordByte(c) {
                    i += 1
                    continue
                }
            } else {
                let w = punctuationWidth(t, i, hi)
                if w > 0 {
                    i += w
                    continue
                }
            }
            let start = i
            var h = CheckworthinessFeatures.fnvOffset
            var end = i
            while i < hi {
                let b = t[i]
                if b &- 0x61 < 26 {  // lower-case letters: most bytes, in a tight loop
                    h = CheckworthinessFeatures.fnv(h, b)
                    i += 1
                    while i < hi && t[i] &- 0x61 < 26 {
                        h = CheckworthinessFeatures.fnv(h, t[i])
                        i += 1
                    }
                    end = i
                    continue
                }
                // A space (the usual end of a word) ends it; the outer loop would only step over it.
                if b == 0x20 {
                    i += 1
                    break
                }
                if b < 0x80 {
                    if isASCIIWordByte(b) {
                        h = CheckworthinessFeatures.fnv(h, b >= 0x41 && b <= 0x5A ? b &+ 32 : b)
                        i += 1
                        end = i
                        continue
                    }
                    // An apostrophe between two letters stays in the word.
                    if b == 0x27 && i + 1 < hi && isLetter(t[i + 1]) && isLetter(t[i - 1]) {
                        h = CheckworthinessFeatures.fnv(h, 0x27)
                        i += 1
                        continue
                    }
                    break
                }
                let w = punctuationWidth(t, i, hi)
                if w == 0 {
                    h = CheckworthinessFeatures.fnv(h, b)
                    i += 1
                    end = i
                    continue
                }
                // A right single quote (E2 80 99) between letters is an apostrophe, hashed as '.
                if w == 3 && t[i + 2] == 0x99 && i + 3 < hi && isLetter(t[i + 3]) && isLetter(t[i - 1]) {
                    h = CheckworthinessFeatures.fnv(h, 0x27)
                    i += 3
                    continue
                }
                break
            }
            let token = ModalityToken(
                start: start, end: end, hash: h, capitalised: c >= 0x41 && c <= 0x5A,
                numeric: c >= 0x30 && c <= 0x39)
            if !body(token) { return }
        }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    /// The length of an E2 80 90…BF (dashes, quotes, ellipsis) or C2 A0 (NBSP) sequence
    /// starting at `i`, or 0.
    @inline(__always) static func punctuationWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let c = t[i]
        if c == 0xE2 { return i + 2 < hi && t[i + 1] == 0x80 && t[i + 2] >= 0x90 && t[i + 2] <= 0xBF ? 3 : 0 }
        if c == 0xC2 { return i + 1 < hi && t[i + 1] == 0xA0 ? 2 : 0 }
        return 0
    }

    /// Hashes of the words of a phrase, as `tokenize` would hash them.
    static func hashes(_ phrase: String) -> [UInt32] {
        let bytes = Array(phrase.utf8)
        var toks: [ModalityToken] = []
        bytes.withUnsafeBufferPointer { tokenize($0, 0, $0.count, into: &toks) }
        return toks.map(\.hash)
    }
}
