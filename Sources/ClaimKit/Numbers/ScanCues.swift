/// Where the number and date rules can start, found in one shared pass over the text.
///
/// Both recognizers walk the text the same way when no rule fires: one step over a byte that
/// is not a letter or digit, a letter run in one step, a digit (with the letters glued to it)
/// in one step. Nearly every step is a skip, and before this pass each recognizer took every
/// one of them itself, reading each word twice and hashing many twice. Here the walk is taken
/// once; a bit is set for each position where a recognizer would do more than skip (a digit;
/// a word that is a number word or a time trigger; `%` and the lead bytes of `½`, `⅓`).
/// A recognizer standing on a position of that walk may jump to the next bit set for it: every
/// position in between is one it would have passed over. After a rule has fired the
/// recognizer may stand inside a run, off the walk; it steps as before until it is back on it
/// (at a run start or a byte that is neither letter nor digit), so the result is the same.
struct ScanCues {
    /// One bit per text byte: a quantity rule may start here.
    var quantity: [UInt64]
    /// One bit per text byte: a time rule may start here.
    var time: [UInt64]

    /// Which recognizers may want a word, by its first two letters and its length: for each
    /// pair (26 letters × 26 letters or end of word), bit `L - 1` when a quantity word of `L`
    /// letters starts so, bit `32 + L - 1` when a time trigger does. Built from every form of
    /// the lexicons behind `NumberLexicons.words` and `DateLexicons.triggers` (a superset of
    /// their keys), so a word without its bit is one the recognizers' own lookups would miss;
    /// most words of an article cost this one load and are never hashed.
    static let wordRoles: [UInt64] = {
        var roles = [UInt64](repeating: 0, count: 27 * 27)
        func add(_ form: Substring, _ bit: Int) {
            let u = Array(form.utf8)
            // Only a run of letters can match the recognizers' letter-run keys.
            guard !u.isEmpty, u.count <= 32, u.allSatisfy({ FastByte.isAlpha($0) }) else { return }
            let second = u.count > 1 ? Int(u[1] | 0x20) - 0x61 : 26
            roles[(Int(u[0] | 0x20) - 0x61) * 27 + second] |= 1 << UInt64(bit + u.count - 1)
        }
        for e in Lexicon.entries(LexiconData.numberWords) {
            for f in e.forms {
                add(f[...], 0)
                // Time triggers are keyed by a form's first word (`seven` of `seven o'clock`).
                if let w = f.split(separator: " ").first { add(w, 32) }
            }
        }
        // `per`, `percent`, `percentage` and their plurals: QuantityRecognizer reads any word
        // of 3 to 11 letters that starts with `p` and passes its prefilter (only `pe` ones can
        // be these).
        for length in 3...11 { roles[(0x70 - 0x61) * 27 + (0x65 - 0x61)] |= 1 << UInt64(length - 1) }
        for lex in [LexiconData.months, LexiconData.weekdays, LexiconData.holidays, LexiconData.relativeDates] {
            for e in Lexicon.entries(lex) {
                for f in e.forms { if let w = f.split(separator: " ").first { add(w, 32) } }
            }
        }
        for w in ["now", "day", "half", "quarter"] { add(w[...], 32) }
        return roles
    }()

    /// High bit of each byte of `v` that is not an ASCII letter (`FastByte.isAlpha`).
    @inline(__always)
    static func nonLetters(_ v: UInt64) -> UInt64 {
        ~ByteLanes.letterLanes(v) & ByteLanes.high
    }

    init(_ t: UnsafeBufferPointer<UInt8>) {
        let n = t.count
        quantity = [UInt64](repeating: 0, count: n / 64 + 1)
        time = [UInt64](repeating: 0, count: n / 64 + 1)
        guard let base = t.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let words = NumberLexicons.words
        let triggers = DateLexicons.triggers
        ScanCues.wordRoles.withUnsafeBufferPointer { roles in
            quantity.withUnsafeMutableBufferPointer { qb in
                time.withUnsafeMutableBufferPointer { tb in
                    @inline(__always) func mark(_ bits: UnsafeMutableBufferPointer<UInt64>, _ i: Int) {
                        bits[i &>> 6] |= 1 &<< UInt64(i & 63)
                    }
                    var i = 0
                    while i < n {
                        let b = t[i]
                        if FastByte.isAlpha(b) {
                            // End of the letter run, eight bytes at a time while they are there.
                            var e = i + 1
                            while true {
                                if e &+ 8 <= n {
                                    let m = ScanCues.nonLetters(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: e, as: UInt64.self)))
                                    if m != 0 {
                                        e &+= m.trailingZeroBitCount &>> 3
                                        break
                                    }
                                    e &+= 8
                                } else {
                                    while e < n && FastByte.isAlpha(t[e]) { e &+= 1 }
                                    break
                                }
                            }
                            let length = e - i
                            if length <= 16 {
                                let second = length > 1 ? Int(t[i + 1] | 0x20) &- 0x61 : 26
                                let r = roles[(Int(b | 0x20) &- 0x61) &* 27 &+ second] &>> UInt64(length &- 1)
                                let wantsQuantity = r & 1 != 0
                                let wantsTime = r & (1 &<< 32) != 0
                                if wantsQuantity || wantsTime {
                                    var h = WordTable<Int>.seed
                                    var k = i
                                    while k < e {
                                        h = WordTable<Int>.step(h, t[k] | 0x20)
                                        k &+= 1
                                    }
                                    let key = WordTable<Int>.finish(h, length)
                                    // The recognizers' own tests after their prefilters.
                                    if wantsQuantity && ((length >= 3 && length <= 11 && b | 0x20 == 0x70) || words.lookup(key: key) != nil) {
                                        mark(qb, i)
                                    }
                                    if wantsTime && triggers.lookup(key: key) != nil { mark(tb, i) }
                                }
                            }
                            i = e
                            // Most words end in one space before the next word: step over it here.
                            if i &+ 1 < n && t[i] == 0x20 && FastByte.isAlpha(t[i &+ 1]) { i &+= 1 }
                            continue
                        }
                        if FastByte.isDigit(b) {
                            mark(qb, i)
                            mark(tb, i)
                            i += 1
                            while i < n && FastByte.isAlnum(t[i]) { i += 1 }
                            continue
                        }
                        if b == 0x25 || b == 0xC2 || b == 0xE2 { mark(qb, i) }
                        i += 1
                    }
                }
            }
        }
    }

    /// Whether the walk above certainly stands at `i`: every byte that is not a letter or
    /// digit, and every run start, is on it.
    @inline(__always)
    static func onWalk(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i == 0 || !FastByte.isAlnum(t[i]) || !FastByte.isAlnum(t[i - 1])
    }

    /// The first position at or after `i` whose bit is set in `bits`, or `n` when none is.
    @inline(__always)
    static func next(_ bits: UnsafeBufferPointer<UInt64>, from i: Int, _ n: Int) -> Int {
        var w = i &>> 6
        guard w < bits.count else { return n }
        var word = bits[w] & (~UInt64(0) &<< UInt64(i & 63))
        while word == 0 {
            w += 1
            if w >= bits.count { return n }
            word = bits[w]
        }
        return min(n, w &<< 6 | word.trailingZeroBitCount)
    }
}
