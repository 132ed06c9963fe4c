/// Finds date and time expressions in one pass over the text and resolves the absolute ones.
///
/// Rules: ISO dates (`2024-06-19`), slash dates (`5/17/2018`, month first unless the first
/// part is over 12), `Month D, YYYY`, `D Month YYYY`, `Month YYYY`, `Month D` and `D Month`
/// (year from the anchor), years in date context (`in 1961`, `until about 1990`), decades
/// (`1990s`), times of day (`3 a.m.`, `14:30 GMT`, `3.30pm`, `noon`), weekdays (`Wednesday`,
/// `early Wednesday morning`, `last Monday`), `yesterday`/`today`/`tomorrow`,
/// `last/this/next week|month|year`, `N days ago`. Relative ones are recorded as a `Relative`
/// and resolved by TimeStage once the anchor is known. Limits: no seasons, no holidays, no
/// date ranges as one expression (`June 3-5` gives June 3).
struct TimeCandidate {
    var span: Span
    var value: String?
    var kind: TimeKind
    var relative: Relative?
    var rule: String
    /// A complete calendar date written in the text (for the content anchor).
    var fullDate: ISODate?
}

enum Relative {
    case dayOffset(Int)
    /// Weekday 0…6; shift -1 `last`, 0 bare, +1 `next`, 2 `this`.
    case weekday(Int, shift: Int)
    case period(PeriodUnit, shift: Int)
    case ago(Int, PeriodUnit)
    /// `June 19` without a year: the year comes from the anchor.
    case monthDay(month: Int, day: Int)
    /// `in June`: the month of the anchor's year.
    case month(Int)
}

enum PeriodUnit { case day, week, month, year }

enum RelativeWordClass { case day, shift, period, part, ago, clock, zone }

struct RelativeWord: Sendable {
    var wordClass: RelativeWordClass
    var value: String
}

enum DateLexicons {
    static let relative: WordTable<RelativeWord> = {
        var t = WordTable<RelativeWord>()
        for e in Lexicon.entries(LexiconData.relativeDates) {
            let c: RelativeWordClass
            switch e.attributes["t"] ?? "" {
            case "day": c = .day
            case "shift": c = .shift
            case "period": c = .period
            case "part": c = .part
            case "ago": c = .ago
            case "clock": c = .clock
            case "zone": c = .zone
            default: continue
            }
            for f in e.forms { t.insert(key: WordTable<Int>.key(Array(f.utf8)), RelativeWord(wordClass: c, value: e.attributes["v"] ?? "")) }
        }
        return t
    }()

    static let yearContext: WordTable<Bool> = {
        var t = WordTable<Bool>()
        for e in Lexicon.entries(LexiconData.yearContext) {
            for f in e.forms { t.insert(key: WordTable<Int>.key(Array(f.utf8)), true) }
        }
        return t
    }()
}

struct TimeRecognizer {
    let s: TextScan
    var found: [TimeCandidate] = []

    init(_ s: TextScan) { self.s = s }

    mutating func scan() {
        let t = s.t
        let n = t.count
        var i = 0
        while i < n {
            let b = t[i]
            if !ByteClass.isAlnum(b) {
                i += 1
                continue
            }
            if ByteClass.isDigit(b) {
                var runEnd = i
                while runEnd < n && ByteClass.isAlnum(t[runEnd]) { runEnd += 1 }
                let p = s.byte(i - 1)
                let glued = ByteClass.isAlpha(p) || p == 0x2F || p == 0x5F || p == 0x23 || p == 0x24 || p == 0x2E && s.isDigit(i - 2)
                    || p == 0x2C && s.isDigit(i - 2) || p == 0x3A || (p == 0x2D && s.isAlnum(i - 2))
                if !glued, let c = digitStart(i) {
                    found.append(c)
                    i = max(i + 1, c.span.end)
                } else {
                    i = runEnd
                }
                continue
            }
            var we = i
            while we < n && ByteClass.isAlpha(t[we]) { we += 1 }
            if we - i <= 12, !s.isDigit(we), let c = wordStart(i, we) {
                found.append(c)
                i = max(we, c.span.end)
                continue
            }
            i = we
        }
    }

    // MARK: Helpers

    private func month(_ r: Range<Int>) -> Int? {
        guard r.count >= 3 else { return nil }
        return CalendarNames.month(UnsafeBufferPointer(rebasing: s.t[r]))
    }

