/// Word and punctuation tokens of one block, for the attribution rules.
///
/// One pass over the bytes; each word gets the hash of its lower-cased bytes so lexicon
/// look-ups allocate nothing. Kept deliberately shallow: no part-of-speech, only what the
/// rules need (capitals, possessive `’s`, abbreviations whose period does not end a sentence).
/// Limits: capital letters are known for ASCII and Latin-1; other scripts count as lower case.
enum TokenKind: UInt8 {
    case word, comma, stop, colon, semicolon, openParen, closeParen, dash, quote, possessive, other
}

/// How a double quote mark is written, and (after pairing) what it does.
enum QuoteMark: UInt8 {
    case none, straight, curlyOpen, curlyClose
}

struct AToken {
    var start: Int
    var end: Int
    var hash: UInt64
    var kind: TokenKind
    /// First letter upper case.
    var capitalised: Bool
    var mark: QuoteMark
    /// Index of the quote this token lies in (or opens/closes), -1 outside quotes.
    var quote: Int32
    /// What the lexicons say about a word (empty for other tokens), looked up once when tokenising.
    /// Empty written as `rawValue: 0`: the tokenizer builds a token per word, and an empty array
    /// literal is not always folded away (it allocated an array per word in one build).
    var fwc = FunctionClass(rawValue: 0)
    var flags = WordFlags(rawValue: 0)

    @inline(__always) var isWord: Bool { kind == .word }
}

