/// Where `CheckworthinessFeatures.scan` puts the hashes: a generic parameter rather than a
/// closure, so that the compiler specialises and inlines it into the byte loop (a closure
/// there was at times compiled as a call per hash).
protocol CheckworthinessHashSink {
    mutating func add(_ hash: UInt32)
}

/// The check-worthiness model's tokeniser and features, mirrored byte for byte from
/// `scripts/train-checkworthiness` (`features`). Any change here must be made there too, and
/// the model retrained; `ScoringModelTests` compares scores against the script's.
///
/// Tokens are runs of ASCII letters (lower-cased), digits (each hashed as `0`) and non-ASCII
/// bytes; every other byte separates, and so do the UTF-8 sequences E2 80 90…BF (dashes,
/// curly quotes, ellipsis) and C2 A0 / C2 A3 (no-break space, pound sign). Each token adds two
/// hashed features: its FNV-1a hash and the FNV-1a of `previous-token-hash, space, token`
/// (a bigram; the first token's previous hash is that of `<s>`). Nothing is allocated per token.
enum CheckworthinessFeatures {
    static let fnvOffset: UInt32 = 2_166_136_261
    static let fnvPrime: UInt32 = 16_777_619

    @inline(__always) static func fnv(_ h: UInt32, _ byte: UInt8) -> UInt32 {
        (h ^ UInt32(byte)) &* fnvPrime
    }

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h = fnvOffset
        for b in bytes { h = fnv(h, b) }
        return h
    }

    static let startHash: UInt32 = fnv(Array("<s>".utf8))

    /// Dense feature indexes (order = the script's DENSE_NAMES).
    enum Dense {
        static let hasDigit = 0, hasPercent = 1, hasYear = 2, hasCapitalised = 3, manyCapitalised = 4
        static let firstClass = 5  // attribution, first_person, second_person, comparative, time_word, opinion
        static let questionMark = 11
        static let lengthLT6 = 12, length6to11 = 13, length12to19 = 14, length20to34 = 15, lengthGE35 = 16
        static let hasQuoteMark = 17, hasMoney = 18
        static let count = 19
    }

    static let classNames = ["attribution", "first_person", "second_person", "comparative", "time_word", "opinion"]

    /// Token hash → bit mask of word classes, an open-addressed table (no hashing of Strings
    /// at inference time). One word per slot (`1 << 40 | hash << 8 | mask`, 0 when empty), so
    /// that a probe is one load.
    struct ClassTable: Sendable {
        var slots: [UInt64]
        let mask: Int

        init(_ data: StaticString) {
            var words: [(hash: UInt32, bits: UInt8)] = []
            for entry in Lexicon.entries(data) {
                guard let cls = entry.attributes["class"],
                    let bit = CheckworthinessFeatures.classNames.firstIndex(of: cls)
                else { continue }
                for form in entry.forms {
                    words.append((CheckworthinessFeatures.fnv(Lexicon.lowercasedASCII(Array(form.utf8))), UInt8(1 << bit)))
                }
            }
            // At most a quarter full: a probe for a word that is none of them (nearly every token)
            // still stops at the first or second slot. A fixed 1,024 slots (8 KB) for about a
            // hundred words had the scorer touch a random, nearly empty line of it per token.
            var size = 16
            while size < 4 * words.count { size <<= 1 }
            mask = size - 1
            slots = Array(repeating: 0, count: size)
            for w in words { insert(w.hash, w.bits) }
        }

        private static let used: UInt64 = 1 << 40

        private mutating func insert(_ h: UInt32, _ bits: UInt8) {
            var slot = Int(h & UInt32(mask))
            for _ in 0...mask {
                let e = slots[slot]
                if e == 0 {
                    slots[slot] = ClassTable.used | UInt64(h) << 8 | UInt64(bits)
                    return
                }
                if UInt32(truncatingIfNeeded: e >> 8) == h {
                    slots[slot] = e | UInt64(bits)
                    return
                }
                slot = (slot + 1) & mask
            }
        }

        /// The classes of the token hash `h`, probing `slots` (this table's, as a buffer).
        @inline(__always) static func lookup(_ slots: UnsafeBufferPointer<UInt64>, _ h: UInt32) -> UInt8 {
            let m = slots.count &- 1
            var slot = Int(h) & m
            while true {
                let e = slots[slot]
                if e == 0 { return 0 }
                if UInt32(truncatingIfNeeded: e >> 8) == h { return UInt8(truncatingIfNeeded: e) }
                slot = (slot &+ 1) & m
            }
        }

        func lookup(_ h: UInt32) -> UInt8 {
            slots.withUnsafeBufferPointer { ClassTable.lookup($0, h) }
        }
    }

    static let classes = ClassTable(LexiconData.checkworthinessFeatures)

    /// ASCII letters and digits as bits of two words (bit `c & 63` of the word for `c`'s half):
    /// a shift and a test instead of a chain of range compares. `c` < 0x80.
    @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000  // 0x30…0x39
        let letters: UInt64 = 0x07FF_FFFE_07FF_FFFE  // 0x41…0x5A, 0x61…0x7A
        return ((c < 64 ? digits : letters) >> UInt64(c & 63)) & 1 != 0
    }

    /// The width of the separator sequence at `i` (E2 80 90…BF, E2 82 AC, C2 A0, C2 A3; the
    /// whole sequence before `hi`), or 0: then the byte is a word byte.
    @inline(__always) static func separatorWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let c = t[i]
        if c == 0xE2 {
            guard i + 2 < hi else { return 0 }
            let b1 = t[i + 1], b2 = t[i + 2]
            return (b1 == 0x80 && b2 >= 0x90 && b2 <= 0xBF) || (b1 == 0x82 && b2 == 0xAC) ? 3 : 0
        }
        if c == 0xC2 {
            guard i + 1 < hi else { return 0 }
            let b1 = t[i + 1]
            return b1 == 0xA0 || b1 == 0xA3 ? 2 : 0
        }
        return 0
    }

    /// Scans `t[range]`, handing `sink` every unigram and bigram hash in order, and returns
    /// the dense features (all 0/1: bit k is dense feature k) and the token count.
    ///
    /// Two nested loops: the outer one skips separators (setting the features some of them
    /// carry), the inner one reads a whole token, with runs of lower-case letters (most bytes)
    /// in a tight loop of their own. A digit run lies inside one token (digits are word bytes),
    /// so it is closed at the first byte that is not a digit or at the token's end.
    @inline(__always)
    static func scan<Sink: CheckworthinessHashSink>(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into sink: inout Sink
    ) -> (bits: UInt32, tokens: Int) {
        classes.slots.withUnsafeBufferPointer { table in
            scan(t, lo, hi, table, into: &sink)
        }
    }

    @inline(__always)
    static func scan<Sink: CheckworthinessHashSink>(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ table: UnsafeBufferPointer<UInt64>,
        into sink: inout Sink
    ) -> (bits: UInt32, tokens: Int) {
        // Few values live across the loop, so that the per-token work stays in registers: the
        // word classes and a year go straight into `dense` (bit `firstClass + k` is class k),
        // and a digit run is read whole where it starts (a run ends at the first byte that is
        // not a digit, inside the token or at its end, which is where the script closes it).
        var dense: UInt32 = 0
        var prev = startHash
        var tokens = 0
        var caps = 0
        // A byte after the text that is not a lower-case letter ends a run of them as the
        // text's end would, so the run loop need not test for the end at each byte.
        let stop = hi < t.count && t[hi] &- 0x61 >= 26
        var i = lo
        while i < hi {
            var c = t[i]
            if c == 0x20 {
                i &+= 1
                continue
            }
            if c < 0x80 {
                if !isASCIIAlnum(c) {
                    dense |= punctuationBits(c)
                    i &+= 1
                    continue
                }
            } else if c == 0xE2 || c == 0xC2 {
                let w = separatorWidth(t, i, hi)
                if w > 0 {
                    dense |= separatorBits(t, i, w)
                    i &+= w
                    continue
                }
            }
            // A token starts at i. Capitalised tokens are counted without a test for the
            // first token; the first one's is taken off at the end.
            caps &+= c &- 0x41 < 26 ? 1 : 0
            var uh = fnvOffset
            var bh = fnv(prev, 0x20)
            word: while true {
                if c &- 0x61 < 26 {
                    // The two hashes and the index stay in registers.
                    var u = uh, b = bh, j = i
                    if stop {
                        repeat {
                            u = fnv(u, c)
                            b = fnv(b, c)
                            j &+= 1
                            c = t[j]
                        } while c &- 0x61 < 26
                    } else {
                        repeat {
                            u = fnv(u, c)
                            b = fnv(b, c)
                            j &+= 1
                            if j == hi { break }
                            c = t[j]
                        } while c &- 0x61 < 26
                    }
                    uh = u
                    bh = b
                    i = j
                    if i == hi { break word }
                    continue word
                }
                // A space, the usual end of a token, before the other tests; it sets nothing,
                // so the outer loop need not read it again.
                if c == 0x20 {
                    i &+= 1
                    break word
                }
                if c &- 0x30 < 10 {
                    // The whole digit run, each digit hashed as `0`.
                    let start = i
                    repeat {
                        uh = fnv(uh, 0x30)
                        bh = fnv(bh, 0x30)
                        i &+= 1
                    } while i < hi && t[i] &- 0x30 < 10
                    dense |= 1 << UInt32(Dense.hasDigit)
                    if i &- start == 4 {
                        let a = t[start], b = t[start &+ 1]
                        if (a == 0x31 && b == 0x39) || (a == 0x32 && b == 0x30) { dense |= 1 << UInt32(Dense.hasYear) }
                    }
                } else {
                    var byte = c
                    if c &- 0x41 < 26 {
                        byte = c &+ 32
                    } else if c >= 0x80 {
                        if (c == 0xE2 || c == 0xC2) && separatorWidth(t, i, hi) > 0 { break word }
                    } else {
                        break word
                    }
                    uh = fnv(uh, byte)
                    bh = fnv(bh, byte)
                    i &+= 1
                }
                if i == hi { break word }
                c = t[i]
            }
            sink.add(uh)
            sink.add(bh)
            dense |= UInt32(ClassTable.lookup(table, uh)) << UInt32(Dense.firstClass)
            prev = uh
            tokens &+= 1
        }
        if caps > 0 && firstTokenCapitalised(t, lo, hi) { caps &-= 1 }
        if caps >= 1 { dense |= 1 << UInt32(Dense.hasCapitalised) }
        if caps >= 3 { dense |= 1 << UInt32(Dense.manyCapitalised) }
        let length: Int
        switch tokens {
        case ..<6: length = Dense.lengthLT6
        case ..<12: length = Dense.length6to11
        case ..<20: length = Dense.length12to19
        case ..<35: length = Dense.length20to34
        default: length = Dense.lengthGE35
        }
        dense |= 1 << UInt32(length)
        return (dense, tokens)
    }

    /// Whether the first token of `t[lo..<hi]` starts with an ASCII capital (the separators
    /// skipped as `scan` skips them).
    static func firstTokenCapitalised(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            let c = t[i]
            if c < 0x80 {
                if isASCIIAlnum(c) { return c &- 0x41 < 26 }
                i &+= 1
                continue
            }
            let w = c == 0xE2 || c == 0xC2 ? separatorWidth(t, i, hi) : 0
            if w == 0 { return false }
            i &+= w
        }
        return false
    }

    /// The dense bits an ASCII separator byte sets (`%`, `?`, `$`, `"`), else 0.
    @inline(__always) static func punctuationBits(_ c: UInt8) -> UInt32 {
        // One test for the four bytes (all below 0x40), then which one.
        guard c < 0x40, (0x8000_0034_0000_0000 as UInt64) >> UInt64(c) & 1 != 0 else { return 0 }
        switch c {
        case 0x25: return 1 << UInt32(Dense.hasPercent)
        case 0x3F: return 1 << UInt32(Dense.questionMark)
        case 0x24: return 1 << UInt32(Dense.hasMoney)
        default: return 1 << UInt32(Dense.hasQuoteMark)
        }
    }

    /// The dense bits of the separator sequence of width `w` at `i` (E2 …, C2 …): money for
    /// E2 82 AC and C2 A3, a quote mark for E2 80 9C / 9D.
    @inline(__always) static func separatorBits(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ w: Int) -> UInt32 {
        let b2 = t[i + w - 1]
        if t[i] == 0xE2 {
            if t[i + 1] == 0x82 { return 1 << UInt32(Dense.hasMoney) }
            return b2 == 0x9C || b2 == 0x9D ? 1 << UInt32(Dense.hasQuoteMark) : 0
        }
        return b2 == 0xA3 ? 1 << UInt32(Dense.hasMoney) : 0
    }
}