    private func weekday(_ r: Range<Int>) -> Int? {
        guard r.count >= 3 else { return nil }
        return CalendarNames.weekday(UnsafeBufferPointer(rebasing: s.t[r]))
    }

    /// A month name as a date word: capitalised, or a full lower-case name that is not also
    /// an ordinary word (`may`, `march`).
    private func monthWord(_ r: Range<Int>, afterDay: Bool = false) -> (Int, Int)? {
        guard let m = month(r) else { return nil }
        var end = r.upperBound
        if s.byte(end) == 0x2E && r.count <= 4 { end += 1 }  // `Jan.`, `Sept.`
        if s.isCapitalized(r) || afterDay { return (m, end) }
        if r.count >= 4 && !s.equals(r, "march") && !s.equals(r, "august") { return (m, end) }
        if s.isDigit(s.skipSpace(end)) && !s.equals(r, "may") { return (m, end) }
        return nil
    }

    /// Integer value of the digits `t[r]` (at most 4 digits).
    private func intValue(_ a: Int, _ b: Int) -> Int? {
        guard b > a, b - a <= 4 else { return nil }
        var v = 0
        for k in a..<b {
            guard ByteClass.isDigit(s.t[k]) else { return nil }
            v = v * 10 + Int(s.t[k] &- 0x30)
        }
        return v
    }

    private func digitsEnd(_ i: Int) -> Int { NumeralReader.digitRunEnd(s, i) }

    private static func pad(_ v: Int, _ w: Int) -> String {
        let str = String(v)
        return str.count >= w ? str : String(repeating: "0", count: w - str.count) + str
    }

    /// A day number 1…31 with an optional ordinal suffix at `i`: (day, end).
    private func dayNumber(_ i: Int) -> (Int, Int)? {
        guard s.isDigit(i) else { return nil }
        let e = digitsEnd(i)
        guard e - i <= 2, let d = intValue(i, e), (1...31).contains(d) else { return nil }
        var end = e
        if s.isAlpha(e) {
            let we = s.wordEnd(e)
            let r = e..<we
            guard r.count == 2, s.equals(r, "st") || s.equals(r, "nd") || s.equals(r, "rd") || s.equals(r, "th") else { return nil }
            end = we
        }
        if s.isAlnum(end) { return nil }
        return (d, end)
    }

    /// A year 1000…2199 written in four digits at `i` (after an optional comma/space).
    private func yearAt(_ i: Int) -> (Int, Int)? {
        guard s.isDigit(i) else { return nil }
        let e = digitsEnd(i)
        guard e - i == 4, !s.isAlpha(e), let y = intValue(i, e), (1000...2199).contains(y) else { return nil }
        return (y, e)
    }

    private func dateValue(_ y: Int, _ m: Int, _ d: Int) -> (String, ISODate)? {
        guard let date = ISODate(year: y, month: m, day: d) else { return nil }
        return (date.description, date)
    }

    // MARK: Starting with digits

