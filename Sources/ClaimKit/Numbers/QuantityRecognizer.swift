/// Turns each number the parser reads into a `Quantity`: sign, currency, range, percent,
/// unit or counted thing, and the qualifier words around it.
///
/// Rules, in order: a currency symbol or code before the figure; a sign (`-5`, `minus five`);
/// a range (`5-10`, `from 3 to 5`, `between 20 and 30`); percent (`%`, `percent`, `per cent`);
/// a currency name after (`5 dollars`); a unit (`24 years`, `two-day`, `29km`); otherwise
/// the counted thing: up to four words after the figure, across closing quote marks, up to
/// the first function word or verb-like word; qualifier phrases before (`up to`, `at least`)
/// and after (`or more`). Nothing reaches across a line break (`TextScan.skipSpace` stops
/// there). Match scores (`won 2-0`, `0-2 Man Utd`) are skipped, not reported as ranges: a
/// score is neither a count nor an interval. `one in five` is a ratio (0.2), `half` alone an
/// amount only after a bound (`more than half`), and `percent` or `%` without a figure a vague
/// share with no value. Known limit: the counted thing is a word window, not a parse.
struct QuantityRecognizer {
    /// The text and the rules that read it (`QuantityRules`).
    var rules: QuantityRules
    var found: [Quantity] = []
    var diagnostics: [Diagnostic] = []

    /// The number words, held here so the hot loop does not go through a lazy global.
    let numberWords = NumberLexicons.words
    let wordStarts = NumberLexicons.wordStarts

    var s: TextScan { rules.s }
    var parser: NumberParser { NumberParser(rules.s) }
    /// End of the last quantity found: nothing before it may be read again (`10 $ 30 $`).
    var floor: Int {
        get { rules.floor }
        set { rules.floor = newValue }
    }

    init(_ s: TextScan) {
        self.rules = QuantityRules(s)
    }

    // MARK: Scan

    /// `cues`: `ScanCues.quantity` for this text.
    mutating func scan(skipping times: [Span], cues: UnsafeBufferPointer<UInt64>) {
        let t = s.t
        let n = t.count
        var i = 0
        var ti = 0
        // Room for about one quantity per 256 bytes (news runs about one per 400), so the array
        // is allocated once for most texts instead of grown by doubling from empty.
        found.reserveCapacity(min(max(n >> 8, 8), 4096))
        // Stop once past the cap: QuantityStage keeps the first `maxQuantities` and reports the cut.
        while i < n && found.count <= QuantityStage.maxQuantities {
            // On the shared walk, go straight to the next position where a rule may start,
            // unless a time span starts before it (the walk below jumps over those).
            if ScanCues.onWalk(t, i) {
                let next = ScanCues.next(cues, from: i, n)
                if next > i {
                    while ti < times.count && times[ti].end <= i { ti += 1 }
                    if ti == times.count || times[ti].start >= next {
                        i = next
                        if i >= n { break }
                    } else if times[ti].start > i && ScanCues.onWalk(t, times[ti].start) {
                        // The span starts on the walk with nothing to read before it: go to
                        // its start, where the walk below jumps over it.
                        i = times[ti].start
                    }
                }
            }
            let b = t[i]
            if !FastByte.isAlnum(b) {
                if (b == 0xC2 || b == 0xE2) && !s.isAlnum(i - 1), let (v, l) = NumberParser.vulgarFraction(s, i) {
                    var q = Quantity(sentence: 0, span: Span(start: i, end: i + l), value: v, rule: "fraction")
                    if let (u, ur) = rules.unitAfter(i + l) {
                        q.kind = u.isDuration ? .duration : .measure
                        q.unit = String(decoding: s.t[ur], as: UTF8.self)
                        q.unitSpan = Span(start: ur.lowerBound, end: ur.upperBound)
                        q.span.end = ur.upperBound
                    }
                    found.append(q)
                    i = q.span.end
                    continue
                }
                // `the % of increase`: the sign used as a word.
                if b == 0x25 && s.byte(i - 1) == 0x20 && s.byte(i + 1) == 0x20 && i >= floor, let p = s.previousWord(i),
                    s.equals(p, "the") || s.equals(p, "a") || s.equals(p, "what"), let q = rules.barePercent(i, unitEnd: i + 1)
                {
                    found.append(q)
                }
                i += 1
                continue
            }
            while ti < times.count && times[ti].end <= i { ti += 1 }
            if ti < times.count && times[ti].start <= i {
                i = max(i + 1, times[ti].end)
                continue
            }
            if FastByte.isDigit(b) {
                let runEnd = rules.alnumRunEnd(i)
                if rules.gluedToIdentifier(i) || rules.isMobileGeneration(i, runEnd) {
                    i = runEnd
                    continue
                }
                if let e = recognize(at: i, times: times, ti: ti, keepSkips: false) {
                    i = max(i + 1, e)
                    floor = e
                } else {
                    i = runEnd
                }
                continue
            }
            // A word: skip it fast unless its first two letters may start a number word; else
            // read it whole, hashing as we go, and probe the number words.
            if !wordStarts.mayContain(b, i + 1 < n ? t[i + 1] : 0) {
                i = s.letterRunEnd(i + 1)
                continue
            }
            let (we, h) = s.hashedLetterRun(i)
            if we - i >= 3 && we - i <= 11 && (t[i] | 0x20) == 0x70, let q = rules.percentOf(i, we) {
                found.append(q)
                i = q.span.end
                continue
            }
            if we - i <= 12 && !s.isDigit(we), let info = numberWords.lookup(key: WordTable<Int>.finish(h, we - i)),
                info.wordClass != .article || rules.articleStartsNumber(we)
            {
                if let e = recognize(at: i, times: times, ti: ti, keepSkips: true) {
                    floor = e
                    i = max(we, e)
                    continue
                }
            }
            i = we
        }
    }

    /// `more than 10 and less than 20`, `at most 100 and at least 20`: two opposite bounds
    /// joined by `and`/`but`/a comma become one range. The rule records the interval's
    /// brackets (`bounds:(]`), which the qualifiers alone cannot say.
    private mutating func mergeBounds() {
        let n = found.count
        guard n >= 2 else { return }
        func isLower(_ q: Qualifier) -> Bool { q == .moreThan || q == .atLeast }
        func isUpper(_ q: Qualifier) -> Bool { q == .lessThan || q == .upTo }
        // Nearly every pair has no opposite bounds: decide that before copying two quantities.
        let aq = found[n - 2].qualifier
        let bq = found[n - 1].qualifier
        guard isLower(aq) && isUpper(bq) || isUpper(aq) && isLower(bq) else { return }
        let a = found[n - 2]
        let b = found[n - 1]
        guard let av = a.value, let bv = b.value, a.kind == b.kind,
            isLower(a.qualifier) && isUpper(b.qualifier) || isUpper(a.qualifier) && isLower(b.qualifier)
        else { return }
        // Only `and`, `but` or a comma between them.
        let gap = b.span.start - a.span.end
        guard gap > 0 && gap <= 8 else { return }
        var k = s.skipSpace(a.span.end)
        if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
        if let w = s.nextWord(k), w.lowerBound == k, s.equals(w, "and") || s.equals(w, "but") { k = s.skipSpace(w.upperBound) }
        guard k == b.span.start else { return }
        let (lo, hi, loQ, hiQ) = isLower(a.qualifier) ? (av, bv, a.qualifier, b.qualifier) : (bv, av, b.qualifier, a.qualifier)
        guard lo < hi else { return }
        var m = a
        m.span = Span(start: a.span.start, end: b.span.end)
        m.qualifier = .range
        m.low = lo
        m.high = hi
        m.value = nil
        m.unit = b.unit ?? a.unit
        m.unitSpan = b.unitSpan ?? a.unitSpan
        m.rule = "bounds:" + (loQ == .atLeast ? "[" : "(") + (hiQ == .upTo ? "]" : ")")
        found.removeLast(2)
        found.append(m)
    }

    // MARK: One quantity