enum AttributionTokenizer {
    /// True for a byte that starts a letter of a word (ASCII alnum, or a non-ASCII lead byte
    /// outside the punctuation blocks C2 and E2).
    @inline(__always)
    static func startsLetter(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return ByteClass.isAlnum(b) }
        if ByteClass.isContinuation(b) { return false }
        if b == 0xC2 || b == 0xE2 { return false }
        if b == 0xEF, i + 2 < t.count, t[i + 1] == 0xBB { return false }
        if b == 0xE3, i + 1 < t.count, t[i + 1] == 0x80 { return false }
        return true
    }

    @inline(__always)
    static func isUpperStart(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return ByteClass.isUpper(b) }
        if b == 0xC3, i + 1 < t.count { let c = t[i + 1]; return c >= 0x80 && c <= 0x9E && c != 0x97 }
        if b == 0xC4 || b == 0xC5, i + 1 < t.count { return t[i + 1] & 1 == 0 }  // Latin Extended-A pairs
        return false
    }

    @inline(__always)
    static func apostropheLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if t[i] == 0x27 { return 1 }
        if t[i] == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Appends the tokens of `[lo, hi)` to `out` (tokenised into `scratch` first).
    static func tokenize(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, abbreviations: borrowing U64Map<Bool>, words: borrowing WordInfoTable,
        scratch: TokenScratch, into out: inout [AToken]
    ) {
        let n = tokenize(t, lo, hi, abbreviations: abbreviations, words: words, scratch: scratch)
        out.append(contentsOf: UnsafeBufferPointer(start: scratch.tokens, count: n))
    }

    /// Writes the tokens of `[lo, hi)` into `scratch.tokens` (growing it when full) and returns
    /// how many there are. Straight into the storage the rules read: no batch to copy over and
    /// no `Array.append`, whose uniqueness and capacity checks cost as much as finding the token.
    static func tokenize(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, abbreviations: borrowing U64Map<Bool>, words: borrowing WordInfoTable,
        scratch: TokenScratch
    ) -> Int {
        var buf = UnsafeMutableBufferPointer(start: scratch.tokens, count: scratch.tokenCapacity)
        var n = 0
        @inline(__always) func emit(_ start: Int, _ end: Int, _ hash: UInt64, _ kind: TokenKind, _ cap: Bool, _ mark: QuoteMark) {
            // AToken holds no references, so writing over uninitialised memory is fine.
            var tok = AToken(start: start, end: end, hash: hash, kind: kind, capitalised: cap, mark: mark, quote: -1)
            if kind == .word, let info = words[hash] {
                tok.fwc = info.fw
                tok.flags = info.flags
            }
            if n == buf.count {
                scratch.growTokens(keeping: n)
                buf = UnsafeMutableBufferPointer(start: scratch.tokens, count: scratch.tokenCapacity)
            }
            buf[n] = tok
            n &+= 1
        }
        scan(t, lo, hi, abbreviations: abbreviations, emit)
        return n
    }

    /// Letters counted the way the word loop walks them: ASCII letters and digits, and the lead
    /// byte of each non-ASCII letter (a lead byte E2 inside a word is always a curly apostrophe).
    /// Only needed at a period inside a word, so it is counted there instead of per byte.
    static func letterCount(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var c = 0
        var i = a
        while i < b {
            let x = t[i]
            if ByteClass.isAlnum(x) || (x >= 0xC0 && x != 0xE2) { c += 1 }
            i += 1
        }
        return c
    }

    @inline(__always)
    static func scan(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, abbreviations: borrowing U64Map<Bool>,
        _ emit: (Int, Int, UInt64, TokenKind, Bool, QuoteMark) -> Void
    ) {
        var i = lo
        while i < hi {
            let b = t[i]
            let wordStart: Bool
            let cap: Bool
            if AttributionHash.isLetter(b) {
                // Most tokens start with an ASCII letter: no space or letter tests needed.
                wordStart = true
                cap = b < 0x5B
            } else {
                if b < 0x80 {
                    // ASCII space without a call (spaceLength says the same for ASCII).
                    if ByteClass.isASCIISpace(b) { i += 1; continue }
                } else {
                    let sp = Punctuation.spaceLength(t, i)
                    if sp > 0 { i += sp; continue }
                }
                wordStart = startsLetter(t, i)
                cap = wordStart && isUpperStart(t, i)
            }
            if wordStart {
                let start = i
                var h = AttributionHash.seed
                var dotted = false
                // The byte after the word (0 at `hi`), for the period test and the space skip
                // below: every exit from this loop leaves it as `t[i]`.
                var next: UInt8 = 0
                while true {
                    // Fast path: a run of ASCII letters, eight bytes at a time.
                    h = AttributionHash.letterRun(t, &i, hi, h, stop: &next)
                    guard i < hi else { break }
                    let c = next
                    // A space ends a word; the tests below would all say so one by one.
                    if c == 0x20 { break }
                    if c &- 0x30 < 10 {
                        h = (h ^ UInt64(c)) &* AttributionHash.prime
                        i &+= 1
                        continue
                    }
                    if c < 0x80 {
                        if (c == 0x2D || c == 0x2C || c == 0x2E || c == 0x26), i + 1 < hi, i > start,
                            ByteClass.isAlnum(t[i - 1]) || t[i - 1] >= 0x80
                        {
                            let after = t[i + 1]
                            // Hyphen or & inside a word; comma and period only between digits, or a
                            // period between letters (U.S).
                            let ok: Bool
                            switch c {
                            case 0x2D, 0x26: ok = ByteClass.isAlnum(after) || after >= 0xC3
                            case 0x2C: ok = ByteClass.isDigit(t[i - 1]) && ByteClass.isDigit(after)
                            default:
                                ok = (ByteClass.isDigit(t[i - 1]) && ByteClass.isDigit(after))
                                    || (ByteClass.isAlpha(after) && i + 2 <= hi && (i + 2 == hi || !ByteClass.isAlpha(t[i + 2]))
                                        && letterCount(t, start, i) <= 2)
                            }
                            if ok {
                                if c == 0x2E { dotted = true }
                                h = AttributionHash.add(h, c)
                                i += 1
                                continue
                            }
                        }
                        let ap = apostropheLength(t, i)
                        if ap > 0, i + ap < hi, ByteClass.isAlpha(t[i + ap]) {
                            // Possessive `’s` becomes its own token; `don’t`, `O'Brien` stay whole.
                            let sIsLast = (t[i + ap] == 0x73 || t[i + ap] == 0x53) && (i + ap + 1 >= hi || !ByteClass.isAlnum(t[i + ap + 1]))
                            if sIsLast { break }
                            h = AttributionHash.add(h, 0x27)
                            i += ap
                            continue
                        }
                        break
                    }
                    // Non-ASCII inside a word.
                    if ByteClass.isContinuation(c) { h = AttributionHash.add(h, c); i += 1; continue }
                    let ap = apostropheLength(t, i)
                    if ap > 0 {
                        if i + ap < hi, ByteClass.isAlpha(t[i + ap]) {
                            let sIsLast = (t[i + ap] == 0x73 || t[i + ap] == 0x53) && (i + ap + 1 >= hi || !ByteClass.isAlnum(t[i + ap + 1]))
                            if sIsLast { break }
                            h = AttributionHash.add(h, 0x27)
                            i += ap
                            continue
                        }
                        break
                    }
                    if startsLetter(t, i) { h = AttributionHash.add(h, c); i += 1; continue }
                    break
                }
                // A period that belongs to the word: initials, dotted acronyms, abbreviations.
                if next == 0x2E, i + 1 >= hi || t[i + 1] != 0x2E {
                    let len = i - start
                    if (len == 1 && cap) || dotted || abbreviations[h] != nil {
                        h = AttributionHash.add(h, 0x2E)
                        i += 1
                        next = i < hi ? t[i] : 0
                    }
                }
                emit(start, i, h, .word, cap, .none)
                // The space after a word, skipped here rather than on another trip through the
                // tests at the top of the loop.
                if next == 0x20 { i += 1 }
                continue
            }
            let ap = apostropheLength(t, i)
            if ap > 0, i + ap < hi, t[i + ap] == 0x73 || t[i + ap] == 0x53, i + ap + 1 >= hi || !ByteClass.isAlnum(t[i + ap + 1]), i > lo, !ByteClass.isASCIISpace(t[i - 1]) {
                emit(i, i + ap + 1, 0, .possessive, false, .none)
                i += ap + 1
                continue
            }
            var kind = TokenKind.other
            var mark = QuoteMark.none
            var len = 1
            // Two apostrophes stand for a straight double quote (`''We need it,'' she said`).
            if b == 0x27, i + 1 < hi, t[i + 1] == 0x27 {
                emit(i, i + 2, 0, .quote, false, .straight)
                i += 2
                continue
            }
            switch b {
            case 0x2C: kind = .comma
            case 0x2E, 0x21, 0x3F:
                kind = .stop
                while i + len < hi, t[i + len] == 0x2E || t[i + len] == 0x21 || t[i + len] == 0x3F { len += 1 }
            case 0x3A: kind = .colon
            case 0x3B: kind = .semicolon
            case 0x28, 0x5B: kind = .openParen
            case 0x29, 0x5D: kind = .closeParen
            case 0x22: kind = .quote; mark = .straight
            default:
                if b == 0xE2, i + 2 < hi, t[i + 1] == 0x80, t[i + 2] == 0x9C || t[i + 2] == 0x9E {
                    kind = .quote; mark = .curlyOpen; len = 3
                } else if b == 0xE2, i + 2 < hi, t[i + 1] == 0x80, t[i + 2] == 0x9D {
                    kind = .quote; mark = .curlyClose; len = 3
                } else if b == 0xC2, i + 1 < hi, t[i + 1] == 0xAB {
                    kind = .quote; mark = .curlyOpen; len = 2
                } else if b == 0xC2, i + 1 < hi, t[i + 1] == 0xBB {
                    kind = .quote; mark = .curlyClose; len = 2
                } else {
                    let d = Punctuation.dashLength(t, i)
                    if d > 0 {
                        kind = .dash; len = d
                    } else if b >= 0x80 {
                        len = 1
                        while i + len < hi, ByteClass.isContinuation(t[i + len]) { len += 1 }
                        if Punctuation.ellipsisLength(t, i) > 0 { kind = .stop }
                    }
                }
            }
            if i + len > hi { len = hi - i }
            emit(i, i + len, 0, kind, false, mark)
            i += len
        }
    }
}

