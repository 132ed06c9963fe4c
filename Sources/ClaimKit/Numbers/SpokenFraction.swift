/// Fractions spoken in words, where a run of number words ends in a denominator:
/// `three twenty-firsts`, `one hundred thirty-two fifths`, `a hundred trillionths`,
/// `two and fifty-four hundredths`, `one one hundred and fifth`.
///
/// The hard part is where the numerator stops and the denominator starts. The rule: the
/// numerator is the shortest leading run that is a whole cardinal, such that the rest is a
/// well-formed denominator. A denominator is the final ordinal, optionally after a tens word
/// when the ordinal is one to nine (`twenty-fifth`, `thirty fifths`), optionally after one
/// count-and-multiplier group (`one hundred fifth`, `one thousand fifths`). So
/// `one hundred thirty fifths` is 100/35 (the tens word joins the ordinal when it can), while
/// `one hundred and thirty fifths` is 130/5 (`and` keeps the tens in the numerator) and
/// `one hundred thirty two fifths` is 132/5 (`two fifths` cannot be a compound ordinal).
/// A hyphen between a tens word and what follows binds them (`ninety-five`, `twenty-fifth`).
///
/// A numerator with `and` is a mixed number when the part after `and` is smaller than the
/// denominator: `two and fifty-four hundredths` = 2.54, `one million and a half` = 1.5
/// million; else the whole numerator is counted (`one hundred and thirty fifths` = 26).
///
/// Ordinals are kept apart: a singular denominator needs a numerator of one (`a third`,
/// `one twenty-fifth`) and no content word after it (`a twenty-first birthday` is a rank).
extension NumberParser {
    struct FractionToken {
        var range: Range<Int>
        /// nil for `and`.
        var word: NumberWord?
        /// Joined to the previous token by a hyphen.
        var hyphenBefore: Bool

        var isAnd: Bool { word == nil }
        var wordClass: NumberWordClass? { word?.wordClass }
        var value: Double { word?.value ?? 0 }
    }

    /// Most words a spoken fraction may have; longer runs are not read as one.
    static let maxFractionWords = 14

    /// Reads a spoken fraction starting at the word at `i`, or nil when the number words there
    /// do not end in a denominator (then the ordinary reading applies).
    func spokenFraction(_ i: Int) -> ParsedNumber? {
        guard let tokens = fractionRun(i), tokens.count >= 2 else { return nil }
        let n = tokens.count
        let last = tokens[n - 1]
        guard let o = last.word else { return nil }
        // `two thirds of a million`: the ordinary reading carries the fraction on to the scale.
        if let of = s.nextWord(last.range.upperBound), s.equals(of, "of"), let a = s.nextWord(of.upperBound), s.equals(a, "a") {
            return nil
        }
        // `a quarter million`, `three quarters billion`: the ordinary reading scales the fraction.
        if let nx = s.nextWord(last.range.upperBound), let w = NumberLexicons.words.lookup(s.t, nx.lowerBound, nx.upperBound),
            w.wordClass == .scale || w.wordClass == .hundred || w.wordClass == .dozen
        {
            return nil
        }
        // `a twenty-first-century hospital`.
        if s.dashLength(last.range.upperBound) > 0 && s.isAlpha(last.range.upperBound + 1) { return nil }
        for k in 1..<n {
            // No split inside `ninety-five` or `twenty-fifth`.
            if tokens[k].hyphenBefore, tokens[k - 1].wordClass == .tens, tokens[k].value < 10 { continue }
            guard let den = denominatorValue(tokens, from: k), den > 0 else { continue }
            guard let value = numeratorOver(tokens, upTo: k, denominator: den) else { continue }
            if !o.isPlural {
                // `one twenty-fifth`, `a hundredth`, `one and a half`: one part; `two hundred
                // fifth` is a rank, not a fraction.
                var a = k - 1
                while a > 0 && !tokens[a].isAnd { a -= 1 }
                let mixed = a > 0
                guard let part = cardinal(tokens, mixed ? a + 1 : 0, k), part == 1 else { continue }
                if !mixed && o.wordClass == .ordinal, let nx = s.nextWord(last.range.upperBound), nx.lowerBound == s.skipSpace(last.range.upperBound),
                    NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil
                {
                    return nil
                }
            }
            var p = ParsedNumber(start: i, end: last.range.upperBound, value: value)
            p.isFraction = true
            p.hasWords = true
            p.items = n
            return p
        }
        return nil
    }

    /// The number words from `i` up to and including the first ordinal or denominator word;
    /// nil when the run ends before one.
    private func fractionRun(_ i: Int) -> [FractionToken]? {
        // A cheap first pass: most runs (`one of`, `two people`) end without a denominator,
        // and then nothing is stored.
        var pos = i
        var count = 0
        var endsInDenominator = false
        while count < NumberParser.maxFractionWords {
            guard let (r, _) = fractionWord(at: pos, first: count == 0) else { break }
            count += 1
            pos = r.upperBound
            if let w = NumberLexicons.words.lookup(s.t, r.lowerBound, r.upperBound) {
                if w.wordClass == .ordinal || w.wordClass == .denominator {
                    endsInDenominator = true
                    break
                }
                if w.wordClass != .unit && w.wordClass != .teen && w.wordClass != .tens && w.wordClass != .hundred && w.wordClass != .scale
                    && !(w.wordClass == .article && count == 1)
                {
                    break
                }
            }
        }
        guard endsInDenominator, count >= 2 else { return nil }
        var tokens: [FractionToken] = []
        tokens.reserveCapacity(count)
        pos = i
        while tokens.count < count, let (r, hyphen) = fractionWord(at: pos, first: tokens.isEmpty) {
            let w = NumberLexicons.words.lookup(s.t, r.lowerBound, r.upperBound)
            if w == nil && (tokens.isEmpty || tokens.last?.isAnd == true) { return nil }
            tokens.append(FractionToken(range: r, word: w, hyphenBefore: hyphen))
            pos = r.upperBound
        }
        return tokens.count == count ? tokens : nil
    }

