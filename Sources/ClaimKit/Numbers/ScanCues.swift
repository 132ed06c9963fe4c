/// Where the number and date rules can start, found in one shared pass over the text.
///
/// Both recognizers walk the text the same way when no rule fires: one step over a byte that
/// is not a letter or digit, a letter run in one step, a digit (with the letters glued to it)
/// in one step. Nearly every step is a skip, and before this pass each recognizer took every
/// one of them itself, reading each word twice and hashing many twice. Here the walk is taken
/// once; a bit is set for each position where a recognizer would do more than skip (a digit;
/// a word whose hash is a number word or a time trigger; `%` and the lead bytes of `½`, `⅓`).
/// A recognizer standing on a position of that walk may jump to the next bit set for it: every
/// position in between is one it would have passed over. After a rule has fired the
/// recognizer may stand inside a run, off the walk; it steps as before until it is back on it
/// (at a run start or a byte that is neither letter nor digit), so the result is the same.
struct ScanCues {
    /// One bit per text byte: a quantity rule may start here.
    var quantity: [UInt64]
    /// One bit per text byte: a time rule may start here.
    var time: [UInt64]

    /// Which recognizers want a word, by its first two letters (bit 1 quantity, bit 2 time):
    /// the two recognizers' own prefilters in one table, so most words cost one load here.
    static let pairRoles: [UInt8] = {
        var roles = [UInt8](repeating: 0, count: 27 * 27)
        let q = NumberLexicons.wordStarts
        let d = DateLexicons.triggerStarts
        for a in 0..<26 {
            for k in 0...26 {
                let first = UInt8(0x61 + a)
                // The filters read a non-letter second byte as the end of the word.
                let second: UInt8 = k < 26 ? UInt8(0x61 + k) : 0x20
                var r: UInt8 = 0
                if q.mayContain(first, second) { r |= 1 }
                if d.mayContain(first, second) { r |= 2 }
                roles[a * 27 + k] = r
            }
        }
        return roles
    }()

    init(_ t: UnsafeBufferPointer<UInt8>) {
        let n = t.count
        quantity = [UInt64](repeating: 0, count: n / 64 + 1)
        time = [UInt64](repeating: 0, count: n / 64 + 1)
        let words = NumberLexicons.words
        let triggers = DateLexicons.triggers
        let s = TextScan(t)
        ScanCues.pairRoles.withUnsafeBufferPointer { roles in
            quantity.withUnsafeMutableBufferPointer { qb in
                time.withUnsafeMutableBufferPointer { tb in
                    @inline(__always) func mark(_ bits: UnsafeMutableBufferPointer<UInt64>, _ i: Int) {
                        bits[i &>> 6] |= 1 &<< UInt64(i & 63)
                    }
                    var i = 0
                    while i < n {
                        let b = t[i]
                        if FastByte.isAlpha(b) {
                            let c = i + 1 < n ? t[i + 1] : 0
                            let second = FastByte.isAlpha(c) ? Int(c | 0x20) &- 0x61 : 26
                            let r = roles[(Int(b | 0x20) &- 0x61) &* 27 &+ second]
                            if r == 0 {
                                i = s.letterRunEnd(i + 1)
                                continue
                            }
                            let (we, h) = s.hashedLetterRun(i)
                            let length = we - i
                            let key = WordTable<Int>.finish(h, length)
                            // The recognizers' own tests after their prefilter: QuantityRecognizer
                            // reads `per`/`percent…` (3 to 11 letters from `p`) and number words of at
                            // most 12 letters; TimeRecognizer triggers of at most 16.
                            if r & 1 != 0
                                && ((length >= 3 && length <= 11 && b | 0x20 == 0x70) || (length <= 12 && words.lookup(key: key) != nil))
                            {
                                mark(qb, i)
                            }
                            if r & 2 != 0 && length <= 16 && triggers.lookup(key: key) != nil { mark(tb, i) }
                            i = we
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
