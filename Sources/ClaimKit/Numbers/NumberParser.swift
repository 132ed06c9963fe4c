/// Reads one number, in digits, words or both: `4.8 million`, `one hundred and sixty-one`,
/// `a dozen`, `half a million`, `two thirds`, `twenty-first`, `10k`, `£1.5bn` (the figure part),
/// and the vague orders of magnitude `tens of thousands`, `millions`.
///
/// The grammar is a small state machine over the words (each word is read once), so the cost
/// is linear in the length of the number. Spoken fractions whose denominator is a compound
/// ordinal (`three twenty-firsts`, `one hundred thirty fifths`) are read by `spokenFraction`,
/// tried only when this reading stops at a number word. Ratios: `one over three`, `two out of
/// five`, `one in five`. Limits: an ordinal alone stops at `twenty-first` (`two hundred and
/// fifth` is not read as 205th); `2000 over 3` (a ratio above one) is not read.
struct ParsedNumber {
    var start: Int
    var end: Int
    /// nil for a vague amount.
    var value: Double?
    var isOrdinal = false
    var isFraction = false
    var hasDigits = false
    var hasWords = false
    var vague = false
    /// Multiplier applied by the last scale word or suffix (`million`, `bn`), 1 when none.
    var scale: Double = 1
    /// Number of words/figures read.
    var items = 0
    /// The single numeral when the number is only that.
    var numeral: Numeral?
    /// Letters glued to the figure that were not read (`5G`, `200lbs`, `3am`).
    var gluedWord: Range<Int>?
}

struct NumberParser {
    let s: TextScan

    private enum Last { case none, article, digits, unit, teen, tens, hundred, scale, dozen, and, half, fraction }

    init(_ s: TextScan) { self.s = s }

    /// Whether `r` (two letters) is an ordinal suffix: `st`, `nd`, `rd`, `th` (compared as
    /// one 16-bit value, not hashed into a `Set` per glued word).
    private func isOrdinalSuffix(_ r: Range<Int>) -> Bool {
        guard r.count == 2 else { return false }
        let a = UInt16(ByteClass.lower(s.t[r.lowerBound]))
        let b = UInt16(ByteClass.lower(s.t[r.lowerBound + 1]))
        switch a << 8 | b {
        case 0x7374, 0x6e64, 0x7264, 0x7468: return true
        default: return false
        }
    }