/// The current block's tokens, written by `AttributionTokenizer.tokenize`, and lists of them
/// (`index`); allocated once per document.
///
/// The lists let the rules visit only the tokens they act on instead of every token: the
/// capitalised words (entity runs start there), the words a cue can start at (the reported-speech
/// passes), and the full stops and quote marks (sentence ends and quote pairing). Each holds
/// indices into the token array in increasing order.
final class TokenScratch {
    /// The block's tokens (see `TokenBuffer`).
    @exclusivity(unchecked) private(set) var tokens = UnsafeMutablePointer<AToken>.allocate(capacity: 256)
    @exclusivity(unchecked) private(set) var tokenCapacity = 256
    @exclusivity(unchecked) private var listCapacity = 0
    @exclusivity(unchecked) private var lists: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private(set) var capitals: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private(set) var cueWords: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private(set) var breaks: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var capitalCount = 0
    @exclusivity(unchecked) var cueWordCount = 0
    @exclusivity(unchecked) var breakCount = 0
    /// Room in each list (`PipelineScratch.trim` drops a scratch that grew too large).
    var listEntries: Int { listCapacity }

    /// Room for `n` tokens (the first `keeping` kept), at least doubling.
    @inline(never) func growTokens(keeping: Int, to n: Int = 0) {
        let size = max(n, tokenCapacity &* 2)
        let grown = UnsafeMutablePointer<AToken>.allocate(capacity: size)
        // AToken holds no references: a plain copy moves it.
        grown.update(from: tokens, count: max(0, min(keeping, tokenCapacity)))
        tokens.deallocate()
        tokens = grown
        tokenCapacity = size
    }

