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
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// Appends the tokens of `t[lo..<hi]` to `out` (which the caller reuses between sentences).
    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into out: inout [ModalityToken]) {
        var i = lo
        while i < hi {
            let c = t[i]
            // Separators: ASCII non-word bytes, E2 80 xx punctuation, C2 A0.
            if !isWordByte(c) || isPunctuationSequence(t, i, hi) {
                i += c == 0xE2 && isPunctuationSequence(t, i, hi) ? 3 : (c == 0xC2 && isPunctuationSequence(t, i, hi) ? 2 : 1)
                continue
            }
            let start = i
            var h = CheckworthinessFeatures.fnvOffset
            var end = i
            while i < hi {
                let b = t[i]
                if isWordByte(b) && !isPunctuationSequence(t, i, hi) {
                    h = CheckworthinessFeatures.fnv(h, b >= 0x41 && b <= 0x5A ? b &+ 32 : b)
                    i += 1
                    end = i
                    continue
                }
                // An apostrophe between two letters stays in the word, hashed as '.
                let width = b == 0x27 ? 1 : (b == 0xE2 && i + 2 < hi && t[i + 1] == 0x80 && t[i + 2] == 0x99 ? 3 : 0)
                if width > 0 && i + width < hi && isLetter(t[i + width]) && isLetter(t[i - 1]) {
                    h = CheckworthinessFeatures.fnv(h, 0x27)
                    i += width
                    continue
                }
                break
            }
            out.append(ModalityToken(
                start: start, end: end, hash: h, capitalised: c >= 0x41 && c <= 0x5A,
                numeric: c >= 0x30 && c <= 0x39))
        }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    /// E2 80 90…BF (dashes, quotes, ellipsis) or C2 A0 (NBSP) starting at `i`.
    @inline(__always) static func isPunctuationSequence(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        let c = t[i]
        if c == 0xE2 { return i + 2 < hi && t[i + 1] == 0x80 && t[i + 2] >= 0x90 && t[i + 2] <= 0xBF }
        if c == 0xC2 { return i + 1 < hi && t[i + 1] == 0xA0 }
        return false
    }

    /// Hashes of the words of a phrase, as `tokenize` would hash them.
    static func hashes(_ phrase: String) -> [UInt32] {
        let bytes = Array(phrase.utf8)
        var toks: [ModalityToken] = []
        bytes.withUnsafeBufferPointer { tokenize($0, 0, $0.count, into: &toks) }
        return toks.map(\.hash)
    }
}