    private func digitStart(_ i: Int) -> TimeCandidate? {
        let e = digitsEnd(i)
        let len = e - i
        // ISO date: 2024-06-19 (optionally THH:MM).
        if len == 4, s.byte(e) == 0x2D, s.isDigit(e + 1), digitsEnd(e + 1) == e + 3, s.byte(e + 3) == 0x2D,
            s.isDigit(e + 4), digitsEnd(e + 4) == e + 6, !s.isAlnum(e + 6) || s.byte(e + 6) == 0x54,
            let y = intValue(i, e), let m = intValue(e + 1, e + 3), let d = intValue(e + 4, e + 6),
            let (v, date) = dateValue(y, m, d)
        {
            var c = TimeCandidate(span: Span(start: i, end: e + 6), value: v, kind: .date, rule: "iso-date", fullDate: date)
            if s.byte(e + 6) == 0x54, let (tv, te) = clock24(e + 7) {
                c.value = v + tv
                c.kind = .datetime
                c.span.end = te
            }
            return c
        }
        // Slash dates: 5/17/2018, 19/06/2024, 6/19/24.
        if len <= 2, s.byte(e) == 0x2F, s.isDigit(e + 1) {
            let e2 = digitsEnd(e + 1)
            if e2 - e - 1 <= 2, s.byte(e2) == 0x2F, s.isDigit(e2 + 1) {
                let e3 = digitsEnd(e2 + 1)
                if (e3 - e2 - 1 == 4 || e3 - e2 - 1 == 2), !s.isAlnum(e3), let a = intValue(i, e), let b = intValue(e + 1, e2), var y = intValue(e2 + 1, e3) {
                    if e3 - e2 - 1 == 2 { y += y < 50 ? 2000 : 1900 }
                    let (m, d) = a > 12 ? (b, a) : (a, b)
                    if let (v, date) = dateValue(y, m, d) {
                        return TimeCandidate(span: Span(start: i, end: e3), value: v, kind: .date, rule: "slash-date", fullDate: date)
                    }
                }
            }
        }
        // Times of day.
        if let c = timeOfDay(i) { return c }
        // Day Month [Year]: `19 June 2024`, `19th June`.
        if let (d, de) = dayNumber(i), let w = s.nextWord(de), let (m, me) = monthWord(w, afterDay: true) {
            var k = s.skipSpace(me)
            if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
            if let (y, ye) = yearAt(k), let (v, date) = dateValue(y, m, d) {
                return TimeCandidate(span: Span(start: i, end: ye), value: v, kind: .date, rule: "day-month-year", fullDate: date)
            }
            if ISODate(year: 2000, month: m, day: d) != nil {
                return TimeCandidate(span: Span(start: i, end: me), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: "day-month")
            }
        }
        // Years and decades.
        if len == 4, let y = intValue(i, e), (1000...2199).contains(y) {
            // Decades: `1990s`.
            if s.byte(e) == 0x73, !s.isAlnum(e + 1) {
                return TimeCandidate(span: Span(start: i, end: e + 1), value: String(y / 10), kind: .period, rule: "decade")
            }
            if s.isAlnum(e) || s.byte(e) == 0x2C && s.isDigit(e + 1) || s.byte(e) == 0x2E && s.isDigit(e + 1) { return nil }
            if s.byte(e) == 0x25 { return nil }
            if isYear(i, e, y) {
                var end = e
                // `2019-20`, `2019-2020`: the span takes the second year, the value the first.
                let d = s.dashLength(e)
                if d > 0 && d <= 3, s.isDigit(e + d) {
                    let e2 = digitsEnd(e + d)
                    if (e2 - e - d == 2 || e2 - e - d == 4) && !s.isAlnum(e2) { end = e2 }
                }
                return TimeCandidate(span: Span(start: i, end: end), value: String(y), kind: .period, rule: "year")
            }
        }
        return nil
    }

    /// Whether the four-digit figure `t[i..<e]` is a year: a date word before it, or nothing
    /// counted after it.
    private func isYear(_ i: Int, _ e: Int, _ y: Int) -> Bool {
        if let p = s.previousWord(i), !s.isAlpha(i - 1) {
            if DateLexicons.yearContext.lookup(s.t, p.lowerBound, p.upperBound) != nil { return true }
            if month(p) != nil && s.isCapitalized(p) { return true }
        }
        // A figure with something counted after it is a count: `2000 people`, `1500 troops`.
        if let nx = s.nextWord(e), !s.isCapitalized(nx) {
            if NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil { return false }
        }
        return y >= 1900 && y <= 2100
    }

    /// `14:30`, `9:05` (hour 0…23, two-digit minutes): ("T14:30", end).
    private func clock24(_ i: Int) -> (String, Int)? {
        let e = digitsEnd(i)
        guard e - i >= 1 && e - i <= 2, s.byte(e) == 0x3A, let h = intValue(i, e), h <= 23 else { return nil }
        let me = digitsEnd(e + 1)
        guard me - e - 1 == 2, let m = intValue(e + 1, me), m <= 59 else { return nil }
        var end = me
        // Seconds.
        if s.byte(me) == 0x3A, digitsEnd(me + 1) == me + 3 { end = me + 3 }
        if s.isAlnum(end) && !s.isAlpha(end) { return nil }
        return ("T\(TimeRecognizer.pad(h, 2)):\(TimeRecognizer.pad(m, 2))", end)
    }