    init() {
        lists = .allocate(capacity: 0)
        capitals = lists
        cueWords = lists
        breaks = lists
    }

    /// Room for `n` entries in each list (their contents are not kept). The reader asks for its
    /// longest block's worth up front (a token takes at least a byte), so a document allocates once.
    @inline(__always) func reserveLists(_ n: Int) {
        if n > listCapacity { growLists(n) }
    }

    @inline(never) private func growLists(_ n: Int) {
        let size = max(n, listCapacity &* 2)
        lists.deallocate()
        // One allocation for the three lists.
        lists = .allocate(capacity: size &* 3)
        capitals = lists
        cueWords = lists + size
        breaks = lists + size &* 2
        listCapacity = size
    }

    /// Fills the lists from `tokens` (the tokenizer itself stays lean: its loop is sensitive to
    /// every extra live value). One pass, in place of the scans the stage used to make for each.
    func index(_ tokens: UnsafeBufferPointer<AToken>) {
        reserveLists(tokens.count)
        var c = capitals
        var q = cueWords
        var m = breaks
        for k in tokens.indices {
            let tok = tokens[k]
            let i = Int32(truncatingIfNeeded: k)
            if tok.kind == .word {
                if tok.capitalised { c.pointee = i; c += 1 }
                if tok.flags.contains(.cueStart) { q.pointee = i; q += 1 }
            } else if tok.kind == .stop || tok.kind == .quote {
                m.pointee = i
                m += 1
            }
        }
        capitalCount = c - capitals
        cueWordCount = q - cueWords
        breakCount = m - breaks
    }

    var capitalList: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: capitals, count: capitalCount) }
    var cueWordList: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: cueWords, count: cueWordCount) }
    var breakList: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: breaks, count: breakCount) }

    deinit {
        tokens.deallocate()
        lists.deallocate()
    }
}

/// The current block's tokens, as the rules read them: a view of `TokenScratch.tokens`, so a
/// copy of the reader copies two words instead of retaining an array. Reads are bounds-checked
/// like an array's.
struct TokenBuffer {
    private(set) var base: UnsafeMutablePointer<AToken>?
    private(set) var count = 0

    init() {}

    init(_ scratch: TokenScratch, count: Int) {
        base = scratch.tokens
        self.count = max(0, min(count, scratch.tokenCapacity))
    }

    var isEmpty: Bool { count == 0 }
    var last: AToken? { count > 0 ? self[count - 1] : nil }

    /// `k` in `0..<count`, in one unsigned comparison (`count` is never negative, and a
    /// negative `k` reads as a huge unsigned value): the rules read tokens by index everywhere.
    @inline(__always) func contains(_ k: Int) -> Bool {
        UInt(bitPattern: k) < UInt(bitPattern: count)
    }

    @inline(__always) subscript(k: Int) -> AToken {
        get {
            precondition(contains(k), "token index out of range")
            return base.unsafelyUnwrapped[k]
        }
        nonmutating set {
            precondition(contains(k), "token index out of range")
            base.unsafelyUnwrapped[k] = newValue
        }
    }

    /// Token `k` without the range check, for callers that have just made it themselves
    /// (`AttributionReader.isWord` and the class tests built on it, the most frequent reads).
    @inline(__always) func unchecked(_ k: Int) -> AToken {
        base.unsafelyUnwrapped[k]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<AToken>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