    /// Appends the quantity read at `i` (then merges opposite bounds) and returns where its
    /// span ends, or nil when there is none. A skip marker (a score) is appended only when
    /// `keepSkips`; either way its end is returned. Appending here, not in the caller, lets the
    /// new `Quantity` be built straight into the array instead of copied through an Optional.
    private mutating func recognize(at i: Int, times: [Span], ti: Int, keepSkips: Bool) -> Int? {
        let startsWithDigit = s.isDigit(i)
        var currency: Currency?
        // `.08`: a decimal point with no digit before it starts the figure.
        var i = i
        if startsWithDigit && s.byte(i - 1) == 0x2E && !s.isDigit(i - 2) && !s.isAlpha(i - 2) { i -= 1 }
        var start = i
        if startsWithDigit, let (c, cs) = rules.currencyBefore(i) {
            currency = c
            start = cs
        }
        // `few`, `several`, `couple`: the first letter rules out the other number words before
        // the call (which returns a whole optional `Quantity`).
        if !startsWithDigit, QuantityRecognizer.mayStartFewPlus(s.t[i]), let q = rules.fewPlusTimeUnit(at: i) { return emit(q, keepSkips: keepSkips) }
        guard var a = parser.parse(i, money: currency != nil) ?? rules.boundedHalf(i) else { return nil }
        guard a.end > i else { return nil }
        if !startsWithDigit && !rules.acceptWordNumber(a) { return nil }
        if let g = a.gluedWord {
            guard let q = rules.gluedUnitQuantity(a, glued: g, start: start, currency: currency) else { return nil }
            return emit(q, keepSkips: keepSkips)
        }
        if let v = a.value, !v.isFinite {
            if diagnostics.count < QuantityStage.maxDiagnostics {
                diagnostics.append(Diagnostic(code: "number_out_of_range", message: "a number too large to represent was skipped", span: Span(start: a.start, end: a.end)))
            }
            return nil
        }
        // Sign.
        var negative = false
        if startsWithDigit && currency == nil {
            let d = s.dashLengthBefore(i)
            if d > 0 && !s.isAlnum(i - d - 1) && s.byte(i - d - 1) != 0x2D && s.byte(i - d - 1) != 0x2E && s.byte(i - d - 1) != 0x2C {
                negative = true
                start = i - d
            }
        }
        // `minus` and `negative` end in `s` and `e`: the last letter rules out most words
        // before reading the word.
        let signEnd = ByteClass.lower(s.byte(s.skipSpaceBack(start) - 1))
        if signEnd == 0x73 || signEnd == 0x65, let w = s.previousWord(start), s.equals(w, "minus") || s.equals(w, "negative") {
            negative = true
            start = w.lowerBound
        }
        if negative, let v = a.value { a.value = -v }

        // The fields are kept in locals and the `Quantity` is built once, on return: built
        // early and mutated, the struct (three strings) was copied twice per figure, and
        // most figures (bare years, identifiers) are rejected before the end anyway. The
        // unit text is decoded only then too.
        var value = a.value
        var low: Double?
        var high: Double?
        var qualifier = Qualifier.exact
        var qualifierCue: Span?
        var unitName: String?
        var unitText: Range<Int>?
        var unitSpan: Span?
        var kind = QuantityKind.count
        var currencyCode: String?
        var rule = "number"
        func scale(_ m: Double) {
            value = value.map { $0 * m }
            low = low.map { $0 * m }
            high = high.map { $0 * m }
        }
        if a.vague {
            qualifier = .approximate
            rule = "vague"
        }
        if a.isOrdinal {
            kind = .ordinal
            rule = "ordinal"
        }
        if a.isFraction { rule = "fraction" }
        if let c = currency, c.multiplier > 1 { scale(c.multiplier) }
        if let c = currency {
            kind = .money
            currencyCode = c.code
            unitName = c.name
            rule = "money"
        }
        var end = a.end

        // Percent attached to the first figure (`5%-10%`).
        var percentEnd = kind == .count ? rules.percentAfter(end) : nil

        // Range.
        var isRange = false
        if !a.isOrdinal && !a.vague && !(a.items == 1 && !startsWithDigit && rules.inDigitWordChain(a.start, a.end)), let av = a.value,
            let (bStart, connector) = rules.rangeConnector(after: percentEnd?.end ?? end, firstStart: start, currency: currency)
        {
            if let b = parser.parse(bStart, money: currency != nil || connector.moneySymbol), b.gluedWord == nil,
                !b.isOrdinal, !b.vague, let bv0 = b.value, bv0.isFinite, !rules.overlapsTime(Span(start: bStart, end: b.end), times, ti)
            {
                var lowValue = av
                if b.scale > 1 && a.scale == 1 && av * b.scale <= bv0 { lowValue = av * b.scale }
                let bPercent = rules.percentAfter(b.end)
                let kindsAgree = (percentEnd == nil || bPercent != nil)
                if connector.dash && currency == nil && percentEnd == nil && bPercent == nil && !negative,
                    rules.looksLikeScore(a: a, b: b, bStart: bStart)
                {
                    return emit(Quantity(sentence: 0, span: Span(start: start, end: b.end), value: nil, rule: "score-skip").withSkip(), keepSkips: keepSkips)
                }
                if kindsAgree && lowValue <= bv0 && (connector.between || connector.from || !negative) {
                    isRange = true
                    qualifier = .range
                    low = lowValue
                    high = bv0
                    value = nil
                    rule = "range"
                    if connector.between || connector.from { qualifierCue = connector.cue }
                    if let cue = connector.cue, cue.start < start { start = cue.start }
                    end = b.end
                    percentEnd = bPercent
                } else if connector.dash && lowValue > bv0 && a.hasDigits && b.hasDigits && av < 1000 && bv0 < 1000 && percentEnd == nil {
                    // `won 3-1`: a score, not two quantities.
                    return emit(Quantity(sentence: 0, span: Span(start: start, end: b.end), value: nil, rule: "score-skip").withSkip(), keepSkips: keepSkips)
                }
            }
        }
        // (Without a range `end` and the kind are as they were: the percent read above stands.)

        var unitFound = false
        if let pe = percentEnd, kind == .count {
            kind = .percent
            unitName = pe.points ? "percentage points" : "percent"
            unitText = nil
            unitSpan = Span(start: pe.unitStart, end: pe.end)
            rule = isRange ? "percent-range" : "percent"
            end = pe.end
            unitFound = true
        }
        if !unitFound && currency == nil && kind == .count, let (c, cr) = rules.currencyAfter(end) {
            kind = .money
            currencyCode = c.code
            unitName = c.name
            unitText = nil
            unitSpan = Span(start: cr.lowerBound, end: cr.upperBound)
            rule = isRange ? "money-range" : "money"
            end = cr.upperBound
            unitFound = true
            if c.multiplier > 1 { scale(c.multiplier) }
            // `75 USD million`.
            if a.scale == 1, let w = s.nextWord(end), let sc = NumberLexicons.words.lookup(s.t, w.lowerBound, w.upperBound), sc.wordClass == .scale {
                scale(sc.value)
                end = w.upperBound
            }
            if !isRange && !c.minor, let v = value, let (cents, ce) = rules.centsAfter(end) {
                value = v + cents
                end = ce
            }
        }
        if currency != nil { unitFound = true }
        if !unitFound, kind == .count || kind == .ordinal, let (u, ur) = rules.unitAfter(end) {
            if kind == .count { kind = u.isDuration ? .duration : .measure }
            unitName = nil
            unitText = ur
            unitSpan = Span(start: ur.lowerBound, end: ur.upperBound)
            if kind != .ordinal { rule = isRange ? "\(kind.rawValue)-range" : kind.rawValue }
            end = ur.upperBound
            unitFound = true
            if !isRange, u.canonical == .foot, let v = value, let (inches, ie) = rules.inchesAfter(end) {
                value = v + inches
                end = ie
            }
        }
        var unitEnd = end
        if !unitFound, let (ur, inside) = rules.countedThing(after: end, vague: a.vague, one: a.value == 1 && !a.hasDigits),
            !(kind == .ordinal && s.isCapitalized(ur))
        {
            unitName = nil
            unitText = ur
            unitSpan = Span(start: ur.lowerBound, end: ur.upperBound)
            if inside { end = ur.upperBound }
            unitEnd = ur.upperBound
            if kind == .count, let u = NumberLexicons.units.lookup(s.t, ur.lowerBound, ur.upperBound), u.isDuration {
                kind = .duration
            }
        }

        // `1300 GMT`, `0900 BST`: a clock time, not a count.
        if let num = a.numeral, a.items == 1, num.plain, num.integerDigits == 4, currency == nil, !isRange, let u = unitSpan,
            s.equals(u.start..<u.end, "gmt") || s.equals(u.start..<u.end, "bst") || s.equals(u.start..<u.end, "utc")
        {
            return nil
        }
        // The qualifier phrase before the figure, read at most once: the year rules below and
        // the qualifier rules all ask for it at the same `start`.
        var before: (Qualifier, Span)?
        var beforeRead = false
        // Years: a bare four-digit figure with nothing counted is a time, never a quantity
        // (unless a bound says otherwise: `above 1000`).
        if let num = a.numeral, a.items == 1, num.plain, num.integerDigits == 4, currency == nil, !isRange, !a.isFraction,
            kind == .count, (1000...2199).contains(num.value), unitSpan.map({ $0.start - num.end > 1 }) ?? true
        {
            if !beforeRead { before = rules.qualifierBefore(start); beforeRead = true }
            let bound = before.map { $0.0 != .approximate && $0.0 != .exact } ?? false
            if !bound { return nil }
        }
        // `the 2005 air show`, `its 1960 levels`, `2005 budget`: a year before a noun (a
        // determiner before it, or a singular noun after), not a count of things.
        if let num = a.numeral, a.items == 1, num.plain, num.integerDigits == 4, currency == nil, !isRange, kind == .count, !a.isFraction,
            (1900...2099).contains(num.value), let u = unitSpan
        {
            if !beforeRead { before = rules.qualifierBefore(start); beforeRead = true }
            if before == nil {
                let singular = ByteClass.lower(s.byte(u.end - 1)) != 0x73
                var determiner = false
                if let p = s.previousWord(start) {
                    for w: StaticString in ["the", "its", "their", "his", "her", "our", "this", "that", "a", "an", "s"] {
                        if s.equals(p, w) { determiner = true }
                    }
                }
                if singular || determiner { return nil }
            }
        }

        // Qualifiers.
        if qualifier == .exact || qualifier == .approximate && a.vague {
            if !beforeRead { before = rules.qualifierBefore(start); beforeRead = true }
            if let (qual, cue) = before, cue.start >= floor {
                qualifier = qual
                qualifierCue = cue
                start = cue.start
                // `more than 5000 or equal to`, `less than 5000 or equal`.
                if qual == .moreThan || qual == .lessThan, let (after, acue) = rules.qualifierAfter(a.end, end: end, unitEnd: unitEnd), after == .atLeast,
                    s.equals(s.nextWord(end) ?? 0..<0, "or"), let eq = s.nextWord(s.nextWord(end)?.upperBound ?? end), s.equals(eq, "equal")
                {
                    qualifier = qual == .moreThan ? .atLeast : .upTo
                    end = acue.end
                } else if qual == .approximate, let (after, acue) = rules.qualifierAfter(a.end, end: end, unitEnd: unitEnd) {
                    // `about five hundred or more`: the bound after wins.
                    qualifier = after
                    qualifierCue = acue
                    start = max(start, cue.end)
                    start = s.skipSpace(start)
                    if acue.end > end { end = acue.end }
                } else if qual == .exact, let (after, acue) = rules.qualifierAfter(a.end, end: end, unitEnd: unitEnd) {
                    // `equal to 5000 or less`.
                    qualifier = after
                    if acue.end > end { end = acue.end }
                }
            } else if let (qual, cue) = rules.qualifierAfter(a.end, end: end, unitEnd: unitEnd) {
                qualifier = qual
                qualifierCue = cue
                if cue.end > end { end = cue.end }
            } else if let sym = rules.symbolQualifier(before: start), sym.1 >= floor {
                qualifier = sym.0
                qualifierCue = Span(start: sym.1, end: start)
                start = sym.1
            }
        }
        if kind == .duration && qualifierCue == nil, let w = s.previousWord(start),
            s.equals(w, "past") || s.equals(w, "last") || s.equals(w, "next") || s.equals(w, "previous") || s.equals(w, "coming") || s.equals(w, "first") || s.equals(w, "final")
        {
            start = w.lowerBound
        }
        // The bound's own side of the interval.
        if let v = value {
            switch qualifier {
            case .upTo, .lessThan: high = v
            case .atLeast, .moreThan: low = v
            default: break
            }
        }
        append(
            span: Span(start: start, end: end), value: value, low: low, high: high, qualifier: qualifier, qualifierCue: qualifierCue,
            unit: unitName ?? unitText.map { String(decoding: s.t[$0], as: UTF8.self) }, unitSpan: unitSpan, kind: kind,
            currency: currencyCode, vague: a.vague, rule: rule)
        return end
    }