    /// `a.m.`, `am`, `p.m.`, `pm` at `i` (after optional space): (isPM, end).
    private func meridiem(_ i: Int) -> (Bool, Int)? {
        let k = s.skipSpace(i)
        guard k - i <= 1 else { return nil }
        let a = ByteClass.lower(s.byte(k))
        guard a == 0x61 || a == 0x70 else { return nil }
        let pm = a == 0x70
        if s.byte(k + 1) == 0x2E, ByteClass.lower(s.byte(k + 2)) == 0x6D, s.byte(k + 3) == 0x2E { return (pm, k + 4) }
        if ByteClass.lower(s.byte(k + 1)) == 0x6D, !s.isAlnum(k + 2) {
            return (pm, k + 2)
        }
        return nil
    }

    private func timeOfDay(_ i: Int) -> TimeCandidate? {
        let e = digitsEnd(i)
        guard e - i <= 2, let h = intValue(i, e) else { return nil }
        var hour = h
        var minute = 0
        var end = e
        var explicitClock = false
        if s.byte(e) == 0x3A || (s.byte(e) == 0x2E && digitsEnd(e + 1) == e + 3) {
            let me = digitsEnd(e + 1)
            guard me - e - 1 == 2, let m = intValue(e + 1, me), m <= 59 else { return nil }
            minute = m
            end = me
            explicitClock = s.byte(e) == 0x3A
            if s.isDigit(end) || s.isAlpha(end) && meridiem(end) == nil { return nil }
        }
        if let (pm, me) = meridiem(end) {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            end = me
        } else if !explicitClock {
            return nil
        } else {
            guard hour <= 23 else { return nil }
        }
        // Time zone: `14:30 GMT`, `3pm ET`.
        if let z = s.nextWord(end), z.count <= 4, ByteClass.isUpper(s.t[z.lowerBound]),
            let w = DateLexicons.relative.lookup(s.t, z.lowerBound, z.upperBound), w.wordClass == .zone
        {
            end = z.upperBound
        }
        return TimeCandidate(
            span: Span(start: i, end: end), value: "T\(TimeRecognizer.pad(hour, 2)):\(TimeRecognizer.pad(minute, 2))", kind: .time, rule: "clock")
    }