    /// The next word of a run: a number word or `and`, after white space or a hyphen
    /// (`ninety - five`, `hundred-fifths`). Returns its range and whether a hyphen came before.
    private func fractionWord(at pos: Int, first: Bool) -> (Range<Int>, Bool)? {
        var q = pos
        var hyphen = false
        if !first {
            q = s.skipSpace(pos)
            let d = s.dashLength(q)
            if d > 0 && d <= 3 {
                let after = s.skipSpace(q + d)
                guard s.isAlpha(after) else { return nil }
                q = after
                hyphen = true
            }
            if q == pos { return nil }
        }
        guard s.isAlpha(q) else { return nil }
        let we = s.wordEnd(q)
        if s.isAlpha(we) || s.isDigit(we) { return nil }
        let r = q..<we
        if !first && !hyphen && s.equals(r, "and") { return (r, false) }
        guard NumberLexicons.words.lookup(s.t, q, we) != nil else { return nil }
        return (r, hyphen)
    }

    /// Value of `tokens[k...]` read as a denominator, or nil when it is not one:
    /// `fifths`, `twenty fifths`, `one hundred fifth`, `one thousand and twenty-first`.
    private func denominatorValue(_ tokens: [FractionToken], from k: Int) -> Double? {
        let n = tokens.count
        guard let o = tokens[n - 1].word else { return nil }
        let isUnitOrdinal = o.wordClass == .ordinal && o.value < 10
        // `first` and `second` only close a compound (`twenty-first`): alone, `a second` is a
        // moment and `firsts` a record.
        let needsCompound = o.wordClass == .ordinal && !o.isDenominator
        var j = k
        var value = 0.0
        var compound = false
        if j + 1 < n - 1 {
            if let c = tokens[j].word, c.wordClass == .unit || c.wordClass == .teen, c.value >= 1,
                let m = tokens[j + 1].word, m.wordClass == .hundred || m.wordClass == .scale, o.value < m.value
            {
                value = c.value * m.value
                j += 2
                if j < n - 1 && tokens[j].isAnd { j += 1 }
                compound = true
            }
        }
        if j == n - 2, let t = tokens[j].word, t.wordClass == .tens, isUnitOrdinal, !tokens[j].isAnd {
            value += t.value
            j += 1
            compound = true
        }
        guard j == n - 1 else { return nil }
        if needsCompound && !compound { return nil }
        // `half` and `quarter` do not compound.
        if o.wordClass == .denominator && compound { return nil }
        return value + o.value
    }

    /// The fraction's value given the numerator `tokens[..<k]` over `den`; nil when the
    /// numerator is not a whole number.
    private func numeratorOver(_ tokens: [FractionToken], upTo k: Int, denominator den: Double) -> Double? {
        guard k > 0, !tokens[k - 1].isAnd else { return nil }
        // A mixed number: `two and three quarters`.
        var a = k - 1
        while a > 0 && !tokens[a].isAnd { a -= 1 }
        if a > 0, let num = cardinal(tokens, a + 1, k), let whole = lenientCardinal(tokens, 0, a) {
            if num < den {
                // `one million and a half`: half of the million.
                if let sc = tokens[a - 1].word, sc.wordClass == .scale {
                    return whole + num / den * sc.value
                }
                return whole + num / den
            }
            return (cardinal(tokens, 0, k) ?? whole + num) / den
        }
        guard let num = cardinal(tokens, 0, k) else { return nil }
        return num / den
    }

    /// `tokens[from..<to]` as a whole number, allowing `twenty and three` (summed).
    private func lenientCardinal(_ tokens: [FractionToken], _ from: Int, _ to: Int) -> Double? {
        if let v = cardinal(tokens, from, to) { return v }
        var a = to - 1
        while a > from && !tokens[a].isAnd { a -= 1 }
        guard a > from, let right = cardinal(tokens, a + 1, to), let left = lenientCardinal(tokens, from, a) else { return nil }
        return left + right
    }

    /// `tokens[from..<to]` as a well-formed cardinal (`a hundred`, `ninety-five hundred`,
    /// `one million two thousand two hundred three`), or nil.
    func cardinal(_ tokens: [FractionToken], _ from: Int, _ to: Int) -> Double? {
        guard from < to else { return nil }
        var total = 0.0
        var current = 0.0
        var lastScale = Double.infinity
        var prev: NumberWordClass?
        var prevAnd = false
        for idx in from..<to {
            let tok = tokens[idx]
            guard let w = tok.word else {
                guard prev == .hundred || prev == .scale, idx < to - 1, !prevAnd else { return nil }
                prevAnd = true
                continue
            }
            let free = prev == nil || prev == .hundred || prev == .scale || prevAnd
            switch w.wordClass {
            case .article:
                guard idx == from else { return nil }
                current = 1
            case .unit:
                guard free || prev == .tens else { return nil }
                current += w.value
            case .teen, .tens:
                guard free else { return nil }
                current += w.value
            case .hundred:
                guard !prevAnd, prev == .article || prev == .unit || prev == .teen || prev == .tens, current < 100 else { return nil }
                current *= 100
            case .scale:
                guard !prevAnd, w.value < lastScale, prev == .article || prev == .unit || prev == .teen || prev == .tens || prev == .hundred else { return nil }
                total += current * w.value
                current = 0
                lastScale = w.value
            default:
                return nil
            }
            prev = w.wordClass
            prevAnd = false
        }
        guard !prevAnd else { return nil }
        return total + current
    }
}
