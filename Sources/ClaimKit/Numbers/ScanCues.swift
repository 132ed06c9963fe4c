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
    /// letters starts so, bit `32 + L - 1` when a time trigger does, bit `16 + L - 1` when a
    /// word `LanguageGuess` lists for a language other than English does (only words of 16
    /// letters or fewer are looked at, so the three ranges never meet; listed language words
    /// have at most eight bytes, and those with other bytes than ASCII letters, `für`, are read
    /// by `LanguageGuess.slowWord`, never from here). Built from every form of
    /// the lexicons behind `NumberLexicons.words` and `DateLexicons.triggers` (a superset of
    /// their keys), so a word without its bit is one the recognizers' own lookups would miss;
    /// most words of an article cost this one load and are never hashed.
    static let wordRoles: [UInt64] = cueTables.roles

    /// The third letters of the quantity words and time triggers behind `wordRoles`, per pair
    /// of first letters: bit `c - 'a'` (bit 26 for a word of one or two letters) for a quantity
    /// word, the same from bit 32 for a time trigger. Built by the same `add` as `wordRoles`, so
    /// it too holds every form the recognizers' look-ups can find; a word whose third letter has
    /// no bit is one they would miss, and is not hashed (`the`, `this`, `nothing`, `months`).
    static let cueThirdLetters: [UInt64] = cueTables.thirds

    /// A bit filter of the short words behind `wordRoles` (one to seven letters), keyed by a
    /// hash of the lower-cased letters packed into one integer, as the walk reads them in one
    /// load: a word whose bit is clear is in none of the lists, so most words are passed by
    /// after one probe instead of the role, third-letter and hash tests. 32,768 bits, so with
    /// some hundreds of words few others share a bit.
    static let shortWordFilter: [UInt64] = cueTables.filter

    /// The filter slot of a packed word (letters lower-cased, first letter lowest).
    @inline(__always)
    static func filterSlot(_ packed: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) &>> 49)
    }

    private static let cueTables: (roles: [UInt64], thirds: [UInt64], filter: [UInt64]) = {
        var roles = [UInt64](repeating: 0, count: 27 * 27)
        var thirds = [UInt64](repeating: 0, count: 27 * 27)
        var filter = [UInt64](repeating: 0, count: 512)
        func add(_ form: Substring, _ bit: Int) {
            let u = Array(form.utf8)
            // Only a run of letters can match the recognizers' letter-run keys.
            guard !u.isEmpty, u.count <= 16, u.allSatisfy({ FastByte.isAlpha($0) }) else { return }
            let second = u.count > 1 ? Int(u[1] | 0x20) - 0x61 : 26
            let pair = (Int(u[0] | 0x20) - 0x61) * 27 + second
            roles[pair] |= 1 << UInt64(bit + u.count - 1)
            let third = u.count > 2 ? Int(u[2] | 0x20) - 0x61 : 26
            if bit == 0 { thirds[pair] |= 1 << UInt64(third) }
            if bit == 32 { thirds[pair] |= 1 << UInt64(32 + third) }
            if u.count <= 7 {
                var packed: UInt64 = 0
                for (k, c) in u.enumerated() { packed |= UInt64(c | 0x20) << UInt64(8 * k) }
                let slot = filterSlot(packed)
                filter[slot >> 6] |= 1 << UInt64(slot & 63)
            }
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
        // That rule takes any third letter, and it marks every `p` word the roles let through,
        // whatever its second letter: no third-letter test on the quantity side of `p` pairs.
        for second in 0..<27 { thirds[(0x70 - 0x61) * 27 + second] |= (1 << 27) - 1 }
        for lex in [LexiconData.months, LexiconData.weekdays, LexiconData.holidays, LexiconData.relativeDates] {
            for e in Lexicon.entries(lex) {
                for f in e.forms { if let w = f.split(separator: " ").first { add(w, 32) } }
            }
        }
        for w in ["now", "day", "half", "quarter"] { add(w[...], 32) }
        for e in Lexicon.entries(LexiconData.languageWords) where e.attributes["lang"].map({ $0 != "en" }) ?? false {
            for f in e.forms where f.utf8.count <= 8 { add(f[...], 16) }
        }
        return (roles, thirds, filter)
    }()

    /// The third letters of those other-language words, per pair of first letters: bit
    /// `c - 'a'`, or bit 26 for a word of one or two letters. With the length bit it turns
    /// away the English words that share a start with them (`with` for `wird`, `not` for `non`).
    static let languageThirdLetters: [UInt32] = {
        var third = [UInt32](repeating: 0, count: 27 * 27)
        for e in Lexicon.entries(LexiconData.languageWords) where e.attributes["lang"].map({ $0 != "en" }) ?? false {
            for f in e.forms {
                let u = Array(f.utf8)
                guard !u.isEmpty, u.count <= 8, u.allSatisfy({ FastByte.isAlpha($0) }) else { continue }
                let second = u.count > 1 ? Int(u[1] | 0x20) - 0x61 : 26
                third[(Int(u[0] | 0x20) - 0x61) * 27 + second] |= 1 << UInt32(u.count > 2 ? Int(u[2] | 0x20) - 0x61 : 26)
            }
        }
        return third
    }()

    /// High bit of each byte of `v` that is not an ASCII letter (`FastByte.isAlpha`).
    @inline(__always)
    static func nonLetters(_ v: UInt64) -> UInt64 {
        ~ByteLanes.letterLanes(v) & ByteLanes.high
    }

    init(_ t: UnsafeBufferPointer<UInt8>) {
        self.init(t, languageCounts: nil)
    }

    /// Also counts, when `languageCounts` is given, the words `LanguageGuess.scan` counts, by
    /// language index: exactly for every language but English, which may be left short (its
    /// plain words are not looked up). That is all the guess needs first: while no other
    /// language reaches eight words the answer is English whatever the English count, and
    /// otherwise the structure stage runs the full `LanguageGuess.guess`. The structure stage
    /// asks for the counts when it builds the cues, so the first 32 KB are read for words once,
    /// not twice. A word of ASCII letters is the letter run this walk reads anyway and is looked
    /// up only when `shortWordFilter` (or, past seven letters, `wordRoles`) and then
    /// `wordRoles` and `languageThirdLetters` allow; a word with a Latin letter
    /// (`für`), cut by the sample end, or glued to digits (`10km`) is read by `LanguageGuess`
    /// itself, from the position its own scan would start it.
    init(_ t: UnsafeBufferPointer<UInt8>, languageCounts: UnsafeMutableBufferPointer<Int>?) {
        let n = t.count
        var quantity = [UInt64](repeating: 0, count: n / 64 + 1)
        var time = [UInt64](repeating: 0, count: n / 64 + 1)
        let words = NumberLexicons.words
        let triggers = DateLexicons.triggers
        let langTable = LanguageWordTable.shared
        let counts = languageCounts ?? UnsafeMutableBufferPointer(start: nil, count: 0)
        // Language words are read below `langEnd` only.
        let langEnd = languageCounts == nil ? 0 : min(n, LanguageGuess.sampleBytes)
        ScanCues.wordRoles.withUnsafeBufferPointer { roles in
            ScanCues.shortWordFilter.withUnsafeBufferPointer { shortWords in
                ScanCues.cueThirdLetters.withUnsafeBufferPointer { cueThirds in
                    ScanCues.languageThirdLetters.withUnsafeBufferPointer { langThirds in
                        LanguageGuess.letterBytes.withUnsafeBufferPointer { letters in
                            langTable.withTables { tables in
                                quantity.withUnsafeMutableBufferPointer { qb in
                                    time.withUnsafeMutableBufferPointer { tb in
                                        let walk = Walk(
                                            t: t, quantity: qb, time: tb, roles: roles, shortWords: shortWords, cueThirds: cueThirds,
                                            langThirds: langThirds, letters: letters, tables: tables, counts: counts, langEnd: langEnd,
                                            words: words, triggers: triggers)
                                        walk.run()
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.quantity = quantity
        self.time = time
    }

    /// The walk over one text, with what it looks words up in and the bits it sets, borrowed
    /// for that text.
    struct Walk {
        let t: UnsafeBufferPointer<UInt8>
        let quantity: UnsafeMutableBufferPointer<UInt64>
        let time: UnsafeMutableBufferPointer<UInt64>
        let roles: UnsafeBufferPointer<UInt64>
        let shortWords: UnsafeBufferPointer<UInt64>
        let cueThirds: UnsafeBufferPointer<UInt64>
        let langThirds: UnsafeBufferPointer<UInt32>
        let letters: UnsafeBufferPointer<UInt8>
        let tables: LanguageWordTable.Tables
        let counts: UnsafeMutableBufferPointer<Int>
        let langEnd: Int
        let words: WordTable<NumberWord>
        let triggers: WordTable<UInt8>

        @inline(__always)
        static func mark(_ bits: UnsafeMutableBufferPointer<UInt64>, _ i: Int) {
            bits[i &>> 6] |= 1 &<< UInt64(i & 63)
        }

        /// The end of the letter run that goes on at `from`, eight bytes at a time.
        @inline(__always)
        func letterRunEnd(_ base: UnsafePointer<UInt8>, from: Int) -> Int {
            let n = t.count
            var e = from
            while e &+ 8 <= n {
                let m = ScanCues.nonLetters(ByteLanes.load(base, e))
                if m != 0 { return e &+ (m.trailingZeroBitCount &>> 3) }
                e &+= 8
            }
            while e < n && FastByte.isAlpha(base[e]) { e &+= 1 }
            return e
        }

        /// `langPos` is where LanguageGuess's own scan would stand: every word starting before
        /// it has been counted. Only its reads move `langPos`: a plain word ends before the next
        /// run starts.
        @inline(never)
        func run() {
            guard let base = t.baseAddress else { return }
            let n = t.count
            let shortWords = self.shortWords
            let langEnd = self.langEnd
            var langPos = 0
            var i = 0
            while i < n {
                let b = base[i]
                if FastByte.isAlpha(b) {
                    // Word after word while one space (or a comma or period and a space) parts
                    // them, the commonest case. The loop keeps only what every word needs; the
                    // rest is in `lookUp`.
                    while true {
                        var e: Int
                        var candidate: Bool
                        if i &+ 8 <= n {
                            // The first byte is a letter, so a stop in these eight is the end.
                            let x = ByteLanes.load(base, i)
                            let m = ScanCues.nonLetters(x)
                            if m != 0 {
                                e = i &+ (m.trailingZeroBitCount &>> 3)
                                // The word's letters, lower-cased and packed (bits below the
                                // stop lane), into the filter of listed short words. A `p` word
                                // always goes on: QuantityRecognizer reads any `per…` word.
                                let word = (x | 0x2020_2020_2020_2020) & ((m ^ (m &- 1)) &>> 8)
                                let h = ScanCues.filterSlot(word)
                                candidate = shortWords[h &>> 6] &>> UInt64(truncatingIfNeeded: h & 63) & 1 != 0 || x & 0xDF == 0x50
                            } else {
                                e = letterRunEnd(base, from: i &+ 8)
                                candidate = rolesAllow(base, i, e)
                            }
                        } else {
                            e = letterRunEnd(base, from: i &+ 1)
                            candidate = rolesAllow(base, i, e)
                        }
                        // A language word exactly when it starts at or after `langPos` inside
                        // the sample and stops inside it at a byte that cannot continue it; else
                        // (running on into a Latin letter, or reaching the sample end)
                        // LanguageGuess reads it when it starts there. Tested in that order, the
                        // common case costs two compares. (`langPos <= langEnd` always, so one
                        // unsigned compare tests `langPos <= i < langEnd`.)
                        var languageWord = false
                        if e >= langEnd || base[e] &- 0xC3 < 3 {
                            if UInt(bitPattern: i &- langPos) < UInt(bitPattern: langEnd &- langPos) {
                                langPos = LanguageGuess.slowWord(t, i, langEnd, letters, tables, counts)
                            }
                        } else {
                            languageWord = i >= langPos
                        }
                        if candidate { lookUp(i, e, languageWord) }
                        i = e
                        if i &+ 1 < n && base[i] == 0x20 && FastByte.isAlpha(base[i &+ 1]) {
                            i &+= 1
                            continue
                        }
                        // `word, word` and `word. Word`: the walk would step over both bytes.
                        guard i &+ 2 < n, base[i] | 2 == 0x2E, base[i &+ 1] == 0x20, FastByte.isAlpha(base[i &+ 2]) else { break }
                        i &+= 2
                    }
                    continue
                }
                if FastByte.isDigit(b) {
                    Walk.mark(quantity, i)
                    Walk.mark(time, i)
                    let runStart = i
                    i &+= 1
                    while i < n && FastByte.isAlnum(base[i]) { i &+= 1 }
                    if runStart < langEnd {
                        // Letters glued to the figure (`10km`) are words to LanguageGuess.
                        var k = max(langPos, runStart)
                        let stop = min(i, langEnd)
                        while k < stop {
                            let c = base[k]
                            if letters[Int(c)] != 0 || c &- 0xC3 < 3 {
                                k = LanguageGuess.slowWord(t, k, langEnd, letters, tables, counts)
                            } else {
                                k &+= 1
                            }
                        }
                        langPos = max(langPos, k)
                    }
                    continue
                }
                if b == 0x25 || b == 0xC2 || b == 0xE2 { Walk.mark(quantity, i) }
                if b &- 0xC3 < 3 && i < langEnd && i >= langPos {
                    // A word that opens with a Latin letter (`été`).
                    langPos = LanguageGuess.slowWord(t, i, langEnd, letters, tables, counts)
                }
                i &+= 1
            }
        }

        /// Whether `wordRoles` lets the word `t[i..<e]` through: some recognizer or language
        /// list has a word of its first letters and length (of at most 16 letters).
        @inline(__always)
        func rolesAllow(_ base: UnsafePointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
            let length = e &- i
            guard length <= 16 else { return false }
            let second = length > 1 ? Int(base[i &+ 1] | 0x20) &- 0x61 : 26
            let pair = (Int(base[i] | 0x20) &- 0x61) &* 27 &+ second
            return roles[pair] &>> UInt64(truncatingIfNeeded: length &- 1) & 0x1_0001_0001 != 0
        }

        /// The word `t[i..<e]`, which a prefilter let through: counts it for its languages and
        /// marks it for the recognizers that would read it, after the tests on its first
        /// letters, length and third letter.
        @inline(never)
        func lookUp(_ i: Int, _ e: Int, _ languageWord: Bool) {
            let length = e &- i
            guard length <= 16 else { return }
            let first = t[i] | 0x20
            let second = length > 1 ? Int(t[i &+ 1] | 0x20) &- 0x61 : 26
            let pair = (Int(first) &- 0x61) &* 27 &+ second
            let r = roles[pair] &>> UInt64(truncatingIfNeeded: length &- 1)
            guard r & 0x1_0001_0001 != 0 else { return }
            let third = length > 2 ? Int(t[i &+ 2] | 0x20) &- 0x61 : 26
            if languageWord && r & (1 &<< 16) != 0 && langThirds[pair] &>> UInt32(third) & 1 != 0 {
                tables.count(ScanCues.packedKey(t, i, length), into: counts)
            }
            let wants = r & (cueThirds[pair] &>> UInt64(truncatingIfNeeded: third))
            let wantsQuantity = wants & 1 != 0
            let wantsTime = wants & (1 &<< 32) != 0
            guard wantsQuantity || wantsTime else { return }
            var h = WordTable<Int>.seed
            var k = i
            while k < e {
                h = WordTable<Int>.step(h, t[k] | 0x20)
                k &+= 1
            }
            let key = WordTable<Int>.finish(h, length)
            // The recognizers' own tests after their prefilters.
            if wantsQuantity && length >= 3 && length <= 11 && first == 0x70 {
                Walk.mark(quantity, i)
            } else if wantsQuantity, let w = words.lookup(key: key),
                w.wordClass != .article || ScanCues.mayOpenNumber(t, after: e, roles)
            {
                Walk.mark(quantity, i)
            }
            if wantsTime && triggers.lookup(key: key) != nil { Walk.mark(time, i) }
        }
    }

    /// Whether the word after an article ending at `e` (`a`, `an`) may be a number word, as
    /// `QuantityRecognizer.articleStartsNumber` needs (`a dozen`, `a third`): false only when
    /// one space and a run of at most 16 letters follow whose first letters and length no
    /// number word has, so the recognizer would pass the article by.
    @inline(__always)
    static func mayOpenNumber(_ t: UnsafeBufferPointer<UInt8>, after e: Int, _ roles: UnsafeBufferPointer<UInt64>) -> Bool {
        let n = t.count
        guard e &+ 1 < n, t[e] == 0x20, FastByte.isAlpha(t[e &+ 1]) else { return true }
        let s = e &+ 1
        var k = s &+ 1
        while k < n && k &- s <= 16 && FastByte.isAlpha(t[k]) { k &+= 1 }
        let length = k &- s
        guard length <= 16 else { return true }
        let second = length > 1 ? Int(t[s &+ 1] | 0x20) &- 0x61 : 26
        return roles[(Int(t[s] | 0x20) &- 0x61) &* 27 &+ second] &>> UInt64(length &- 1) & 1 != 0
    }

    /// The packed `LanguageWordTable` key of the `length` (1…8) ASCII letters at `i`.
    @inline(__always)
    static func packedKey(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> UInt64 {
        if i &+ 8 <= t.count, let base = t.baseAddress {
            let mask: UInt64 = length >= 8 ? ~0 : (1 &<< UInt64(length &<< 3)) &- 1
            return (ByteLanes.load(base, i) | 0x2020_2020_2020_2020) & mask
        }
        var key: UInt64 = 0
        for k in 0..<length { key |= UInt64(t[i &+ k] | 0x20) &<< UInt64(k &<< 3) }
        return key
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