    /// `three days ago`, `2 weeks ago`, `a year ago`: found at `ago`, read backwards.
    private func ago(_ i: Int, _ we: Int) -> TimeCandidate? {
        guard s.equals(i..<we, "ago"), let u = s.previousWord(i), let unit = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), unit.isDuration else { return nil }
        let pu: PeriodUnit
        var factor = 1
        switch unit.canonical {
        case "day": pu = .day
        case "week": pu = .week
        case "month": pu = .month
        case "year": pu = .year
        case "decade": pu = .year; factor = 10
        default: return nil
        }
        var k = s.skipSpaceBack(u.lowerBound)
        var count: Int?
        var start = k
        if k > 0 && s.isDigit(k - 1) {
            var b = k
            while b > 0 && s.isDigit(b - 1) && k - b < 4 { b -= 1 }
            count = intValue(b, k)
            start = b
        } else if let w = s.previousWord(u.lowerBound), let nw = NumberLexicons.words.lookup(s.t, w.lowerBound, w.upperBound) {
            switch nw.wordClass {
            case .unit, .teen, .tens: count = Int(exactly: nw.value)
            case .article: count = 1
            default: count = nil
            }
            start = w.lowerBound
            k = w.lowerBound
        }
        guard let c = count else { return nil }
        return TimeCandidate(span: Span(start: start, end: we), value: nil, kind: pu == .day || pu == .week ? .date : .period, relative: .ago(c * factor, pu), rule: "ago")
    }

    // MARK: Starting with a word

    private func wordStart(_ i: Int, _ we: Int) -> TimeCandidate? {
        let r = i..<we
        // Month first: `June 19, 2024`, `June 2024`, `June 19`, `in June`.
        if let (m, me) = monthWord(r) {
            var k = s.skipSpace(me)
            if let (d, de) = dayNumber(k) {
                k = s.skipSpace(de)
                var k2 = k
                if s.byte(k) == 0x2C { k2 = s.skipSpace(k + 1) }
                if let (y, ye) = yearAt(k2), let (v, date) = dateValue(y, m, d) {
                    return TimeCandidate(span: Span(start: i, end: ye), value: v, kind: .date, rule: "month-day-year", fullDate: date)
                }
                if ISODate(year: 2000, month: m, day: d) != nil, !s.isDigit(s.skipSpace(de)) {
                    return TimeCandidate(span: Span(start: i, end: de), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: "month-day")
                }
            }
            k = s.skipSpace(me)
            if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
            if let (y, ye) = yearAt(k) {
                return TimeCandidate(span: Span(start: i, end: ye), value: "\(y)-\(TimeRecognizer.pad(m, 2))", kind: .period, rule: "month-year")
            }
            // A month alone needs a date word before it: `in June`, `since March`, `last May`.
            if s.isCapitalized(r), let p = s.previousWord(i) {
                if let w = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound), w.wordClass == .shift {
                    return TimeCandidate(span: Span(start: p.lowerBound, end: me), value: nil, kind: .period, relative: .month(m), rule: "month-shift")
                }
                if DateLexicons.yearContext.lookup(s.t, p.lowerBound, p.upperBound) != nil, !s.equals(p, "the"), !s.equals(p, "and"),
                    !s.equals(r, "may") || s.equals(p, "in") || s.equals(p, "since") || s.equals(p, "until")
                {
                    return TimeCandidate(span: Span(start: i, end: me), value: nil, kind: .period, relative: .month(m), rule: "month")
                }
            }
            return nil
        }
        // Weekdays.
        if let wd = weekday(r), s.isCapitalized(r) || r.count >= 6 {
            var end = we
            if r.count <= 4 {
                if s.byte(we) == 0x2E { end = we + 1 } else if r.count < 6 && !s.isCapitalized(r) { return nil }
                // `Sat`, `Sun`, `Wed` as words need a capital and a date or a period after.
            }
            // `Wednesday, June 19, 2024`: the full date, weekday included.
            var k = s.skipSpace(end)
            if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
            if s.isAlpha(k) || s.isDigit(k) {
                let we2 = s.isAlpha(k) ? s.wordEnd(k) : k
                let next: TimeCandidate? = s.isAlpha(k) ? wordStart(k, we2) : digitStart(k)
                if let c = next, c.fullDate != nil || c.relative.map({ if case .monthDay = $0 { return true } else { return false } }) == true {
                    var c2 = c
                    c2.span.start = i
                    c2.rule = "weekday-" + c.rule
                    return c2
                }
            }
            if r.count <= 3 && s.byte(we) != 0x2E { return nil }
            var start = i
            var shift = 0
            if let p = s.previousWord(i) {
                if let w = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound) {
                    if w.wordClass == .shift {
                        shift = s.equals(p, "this") ? 2 : (w.value == "1" ? 1 : -1)
                        start = p.lowerBound
                    } else if w.wordClass == .part && w.value == "edge" {
                        start = p.lowerBound
                    }
                }
            }
            if let nx = s.nextWord(end), let w = DateLexicons.relative.lookup(s.t, nx.lowerBound, nx.upperBound),
                w.wordClass == .part && w.value == "daypart"
            {
                end = nx.upperBound
            }
            return TimeCandidate(span: Span(start: start, end: end), value: nil, kind: .date, relative: .weekday(wd, shift: shift), rule: "weekday")
        }
        guard let w = DateLexicons.relative.lookup(s.t, i, we) else { return nil }
        switch w.wordClass {
        case .day:
            // `today's` is fine; `Today` as a programme name is rare.
            let off = Int(w.value) ?? 0
            return TimeCandidate(span: Span(start: i, end: we), value: nil, kind: .date, relative: .dayOffset(off), rule: "relative-day")
        case .shift:
            guard let p = s.nextWord(we), let pw = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound), pw.wordClass == .period else { return nil }
            if s.equals(r, "past") || s.equals(r, "previous") || s.equals(r, "coming") { return nil }  // `the past year`: a duration
            let shift = s.equals(r, "this") ? 0 : (w.value == "1" ? 1 : -1)
            let unit: PeriodUnit
            switch pw.value {
            case "week": unit = .week
            case "month": unit = .month
            case "year": unit = .year
            default: return nil
            }
            return TimeCandidate(span: Span(start: i, end: p.upperBound), value: nil, kind: .period, relative: .period(unit, shift: shift), rule: "relative-period")
        case .ago:
            return ago(i, we)
        case .clock:
            return TimeCandidate(span: Span(start: i, end: we), value: w.value == "12" ? "T12:00" : "T00:00", kind: .time, rule: "clock-word")
        default:
            return nil
        }
    }
}