    /// Reads a number starting exactly at `i` (a digit, a `.` before digits, or a word).
    /// `money` allows the money-only suffixes (`$5m`, `$2b`).
    func parse(_ i: Int, money: Bool, allowRatio: Bool = true) -> ParsedNumber? {
        var p = ParsedNumber(start: i, end: i, value: nil)
        var total = 0.0
        var current = 0.0
        var group = 0.0
        var lastScale = Double.infinity
        var last = Last.none
        var pos = i
        var end = i
        var decimalDone = false
        /// The scale before `and` in `one million and a half`: the fraction is of a million.
        var andAfterScale: Double?
        var fractionAfterScale: Double?
        /// The reading before the last `and`: `3 hundred and 2 hundred` is two numbers, so
        /// when what follows `and` cannot join, the number ends before `and`.
        var beforeAnd: (total: Double, current: Double, end: Int, items: Int)?
        /// The reading ended at something that is not a number word (the usual case). When it
        /// ended at a number word that would not join (`one twenty-fifth`, `a hundred
        /// trillionths`), or at a fraction, a spoken fraction may cover more.
        var plainStop = false

        loop: while true {
            var q = pos
            if last != .none {
                q = s.skipSpace(pos)
                // Hyphens join number words: `twenty-one`, `fifty - two`, `one-eighth`.
                let d = s.dashLength(q)
                if d > 0 && d <= 3 && (last == .tens || last == .unit || last == .teen) {
                    let after = s.skipSpace(q + d)
                    if s.isAlpha(after) { q = after }
                }
                if q == pos {  // items need a separator
                    plainStop = s.dashLength(q) == 0 || !s.isAlpha(q + s.dashLength(q))
                    break
                }
            }
            if s.isDigit(q) || (last == .none && s.byte(q) == 0x2E) {
                plainStop = true
                guard last == .none || last == .scale || last == .and || last == .hundred else { break }
                guard let num = NumeralReader.read(s, q) else { break }
                plainStop = false
                if last != .none {
                    // A figure after a scale word: `4 thousand 3 hundred and 21`.
                    let limit = last == .hundred ? 100.0 : lastScale
                    // `4 thousand 3 hundred and 0`: nobody adds a zero.
                    guard num.isInteger, num.value < limit, num.value > 0 || last != .and else {
                        plainStop = true
                        break
                    }
                    current += num.value
                    group = num.value
                    last = .digits
                    end = num.end
                    pos = end
                    p.items += 1
                    p.hasDigits = true
                    continue
                }
                p.numeral = num
                p.hasDigits = true
                p.items = 1
                if let (fv, fl) = NumberParser.vulgarFraction(s, num.end), num.isInteger {
                    p.isFraction = true
                    p.value = num.value + fv
                    p.end = num.end + fl
                    return p
                }
                if let (fv, fe) = digitFraction(num) {
                    p.isFraction = true
                    p.value = fv
                    p.end = fe
                    return p
                }
                var value = num.value
                var e = num.end
                // Glued letters: ordinal suffix, scale suffix, or something else.
                if s.isAlpha(e) {
                    let we = s.wordEnd(e)
                    let r = e..<we
                    if s.isAlpha(we) || s.isDigit(we) {
                        p.gluedWord = r
                        p.value = value
                        p.end = e
                        return p
                    }
                    if num.isInteger && isOrdinalSuffix(r) {
                        p.isOrdinal = true
                        p.value = value
                        p.end = we
                        return p
                    }
                    if let suf = NumberLexicons.suffixes.lookup(s.t, e, we),
                        !suf.moneyOnly || money || (r.count == 1 && ByteClass.isUpper(s.t[e]))
                    {
                        value *= suf.value
                        p.scale = suf.value
                        e = we
                    } else {
                        p.gluedWord = r
                        p.value = value
                        p.end = e
                        return p
                    }
                } else if let r = s.nextWord(e), !s.isAlpha(r.upperBound), !s.isDigit(r.upperBound), r.count <= 3,
                    let suf = NumberLexicons.suffixes.lookup(s.t, r.lowerBound, r.upperBound),
                    !suf.moneyOnly || money || ByteClass.isUpper(s.t[r.lowerBound]),
                    r.count > 1 || ByteClass.isUpper(s.t[r.lowerBound]) || s.byte(r.lowerBound) == 0x6B
                {
                    // Spaced abbreviations: `10 bln`, `2.33 k`, `1,674.5 G`.
                    value *= suf.value
                    p.scale = suf.value
                    e = r.upperBound
                }
                current = value
                group = value
                last = p.scale > 1 ? .scale : .digits
                if p.scale > 1 {
                    total = value
                    current = 0
                    lastScale = p.scale
                }
                end = e
                pos = e
                continue
            }
            guard s.isAlpha(q) else {
                plainStop = true
                break
            }
            let we = s.wordEnd(q)
            if s.isAlpha(we) || s.isDigit(we) {
                plainStop = true
                break
            }
            let r = q..<we
            if last != .none && s.equals(r, "and") {
                guard last == .hundred || last == .scale || fractionFollows(we) else { break }
                andAfterScale = last == .scale ? lastScale : nil
                beforeAnd = (total, current, end, p.items)
                last = .and
                group = 0
                pos = we
                continue
            }
            if last != .none && !decimalDone && s.equals(r, "point")
                && (last == .unit || last == .teen || last == .tens || last == .hundred || last == .scale)
            {
                if let (frac, fe) = decimalWords(after: we) {
                    current += frac
                    end = fe
                    pos = fe
                    decimalDone = true
                    p.items += 1
                    last = .dozen  // nothing may follow but a scale word
                    continue
                }
                plainStop = true
                break
            }
            guard let w = NumberLexicons.words.lookup(s.t, q, we) else {
                plainStop = true
                break
            }
            switch w.wordClass {
            case .unit, .teen, .tens:
                if w.wordClass == .unit {
                    if last == .and && w.value == 0 { break loop }
                    guard last == .none || last == .tens || last == .hundred || last == .scale || last == .and else { break loop }
                } else {
                    guard last == .none || last == .hundred || last == .scale || last == .and else { break loop }
                }
                if last == .tens {
                    group += w.value
                } else {
                    group = w.value
                }
                current += w.value
                last = w.wordClass == .unit ? .unit : (w.wordClass == .teen ? .teen : .tens)
            case .hundred:
                // `hundred thousand dollars`: a bare `hundred` counts one hundred before a scale word.
                // Not `several hundred million` or `many hundred thousand`: a vague amount.
                let bare = last == .none && s.nextWord(we).flatMap({ NumberLexicons.words.lookup(s.t, $0.lowerBound, $0.upperBound) })?.wordClass == .scale
                    && !(s.previousWord(q).map { s.equals($0, "many") || NumberLexicons.words.lookup(s.t, $0.lowerBound, $0.upperBound)?.wordClass == .few } ?? false)
                guard bare || last == .article || last == .unit || last == .teen || last == .tens || last == .digits else { break loop }
                // `3 hundred and 2 hundred` is two numbers.
                guard current < 100 || p.items <= 1 else {
                    if let b = beforeAnd { (total, current, end, p.items) = b }
                    break loop
                }
                current = (last == .article || bare ? 1 : current) * 100
                group = 0
                last = .hundred
            case .scale:
                // `three lakh crore`, `5,000 crore`: Indian usage counts crores of a larger
                // figure, so the crore multiplies everything read so far.
                if w.value == 10_000_000, last == .scale, lastScale < w.value {
                    total = (total + current) * w.value
                    current = 0
                    group = 0
                    lastScale = w.value
                    p.scale = w.value
                    last = .scale
                    break
                }
                if w.value >= lastScale, let b = beforeAnd, last == .unit || last == .teen || last == .tens || last == .digits {
                    (total, current, end, p.items) = b
                    break loop
                }
                guard w.value < lastScale,
                    last == .article || last == .unit || last == .teen || last == .tens || last == .hundred || last == .digits || last == .half || last == .dozen || last == .fraction
                else { break loop }
                if last == .fraction { fractionAfterScale = nil }
                let base = last == .article ? 1 : current
                total += base * w.value
                current = 0
                group = 0
                lastScale = w.value
                p.scale = w.value
                last = .scale
            case .dozen:
                if last == .none {
                    // `dozens of`: vague.
                    guard w.isPlural else { break loop }
                    return vague(p, start: q, wordEnd: we, magnitude: 12)
                }
                guard last == .article || last == .unit || last == .teen || last == .tens || last == .digits || last == .half else {
                    plainStop = true
                    break loop
                }
                if last == .article {
                    current = 12
                } else if last == .half {
                    current = 6
                } else {
                    current = current - group + group * 12
                }
                group = 0
                last = .dozen
            case .ordinal:
                if last == .none {
                    if w.isPlural { break loop }
                    p.isOrdinal = true
                    p.hasWords = true
                    p.items = 1
                    p.value = w.value
                    p.end = we
                    return p
                }
                if last == .tens && w.value < 10 && !w.isPlural {
                    p.isOrdinal = true
                    p.hasWords = true
                    p.items += 1
                    p.value = current + w.value
                    p.end = we
                    return p
                }
                guard w.isDenominator else { break loop }
                fallthrough
            case .denominator:
                if last == .none {
                    // `half a million`, `half a dozen`, `half million`.
                    guard s.equals(r, "half") || s.equals(r, "quarter") else { break loop }
                    var k = we
                    if let a = s.nextWord(k), s.equals(a, "a") { k = a.upperBound }
                    guard let nw = s.nextWord(k), let nx = NumberLexicons.words.lookup(s.t, nw.lowerBound, nw.upperBound),
                        nx.wordClass == .scale || (nx.wordClass == .dozen && !nx.isPlural)
                    else { break loop }
                    current = 1 / w.value
                    group = current
                    last = .half
                    pos = k
                    end = we
                    p.hasWords = true
                    p.items += 1
                    continue
                }
                guard last == .unit || last == .teen || last == .tens || last == .article else { break loop }
                // `two millionth` is two, then an ordinal; large denominators need `a`/`one` or a plural.
                if w.value >= 100 && !w.isPlural && !(last == .article || group == 1) { break loop }
                let numerator = last == .article ? 1 : group
                guard w.value > 0 else { break loop }
                current = current - (last == .article ? 0 : group) + numerator / w.value
                p.isFraction = true
                fractionAfterScale = andAfterScale
                last = .fraction
                // `two thirds of a million`.
                if let of = s.nextWord(we), s.equals(of, "of"), let a = s.nextWord(of.upperBound), s.equals(a, "a"),
                    let sc = s.nextWord(a.upperBound), let x = NumberLexicons.words.lookup(s.t, sc.lowerBound, sc.upperBound), x.wordClass == .scale
                {
                    pos = a.upperBound
                    end = we
                    p.items += 1
                    p.hasWords = true
                    continue
                }
            case .article:
                guard last == .none || last == .and else { break loop }
                last = .article
                pos = we
                continue  // an article alone is not a number: `end` does not move
            case .vague:
                guard last == .none else {
                    plainStop = true
                    break loop
                }
                return vague(p, start: q, wordEnd: we, magnitude: w.value)
            case .few:
                // `a few`: no spoken fraction runs through these words.
                plainStop = true
                break loop
            }
            p.hasWords = true
            p.items += 1
            end = we
            pos = we
        }
        if !plainStop || last == .fraction, s.isAlpha(i), let f = spokenFraction(i) { return f }
        guard end > i else { return nil }
        if last == .fraction, let sc = fractionAfterScale { current *= sc }
        p.end = end
        var v = total + current
        // `one over three`, `two out of five hundred`: a ratio.
        // (`ratio` reads `in`, `out of` or `over`: the first letter after the gap rules out
        // nearly every figure before the word is read.)
        if allowRatio && !money && !p.isFraction, NumberParser.mayStartRatio(ByteClass.lower(s.byte(s.skipSpace(end)))),
            let (den, de) = ratio(after: end), den != 0, v <= den
        {
            v /= den
            p.end = de
            p.isFraction = true
        }
        p.value = v
        return p
    }