    /// Whether a word starting with `b` may be `few`, `several` or `couple`.
    @inline(__always)
    static func mayStartFewPlus(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return l == 0x66 || l == 0x73 || l == 0x63
    }

    /// Appends a quantity built from these fields, then merges opposite bounds. Out of line,
    /// with the strings handed over (`consuming`): built inside `recognize`, the new `Quantity`
    /// was written twice there and its strings retained for the copy and released with the
    /// original (a third of recognize's string retains). `Array.append` itself still copies the
    /// value into its buffer and destroys the argument.
    @inline(never)
    private mutating func append(
        span: Span, value: Double?, low: Double?, high: Double?, qualifier: Qualifier, qualifierCue: Span?, unit: consuming String?,
        unitSpan: Span?, kind: QuantityKind, currency: consuming String?, vague: Bool, rule: consuming String
    ) {
        found.append(
            Quantity(
                sentence: 0, span: span, value: value, low: low, high: high, qualifier: qualifier, qualifierCue: qualifierCue, unit: unit,
                unitSpan: unitSpan, kind: kind, currency: currency, vague: vague, rule: rule))
        mergeBounds()
    }

    /// Appends `q` as `recognize` does (a skip marker only when `keepSkips`); returns its end.
    private mutating func emit(_ q: Quantity, keepSkips: Bool) -> Int {
        if keepSkips || q.rule != "skip" {
            found.append(q)
            mergeBounds()
        }
        return q.span.end
    }

}

/// The rules of `QuantityRecognizer` that only read the text: the currency, unit, range,
/// qualifier and counted-thing readers around a figure. Held apart from the recognizer,
/// whose results they do not touch, so that a call from the recognizer's mutating scan
/// passes three words in registers; as methods of the recognizer (96 bytes, with its
/// results and tables) each call copied the whole struct to the stack first.
struct QuantityRules {
    let s: TextScan
    /// End of the last quantity found (`QuantityRecognizer.floor`).
    var floor = 0

    var parser: NumberParser { NumberParser(s) }

    init(_ s: TextScan) { self.s = s }

