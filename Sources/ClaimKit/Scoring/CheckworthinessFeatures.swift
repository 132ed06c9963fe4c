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
    /// at inference time).
    struct ClassTable: Sendable {
        var keys: [UInt32]
        var masks: [UInt8]
        var used: [Bool]
        let mask: Int

        init(_ data: StaticString) {
            let size = 1024
            mask = size - 1
            keys = Array(repeating: 0, count: size)
            masks = Array(repeating: 0, count: size)
            used = Array(repeating: false, count: size)
            for entry in Lexicon.entries(data) {
                guard let cls = entry.attributes["class"],
                    let bit = CheckworthinessFeatures.classNames.firstIndex(of: cls)
                else { continue }
                for form in entry.forms {
                    insert(CheckworthinessFeatures.fnv(Lexicon.lowercasedASCII(Array(form.utf8))), UInt8(1 << bit))
                }
            }
        }

        private mutating func insert(_ h: UInt32, _ bits: UInt8) {
            var slot = Int(h & UInt32(mask))
            for _ in 0...mask {
                if !used[slot] {
                    used[slot] = true
                    keys[slot] = h
                    masks[slot] = bits
                    return
                }
                if keys[slot] == h {
                    masks[slot] |= bits
                    return
                }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always) func lookup(_ h: UInt32) -> UInt8 {
            var slot = Int(h & UInt32(mask))
            while used[slot] {
                if keys[slot] == h { return masks[slot] }
                slot = (slot + 1) & mask
            }
            return 0
        }
    }

    static let classes = ClassTable(LexiconData.checkworthinessFeatures)

    /// Scans `t[range]`, handing `sink` every unigram and bigram hash in order, and returns
    /// the dense features (all 0/1: bit k is dense feature k) and the token count.
    @inline(__always)
    static func scan<Sink: CheckworthinessHashSink>(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into sink: inout Sink
    ) -> (bits: UInt32, tokens: Int) {
        var dense: UInt32 = 0
        @inline(__always) func set(_ k: Int) { dense |= 1 << UInt32(k) }
        let table = classes
        var prev = startHash
        var tokens = 0
        var caps = 0
        var classBits: UInt8 = 0
        var inToken = false
        var uh: UInt32 = 0
        var bh: UInt32 = 0
        var digitRun = 0
        var runStart = 0
        var year = false
        var i = lo
        while i <= hi {
            let c: UInt8 = i < hi ? t[i] : 0x20
            // Fast path: a lower-case letter inside a word (most bytes of running text).
            if inToken && c &- 0x61 < 26 {
                if digitRun > 0 {
                    if digitRun == 4 {
                        let a = t[runStart], b = t[runStart + 1]
                        if (a == 0x31 && b == 0x39) || (a == 0x32 && b == 0x30) { year = true }
                    }
                    digitRun = 0
                }
                // The whole run of lower-case letters in one tight loop: the two hashes and
                // the index stay in registers.
                var u = uh, b = bh, j = i, ch = c
                while true {
                    u = fnv(u, ch)
                    b = fnv(b, ch)
                    j += 1
                    if j == hi { break }
                    ch = t[j]
                    if ch &- 0x61 >= 26 { break }
                }
                uh = u
                bh = b
                i = j
                continue
            }
            // Fast path: a space (ends a word and a digit run, sets no feature).
            if c == 0x20 && i < hi {
                if digitRun > 0 {
                    if digitRun == 4 {
                        let a = t[runStart], b = t[runStart + 1]
                        if (a == 0x31 && b == 0x39) || (a == 0x32 && b == 0x30) { year = true }
                    }
                    digitRun = 0
                }
                if inToken {
                    sink.add(uh)
                    sink.add(bh)
                    classBits |= table.lookup(uh)
                    prev = uh
                    tokens += 1
                    inToken = false
                }
                i += 1
                continue
            }
            var width = 1
            var sep = true
            var byte = c
            if c == 0xE2 && i + 2 < hi && t[i + 1] == 0x80 && t[i + 2] >= 0x90 && t[i + 2] <= 0xBF {
                width = 3
                if t[i + 2] == 0x9C || t[i + 2] == 0x9D { set(Dense.hasQuoteMark) }
            } else if c == 0xE2 && i + 2 < hi && t[i + 1] == 0x82 && t[i + 2] == 0xAC {
                width = 3
                set(Dense.hasMoney)
            } else if c == 0xC2 && i + 1 < hi && (t[i + 1] == 0xA0 || t[i + 1] == 0xA3) {
                width = 2
                if t[i + 1] == 0xA3 { set(Dense.hasMoney) }
            } else if c >= 0x41 && c <= 0x5A {
                sep = false
                byte = c &+ 32
            } else if (c >= 0x61 && c <= 0x7A) || c >= 0x80 {
                sep = false
            } else if c >= 0x30 && c <= 0x39 {
                sep = false
                byte = 0x30
            }
            if i < hi {
                switch c {
                case 0x25: set(Dense.hasPercent)
                case 0x3F: set(Dense.questionMark)
                case 0x24: set(Dense.hasMoney)
                case 0x22: set(Dense.hasQuoteMark)
                default: break
                }
            }
            if c >= 0x30 && c <= 0x39 && i < hi {
                if digitRun == 0 { runStart = i }
                digitRun += 1
                set(Dense.hasDigit)
            } else {
                if digitRun == 4 {
                    let a = t[runStart], b = t[runStart + 1]
                    if (a == 0x31 && b == 0x39) || (a == 0x32 && b == 0x30) { year = true }
                }
                digitRun = 0
            }
            if sep {
                if inToken {
                    sink.add(uh)
                    sink.add(bh)
                    classBits |= table.lookup(uh)
                    prev = uh
                    tokens += 1
                    inToken = false
                }
                i += width
                continue
            }
            if !inToken {
                inToken = true
                uh = fnvOffset
                bh = fnv(prev, 0x20)
                if c >= 0x41 && c <= 0x5A && tokens > 0 { caps += 1 }
            }
            uh = fnv(uh, byte)
            bh = fnv(bh, byte)
            i += 1
        }
        if year { set(Dense.hasYear) }
        if caps >= 1 { set(Dense.hasCapitalised) }
        if caps >= 3 { set(Dense.manyCapitalised) }
        for k in 0..<classNames.count where classBits & UInt8(1 << k) != 0 {
            set(Dense.firstClass + k)
        }
        switch tokens {
        case ..<6: set(Dense.lengthLT6)
        case ..<12: set(Dense.length6to11)
        case ..<20: set(Dense.length12to19)
        case ..<35: set(Dense.length20to34)
        default: set(Dense.lengthGE35)
        }
        return (dense, tokens)
    }
}