    /// For tests: whether `ratio` reads a denominator after `i`.
    func ratioReads(after i: Int) -> Bool { ratio(after: i) != nil }

    /// Whether a word starting with the lower-cased byte `c` may be `in`, `out` or `over`.
    @inline(__always)
    static func mayStartRatio(_ c: UInt8) -> Bool { c == 0x69 || c == 0x6F }

    /// ` over 3`, ` out of five`: the denominator of a ratio after a number.
    private func ratio(after i: Int) -> (Double, Int)? {
        guard let w = s.nextWord(i) else { return nil }
        var k = w.upperBound
        let isIn = s.equals(w, "in")
        if s.equals(w, "out"), let of = s.nextWord(k), s.equals(of, "of") {
            k = of.upperBound
        } else if !s.equals(w, "over") && !isIn {
            return nil
        }
        let st = s.skipSpace(k)
        if isIn && s.isDigit(st) {
            // `in 2004`, `in 1.5 seconds`: most figures after `in` are years or amounts; only a
            // whole number of up to three digits (or `1,000`) can be a denominator (tested
            // before reading it).
            let e = NumeralReader.digitRunEnd(s, st)
            if e - st > 3 || s.byte(e) == 0x2E && s.isDigit(e + 1) { return nil }
        }
        guard st > k, let d = parse(st, money: false, allowRatio: false), !d.isOrdinal, !d.vague, !d.isFraction, d.gluedWord == nil,
            let v = d.value, v.isFinite
        else { return nil }
        // `$10000 over 3 years`: a span of time, not a ratio.
        if let u = s.nextWord(d.end), NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound) != nil { return nil }
        if isIn {
            // `one in five adults`, `1 in twenty-one`; not `one in 1992` (a year) or `1 in 1.5`.
            if let num = d.numeral, d.items == 1, num.plain, num.integerDigits == 4, (1000...2199).contains(v) { return nil }
            guard v == v.rounded(), v >= 2, s.byte(d.end) != 0x2E || !s.isDigit(d.end + 1) else { return nil }
            if s.byte(d.end) == 0x25 || s.byte(d.end) == 0x2D { return nil }
        }
        return (v, d.end)
    }

    /// `½`, `¾`, `⅔` at `i`: (value, byte length).
    static func vulgarFraction(_ s: TextScan, _ i: Int) -> (Double, Int)? {
        let b = s.byte(i)
        if b == 0xC2 {
            switch s.byte(i + 1) {
            case 0xBC: return (0.25, 2)
            case 0xBD: return (0.5, 2)
            case 0xBE: return (0.75, 2)
            default: return nil
            }
        }
        guard b == 0xE2, s.byte(i + 1) == 0x85 else { return nil }
        let values: [Double] = [1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6, 0.8, 1.0 / 6, 5.0 / 6, 0.125, 0.375, 0.625, 0.875]
        let c = Int(s.byte(i + 2))
        guard c >= 0x90 && c <= 0x9E else { return nil }
        return (values[c - 0x90], 3)
    }

    /// `3/4`, `2 1/4`: a vulgar fraction with a small denominator (2, 3, 4, 5, 8, 10, 16) and a
    /// numerator below it, so `9/11`, `24/7` and dates stay apart.
    private func digitFraction(_ num: Numeral) -> (Double, Int)? {
        func simple(_ i: Int) -> (Double, Int)? {
            let ne = NumeralReader.digitRunEnd(s, i)
            guard ne > i, ne - i <= 2, s.byte(ne) == 0x2F else { return nil }
            let de = NumeralReader.digitRunEnd(s, ne + 1)
            guard de > ne + 1, de - ne - 1 <= 2, !s.isAlnum(de), s.byte(de) != 0x2F else { return nil }
            var a = 0.0
            for k in i..<ne { a = a * 10 + Double(s.t[k] &- 0x30) }
            var b = 0.0
            for k in (ne + 1)..<de { b = b * 10 + Double(s.t[k] &- 0x30) }
            guard [2.0, 3, 4, 5, 8, 10, 16].contains(b), a > 0, a < b else { return nil }
            return (a / b, de)
        }
        if num.plain, let f = simple(num.start) { return f }
        // Mixed: `2 1/4`.
        if num.plain && num.isInteger && num.integerDigits <= 3 {
            let k = s.skipSpace(num.end)
            if k > num.end, k - num.end <= 2, let (fv, fe) = simple(k) { return (num.value + fv, fe) }
        }
        return nil
    }

    /// After `one and`: whether a fraction follows (`a half`, `three quarters`), the only thing
    /// `and` may join to a whole number below a hundred.
    private func fractionFollows(_ i: Int) -> Bool {
        guard let a = s.nextWord(i), let w = NumberLexicons.words.lookup(s.t, a.lowerBound, a.upperBound) else { return false }
        guard w.wordClass == .article || w.wordClass == .unit || w.wordClass == .teen || w.wordClass == .tens else { return false }
        guard let b = s.nextWord(a.upperBound), let d = NumberLexicons.words.lookup(s.t, b.lowerBound, b.upperBound) else { return false }
        return d.isDenominator && (w.wordClass == .article || d.isPlural || w.value == 1)
    }

    /// `tens of thousands`, `hundreds of millions`, `millions`: an order of magnitude.
    private func vague(_ p0: ParsedNumber, start: Int, wordEnd: Int, magnitude: Double) -> ParsedNumber {
        var p = p0
        p.vague = true
        p.hasWords = true
        p.items = 1
        p.value = nil
        p.end = wordEnd
        p.scale = magnitude
        if let of = s.nextWord(wordEnd), s.equals(of, "of"), let w2 = s.nextWord(of.upperBound),
            let x = NumberLexicons.words.lookup(s.t, w2.lowerBound, w2.upperBound), x.wordClass == .vague || (x.wordClass == .dozen && x.isPlural)
        {
            p.end = w2.upperBound
            p.scale = magnitude * x.value
            p.items = 2
        }
        return p
    }

    /// Digits spoken after `point`: `zero three` → .03, `seventy-one` → .71, `eleven` → .11.
    private func decimalWords(after i: Int) -> (Double, Int)? {
        var digits = 0.0
        var count = 0
        var end = i
        var pos = i
        while count < 12 {
            guard let r = s.nextWord(pos), let w = NumberLexicons.words.lookup(s.t, r.lowerBound, r.upperBound) else { break }
            if w.wordClass == .unit {
                digits = digits * 10 + w.value
                count += 1
                end = r.upperBound
                pos = end
                continue
            }
            if (w.wordClass == .teen || w.wordClass == .tens) && count == 0 {
                var v = w.value
                end = r.upperBound
                if w.wordClass == .tens {
                    var k = s.skipSpace(end)
                    let d = s.dashLength(k)
                    if d > 0 { k = s.skipSpace(k + d) }
                    if s.isAlpha(k), let u = NumberLexicons.words.lookup(s.t, k, s.wordEnd(k)), u.wordClass == .unit {
                        v += u.value
                        end = s.wordEnd(k)
                    }
                }
                return (v / 100, end)
            }
            break
        }
        guard count > 0 else { return nil }
        return (digits / NumeralReader.scale(1, count), end)
    }
}