    /// `a dozen`, `a million`, `a third`: whether the word after an article can make it a number.
    fileprivate func articleStartsNumber(_ i: Int) -> Bool {
        guard let w = s.nextWord(i), let info = NumberLexicons.words.lookup(s.t, w.lowerBound, w.upperBound) else { return false }
        switch info.wordClass {
        case .hundred, .scale, .dozen, .denominator, .few: return true
        case .tens:
            // `a twenty-first`, `a thirty-second`: only as a spoken fraction.
            return parser.spokenFraction(s.wordStart(i)) != nil
        case .ordinal:
            // `a third of`, `by a third.`, `a third more`; not `a third late goal` or `a third
            // time` (an ordinal), where a content word follows.
            guard info.isDenominator, s.byte(w.upperBound) != 0x2D else { return false }
            guard let nx = s.nextWord(w.upperBound), nx.lowerBound == s.skipSpace(w.upperBound) else { return true }
            // `late`/`early` are stop words for the counted thing but here mark a ranking.
            if s.equals(nx, "late") || s.equals(nx, "early") { return false }
            return NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) != nil
        default: return false
        }
    }

    fileprivate func alnumRunEnd(_ i: Int) -> Int {
        var j = i
        while j < s.n && ByteClass.isAlnum(s.t[j]) { j += 1 }
        return j
    }

    /// Digits that belong to a code or address: `A380`, `F-16`, `COVID-19`, `/news/123`, `1.2.3`.
    fileprivate func gluedToIdentifier(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = s.t[i - 1]
        // Letters, `/`, `_`, `#`, `@`, `=`, `%`, `&`, `?`, `:` glue digits into codes, URLs and clocks.
        if ByteClass.isUpper(p), i >= 3, s.wordStart(i) == i - 3, ByteClass.isUpper(s.t[i - 2]), ByteClass.isUpper(s.t[i - 3]),
            let c = NumberLexicons.currencies.lookup(s.t, i - 3, i), c.prefix
        {
            return false  // `USD115`
        }
        if ByteClass.isAlpha(p) || p == 0x2F || p == 0x5F || p == 0x23 || p == 0x40 || p == 0x3D || p == 0x25 || p == 0x26 || p == 0x3F || p == 0x3A { return true }
        if p == 0x2D, s.isAlnum(i - 2) { return true }
        return false
    }

    /// `3G`, `4G`, `5G`: a single digit with a capital `G` is a mobile network generation,
    /// not three billion.
    fileprivate func isMobileGeneration(_ i: Int, _ runEnd: Int) -> Bool {
        runEnd == i + 2 && s.byte(i + 1) == 0x47 && !s.isAlnum(i - 1) && s.byte(i - 1) != 0x2E && s.byte(i - 1) != 0x24
    }

    /// `won 2-0`, `a 3-1 win`, `0-2 Man Utd`: two small whole numbers joined by a dash that
    /// read as a match score. A score is not a quantity (it is skipped), whichever figure is
    /// larger. Evidence needed, beyond the figures: a result verb before (`beat`, `drew`), a
    /// result noun after (`win`, `lead`), a capitalised word after (a team), or a zero on
    /// either side with no word after (`ended 0-2.`). Known limit: `0-5 years` stays a range
    /// because a lower-case word follows.
    fileprivate func looksLikeScore(a: ParsedNumber, b: ParsedNumber, bStart: Int) -> Bool {
        guard let av = a.value, let bv = b.value, a.hasDigits, b.hasDigits, !a.hasWords, !b.hasWords, a.items == 1, b.items == 1,
            a.gluedWord == nil, a.scale == 1, b.scale == 1, av == av.rounded(), bv == bv.rounded(),
            s.dashLength(a.end) > 0, a.end + s.dashLength(a.end) == bStart
        else { return false }
        // `1-1`, `2-2`, `50-50`: equal figures are a level score or odds, never an interval.
        if av == bv { return true }
        guard (0...30).contains(av), (0...30).contains(bv) else { return false }
        if let p = s.previousWord(a.start) {
            for w: StaticString in ["won", "beat", "beaten", "lost", "lose", "drew", "draw", "led", "lead", "leads", "leading", "trail", "trailed", "trailing", "thrashed", "edged", "crushed", "winning", "losing", "finished", "ended"] {
                if s.equals(p, w) { return true }
            }
        }
        let after = s.skipSpace(b.end)
        if let nx = s.nextWord(b.end), nx.lowerBound == after {
            for w: StaticString in ["win", "wins", "victory", "defeat", "draw", "loss", "lead", "home", "away", "aggregate", "scoreline", "thrashing", "triumph", "reverse", "success", "result", "tie", "stalemate", "against", "at"] {
                if s.equals(nx, w) { return true }
            }
            if s.isCapitalized(nx), NumberLexicons.units.lookup(s.t, nx.lowerBound, nx.upperBound) == nil,
                DateLexicons.calendar.lookup(s.t, nx.lowerBound, nx.upperBound) == nil
            {
                return true
            }
            return false
        }
        return av == 0 || bv == 0
    }

    fileprivate func overlapsTime(_ span: Span, _ times: [Span], _ ti: Int) -> Bool {
        var k = ti
        while k < times.count && times[k].start < span.end {
            if times[k].overlaps(span) { return true }
            k += 1
        }
        return false
    }

    // MARK: Word numbers

    /// Single number words that are not numbers in context: `the one`, `no one`, `one another`,
    /// `a second`.
    fileprivate func acceptWordNumber(_ a: ParsedNumber) -> Bool {
        guard a.items == 1, !a.vague else { return true }
        let r = a.start..<a.end
        // Only `one` and `second` read the word before: most single number words are neither
        // (`two`, `first`), and the look-back is not made for them.
        if s.equals(r, "one") {
            let prev = s.previousWord(a.start)
            if s.byte(a.end) == 0x2D { return true }  // `a one-year deadline`
            if let p = prev {
                for w: StaticString in ["the", "this", "that", "which", "each", "every", "any", "no", "another", "any", "some", "last", "only", "little", "big", "new", "old", "right", "wrong", "such", "what", "other", "a"] {
                    if s.equals(p, w) { return false }
                }
            }
            if let nx = s.nextWord(a.end) {
                for w: StaticString in ["another", "by", "could", "would", "can", "must", "should", "might", "may", "will", "has", "is", "was", "day"] {
                    if s.equals(nx, w) { return false }
                }
            }
            return true
        }
        if s.equals(r, "second") {
            guard let p = s.previousWord(a.start) else { return false }
            if s.byte(a.end) == 0x2D { return true }  // second-largest
            for w: StaticString in ["the", "its", "his", "her", "their", "our", "my", "your", "every", "a"] {
                if s.equals(p, w) {
                    // `a second` alone is a moment.
                    if s.equals(p, "a"), let nx = s.nextWord(a.end), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) != nil { return false }
                    return true
                }
            }
            return false
        }
        if s.equals(r, "nil") || s.equals(r, "ten") && s.isCapitalized(r) && s.nextWord(a.end).map({ s.isCapitalized($0) }) == true {
            return false
        }
        return true
    }

    /// `three-nought-four`, `one-one-two`: three or more digit words joined by hyphens spell a
    /// string of digits (a score, a code), not a range; each word stands alone.
    fileprivate func inDigitWordChain(_ start: Int, _ end: Int) -> Bool {
        func isDigitWord(_ a: Int, _ b: Int) -> Bool {
            NumberLexicons.words.lookup(s.t, a, b).map { $0.wordClass == .unit } ?? false
        }
        guard s.byte(end) == 0x2D || s.byte(start - 1) == 0x2D, isDigitWord(start, end) else { return false }
        var count = 1
        var k = end
        while count < 3, s.byte(k) == 0x2D, s.isAlpha(k + 1) {
            let e = s.wordEnd(k + 1)
            guard isDigitWord(k + 1, e) else { break }
            count += 1
            k = e
        }
        k = start
        while count < 3, s.byte(k - 1) == 0x2D, s.isAlpha(k - 2) {
            let b = s.wordStart(k - 1)
            guard isDigitWord(b, k - 1) else { break }
            count += 1
            k = b
        }
        return count >= 3
    }

    /// `more than half`, `nearly half of voters`: `half` alone is a number only after a bound
    /// or approximation (`the second half`, `half-time` are not amounts).
    fileprivate func boundedHalf(_ i: Int) -> ParsedNumber? {
        guard ByteClass.lower(s.byte(i)) == 0x68 else { return nil }
        let we = s.wordEnd(i)
        guard s.equals(i..<we, "half"), s.dashLength(we) == 0, let (qual, _) = qualifierBefore(i), qual != .exact else { return nil }
        var p = ParsedNumber(start: i, end: we, value: 0.5)
        p.isFraction = true
        p.hasWords = true
        p.items = 1
        return p
    }

    /// `a small percent`, `the percentage of`, `the % of increase`: a share named without a
    /// figure, kept as a vague percent with no value (what a figure-less share claims is
    /// checkable only as a vague amount). Not after a figure (that is `5 percent`) and not
    /// `percentage points`.
    fileprivate func barePercent(_ i: Int, unitEnd: Int) -> Quantity? {
        if let p = s.previousWord(i), let w = NumberLexicons.words.lookup(s.t, p.lowerBound, p.upperBound), w.wordClass != .article { return nil }
        let b = s.skipSpaceBack(i)
        if s.isDigit(b - 1) || s.byte(b - 1) == 0x25 { return nil }
        if s.dashLength(unitEnd) > 0 || s.isAlnum(unitEnd) { return nil }
        if let nx = s.nextWord(unitEnd), s.equals(nx, "point") || s.equals(nx, "points") { return nil }
        return Quantity(
            sentence: 0, span: Span(start: i, end: unitEnd), value: nil, unit: "percent", unitSpan: Span(start: i, end: unitEnd),
            kind: .percent, vague: true, rule: "percent-word")
    }

    /// `a few hours`, `several days`: a vague duration.
    fileprivate func fewPlusTimeUnit(at i: Int) -> Quantity? {
        let r = i..<s.wordEnd(i)
        guard s.equals(r, "few") || s.equals(r, "several") || s.equals(r, "couple") else { return nil }
        var k = r.upperBound
        if s.equals(r, "couple"), let of = s.nextWord(k), s.equals(of, "of") { k = of.upperBound }
        guard let u = s.nextWord(k), let unit = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), unit.isDuration,
            !s.isAlpha(u.upperBound)
        else { return nil }
        var start = i
        if let a = s.previousWord(i), s.equals(a, "a") { start = a.lowerBound }
        return Quantity(
            sentence: 0, span: Span(start: start, end: u.upperBound), value: nil, qualifier: .approximate,
            qualifierCue: Span(start: start, end: r.upperBound), unit: String(decoding: s.t[u], as: UTF8.self),
            unitSpan: Span(start: u.lowerBound, end: u.upperBound), kind: .duration, vague: true, rule: "vague-duration")
    }

    /// A figure with letters glued on: a unit (`29km`, `200lbs`, `5p`), else an identifier.
    fileprivate func gluedUnitQuantity(_ a: ParsedNumber, glued g: Range<Int>, start: Int, currency: Currency?) -> Quantity? {
        guard let v = a.value, v.isFinite, currency == nil else { return nil }
        var g = g
        // `24703m2`, `190km2`: a square or cube unit.
        if s.isDigit(g.upperBound), s.byte(g.upperBound) == 0x32 || s.byte(g.upperBound) == 0x33, !s.isAlnum(g.upperBound + 1) {
            g = g.lowerBound..<g.upperBound + 1
        }
        // `40m viewers`: in news a glued `m` before a plural noun is millions, not metres.
        if g.count == 1, ByteClass.lower(s.t[g.lowerBound]) == 0x6D, let nx = s.nextWord(g.upperBound), nx.count > 3,
            ByteClass.isLower(s.t[nx.lowerBound]), ByteClass.lower(s.t[nx.upperBound - 1]) == 0x73,
            NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil, NumberLexicons.units.lookup(s.t, nx.lowerBound, nx.upperBound) == nil
        {
            return Quantity(
                sentence: 0, span: Span(start: start, end: nx.upperBound), value: v * 1_000_000, unit: String(decoding: s.t[nx], as: UTF8.self),
                unitSpan: Span(start: nx.lowerBound, end: nx.upperBound), kind: .count, rule: "millions-glued")
        }
        if let u = NumberLexicons.units.lookup(s.t, g.lowerBound, g.upperBound), !s.isAlnum(g.upperBound) {
            // `3am` is a time of day, `5m` a length; `10km/hr` a speed.
            let unitEnd = rateEnd(after: g.upperBound) ?? g.upperBound
            return Quantity(
                sentence: 0, span: Span(start: start, end: unitEnd), value: v, unit: String(decoding: s.t[g.lowerBound..<unitEnd], as: UTF8.self),
                unitSpan: Span(start: g.lowerBound, end: unitEnd), kind: u.isDuration ? .duration : .measure, rule: "unit-glued")
        }
        if g.count >= 3, let c = NumberLexicons.currencies.lookup(s.t, g.lowerBound, g.upperBound), !c.minor, !s.isAlnum(g.upperBound) {
            return Quantity(
                sentence: 0, span: Span(start: start, end: g.upperBound), value: v * c.multiplier, unit: c.name,
                unitSpan: Span(start: g.lowerBound, end: g.upperBound), kind: .money, currency: c.code, rule: "money-glued")
        }
        if let c = NumberLexicons.currencies.lookup(s.t, g.lowerBound, g.upperBound), c.minor, g.count == 1 {
            return Quantity(
                sentence: 0, span: Span(start: start, end: g.upperBound), value: v, unit: c.name,
                unitSpan: Span(start: g.lowerBound, end: g.upperBound), kind: .money, currency: c.code, rule: "money-minor")
        }
        return nil
    }

    // MARK: Currency

    /// Bytes of a currency symbol ending at `i` (exclusive): `$` `£` `€` `¥` `₹` `₩` `₽` `₦` `₡`
    /// `₾` `₭` `₿`.
    fileprivate func symbolBefore(_ i: Int) -> Int {
        if i >= 1 && s.t[i - 1] == 0x24 { return 1 }
        if i >= 2 && s.t[i - 2] == 0xC2 && (s.t[i - 1] == 0xA3 || s.t[i - 1] == 0xA5) { return 2 }
        if i >= 3 && s.t[i - 3] == 0xE2 && s.t[i - 2] == 0x82 && QuantityRules.isCurrencySymbolTail(s.t[i - 1]) { return 3 }
        return 0
    }

    @inline(__always)
    static func isCurrencySymbolTail(_ c: UInt8) -> Bool {
        c == 0xAC || c == 0xB9 || c == 0xA9 || c == 0xBD || c == 0xA6 || c == 0xA1 || c == 0xBE || c == 0xAD || c == 0xBF
    }

    /// Bytes of a currency symbol starting at `i`: the ones above and `元`.
    fileprivate func symbolAt(_ i: Int) -> Int {
        let b = s.byte(i)
        if b == 0x24 { return 1 }
        if b == 0xC2 && (s.byte(i + 1) == 0xA3 || s.byte(i + 1) == 0xA5) { return 2 }
        if b == 0xE2 && s.byte(i + 1) == 0x82 && QuantityRules.isCurrencySymbolTail(s.byte(i + 2)) { return 3 }
        if b == 0xE5 && s.byte(i + 1) == 0x85 && s.byte(i + 2) == 0x83 { return 3 }
        return 0
    }

    /// FNV key of the bytes of `a` followed by those of `b` (a prefix and its symbol).
    fileprivate func joinedKey(_ a: Range<Int>, _ b: Range<Int>) -> UInt64 {
        var h = WordTable<Int>.seed
        for k in a { h = WordTable<Int>.step(h, ByteClass.lower(s.t[k])) }
        for k in b { h = WordTable<Int>.step(h, ByteClass.lower(s.t[k])) }
        return WordTable<Int>.finish(h, a.count + b.count)
    }

    /// A currency written before the figure at `i`: `$5`, `US$ 5`, `c $ 16.4`, `£1.5bn`,
    /// `USD 5`, `Rs 500`.
    fileprivate func currencyBefore(_ i: Int) -> (Currency, Int)? {
        var k = i
        if s.spaceLength(k - 1) == 1 && !s.isLineBreak(k - 1) { k -= 1 }
        let sym = symbolBefore(k)
        if sym > 0 && k - sym >= floor {
            let symStart = k - sym
            guard let c = NumberLexicons.currencies.lookup(s.t, symStart, k) else { return nil }
            // Letter prefixes: `US$`, `A$`, `HK$`, `C $`, `u.s $`, `usd$`.
            var j = symStart
            if s.byte(j - 1) == 0x20 { j -= 1 }
            var ws = j
            while ws > 0 && j - ws < 5 && (ByteClass.isAlpha(s.t[ws - 1]) || s.t[ws - 1] == 0x2E) { ws -= 1 }
            let articleA = j < symStart && j - ws == 1 && ByteClass.lower(s.t[ws]) == 0x61
            if ws < j && ws >= floor && !s.isAlnum(ws - 1) && s.isAlpha(ws) && !articleA,
                let pc = NumberLexicons.currencies.lookup(key: joinedKey(ws..<j, symStart..<k))
            {
                return (pc, ws)
            }
            return (c, symStart)
        }
        // Codes before the figure: `USD 5`, `EUR 10`, `rmb 10`, `Rs 500`, `Rs. 500`.
        var e = s.skipSpaceBack(i)
        if e == i && !(i >= 3 && ByteClass.isUpper(s.t[i - 1]) && ByteClass.isUpper(s.t[i - 2]) && ByteClass.isUpper(s.t[i - 3])) { return nil }
        if s.byte(e - 1) == 0x2E { e -= 1 }
        let ws = s.wordStart(e)
        guard ws >= floor, e - ws >= 2 && e - ws <= 4, !s.isAlnum(ws - 1) else { return nil }
        guard let c = NumberLexicons.currencies.lookup(s.t, ws, e), c.prefix, !c.minor else { return nil }
        let word = String(decoding: s.t[ws..<e], as: UTF8.self).lowercased()
        let isCode = e - ws == 3 && (word == c.code.lowercased() || word == "rmb") || e - ws == 4 && c.multiplier > 1
        if !isCode && !(e - ws == 2 && ByteClass.isUpper(s.t[ws])) { return nil }
        return (c, ws)
    }

    /// A currency named after the figure: `5 dollars`, `10 US dollars`, `5,000 won`, `10 €`,
    /// `100元`, `one-yen`.
    fileprivate func currencyAfter(_ i: Int) -> (Currency, Range<Int>)? {
        var k = i
        if s.byte(k) == 0x20 { k += 1 }
        let sl = symbolAt(k)
        if sl > 0, !s.isDigit(k + sl), let c = NumberLexicons.currencies.lookup(s.t, k, k + sl) {
            return (c, k..<k + sl)
        }
        var from = i
        if s.byte(i) == 0x2D && s.isAlpha(i + 1) { from = i + 1 }
        // The word's key is computed once for the first-word and currency tables (words over
        // 24 letters are in neither).
        guard let w = from > i ? (from..<s.wordEnd(from)) : s.nextWord(i), !s.isDigit(w.upperBound), w.count <= 24 else { return nil }
        let wk = s.key(w)
        guard NumberLexicons.currencyFirstWords.lookup(key: wk) != nil else { return nil }
        if from == i, let w2 = s.nextWord(w.upperBound) {
            let key = WordTable<Int>.combine(WordTable<Int>.combine(WordTable<Int>.seed, wk), s.key(w2))
            if let c = NumberLexicons.currencies.lookup(key: key) { return (c, w.lowerBound..<w2.upperBound) }
        }
        guard w.count >= 2, let c = NumberLexicons.currencies.lookup(key: wk) else { return nil }
        if s.equals(w, "pounds") || s.equals(w, "pound"), let of = s.nextWord(w.upperBound), s.equals(of, "of") { return nil }
        if s.equals(w, "rs") || s.equals(w, "real") || s.equals(w, "colon") || s.equals(w, "kip") { return nil }
        return (c, w)
    }

    /// `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50`: the
    /// cents after a whole amount. Returns the added value and the new end.
    fileprivate func centsAfter(_ i: Int) -> (Double, Int)? {
        var k = i
        if let a = s.nextWord(k), s.equals(a, "and") { k = a.upperBound }
        let st = s.skipSpace(k)
        guard st > k, s.isDigit(st) || s.isAlpha(st), let n = parser.parse(st, money: false, allowRatio: false), !n.isOrdinal, !n.vague,
            !n.isFraction, n.gluedWord == nil, let v = n.value, v >= 1, v < 100, v == v.rounded()
        else { return nil }
        var end = n.end
        if symbolAt(s.byte(end) == 0x20 ? end + 1 : end) > 0 { return nil }  // `10 $ 30 $`
        if let c = s.nextWord(end), let cur = NumberLexicons.currencies.lookup(s.t, c.lowerBound, c.upperBound) {
            guard cur.minor else { return nil }
            end = c.upperBound
        } else if let nx = s.nextWord(end), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil {
            return nil  // `15 dollars 50 people`
        } else if s.isDigit(s.skipSpace(end)) {
            return nil
        }
        return (v / 100, end)
    }

    // MARK: Percent

    /// `percent of 10`, `per cent of twenty-two`: the percent word before its figure.
    fileprivate func percentOf(_ i: Int, _ we: Int) -> Quantity? {
        let r = i..<we
        var k = we
        if s.equals(r, "per"), let c = s.nextWord(we), s.equals(c, "cent") {
            k = c.upperBound
        }
        let isPercentage = s.equals(r, "percentage") || s.equals(r, "percentages")
        if isPercentage { k = we } else if k == we && !(s.equals(r, "percent") || s.equals(r, "percents")) { return nil }
        guard !isPercentage, s.previousWord(i).map({ s.equals($0, "of") || s.equals($0, "the") }) != true,
            let of = s.nextWord(k), s.equals(of, "of")
        else { return barePercent(i, unitEnd: k) }
        let st = s.skipSpace(of.upperBound)
        guard st > of.upperBound, let n = parser.parse(st, money: false), !n.isOrdinal, !n.vague, n.gluedWord == nil,
            let v = n.value, v.isFinite, percentAfter(n.end) == nil
        else { return barePercent(i, unitEnd: k) }
        if n.hasWords && !n.hasDigits, s.nextWord(n.end) != nil, !s.isDigit(n.end) {
            // `percent of one group`: `of` + a counted thing, not a figure.
            if let nx = s.nextWord(n.end), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil { return nil }
        }
        return Quantity(
            sentence: 0, span: Span(start: i, end: n.end), value: v, unit: "percent", unitSpan: Span(start: i, end: k),
            kind: .percent, rule: "percent-of")
    }

    /// `%`, ` %`, `percent`, `per cent`, `pc`, `percentage points`, `points` after a percent.
    fileprivate func percentAfter(_ i: Int) -> (unitStart: Int, end: Int, points: Bool)? {
        if s.byte(i) == 0x25 { return (i, i + 1, false) }
        if s.byte(i) == 0x20 && s.byte(i + 1) == 0x25 { return (i + 1, i + 2, false) }
        // Every word read below starts with `p`: test the first letter before reading the word.
        guard ByteClass.lower(s.byte(s.skipSpace(i))) == 0x70, let w = s.nextWord(i) else { return nil }
        if s.equals(w, "percent") || s.equals(w, "percents") || (s.equals(w, "pct") || s.equals(w, "pc")) && ByteClass.isLower(s.t[w.lowerBound]) {
            if s.isDigit(w.upperBound) { return nil }
            return (w.lowerBound, w.upperBound, false)
        }
        if s.equals(w, "percentage") {
            if let p = s.nextWord(w.upperBound), s.equals(p, "point") || s.equals(p, "points") {
                return (w.lowerBound, p.upperBound, true)
            }
            return (w.lowerBound, w.upperBound, false)
        }
        if s.equals(w, "per"), let c = s.nextWord(w.upperBound), s.equals(c, "cent") {
            return (w.lowerBound, c.upperBound, false)
        }
        return nil
    }

    // MARK: Ranges

    struct Connector {
        var dash = false
        var between = false
        var from = false
        var moneySymbol = false
        var cue: Span?
    }

    /// After a figure: `-`, `–`, `to`, `and` (after `between`), with an optional repeated
    /// currency symbol; returns where the second figure starts.
    fileprivate func rangeConnector(after i: Int, firstStart: Int, currency: Currency?) -> (Int, Connector)? {
        var c = Connector()
        var k = i
        if s.byte(k) == 0x20 { k += 1 }
        let d = s.dashLength(k)
        if s.byte(i) == 0x7E && s.isDigit(i + 1) {
            // `20~100`.
            k = i + 1
            c.dash = true
        } else if d > 0 {
            // `5-10`, `5 - 10`, `5–10`; not `5 -10` (a sign) or `5--10` chains.
            if k > i && s.byte(k + d) != 0x20 { return nil }
            k += d
            if s.dashLength(k) > 0 { return nil }
            if s.byte(k) == 0x20 { k += 1 }
            c.dash = true
        } else {
            // `through`, `thru`, `to`, `and`: a first letter t or a, tested before the word is read.
            let first = ByteClass.lower(s.byte(s.skipSpace(i)))
            guard first == 0x74 || first == 0x61, let w = s.nextWord(i) else { return nil }
            if s.equals(w, "through") || s.equals(w, "thru") {
                c.dash = true
            } else if s.equals(w, "to") {
                // The word before the first figure is read only for `to` and `and` (most
                // figures are followed by neither).
                if let p = s.previousWord(firstStart), s.equals(p, "from") {
                    c.from = true
                    c.cue = Span(start: p.lowerBound, end: p.upperBound)
                }
            } else if s.equals(w, "and") {
                guard let p = s.previousWord(firstStart), s.equals(p, "between") else { return nil }
                c.between = true
                c.cue = Span(start: p.lowerBound, end: p.upperBound)
            } else {
                return nil
            }
            k = s.skipSpace(w.upperBound)
        }
        if currency != nil {
            let save = k
            var m = k
            // Skip a repeated symbol: `$5-$10`, `£1bn to £2bn`.
            while m < s.n && m - save < 4 && !s.isDigit(m) && s.byte(m) != 0x20 { m += 1 }
            if m > save && symbolBefore(m) == m - save || (m > save && NumberLexicons.currencies.lookup(s.t, save, m) != nil) {
                k = m
                c.moneySymbol = true
            }
        }
        guard s.isDigit(k) || s.isAlpha(k) else { return nil }
        if c.dash && s.isDigit(k) {
            // `1-222-2222`: a chain of dashes is a phone number or a code, not a range.
            let e = NumeralReader.digitRunEnd(s, k)
            if s.dashLength(e) > 0 && s.isDigit(e + s.dashLength(e)) { return nil }
            if s.byte(e) == 0x2F && s.isDigit(e + 1) { return nil }
        }
        if s.isAlpha(k) {
            guard let w = NumberLexicons.words.lookup(s.t, k, s.wordEnd(k)) else { return nil }
            guard w.wordClass == .unit || w.wordClass == .teen || w.wordClass == .tens || w.wordClass == .article else { return nil }
        }
        return (k, c)
    }

    // MARK: Units

    /// A unit right after the figure: `24 years`, `two-day`, `10 km`, `5 square kilometres`.
    fileprivate func unitAfter(_ i: Int) -> (UnitWord, Range<Int>)? {
        var k = i
        var hyphen = false
        if s.byte(k) == 0x2D && s.isAlpha(k + 1) {
            k += 1
            hyphen = true
        } else {
            k = s.skipSpace(k)
            guard k > i else { return nil }
        }
        guard s.isAlpha(k) else { return nil }
        let we = s.wordEnd(k)
        if s.isAlpha(we) || s.isDigit(we) { return nil }
        let w = k..<we
        // The word's key, computed once for the first-word, unit and stop-word tables (words
        // over 24 letters are in none of them).
        guard we - k <= 24 else { return nil }
        let wk = s.key(w)
        guard NumberLexicons.unitFirstWords.lookup(key: wk) != nil else { return nil }
        if !hyphen, let w2 = s.nextWord(we) {
            let key = WordTable<Int>.combine(WordTable<Int>.combine(WordTable<Int>.seed, wk), s.key(w2))
            if let u = NumberLexicons.units.lookup(key: key) { return (u, k..<(rateEnd(after: w2.upperBound) ?? w2.upperBound)) }
        }
        guard let u = NumberLexicons.units.lookup(key: wk) else { return nil }
        if !u.isDuration, let re = rateEnd(after: we) { return (u, k..<re) }
        // Short spaced units are too ambiguous (`5 in 10`, `3 m`); glued or hyphenated only.
        if !hyphen && (w.count < 2 || NumberLexicons.stopwords.lookup(key: wk) != nil) { return nil }
        if !hyphen && w.count == 2 && !u.isDuration && ByteClass.isUpper(s.t[k]) == false && s.equals(w, "st") { return nil }
        return (u, w)
    }

    /// `per hour`, `an hour`, `/hr`, `/millisecond` after a unit: the end of the rate, or nil.
    fileprivate func rateEnd(after i: Int) -> Int? {
        if s.byte(i) == 0x2F, s.isAlpha(i + 1) {
            let e = s.wordEnd(i + 1)
            if !s.isAlnum(e) { return e }
            return nil
        }
        guard let p = s.nextWord(i), s.equals(p, "per") || s.equals(p, "an") || s.equals(p, "a"), let u = s.nextWord(p.upperBound) else { return nil }
        if let uw = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), uw.isDuration || s.equals(p, "per") { return u.upperBound }
        if s.equals(p, "per"), s.equals(u, "millisecond") || s.equals(u, "cent") == false && u.count > 2 { return u.upperBound }
        return nil
    }

    /// `5 ft 2 in`, `5 feet and 2 inches`: inches after feet, as a fraction of a foot.
    fileprivate func inchesAfter(_ i: Int) -> (Double, Int)? {
        var k = i
        if let a = s.nextWord(k), s.equals(a, "and") { k = a.upperBound }
        let st = s.skipSpace(k)
        guard st > k, s.isDigit(st), let n = NumeralReader.read(s, st), n.value < 12, !s.isAlnum(n.end) || s.isAlpha(n.end) else { return nil }
        guard let u = s.nextWord(n.end), s.equals(u, "in") || s.equals(u, "inch") || s.equals(u, "inches") else { return nil }
        return (n.value / 12, u.upperBound)
    }

    /// The counted thing after a figure: up to four words, across closing quote marks, up to
    /// a function word. Returns the words and whether they directly follow the figure (then
    /// they belong to the quantity's span).
    fileprivate func countedThing(after i: Int, vague: Bool, one: Bool) -> (Range<Int>, Bool)? {
        var k = i
        var inside = true
        // Closing quote marks between the figure and the noun: `“at least 3 million” missiles`.
        var steps = 0
        while steps < 3 {
            let sp = s.skipSpace(k)
            let ql = s.closingQuoteLength(sp)
            if ql > 0 && !s.isAlpha(sp + ql) {
                k = sp + ql
                inside = false
                steps += 1
                continue
            }
            break
        }
        if vague || one {
            if let of = s.nextWord(k), s.equals(of, "of") {
                k = of.upperBound
                if one {
                    inside = true
                    if let d = s.nextWord(k), s.equals(d, "the") || s.equals(d, "his") || s.equals(d, "her") || s.equals(d, "their") || s.equals(d, "its") || s.equals(d, "our") || s.equals(d, "these") || s.equals(d, "those") {
                        k = d.upperBound
                    }
                } else {
                    inside = false
                }
            }
        }
        var first: Int?
        var last = k
        var count = 0
        var pos = k
        while count < 4 {
            guard var w = s.nextWord(pos) else { break }
            if s.isDigit(w.upperBound) { break }
            // Hyphenated words: `short-range`, `high-ranking`.
            while s.byte(w.upperBound) == 0x2D && s.isAlpha(w.upperBound + 1) && w.upperBound - w.lowerBound < 48 {
                w = w.lowerBound..<s.wordEnd(w.upperBound + 1)
            }
            if s.isAlpha(w.upperBound) { break }
            // The word is hashed once for the three lexicons asked about it (each lookup by
            // range hashed it again). Words over 24 letters are in none (the by-range lookup
            // skips them).
            if w.count <= 24 {
                let key = s.key(w)
                if NumberLexicons.stopwords.lookup(key: key) != nil { break }
                if NumberLexicons.words.lookup(key: key) != nil { break }
                if s.isCapitalized(w), let c = DateLexicons.calendar.lookup(key: key), c < 100 { break }
            }
            if looksLikeVerb(w) {
                if count > 0 { break }
                // `5 killed` (a verb) versus `5 armed men` (an adjective before a noun).
                guard let nx = s.nextWord(w.upperBound), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil else { break }
            }
            // A capitalised word after lower-case ones starts a name, not the counted thing:
            // `the first time Mr Brown`.
            if count > 0 && s.isCapitalized(w), let f = first, !s.isCapitalized(f..<f + 1) { break }
            if first == nil { first = w.lowerBound }
            last = w.upperBound
            count += 1
            pos = w.upperBound
            // A plural noun usually ends the phrase: `containers being`, `shells to`. Not the
            // end of a multi-word name (`Las Vegas style resorts`): there the head noun follows.
            // Plurals without -s end it too: `50 million people own`.
            // (The first letter rules out the six words before they are compared.)
            let f0 = ByteClass.lower(s.t[w.lowerBound])
            if (f0 == 0x70 || f0 == 0x63 || f0 == 0x6D || f0 == 0x77 || f0 == 0x73) && (s.equals(w, "people") || s.equals(w, "children") || s.equals(w, "men") || s.equals(w, "women") || s.equals(w, "staff") || s.equals(w, "police")) {
                break
            }
            let inName = s.isCapitalized(w) && count >= 2 && s.isCapitalized(first.map { $0..<$0 + 1 } ?? w)
            if !inName && w.count > 3 && ByteClass.lower(s.t[w.upperBound - 1]) == 0x73 && s.byte(w.upperBound - 2) != 0x73 && ByteClass.lower(s.t[w.upperBound - 2]) != 0x75 && ByteClass.lower(s.t[w.upperBound - 2]) != 0x69 {
                break
            }
        }
        guard let f = first else { return nil }
        if s.skipSpace(i) != f && inside && f != s.skipSpace(k) { inside = false }
        return (f..<last, inside)
    }

    /// Past forms and -ing forms: `killed`, `being`, `delivered`.
    fileprivate func looksLikeVerb(_ w: Range<Int>) -> Bool {
        guard w.count > 3 else { return false }
        let a = ByteClass.lower(s.t[w.upperBound - 2])
        let b = ByteClass.lower(s.t[w.upperBound - 1])
        if a == 0x65 && b == 0x64 { return true }  // -ed
        if w.count > 5 && ByteClass.lower(s.t[w.upperBound - 3]) == 0x69 && a == 0x6E && b == 0x67 { return true }  // -ing
        return false
    }

    // MARK: Qualifiers

    /// The longest qualifier phrase (up to four words) that ends right before `i`.
    fileprivate func qualifierBefore(_ i: Int) -> (Qualifier, Span)? {
        var k = i
        // An opening quote mark may sit between cue and figure: `up to “10,000”`.
        let sp = s.skipSpaceBack(k)
        if sp >= 3 && Punctuation.openDoubleQuoteLength(s.t, sp - 3) == 3 { k = sp - 3 }
        // Most figures have no cue: test the nearest word first, before reading five more.
        // `qualifierBeforeSuffixes` keys the words read back nearest first: a word is read back
        // only while some phrase ends with all of them (no longer phrase can match once none does).
        let suffixes = NumberLexicons.qualifierBeforeSuffixes
        guard let w0 = s.previousWord(k) else { return nil }
        let key0 = s.key(w0)
        var suffix = WordTable<Int>.combine(WordTable<Int>.seed, key0)
        guard suffixes.lookup(key: suffix) != nil else { return nil }
        // Up to six words back, nearest first, with their keys, without allocating; the
        // nearest is the one just tested.
        var words = (w0, 0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
        var keys: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (key0, 0, 0, 0, 0, 0)
        var count = 1
        k = w0.lowerBound
        while count < 6, let w = s.previousWord(k) {
            let key = s.key(w)
            suffix = WordTable<Int>.combine(suffix, key)
            guard suffixes.lookup(key: suffix) != nil else { break }
            switch count {
            case 1: words.1 = w; keys.1 = key
            case 2: words.2 = w; keys.2 = key
            case 3: words.3 = w; keys.3 = key
            case 4: words.4 = w; keys.4 = key
            default: words.5 = w; keys.5 = key
            }
            count += 1
            k = w.lowerBound
        }
        func word(_ j: Int) -> Range<Int> {
            switch j {
            case 0: return words.0
            case 1: return words.1
            case 2: return words.2
            case 3: return words.3
            case 4: return words.4
            default: return words.5
            }
        }
        func key(_ j: Int) -> UInt64 {
            switch j {
            case 0: return keys.0
            case 1: return keys.1
            case 2: return keys.2
            case 3: return keys.3
            case 4: return keys.4
            default: return keys.5
            }
        }
        // Phrases are keyed in reading order: try the longest first.
        for n in stride(from: count, through: 1, by: -1) {
            var h = WordTable<Int>.seed
            for j in stride(from: n - 1, through: 0, by: -1) { h = WordTable<Int>.combine(h, key(j)) }
            if let q = NumberLexicons.qualifiers.lookup(key: h), !q.after, q.words == n {
                return (q.qualifier, Span(start: word(n - 1).lowerBound, end: word(0).upperBound))
            }
        }
        return nil
    }

    /// `3 million or more`, `40-plus`, `40+`, `20 or so`.
    fileprivate func qualifierAfter(_ numberEnd: Int, end: Int, unitEnd: Int) -> (Qualifier, Span)? {
        if s.byte(numberEnd) == 0x2B { return (.atLeast, Span(start: numberEnd, end: numberEnd + 1)) }
        // After the figure's end, then after the counted thing's end when that differs (else the
        // second pass would read the same words again and find nothing new).
        for pass in 0..<2 {
            if pass == 1 && unitEnd == end { break }
            let from = pass == 0 ? end : unitEnd
            var k = from
            if s.byte(k) == 0x2D && s.isAlpha(k + 1) { k += 1 }
            guard let w1 = s.nextWord(k), NumberLexicons.qualifierAfterFirstWords.lookup(s.t, w1.lowerBound, w1.upperBound) != nil else { continue }
            let w2 = s.nextWord(w1.upperBound)
            let w3 = w2.flatMap { s.nextWord($0.upperBound) }
            // `or less than 6000`, `or equal to 6000`, `or greater than 190`: a phrase that
            // opens another bound (a figure follows, with or without its `than`/`to`) is that
            // bound's, not this one's.
            func freeAfter(_ r: Range<Int>) -> Bool {
                var e = r.upperBound
                if let w = s.nextWord(e), s.equals(w, "than") || s.equals(w, "to") { e = w.upperBound }
                let n = s.skipSpace(e)
                if s.isDigit(n) { return false }
                if let w = s.nextWord(e), NumberLexicons.words.lookup(s.t, w.lowerBound, w.upperBound) != nil { return false }
                return true
            }
            if let w2, let w3 {
                let key = WordTable<Int>.combine(WordTable<Int>.combine(WordTable<Int>.combine(WordTable<Int>.seed, s.key(w1)), s.key(w2)), s.key(w3))
                if let q = NumberLexicons.qualifiers.lookup(key: key), q.after, q.words == 3, freeAfter(w3) {
                    return (q.qualifier, Span(start: w1.lowerBound, end: w3.upperBound))
                }
            }
            if let w2 {
                let key = WordTable<Int>.combine(WordTable<Int>.combine(WordTable<Int>.seed, s.key(w1)), s.key(w2))
                if let q = NumberLexicons.qualifiers.lookup(key: key), q.after, q.words == 2, freeAfter(w2) {
                    return (q.qualifier, Span(start: w1.lowerBound, end: w2.upperBound))
                }
            }
            if from == end, let q = NumberLexicons.qualifiers.lookup(s.t, w1.lowerBound, w1.upperBound), q.after, q.words == 1 {
                return (q.qualifier, Span(start: w1.lowerBound, end: w1.upperBound))
            }
        }
        return nil
    }

    /// `~50`, `>100`, `<5`, `>= 30`, `< = 100`, `≤ 5`: (qualifier, cue start).
    fileprivate func symbolQualifier(before i: Int) -> (Qualifier, Int)? {
        var k = s.skipSpaceBack(i)
        // Each sign below ends in `=`, `~`, `>`, `<` or the last byte of `≥`/`≤`.
        let last = s.byte(k - 1)
        guard last == 0x3D || last == 0x7E || last == 0x3E || last == 0x3C || last == 0xA5 || last == 0xA4 else { return nil }
        var orEqual = false
        // `<>30`, `=>30`: not bounds we read.
        if s.byte(k - 1) == 0x3E && s.byte(k - 2) == 0x3C || (s.byte(k - 1) == 0x3E || s.byte(k - 1) == 0x3C) && s.byte(k - 2) == 0x3D { return nil }
        if s.byte(k - 1) == 0x3D {
            orEqual = true
            k = s.skipSpaceBack(k - 1)
        }
        if k >= 3 && s.byte(k - 3) == 0xE2 && s.byte(k - 2) == 0x89 {
            if s.byte(k - 1) == 0xA5 { return (.atLeast, k - 3) }
            if s.byte(k - 1) == 0xA4 { return (.upTo, k - 3) }
        }
        switch s.byte(k - 1) {
        case 0x7E where !orEqual: return (.approximate, k - 1)
        case 0x3E: return (orEqual ? .atLeast : .moreThan, k - 1)
        case 0x3C: return (orEqual ? .upTo : .lessThan, k - 1)
        default: return nil
        }
    }
}

extension QuantityRules {
    /// For tests: at `i`, whether the rules now run only behind a first-letter test
    /// (`NumberParser.ratio` after a figure, `fewPlusTimeUnit` at a word) are let through by
    /// that test wherever they, run unguarded, read something; and how many read something.
    func gatesHold(at i: Int) -> (Bool, Int) {
        var holds = true
        var found = 0
        if s.isAlpha(i), fewPlusTimeUnit(at: i) != nil {
            found += 1
            holds = holds && QuantityRecognizer.mayStartFewPlus(s.t[i])
        }
        if let p = parser.parse(i, money: false, allowRatio: false), p.end > i, parser.ratioReads(after: p.end) {
            found += 1
            holds = holds && NumberParser.mayStartRatio(ByteClass.lower(s.byte(s.skipSpace(p.end))))
        }
        return (holds, found)
    }
}

extension Quantity {
    /// A marker the scanner drops: a span to skip that is not a quantity (`3-1` scores).
    func withSkip() -> Quantity {
        var q = self
        q.rule = "skip"
        return q
    }
}
