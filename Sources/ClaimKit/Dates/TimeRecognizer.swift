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

/// Only the two cases that hold another `Relative` are boxed: with the whole enum
/// `indirect`, every relative date (`last week`, `Monday`) allocated a box and freed it with
/// the candidates.
enum Relative {
    case dayOffset(Int)
    /// Weekday 0…6; shift 0 bare (the most recent, the anchor's day included), -2 `past`
    /// (strictly before the anchor).
    case weekday(Int, shift: Int)
    /// Weekday 0…6 of the anchor's week moved by `weeks` (`last Monday` -1, `next Friday` +1,
    /// `this Friday` 0, `Tuesday of next week` +1).
    case weekdayInWeek(Int, weeks: Int)
    /// A complete date (the base of `2 weeks before May 13 1999`).
    case absolute(ISODate)
    /// `3 days from tomorrow`, `two months ago`: a base moved by an amount.
    indirect case shifted(Relative, amount: Int, unit: PeriodUnit)
    case period(PeriodUnit, shift: Int)
    /// `June 19` without a year: the year comes from the anchor.
    case monthDay(month: Int, day: Int)
    /// `in June`: the month of the anchor's year.
    case month(Int)
    /// `on the 18th`: that day of the month nearest the anchor.
    case dayOfMonth(Int)
    /// `Monday 21`: the nearest month in which the 21st is a Monday.
    case weekdayDay(Int, day: Int)
    /// `Monday two weeks from now`: that weekday in the week of a shifted date.
    indirect case weekdayInWeekOf(Relative, weekday: Int)
    /// `Christmas`, `last Easter`: shift 0 nearest, -1 the one before the anchor, +1 after.
    case holiday(Holiday, shift: Int)
}

/// When a holiday falls in a given year.
struct Holiday: Sendable {
    enum Rule: Sendable { case fixed(month: Int, day: Int), easter(offset: Int), thanksgiving(offset: Int) }
    var rule: Rule

    func date(in year: Int) -> ISODate? {
        switch rule {
        case .fixed(let m, let d):
            return ISODate(year: year, month: m, day: d)
        case .easter(let off):
            // Anonymous Gregorian computus.
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return ISODate(year: year, month: month, day: day)?.adding(days: off)
        case .thanksgiving(let off):
            guard let nov1 = ISODate(year: year, month: 11, day: 1) else { return nil }
            let firstThursday = 1 + (3 - nov1.weekday + 7) % 7
            return ISODate(year: year, month: 11, day: firstThursday + 21)?.adding(days: off)
        }
    }
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

    /// Month (1…12) and weekday (0…6, stored as 100 + n) names, dots dropped (`sept` for `sept.`).
    static let calendar: WordTable<Int> = {
        var t = WordTable<Int>()
        for e in Lexicon.entries(LexiconData.months) {
            guard let n = e.attributes["n"].flatMap({ Int($0) }) else { continue }
            for f in e.forms where !f.hasSuffix(".") { t.insert(key: WordTable<Int>.key(Array(f.utf8)), n) }
        }
        for e in Lexicon.entries(LexiconData.weekdays) {
            guard let n = e.attributes["n"].flatMap({ Int($0) }) else { continue }
            for f in e.forms where !f.hasSuffix(".") { t.insert(key: WordTable<Int>.key(Array(f.utf8)), 100 + n) }
        }
        return t
    }()

    /// Every word that can start a time expression: calendar names, relative words, `now`,
    /// `ago` and the number words (`seven o'clock`, `fourth of July`).
    /// Role bits of the words that can start a time expression: 1 = always look (calendar
    /// names, day words, shifts, `ago`, holidays, `now`), 2 = a number word, looked at only
    /// when the next word can make it a time (`seven o'clock`, `fourth of July`, `ten past`).
    /// Period and day-part words (`week`, `morning`) are read from the word before them.
    static let triggers: WordTable<UInt8> = {
        var t = WordTable<UInt8>()
        func add(_ f: String, _ bit: UInt8) {
            let w = f.split(separator: " ").first.map(String.init) ?? f
            let k = WordTable<Int>.key(Array(w.utf8))
            t.insert(key: k, (t.lookup(key: k) ?? 0) | bit)
        }
        for lex in [LexiconData.months, LexiconData.weekdays, LexiconData.holidays] {
            for e in Lexicon.entries(lex) { for f in e.forms where !f.hasSuffix(".") { add(f, 1) } }
        }
        for e in Lexicon.entries(LexiconData.relativeDates) {
            guard let c = e.attributes["t"], ["day", "shift", "ago", "clock"].contains(c) else { continue }
            for f in e.forms { add(f, 1) }
        }
        for e in Lexicon.entries(LexiconData.numberWords) {
            guard let c = e.attributes["t"], ["unit", "teen", "tens", "ordinal"].contains(c) else { continue }
            for f in e.forms { add(f, 2) }
        }
        for w in ["now", "day"] { add(w, 1) }
        for w in ["half", "quarter"] { add(w, 2) }
        return t
    }()

    /// Words after a number word that can make it part of a time: `of`, `o'clock`, `past`…
    static let numberFollowers: WordTable<Bool> = {
        var t = WordTable<Bool>()
        for w in ["of", "day", "o", "oclock", "past", "to", "after", "min", "mins", "minutes", "in", "at", "p", "a", "pm", "am", "noon", "hundred", "thousand", "days", "weeks", "months", "years", "week", "month", "year"] {
            t.insert(key: WordTable<Int>.key(Array(w.utf8)), true)
        }
        return t
    }()

    /// Holidays by the key of their normalised name (`new years day`), and the first words
    /// that may start one.
    static let holidays: (names: WordTable<Holiday>, firstWords: WordTable<Bool>) = {
        var names = WordTable<Holiday>()
        var first = WordTable<Bool>()
        for e in Lexicon.entries(LexiconData.holidays) {
            let rule: Holiday.Rule
            if let m = e.attributes["m"].flatMap({ Int($0) }), let d = e.attributes["d"].flatMap({ Int($0) }) {
                rule = .fixed(month: m, day: d)
            } else if e.attributes["rule"] == "easter" {
                rule = .easter(offset: e.attributes["off"].flatMap { Int($0) } ?? 0)
            } else if e.attributes["rule"] == "thanksgiving" {
                rule = .thanksgiving(offset: e.attributes["off"].flatMap { Int($0) } ?? 0)
            } else {
                continue
            }
            for f in e.forms {
                names.insert(key: WordTable<Int>.phraseKey(f).key, Holiday(rule: rule))
                if let w = f.split(separator: " ").first { first.insert(key: WordTable<Int>.key(Array(w.utf8)), true) }
            }
        }
        return (names, first)
    }()

    /// Keys of the holiday names cut short by one word or more (`new`, `new years` of `new
    /// years eve`): `holiday` reads another word only while the words so far are one of these.
    static let holidayPrefixes: WordTable<Bool> = {
        var t = WordTable<Bool>()
        for e in Lexicon.entries(LexiconData.holidays) {
            for f in e.forms {
                let words = f.split(separator: " ")
                var h = WordTable<Int>.seed
                for w in words.dropLast() {
                    h = WordTable<Int>.combine(h, WordTable<Int>.key(Array(w.utf8)))
                    t.insert(key: h, true)
                }
            }
        }
        return t
    }()

    /// What a trigger word may be besides a relative word, for `TimeRecognizer.wordStart`:
    /// 1 a month or weekday name, 2 the first word of a holiday, 4 a number word (or `half`,
    /// `quarter`). A word with none of these (`this`, `last`, `now`, `today`) can start only
    /// the relative rules at the end of `wordStart`, which it then goes straight to.
    static let wordKinds: WordTable<UInt8> = {
        var t = WordTable<UInt8>()
        func add(_ w: Substring, _ bit: UInt8) {
            let k = WordTable<Int>.key(Array(w.utf8))
            t.insert(key: k, (t.lookup(key: k) ?? 0) | bit)
        }
        for lex in [LexiconData.months, LexiconData.weekdays] {
            for e in Lexicon.entries(lex) { for f in e.forms { for w in f.split(separator: " ") { add(w, 1) } } }
        }
        for e in Lexicon.entries(LexiconData.holidays) {
            for f in e.forms { if let w = f.split(separator: " ").first { add(w, 2) } }
        }
        for e in Lexicon.entries(LexiconData.numberWords) {
            for f in e.forms { for w in f.split(separator: " ") { add(w, 4) } }
        }
        for w in ["half", "quarter"] { add(w[...], 4) }
        return t
    }()

    /// First letters of the trigger words.
    static let triggerStarts: PairFilter = {
        var forms: [String] = ["now", "half", "quarter", "day"]
        for lex in [LexiconData.months, LexiconData.weekdays, LexiconData.relativeDates, LexiconData.numberWords, LexiconData.holidays] {
            for e in Lexicon.entries(lex) { forms += e.forms }
        }
        return PairFilter(forms)
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

    /// The trigger words, held here so the hot loop does not go through a lazy global.
    let triggers = DateLexicons.triggers
    let triggerStarts = DateLexicons.triggerStarts

    init(_ s: TextScan) { self.s = s }

    /// `cues`: `ScanCues.time` for this text.
    mutating func scan(cues: UnsafeBufferPointer<UInt64>) {
        let t = s.t
        let n = t.count
        var i = 0
        // Room for about one time per 512 bytes (news runs about one per 800), so the array is
        // allocated once for most texts instead of grown by doubling from empty.
        found.reserveCapacity(min(max(n >> 9, 4), 4096))
        // Stop once past the cap: TimeStage keeps the first `maxTimes` and reports the cut.
        while i < n && found.count <= TimeStage.maxTimes {
            // On the shared walk, go straight to the next position where a rule may start.
            if ScanCues.onWalk(t, i) {
                i = ScanCues.next(cues, from: i, n)
                if i >= n { break }
            }
            let b = t[i]
            if !FastByte.isAlnum(b) {
                i += 1
                continue
            }
            if FastByte.isDigit(b) {
                var runEnd = i
                while runEnd < n && FastByte.isAlnum(t[runEnd]) { runEnd += 1 }
                let p = s.byte(i - 1)
                let glued = FastByte.isAlpha(p) || p == 0x2F || p == 0x5F || p == 0x23 || p == 0x24 || p == 0x2E && s.isDigit(i - 2)
                    || p == 0x2C && s.isDigit(i - 2) || p == 0x3A && s.isDigit(i - 2) || (p == 0x2D && s.isAlnum(i - 2))
                if !glued, var c = digitStart(i) {
                    // Changed in place, not copied through two functions returning new values.
                    applyOffset(&c)
                    decorate(&c)
                    let end = c.span.end
                    // Moved into the array, not copied (retains) with the original then destroyed.
                    found.append(consume c)
                    mergeWeekdayOffset()
                    i = max(i + 1, end)
                } else {
                    i = runEnd
                }
                continue
            }
            if !triggerStarts.mayContain(b, i + 1 < n ? t[i + 1] : 0) {
                i = s.letterRunEnd(i + 1)
                continue
            }
            let (we, h) = s.hashedLetterRun(i)
            if we - i <= 16, let role = triggers.lookup(key: WordTable<Int>.finish(h, we - i)), role & 1 != 0 || numberWordMayStartTime(i, we),
                !s.isDigit(we) || month(i..<we) != nil, var c = wordStart(i, we, key: WordTable<Int>.finish(h, we - i))
            {
                applyOffset(&c)
                decorate(&c)
                let end = c.span.end
                found.append(consume c)
                mergeWeekdayOffset()
                i = max(we, end)
                continue
            }
            i = we
        }
    }

    // MARK: Helpers

    /// Whether a number word at `i..<we` can start a time: a follower word after it, or `in` before.
    private func numberWordMayStartTime(_ i: Int, _ we: Int) -> Bool {
        // The next word is hashed once for both tables (words over 24 letters are in neither).
        if let nx = s.nextWord(we), nx.count <= 24 {
            let key = s.key(nx)
            if DateLexicons.numberFollowers.lookup(key: key) != nil { return true }
            if let w = NumberLexicons.words.lookup(key: key), w.wordClass == .ordinal || w.wordClass == .unit { return true }
        }
        if s.byte(we) == 0x2D { return true }  // `twenty-first of May`
        if let p = s.previousWord(i), s.equals(p, "in") { return true }
        return false
    }

    private func month(_ r: Range<Int>) -> Int? {
        guard r.count >= 3, let v = DateLexicons.calendar.lookup(s.t, r.lowerBound, r.upperBound), v < 100 else { return nil }
        return v
    }

    private func weekday(_ r: Range<Int>) -> Int? {
        guard r.count >= 3, let v = DateLexicons.calendar.lookup(s.t, r.lowerBound, r.upperBound), v >= 100 else { return nil }
        return v - 100
    }

    /// A month name as a date word: capitalised, or a full lower-case name that is not also
    /// an ordinary word (`may`, `march`).
    private func monthWord(_ r: Range<Int>, afterDay: Bool = false) -> (Int, Int)? {
        guard let m = month(r) else { return nil }
        return monthWord(r, month: m, afterDay: afterDay)
    }

    /// `monthWord` for a word already known to name month `m`.
    private func monthWord(_ r: Range<Int>, month m: Int, afterDay: Bool = false) -> (Int, Int)? {
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
                    if e3 - e2 - 1 == 2 { y += y < 30 ? 2000 : 1900 }
                    let (m, d) = a > 12 ? (b, a) : (a, b)
                    if let (v, date) = dateValue(y, m, d) {
                        return TimeCandidate(span: Span(start: i, end: e3), value: v, kind: .date, rule: "slash-date", fullDate: date)
                    }
                }
            }
        }
        // `on 22/04`, `by 5.12`, `next 5/12`: day and month without a year, after a date word.
        if len <= 2, s.byte(e) == 0x2F || s.byte(e) == 0x2E, s.isDigit(e + 1), let p = s.previousWord(i) ?? (s.skipSpaceBack(i) == 0 ? 0..<0 : nil),
            p.isEmpty || p.upperBound == i - 1 || s.skipSpace(p.upperBound) == i
        {
            let e2 = digitsEnd(e + 1)
            // At the very start of a text only with a slash and a two-digit day (`2/29`).
            let ctx = (p.isEmpty && s.byte(e) == 0x2F && e2 - e - 1 == 2 && s.skipSpace(e2) >= s.n) || s.equals(p, "on") || s.equals(p, "by") || s.equals(p, "until") || s.equals(p, "since") || s.equals(p, "from") || s.equals(p, "this") || s.equals(p, "next") || s.equals(p, "before") || s.equals(p, "after")
            if ctx, e2 - e - 1 <= 2, !s.isAlnum(e2), s.byte(e2) != 0x2F, s.byte(e2) != 0x2E || !s.isDigit(e2 + 1), let a = intValue(i, e), let b = intValue(e + 1, e2) {
                let (m, d) = a > 12 ? (b, a) : (a, b)
                if ISODate(year: 2000, month: m, day: d) != nil, !(s.byte(e) == 0x2E && a <= 12 && b < 10 && e2 - e - 1 == 1) {
                    let yearly = Holiday(rule: .fixed(month: m, day: d))
                    if s.equals(p, "this") || s.equals(p, "next") {
                        return TimeCandidate(span: Span(start: p.lowerBound, end: e2), value: nil, kind: .date, relative: .holiday(yearly, shift: s.equals(p, "this") ? 10 : 11), rule: "day-month-shift")
                    }
                    return TimeCandidate(span: Span(start: i, end: e2), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: "day-month-short")
                }
            }
        }
        // The three rules below fail on nearly every figure (`2004`, `76%`, `10 people`).
        // Each is called only when its first test passes (`in` before the figure; a word
        // starting m/p/t/a after a short figure; a byte that can start a clock's tail), which
        // saves building the call's empty candidate for the rest.
        if ByteClass.lower(s.byte(s.skipSpaceBack(i) - 1)) == 0x6E, let c = inFuture(i) { return c }
        // Times of day.
        if len <= 2, !s.isAlnum(e), TimeRecognizer.pastWordStart(ByteClass.lower(s.byte(s.skipSpace(e)))), let c = pastTime(i) { return c }
        if mayBeClock(i, e), let c = timeOfDay(i) { return c }
        // `on the 18th`.
        if s.isAlpha(e), let the = s.previousWord(i), s.equals(the, "the"), let c = theDay(the.lowerBound, the.upperBound) { return c }
        // YYYYMMDD.
        if len == 8, !s.isAlnum(e), let y = intValue(i, i + 4), (1900...2099).contains(y), let m = intValue(i + 4, i + 6),
            let d = intValue(i + 6, e), let (v, date) = dateValue(y, m, d)
        {
            return TimeCandidate(span: Span(start: i, end: e), value: v, kind: .date, rule: "compact-date", fullDate: date)
        }
        // YYYY/mon/DD, YYYY-mon-D.
        if len == 4, s.byte(e) == 0x2F || s.byte(e) == 0x2D, s.isAlpha(e + 1), let y = intValue(i, e) {
            let me = s.wordEnd(e + 1)
            if let m = month(e + 1..<me), s.byte(me) == s.byte(e), let (d, de) = dayNumber(me + 1), let (v, date) = dateValue(y, m, d) {
                return TimeCandidate(span: Span(start: i, end: de), value: v, kind: .date, rule: "year-month-day", fullDate: date)
            }
        }
        // DD-Mon-YYYY, DD/mon/YYYY.
        if len <= 2, s.byte(e) == 0x2F || s.byte(e) == 0x2D, s.isAlpha(e + 1), let d = intValue(i, e) {
            let me = s.wordEnd(e + 1)
            if let m = month(e + 1..<me), s.byte(me) == s.byte(e), let (y, ye) = yearAt(me + 1), let (v, date) = dateValue(y, m, d) {
                return TimeCandidate(span: Span(start: i, end: ye), value: v, kind: .date, rule: "day-mon-year", fullDate: date)
            }
        }
        // Day Month [Year]: `19 June 2024`, `19th June`, `4th of July`, `12 of Nov`
        // (not after a currency symbol: `$ 12 December 27`).
        let afterCurrency = s.byte(i - 1) == 0x24 || (s.byte(i - 1) == 0x20 && s.byte(i - 2) == 0x24)
        // (A day number has at most two digits: `dayNumber` would say no to longer figures.)
        if !afterCurrency, len <= 2, let (d, de) = dayNumber(i), let w0 = s.nextWord(de) {
            var w = w0
            if s.equals(w0, "of"), let w1 = s.nextWord(w0.upperBound) { w = w1 }
            if let (m, me) = monthWord(w, afterDay: true) {
                return dayMonth(start: i, day: d, month: m, monthEnd: me, rule: "day-month")
            }
        }
        if false, let (d, de) = dayNumber(i), let w = s.nextWord(de), let (m, me) = monthWord(w, afterDay: true) {
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

    /// After `19 June` / `fourth of July`: an optional year (`2024`, `, 2024`, `of 1995`,
    /// `in 2020`), else a month-day resolved against the anchor.
    private func dayMonth(start: Int, day d: Int, month m: Int, monthEnd me: Int, rule: String) -> TimeCandidate? {
        if let (y, ye) = yearAfter(me), let (v, date) = dateValue(y, m, d) {
            return TimeCandidate(span: Span(start: start, end: ye), value: v, kind: .date, rule: rule + "-year", fullDate: date)
        }
        guard ISODate(year: 2000, month: m, day: d) != nil else { return nil }
        // `next 6th of April`, `this 5 May`: that date in the next or this year.
        if let p = s.previousWord(start), s.equals(p, "next") || s.equals(p, "this") {
            return TimeCandidate(
                span: Span(start: p.lowerBound, end: me), value: nil, kind: .date,
                relative: .holiday(Holiday(rule: .fixed(month: m, day: d)), shift: s.equals(p, "next") ? 11 : 10), rule: rule + "-shift")
        }
        return TimeCandidate(span: Span(start: start, end: me), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: rule)
    }

    /// A year after a date: ` 2024`, `, 2024`, ` of 1995`, ` in 2020`.
    private func yearAfter(_ i: Int) -> (Int, Int)? {
        var k = s.skipSpace(i)
        if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
        if let y = yearAt(k) { return y }
        if let w = s.nextWord(i), s.equals(w, "of") || s.equals(w, "in") {
            let k = s.skipSpace(w.upperBound)
            if let y = yearAt(k) { return y }
            // `15 April of 87`.
            let e = digitsEnd(k)
            if s.equals(w, "of"), e - k == 2, !s.isAlnum(e), let yy = intValue(k, e) { return (yy < 30 ? 2000 + yy : 1900 + yy, e) }
        }
        return nil
    }

    /// A day written as an ordinal word at `i`: `first`, `twenty second`, `thirty-first`.
    private func ordinalDay(_ i: Int, cardinal: Bool = false) -> (Int, Int)? {
        guard s.isAlpha(i) else { return nil }
        let we = s.wordEnd(i)
        guard let w = NumberLexicons.words.lookup(s.t, i, we) else { return nil }
        if w.wordClass == .ordinal, !w.isPlural, w.value <= 31 {
            // `second` alone after a month is a day only when nothing counted follows.
            return (Int(w.value), we)
        }
        if w.wordClass == .tens, w.value <= 30 {
            var k = s.skipSpace(we)
            if s.byte(k) == 0x2D { k = s.skipSpace(k + 1) }
            guard s.isAlpha(k) else { return nil }
            let ue = s.wordEnd(k)
            if let u = NumberLexicons.words.lookup(s.t, k, ue), u.wordClass == .ordinal || u.wordClass == .unit && cardinal, !u.isPlural, u.value < 10 {
                let d = Int(w.value + u.value)
                return d <= 31 ? (d, ue) : nil
            }
        }
        return nil
    }

    /// Whether the four-digit figure `t[i..<e]` is a year: a date word before it, or nothing
    /// counted after it.
    private func isYear(_ i: Int, _ e: Int, _ y: Int) -> Bool {
        if let p = s.previousWord(i), !s.isAlpha(i - 1) {
            // `and`, `to`, `through` make a year only after another year (`1990 and 2000`).
            if s.equals(p, "and") || s.equals(p, "to") || s.equals(p, "through") {
                let b = s.skipSpaceBack(p.lowerBound)
                if b >= 4, s.isDigit(b - 1), NumeralReader.digitRunEnd(s, b - 4) == b, !s.isDigit(b - 5) { return true }
            } else if DateLexicons.yearContext.lookup(s.t, p.lowerBound, p.upperBound) != nil {
                return true
            }
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
        var k = s.skipSpace(i)
        guard k - i <= 1 else { return nil }
        // `9.am`.
        if k == i, s.byte(k) == 0x2E, s.isAlpha(k + 1) { k += 1 }
        let a = ByteClass.lower(s.byte(k))
        guard a == 0x61 || a == 0x70 else { return nil }
        let pm = a == 0x70
        if s.byte(k + 1) == 0x2E, ByteClass.lower(s.byte(k + 2)) == 0x6D, s.byte(k + 3) == 0x2E { return (pm, k + 4) }
        // `p . m .`
        if s.byte(k + 1) == 0x20, s.byte(k + 2) == 0x2E, s.byte(k + 3) == 0x20, ByteClass.lower(s.byte(k + 4)) == 0x6D,
            s.byte(k + 5) == 0x20, s.byte(k + 6) == 0x2E
        {
            return (pm, k + 7)
        }
        if ByteClass.lower(s.byte(k + 1)) == 0x6D, !s.isAlnum(k + 2) {
            return (pm, k + 2)
        }
        // `7ampm`: either; read as a.m.
        if !pm, s.equals(k..<min(s.n, k + 4), "ampm"), !s.isAlnum(k + 4) { return (false, k + 4) }
        // `9:00a`: a single letter glued to a clock (not `5p`, which is pence).
        if k == i, k >= 3, s.byte(k - 3) == 0x3A, !s.isAlnum(k + 1), s.byte(k + 1) != 0x27 { return (pm, k + 1) }
        return nil
    }

    /// First letters of the words `pastTime` reads after its minutes: `min(s)`, `minutes`,
    /// `past`, `to`, `after`.
    @inline(__always)
    private static func pastWordStart(_ c: UInt8) -> Bool { c == 0x6D || c == 0x70 || c == 0x74 || c == 0x61 }

    /// Whether `meridiem(e)` could find `a.m.`/`pm` here: an `a` or `p` at `e` or one byte
    /// later, followed by `.`, a space, an `m` or no letter or digit (every form it reads).
    /// A necessary test only, cheaper than the call.
    @inline(__always)
    private func mayBeMeridiem(_ e: Int) -> Bool {
        @inline(__always) func at(_ k: Int) -> Bool {
            let a = ByteClass.lower(s.byte(k))
            guard a == 0x61 || a == 0x70 else { return false }
            let b = s.byte(k + 1)
            return b == 0x2E || b == 0x20 || ByteClass.lower(b) == 0x6D || !s.isAlnum(k + 1)
        }
        return at(e) || at(e + 1)
    }

    /// Whether `timeOfDay(i)` could read a time at the figure `i..<e`: a cheap necessary test
    /// made of the first tests of each of its rules, so the call (and its empty candidate) is
    /// skipped for ordinary figures. Three or four digits need `a.m.`/`p.m.` (`1140 a.m.`);
    /// one or two need a clock separator (`9:30`, `9.30`), `ish`, a meridiem, a word that
    /// `hourPhrase` reads (`o'clock`, `noon`, `in the morning`, `at night`), or `at` before
    /// (`in the morning at 7`).
    @inline(__always)
    private func mayBeClock(_ i: Int, _ e: Int) -> Bool {
        let len = e - i
        if len == 3 || len == 4 { return mayBeMeridiem(e) }
        guard len <= 2 else { return false }
        let b = s.byte(e)
        if b == 0x3A || b == 0x2E || ByteClass.lower(b) == 0x69 { return true }
        let f = ByteClass.lower(s.byte(s.skipSpace(e)))
        if f == 0x6F || f == 0x6E || f == 0x69 || f == 0x61 { return true }
        if ByteClass.lower(s.byte(s.skipSpaceBack(i) - 1)) == 0x74 { return true }
        return mayBeMeridiem(e)
    }

    /// `7 o'clock`, `5 in the morning`, `8 in the evening`, `11 at night`, `12 noon`.
    private func hourPhrase(start: Int, hour: Int, end: Int) -> TimeCandidate? {
        guard (1...12).contains(hour) else { return nil }
        if !s.isDigit(start), s.byte(end) == 0x20, let (pm, me) = meridiem(end), me > end + 2 {
            // `seven p.m.`, `seven p . m .` (a spelled hour needs the dotted form).
            let h = pm ? (hour % 12) + 12 : hour % 12
            return TimeCandidate(span: Span(start: start, end: me), value: "T\(TimeRecognizer.pad(h, 2)):00", kind: .time, rule: "hour-phrase")
        }
        // `11ish`, `noonish`.
        if s.isDigit(start), s.equals(end..<min(s.n, end + 3), "ish"), !s.isAlnum(end + 3) {
            return TimeCandidate(span: Span(start: start, end: end + 3), value: "T\(TimeRecognizer.pad(hour, 2)):00", kind: .time, rule: "hour-ish")
        }
        guard let w = s.nextWord(end) else { return nil }
        var h = hour
        var e = 0
        if s.equals(w, "o"), s.closingQuoteLength(w.upperBound) > 0 || s.byte(w.upperBound) == 0x27 {
            let k = w.upperBound + s.closingQuoteLength(w.upperBound)
            guard s.isAlpha(k), s.equals(k..<s.wordEnd(k), "clock") else { return nil }
            e = s.wordEnd(k)
        } else if s.equals(w, "oclock") {
            e = w.upperBound
        } else if s.equals(w, "noon") && hour == 12 {
            e = w.upperBound
        } else if s.equals(w, "in"), let the = s.nextWord(w.upperBound), s.equals(the, "the"), let part = s.nextWord(the.upperBound) {
            if s.equals(part, "morning") {
                if h == 12 { h = 0 }
            } else if s.equals(part, "afternoon") || s.equals(part, "evening") {
                if h < 12 { h += 12 }
            } else {
                return nil
            }
            e = part.upperBound
        } else if s.equals(w, "at"), let night = s.nextWord(w.upperBound), s.equals(night, "night") {
            if h < 12 && h > 4 { h += 12 }
            if h == 12 { h = 0 }
            e = night.upperBound
        } else {
            return nil
        }
        return TimeCandidate(span: Span(start: start, end: e), value: "T\(TimeRecognizer.pad(h, 2)):00", kind: .time, rule: "hour-phrase")
    }

    private func timeOfDay(_ i: Int) -> TimeCandidate? {
        let e = digitsEnd(i)
        // `1140 a.m.`: hours and minutes run together before a.m./p.m.
        if e - i == 3 || e - i == 4, let v = intValue(i, e), v % 100 < 60, let (pm, me) = meridiem(e), (1...12).contains(v / 100) {
            var hour = v / 100
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            return TimeCandidate(span: Span(start: i, end: me), value: "T\(TimeRecognizer.pad(hour, 2)):\(TimeRecognizer.pad(v % 100, 2))", kind: .time, rule: "clock")
        }
        guard e - i <= 2, let h = intValue(i, e) else { return nil }
        if !s.isAlnum(e) || s.equals(e..<min(s.n, e + 3), "ish"), let c = hourPhrase(start: i, hour: h, end: e) { return c }
        var hour = h
        var minute = 0
        var end = e
        var explicitClock = false
        var seconds: Int?
        if s.byte(e) == 0x3A || (s.byte(e) == 0x2E && digitsEnd(e + 1) == e + 3) {
            let me = digitsEnd(e + 1)
            guard me - e - 1 == 2, let m = intValue(e + 1, me), m <= 59 else { return nil }
            minute = m
            end = me
            if s.byte(e) == 0x3A, s.byte(me) == 0x3A, digitsEnd(me + 1) == me + 3, let sec = intValue(me + 1, me + 3), sec <= 59 {
                seconds = sec
                end = me + 3
            }
            explicitClock = s.byte(e) == 0x3A
            if s.isDigit(end) || s.isAlpha(end) && meridiem(end) == nil { return nil }
        }
        if let (pm, me) = meridiem(end) {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            end = me
        } else if !explicitClock {
            // `in the morning at 7`: an hour after a day part.
            guard (1...12).contains(hour), !s.isAlnum(e), s.byte(e) != 0x2E || !s.isDigit(e + 1), let at = s.previousWord(i), s.equals(at, "at"),
                let part = s.previousWord(at.lowerBound), s.equals(part, "morning") || s.equals(part, "afternoon") || s.equals(part, "evening")
            else { return nil }
        } else {
            guard hour <= 23 else { return nil }
        }
        // Time zone: `14:30 GMT`, `3pm ET`.
        if let z = s.nextWord(end), z.count <= 4, ByteClass.isUpper(s.t[z.lowerBound]),
            let w = DateLexicons.relative.lookup(s.t, z.lowerBound, z.upperBound), w.wordClass == .zone
        {
            end = z.upperBound
        }
        let sec = seconds.map { ":" + TimeRecognizer.pad($0, 2) } ?? ""
        return TimeCandidate(
            span: Span(start: i, end: end), value: "T\(TimeRecognizer.pad(hour, 2)):\(TimeRecognizer.pad(minute, 2))" + sec, kind: .time, rule: "clock")
    }

    /// Key of a word with apostrophes dropped (`year's` → `years`, `workers'` → `workers`),
    /// and where the word (with its apostrophe) ends.
    private func normalisedWord(_ i: Int) -> (UInt64, Int)? {
        guard s.isAlpha(i) else { return nil }
        var h = WordTable<Int>.seed
        var len = 0
        var k = i
        while k < s.n && k - i < 32 {
            let b = s.t[k]
            if ByteClass.isAlpha(b) {
                h = WordTable<Int>.step(h, b | 0x20)
                len += 1
                k += 1
            } else if b == 0x27 && (s.isAlpha(k + 1) || len > 0) {
                k += 1
            } else if b == 0xE2 && s.byte(k + 1) == 0x80 && s.byte(k + 2) == 0x99 {
                k += 3
            } else {
                break
            }
        }
        return (WordTable<Int>.finish(h, len), k)
    }

    /// `Christmas`, `New Year's Day 2020`, `last Easter`, `Easter Monday`: up to four words.
    /// `key`: the key of the letter run `i..<we`; the first word's normalised key when no
    /// apostrophe follows it.
    private func holiday(_ i: Int, _ we: Int, key: UInt64) -> TimeCandidate? {
        let table = DateLexicons.holidays
        let first = s.byte(we) != 0x27 && s.byte(we) != 0xE2 ? (key, we) : normalisedWord(i)
        guard let (k0, e0) = first, table.firstWords.lookup(key: k0) != nil else { return nil }
        var h = WordTable<Int>.combine(WordTable<Int>.seed, k0)
        var best: (Holiday, Int)?
        if let hd = table.names.lookup(key: h) { best = (hd, e0) }
        var end = e0
        // Words are read on only while those read so far begin some longer name (`new` then
        // `plans` stops there; most first words met are the `new` of other phrases).
        let prefixes = DateLexicons.holidayPrefixes
        for _ in 0..<3 {
            guard prefixes.lookup(key: h) != nil else { break }
            let k = s.skipSpace(end)
            guard k > end, let (kw, ew) = normalisedWord(k) else { break }
            h = WordTable<Int>.combine(h, kw)
            end = ew
            if let hd = table.names.lookup(key: h) { best = (hd, ew) }
        }
        guard let (hd, he) = best else { return nil }
        // `may day` and `new year` need a capital: `may` is a verb, `new year` often a period.
        if (s.equals(i..<s.wordEnd(i), "may") || s.equals(i..<s.wordEnd(i), "new")) && !s.isCapitalized(i..<i + 1) {
            guard let p = s.previousWord(i), s.equals(p, "before") || s.equals(p, "after") || s.equals(p, "next") || s.equals(p, "last") || s.equals(p, "until") || s.equals(p, "since")
            else { return nil }
        }
        var start = i
        var shift = 0
        if let p = s.previousWord(i), let w = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound), w.wordClass == .shift, !s.equals(p, "this") {
            shift = w.value == "1" ? 1 : -1
            start = p.lowerBound
        }
        if let (y, ye) = yearAfter(he), let date = hd.date(in: y) {
            return TimeCandidate(span: Span(start: start, end: ye), value: date.description, kind: .date, rule: "holiday-year", fullDate: date)
        }
        // `Independence Day of this year`.
        if let of = s.nextWord(he), s.equals(of, "of"), let th = s.nextWord(of.upperBound), let w = DateLexicons.relative.lookup(s.t, th.lowerBound, th.upperBound),
            w.wordClass == .shift, let yr = s.nextWord(th.upperBound), s.equals(yr, "year")
        {
            let ys = s.equals(th, "this") ? 0 : (w.value == "1" ? 1 : -1)
            return TimeCandidate(span: Span(start: start, end: yr.upperBound), value: nil, kind: .date, relative: .holiday(hd, shift: 10 + ys), rule: "holiday-of-year")
        }
        return TimeCandidate(span: Span(start: start, end: he), value: nil, kind: .date, relative: .holiday(hd, shift: shift), rule: "holiday")
    }

    /// `Monday two weeks from now`, `two months from today on Tuesday`: a bare weekday next
    /// to an offset date names that weekday in the offset date's week.
    @inline(__always)
    private static func isBareWeekday(_ rule: String) -> Bool { rule.utf8.count == 7 && rule == "weekday" }

    private mutating func mergeWeekdayOffset() {
        let n = found.count
        guard n >= 2 else { return }
        // Both merges need a bare weekday (rule `weekday`): decide that before copying two candidates.
        // (The length first: nearly every rule differs from `weekday` in it, and the string
        // comparison is skipped.)
        guard TimeRecognizer.isBareWeekday(found[n - 2].rule) || TimeRecognizer.isBareWeekday(found[n - 1].rule) else { return }
        let a = found[n - 2]
        let b = found[n - 1]
        func weekdayOf(_ c: TimeCandidate) -> Int? {
            // Bare, or bare read forward in a clause about the future (`I'll go back Monday`).
            if case .weekday(let wd, let shift)? = c.relative, shift == 0 || shift == 1, c.rule == "weekday" { return wd }
            return nil
        }
        func isOffset(_ c: TimeCandidate) -> Bool {
            if case .shifted? = c.relative { return c.rule.hasPrefix("offset") || c.rule == "ago" }
            return false
        }
        var k = s.skipSpace(a.span.end)
        if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
        var merged: TimeCandidate?
        if let wd = weekdayOf(a), isOffset(b), k == b.span.start, let base = b.relative {
            merged = a
            merged?.relative = .weekdayInWeekOf(base, weekday: wd)
        } else if let wd = weekdayOf(b), isOffset(a), let on = s.nextWord(a.span.end), s.equals(on, "on"), s.skipSpace(on.upperBound) == b.span.start,
            let base = a.relative
        {
            merged = a
            merged?.relative = .weekdayInWeekOf(base, weekday: wd)
        }
        guard var m = merged else { return }
        m.span = Span(start: a.span.start, end: b.span.end)
        m.rule = "weekday-offset"
        m.kind = .date
        found.removeLast(2)
        found.append(m)
    }

    /// Day-part words around a time: `in the morning at 7`, `8:00 early morning`, `around 1pm`,
    /// `circa 5 in the morning`. They join the span; afternoon and evening move the hour.
    private func decorate(_ c: inout TimeCandidate) {
        guard c.kind == .time, let v = c.value, v.utf8.count >= 6 else { return }
        // The span as found: the rules below read it while they widen `c.span`.
        let start0 = c.span.start
        let end0 = c.span.end
        var pm = false
        // Before: `[around] [in the | early] morning [at]`.
        var k = start0
        if let at = s.previousWord(k), s.equals(at, "at") { k = at.lowerBound }
        if let part = s.previousWord(k), s.equals(part, "morning") || s.equals(part, "afternoon") || s.equals(part, "evening") {
            var st = part.lowerBound
            if let the = s.previousWord(st), s.equals(the, "the"), let inw = s.previousWord(the.lowerBound), s.equals(inw, "in") {
                st = inw.lowerBound
            } else if let early = s.previousWord(st), s.equals(early, "early") || s.equals(early, "late") {
                st = early.lowerBound
            } else {
                st = start0
            }
            if st < start0 {
                c.span.start = st
                pm = !s.equals(part, "morning")
            }
        } else {
            // After: `8:00 early morning`.
            if let early = s.nextWord(end0), s.equals(early, "early") || s.equals(early, "late"), let part = s.nextWord(early.upperBound),
                s.equals(part, "morning") || s.equals(part, "evening")
            {
                c.span.end = part.upperBound
                pm = s.equals(part, "evening")
            }
        }
        if let ar = s.previousWord(c.span.start), s.equals(ar, "around") || s.equals(ar, "circa") || s.equals(ar, "about") || s.equals(ar, "approximately") {
            c.span.start = ar.lowerBound
        }
        if pm {
            let u = Array(v.utf8)
            let h = Int(u[1] &- 48) * 10 + Int(u[2] &- 48)
            if h < 12 {
                c.value = "T" + TimeRecognizer.pad(h + 12, 2) + String(decoding: u[3...], as: UTF8.self)
            }
        }
    }

    /// `10 past 9`, `half past seven o'clock`, `20 min past eight in the evening`,
    /// `quarter to ten`: minutes, `past`/`to`, an hour.
    private func pastTime(_ i: Int) -> TimeCandidate? {
        var minutes: Int?
        var k = i
        if s.isDigit(i) {
            let e = digitsEnd(i)
            guard e - i <= 2, let m = intValue(i, e), m < 60, !s.isAlnum(e) else { return nil }
            minutes = m
            k = e
        } else {
            let we = s.wordEnd(i)
            let r = i..<we
            if s.equals(r, "half") {
                minutes = 30
            } else if s.equals(r, "quarter") {
                minutes = 15
            } else if let w = NumberLexicons.words.lookup(s.t, i, we), w.wordClass == .unit || w.wordClass == .teen || w.wordClass == .tens {
                var m = Int(w.value)
                var e2 = we
                if w.wordClass == .tens {
                    var j = s.skipSpace(we)
                    if s.byte(j) == 0x2D { j = s.skipSpace(j + 1) }
                    if s.isAlpha(j), let u = NumberLexicons.words.lookup(s.t, j, s.wordEnd(j)), u.wordClass == .unit {
                        m += Int(u.value)
                        e2 = s.wordEnd(j)
                    }
                }
                minutes = m
                k = e2
            }
            if minutes != nil && k == i { k = we }
        }
        guard let mins = minutes, mins < 60 else { return nil }
        // The word after is `min`, `mins`, `minutes`, `past`, `to` or `after`: its first letter
        // rules out most figures before either word is read.
        let first = ByteClass.lower(s.byte(s.skipSpace(k)))
        guard first == 0x6D || first == 0x70 || first == 0x74 || first == 0x61 else { return nil }
        if let mw = s.nextWord(k), s.equals(mw, "min") || s.equals(mw, "mins") || s.equals(mw, "minutes") { k = mw.upperBound }
        guard let pw = s.nextWord(k), s.equals(pw, "past") || s.equals(pw, "to") || s.equals(pw, "after") else { return nil }
        let hs = s.skipSpace(pw.upperBound)
        guard hs > pw.upperBound else { return nil }
        var hour: Int?
        var he = hs
        if s.isDigit(hs) {
            let e = digitsEnd(hs)
            if e - hs <= 2, !s.isAlnum(e) { hour = intValue(hs, e); he = e }
        } else if s.isAlpha(hs), let w = NumberLexicons.words.lookup(s.t, hs, s.wordEnd(hs)), w.wordClass == .unit || w.wordClass == .teen {
            hour = Int(w.value)
            he = s.wordEnd(hs)
        }
        guard var h = hour, (1...12).contains(h) else { return nil }
        var end = he
        if let tail = hourPhrase(start: hs, hour: h, end: he), let tv = tail.value {
            let u = Array(tv.utf8)
            h = Int(u[1] &- 48) * 10 + Int(u[2] &- 48)
            end = tail.span.end
        } else if !s.equals(pw, "past") || (!s.isDigit(i) && !s.isDigit(hs) && minutes != 30 && minutes != 15) {
            // `2 to 4`, `ten past nine` with nothing after: too loose to read as a time.
            let quarterOrHalf = s.equals(i..<s.wordEnd(i), "half") || s.equals(i..<s.wordEnd(i), "quarter")
            if !(quarterOrHalf && s.equals(pw, "to")) && !(s.equals(pw, "past") && (s.isDigit(i) || s.isDigit(hs))) { return nil }
        }
        var m = mins
        if s.equals(pw, "to") {
            h = (h + 23) % 24
            m = 60 - mins
        }
        return TimeCandidate(span: Span(start: i, end: end), value: "T\(TimeRecognizer.pad(h, 2)):\(TimeRecognizer.pad(m, 2))", kind: .time, rule: "past-time")
    }

    /// A date written right after a weekday: a full or month-day date (`, June 19, 2024`,
    /// `7/6`, `7.6`, `7-6`, `2018-7-6`, `-Jun-15`, `(jun-15)`), or a day of the month (`21`,
    /// `13th`, `the eleventh`).
    private func dateAfterWeekday(_ end: Int, weekday wd: Int) -> (TimeCandidate, Int)? {
        var k = s.skipSpace(end)
        if s.byte(k) == 0x2C { k = s.skipSpace(k + 1) }
        var closeParen = false
        if s.byte(k) == 0x28 { k += 1; closeParen = true }  // `(jun-15)`
        if s.byte(end) == 0x2D && s.isAlpha(end + 1) { k = end + 1 }  // `Friday-Jun-15`
        guard k > end || closeParen else { return nil }
        func done(_ c: TimeCandidate) -> (TimeCandidate, Int)? {
            var e = c.span.end
            if closeParen {
                guard s.byte(e) == 0x29 else { return nil }
                e += 1
            }
            return (c, e)
        }
        if s.isAlpha(k) {
            let we2 = s.wordEnd(k)
            if month(k..<we2) != nil, let c = wordStart(k, we2, key: s.key(k..<we2)),
                c.fullDate != nil || c.relative.map({ if case .monthDay = $0 { return true } else { return false } }) == true
            {
                return done(c)
            }
            // `the eleventh`, `the thirty first`; after a comma only when nothing but `of` follows
            // (`on Wednesday, the first at the hospital` is a rank).
            if s.equals(k..<we2, "the"), let (d, de) = ordinalDay(s.skipSpace(we2)),
                s.skipSpace(end) == k || s.nextWord(de).map({ s.equals($0, "of") && s.skipSpace(de) == $0.lowerBound }) ?? true
            {
                return (TimeCandidate(span: Span(start: k, end: de), value: nil, kind: .date, relative: .weekdayDay(wd, day: d), rule: "day"), de)
            }
            return nil
        }
        guard s.isDigit(k) else { return nil }
        if let c = digitStart(k), c.fullDate != nil || c.relative.map({ if case .monthDay = $0 { return true } else { return false } }) == true {
            return done(c)
        }
        let e1 = digitsEnd(k)
        // `7/6`, `7.6`, `7-6`, `2018-7-6`.
        let sep = s.byte(e1)
        if sep == 0x2F || sep == 0x2E || sep == 0x2D, s.isDigit(e1 + 1) {
            let e2 = digitsEnd(e1 + 1)
            if e1 - k == 4, s.byte(e2) == sep, s.isDigit(e2 + 1) {
                let e3 = digitsEnd(e2 + 1)
                if let y = intValue(k, e1), let m = intValue(e1 + 1, e2), let d = intValue(e2 + 1, e3), !s.isAlnum(e3), let (v, date) = dateValue(y, m, d) {
                    return done(TimeCandidate(span: Span(start: k, end: e3), value: v, kind: .date, rule: "ymd", fullDate: date))
                }
                return nil
            }
            if e1 - k <= 2, e2 - e1 - 1 <= 2, !s.isAlnum(e2), s.byte(e2) != sep || !s.isDigit(e2 + 1), let a = intValue(k, e1), let b = intValue(e1 + 1, e2) {
                let (m, d) = a > 12 ? (b, a) : (a, b)
                if ISODate(year: 2000, month: m, day: d) != nil {
                    return done(TimeCandidate(span: Span(start: k, end: e2), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: "md"))
                }
            }
            return nil
        }
        // `Monday 21`, `Mon 13th`.
        if let (d, de) = dayNumber(k), !s.isDigit(s.skipSpace(de)) {
            if let nx = s.nextWord(de), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil, month(nx) == nil { return nil }
            return (TimeCandidate(span: Span(start: k, end: de), value: nil, kind: .date, relative: .weekdayDay(wd, day: d), rule: "day"), de)
        }
        return nil
    }

    /// `on the 18th`, `around the 21st`: a day of the month alone.
    private func theDay(_ i: Int, _ we: Int) -> TimeCandidate? {
        guard s.equals(i..<we, "the"), let p = s.previousWord(i),
            s.equals(p, "on") || s.equals(p, "around") || s.equals(p, "by") || s.equals(p, "until") || s.equals(p, "since") || s.equals(p, "before") || s.equals(p, "after")
        else { return nil }
        let k = s.skipSpace(we)
        guard s.isDigit(k), let (d, de) = dayNumber(k), s.isAlpha(de - 1) else { return nil }
        // `the 18th century`: a counted thing after it.
        if let nx = s.nextWord(de), NumberLexicons.stopwords.lookup(s.t, nx.lowerBound, nx.upperBound) == nil, month(nx) == nil, !s.equals(nx, "day") { return nil }
        var end = de
        var rel = Relative.dayOfMonth(d)
        // `the 21st this month`, `the 15th day of next month`.
        var m = de
        if let dw = s.nextWord(m), s.equals(dw, "day"), let of = s.nextWord(dw.upperBound), s.equals(of, "of") { m = of.upperBound }
        if let sh = s.nextWord(m), let w = DateLexicons.relative.lookup(s.t, sh.lowerBound, sh.upperBound), w.wordClass == .shift,
            let mo = s.nextWord(sh.upperBound), s.equals(mo, "month")
        {
            let shift = s.equals(sh, "this") ? 0 : (w.value == "1" ? 1 : -1)
            rel = .shifted(.dayOfMonth(d), amount: shift, unit: .month)
            end = mo.upperBound
        }
        var start = i
        if s.equals(p, "around") { start = p.lowerBound }
        return TimeCandidate(span: Span(start: start, end: end), value: nil, kind: .date, relative: rel, rule: "the-day")
    }

    /// `3 days from tomorrow`, `2 weeks before May 13 1999`, `two days after today`: an
    /// amount before `from`/`after`/`before` moves the date that follows.
    private func applyOffset(_ c: inout TimeCandidate) {
        let base: Relative
        if let d = c.fullDate {
            base = .absolute(d)
        } else if let r = c.relative, c.kind == .date {
            // `3 days from Tuesday`: the coming Tuesday.
            if case .weekday(let wd, let shift) = r, shift == 0 || shift == 1 { base = .weekdayInWeek(wd, weeks: 0) } else { base = r }
        } else {
            return
        }
        guard let rel = s.previousWord(c.span.start), s.equals(rel, "from") || s.equals(rel, "after") || s.equals(rel, "before"),
            let (amount, unit, start) = amountBefore(rel.lowerBound)
        else { return }
        c.span.start = start
        c.fullDate = nil
        c.value = nil
        c.relative = .shifted(base, amount: s.equals(rel, "before") ? -amount : amount, unit: unit)
        c.rule = "offset-" + c.rule
        c.kind = .date
    }

    /// `3 days`, `two weeks`, `a month` ending at `i`: (amount, unit, start).
    private func amountBefore(_ i: Int) -> (Int, PeriodUnit, Int)? {
        guard let u = s.previousWord(i), let unit = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), unit.isDuration else { return nil }
        let pu: PeriodUnit
        var factor = 1
        switch unit.canonical {
        case .day: pu = .day
        case .week: pu = .week
        case .fortnight: pu = .week; factor = 2
        case .month: pu = .month
        case .year: pu = .year
        case .decade: pu = .year; factor = 10
        default: return nil
        }
        let k = s.skipSpaceBack(u.lowerBound)
        if k > 0 && s.isDigit(k - 1) {
            var b = k
            while b > 0 && s.isDigit(b - 1) && k - b < 4 { b -= 1 }
            guard let n = intValue(b, k), !s.isAlnum(b - 1) else { return nil }
            return (n * factor, pu, b)
        }
        if let w = s.previousWord(u.lowerBound), let nw = NumberLexicons.words.lookup(s.t, w.lowerBound, w.upperBound) {
            switch nw.wordClass {
            case .unit, .teen, .tens:
                var start = w.lowerBound
                var v = Int(exactly: nw.value) ?? 0
                // `twenty-one days`.
                if nw.wordClass == .unit, s.dashLengthBefore(w.lowerBound) == 1, let t = s.previousWord(w.lowerBound - 1),
                    let tw = NumberLexicons.words.lookup(s.t, t.lowerBound, t.upperBound), tw.wordClass == .tens
                {
                    v += Int(exactly: tw.value) ?? 0
                    start = t.lowerBound
                }
                return (v * factor, pu, start)
            case .article: return (factor, pu, w.lowerBound)
            default: return nil
            }
        }
        return nil
    }

    /// `will leave in two weeks`: `in` + an amount of time, in a sentence about the future
    /// (`will`, `'ll`, `shall`, `going to` before it), is a date that far ahead. Without the
    /// future (`the first visit in 24 years`) it stays a duration.
    private func inFuture(_ i: Int) -> TimeCandidate? {
        // `in` ends in `n`: the byte before the gap rules out most figures before the word is read.
        guard ByteClass.lower(s.byte(s.skipSpaceBack(i) - 1)) == 0x6E, let inw = s.previousWord(i), s.equals(inw, "in") else { return nil }
        var k = i
        var amount: Int?
        if s.isDigit(i) {
            let e = digitsEnd(i)
            guard e - i <= 3, !s.isAlnum(e) else { return nil }
            amount = intValue(i, e)
            k = e
        } else if let w = NumberLexicons.words.lookup(s.t, i, s.wordEnd(i)), w.wordClass == .unit || w.wordClass == .teen || w.wordClass == .tens {
            amount = Int(w.value)
            k = s.wordEnd(i)
        }
        guard let n = amount, let u = s.nextWord(k), let unit = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), unit.isDuration else { return nil }
        let pu: PeriodUnit
        switch unit.canonical {
        case .day: pu = .day
        case .week: pu = .week
        case .month: pu = .month
        case .year: pu = .year
        default: return nil
        }
        guard futureBefore(inw.lowerBound) else { return nil }
        return TimeCandidate(span: Span(start: inw.lowerBound, end: u.upperBound), value: nil, kind: .date, relative: .shifted(.dayOffset(0), amount: n, unit: pu), rule: "in-future")
    }

    /// Whether the sentence before `i` (up to 160 bytes back) speaks of the future.
    /// `until Monday`, `will meet on Friday`, `is planned for Friday`, `talks are expected to
    /// resume on Monday`: a bare weekday in a clause about what is to come names the next such
    /// day, not the last one.
    private func futureWeekday(_ start: Int) -> Bool {
        if let p = s.previousWord(start), s.equals(p, "until") || s.equals(p, "till") || s.equals(p, "before") && futureBefore(p.lowerBound) { return true }
        return futureBefore(start, plans: true)
    }

    /// Whether a future marker (`will`, `shall`, `'ll`, `going`; with `plans` also `expected`,
    /// `planned`, `scheduled`) comes earlier in the sentence.
    private func futureBefore(_ i: Int, plans: Bool = false) -> Bool {
        var k = i
        var words = 0
        // A weekday's cue sits close before it (`will meet on Friday`); `in two weeks` may
        // look further back.
        let maxWords = plans ? 8 : 24
        while k > 0 && i - k < 160 && words < maxWords {
            let b = s.t[k - 1]
            if b == 0x21 || b == 0x3F || b == 0x0A { break }
            // A full stop ends the sentence; the dots of `a.m.` or `U.S. forces` do not.
            if b == 0x2E && !(s.byte(k) == 0x20 && ByteClass.isLower(s.byte(s.skipSpace(k)))) && !ByteClass.isAlpha(s.byte(k)) { break }
            if ByteClass.isAlpha(b) {
                let ws = s.wordStart(k)
                let r = ws..<k
                // Most words are none of the cue words: their length and first letter say so
                // before any comparison. A verb of the past (`said on Monday` after `will`)
                // closes the look-back for a weekday.
                switch (r.count, ByteClass.lower(s.t[ws])) {
                case (2, 0x6C): if s.equals(r, "ll") { return true }
                case (5, 0x73): if s.equals(r, "shall") { return true }
                case (5, 0x67): if s.equals(r, "going") { return true }
                case (4, 0x77):
                    if s.equals(r, "will") { return true }
                    if plans && s.equals(r, "were") { return false }
                case (8, 0x65): if plans && s.equals(r, "expected") { return true }
                case (7, 0x70): if plans && s.equals(r, "planned") { return true }
                case (9, 0x73): if plans && s.equals(r, "scheduled") { return true }
                case (4, 0x73): if plans && s.equals(r, "said") { return false }
                case (4, 0x74): if plans && s.equals(r, "told") { return false }
                case (3, 0x77): if plans && s.equals(r, "was") { return false }
                default: break
                }
                words += 1
                k = ws
                continue
            }
            k -= 1
        }
        return false
    }

    /// `three days ago`, `2 weeks ago`, `a year ago`: found at `ago`, read backwards.
    private func ago(_ i: Int, _ we: Int) -> TimeCandidate? {
        guard s.equals(i..<we, "ago"), let u = s.previousWord(i), let unit = NumberLexicons.units.lookup(s.t, u.lowerBound, u.upperBound), unit.isDuration else { return nil }
        let pu: PeriodUnit
        var factor = 1
        switch unit.canonical {
        case .day: pu = .day
        case .week: pu = .week
        case .month: pu = .month
        case .year: pu = .year
        case .decade: pu = .year; factor = 10
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
        return TimeCandidate(span: Span(start: start, end: we), value: nil, kind: .date, relative: .shifted(.dayOffset(0), amount: -c * factor, unit: pu), rule: "ago")
    }

    // MARK: Starting with a word

    /// `key`: the `WordTable` key of the word `i..<we`.
    private func wordStart(_ i: Int, _ we: Int, key: UInt64) -> TimeCandidate? {
        let r = i..<we
        // Which rules the word can start (`DateLexicons.wordKinds`). A holiday's first word
        // is read on past an apostrophe (`Valentine's`), so one there keeps that rule open.
        let kinds = DateLexicons.wordKinds.lookup(key: key) ?? 0
        if kinds == 0 && s.byte(we) != 0x27 && s.byte(we) != 0xE2 { return relativeWordStart(i, we) }
        // The word's calendar entry (month below 100, weekday 100 + day), looked up once with
        // the key the scan has, as `month` and `weekday` would.
        let calendar = kinds & 1 != 0 && r.count >= 3 ? DateLexicons.calendar.lookup(key: key) : nil
        // Month first: `June 19, 2024`, `June 2024`, `June 19`, `in June`.
        if let cm = calendar, cm < 100, let (m, me) = monthWord(r, month: cm) {
            // `Oct/2`, `jun-15`, `sep-23-2020`.
            if s.byte(me) == 0x2F || s.byte(me) == 0x2D, let (d, de) = dayNumber(me + 1) {
                if s.byte(de) == s.byte(me), let (y, ye) = yearAt(de + 1), let (v, date) = dateValue(y, m, d) {
                    return TimeCandidate(span: Span(start: i, end: ye), value: v, kind: .date, rule: "mon-day-year", fullDate: date)
                }
                if ISODate(year: 2000, month: m, day: d) != nil {
                    return TimeCandidate(span: Span(start: i, end: de), value: nil, kind: .date, relative: .monthDay(month: m, day: d), rule: "mon-day")
                }
            }
            // `February twenty second`, `January first 2000`, `October, 1st`.
            var k0 = s.skipSpace(me)
            if s.byte(k0) == 0x2C, let (d, de) = dayNumber(s.skipSpace(k0 + 1)), s.isAlpha(de - 1) {
                return dayMonth(start: i, day: d, month: m, monthEnd: de, rule: "month-comma-day")
            }
            if s.byte(k0) == 0x2C { k0 = me }
            if let (d, de) = ordinalDay(k0, cardinal: s.isCapitalized(r)), k0 > me {
                return dayMonth(start: i, day: d, month: m, monthEnd: de, rule: "month-ordinal-day")
            }
            var k = s.skipSpace(me)
            if let (d, de) = dayNumber(k) {
                k = s.skipSpace(de)
                var k2 = k
                if s.byte(k) == 0x2C { k2 = s.skipSpace(k + 1) }
                if let (y, ye) = yearAt(k2), let (v, date) = dateValue(y, m, d) {
                    return TimeCandidate(span: Span(start: i, end: ye), value: v, kind: .date, rule: "month-day-year", fullDate: date)
                }
                if let (y, ye) = yearAfter(de), let (v, date) = dateValue(y, m, d) {
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
        if let cw = calendar, cw >= 100, s.isCapitalized(r) || r.count >= 6 {
            let wd = cw - 100
            var end = we
            if r.count <= 4 {
                if s.byte(we) == 0x2E { end = we + 1 } else if r.count < 6 && !s.isCapitalized(r) { return nil }
                // `Sat`, `Sun`, `Wed` as words need a capital and a date or a period after.
            }
            var start = i
            var rel = Relative.weekday(wd, shift: 0)
            var prefixed = false
            if let p = s.previousWord(i) {
                if let w = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound) {
                    if w.wordClass == .shift {
                        start = p.lowerBound
                        prefixed = true
                        if s.equals(p, "past") {
                            // `past Wednesday`, `this past Wednesday`: the last one before the anchor.
                            rel = .weekday(wd, shift: -2)
                            if let t = s.previousWord(p.lowerBound), s.equals(t, "this") { start = t.lowerBound }
                        } else if s.equals(p, "this") {
                            rel = .weekdayInWeek(wd, weeks: 0)
                        } else if s.equals(p, "upcoming") || s.equals(p, "coming") {
                            rel = .weekday(wd, shift: 1)
                            if let t = s.previousWord(p.lowerBound), s.equals(t, "this") { start = t.lowerBound }
                        } else {
                            rel = .weekdayInWeek(wd, weeks: w.value == "1" ? 1 : -1)
                        }
                    } else if w.wordClass == .part && w.value == "edge" {
                        start = p.lowerBound
                    }
                }
            }
            // `Wednesday, June 19, 2024`, `Friday 7/6`, `Monday 21`, `Tuesday the eleventh`:
            // the date after the weekday decides; the weekday and its prefix join the span.
            if let (c, ce) = dateAfterWeekday(end, weekday: wd) {
                var c2 = c
                c2.span = Span(start: start, end: ce)
                c2.rule = "weekday-" + c.rule
                return c2
            }
            if r.count <= 3 && s.byte(we) != 0x2E && !prefixed { return nil }
            if !prefixed && futureWeekday(start) { rel = .weekday(wd, shift: 1) }
            // `Tuesday of next week`, `Monday of the following week`.
            if let of = s.nextWord(end), s.equals(of, "of") {
                var k = of.upperBound
                if let the = s.nextWord(k), s.equals(the, "the") { k = the.upperBound }
                if let sh = s.nextWord(k), let w = DateLexicons.relative.lookup(s.t, sh.lowerBound, sh.upperBound), w.wordClass == .shift,
                    let wk = s.nextWord(sh.upperBound), s.equals(wk, "week")
                {
                    rel = .weekdayInWeek(wd, weeks: s.equals(sh, "this") ? 0 : (w.value == "1" ? 1 : -1))
                    end = wk.upperBound
                    if start == i, w.value == "1", let on = s.previousWord(i), s.equals(on, "on") { start = on.lowerBound }
                }
            }
            if let nx = s.nextWord(end), let w = DateLexicons.relative.lookup(s.t, nx.lowerBound, nx.upperBound),
                w.wordClass == .part && w.value == "daypart"
            {
                end = nx.upperBound
            }
            return TimeCandidate(span: Span(start: start, end: end), value: nil, kind: .date, relative: rel, rule: "weekday")
        }
        // A holiday starts with a word of `holidays.firstWords` (kind bit 2), or is read on
        // past an apostrophe (`Valentine's`); other words would only be looked up there again.
        if kinds & 2 != 0 || s.byte(we) == 0x27 || s.byte(we) == 0xE2, let c = holiday(i, we, key: key) { return c }
        // Every rule left before the relative ones reads a number word.
        if kinds & 4 == 0 { return relativeWordStart(i, we) }
        // `fourth of July`, `twenty-third of May`.
        if let (d, de0) = ordinalDay(i), let of0 = s.nextWord(de0), let (de, of) = Optional((de0, of0)).flatMap({ pair -> (Int, Range<Int>)? in
            if s.equals(pair.1, "day"), let o = s.nextWord(pair.1.upperBound) { return (pair.1.upperBound, o) }
            return pair
        }), de >= de0, s.equals(of, "of"), let mw = s.nextWord(of.upperBound),
            let (m, me) = monthWord(mw, afterDay: true)
        {
            return dayMonth(start: i, day: d, month: m, monthEnd: me, rule: "ordinal-of-month")
        }
        if let c = pastTime(i) { return c }
        if let c = inFuture(i) { return c }
        // `seven o'clock`, `one in the morning`.
        if let nw = NumberLexicons.words.lookup(s.t, i, we), nw.wordClass == .unit || nw.wordClass == .teen, (1...12).contains(nw.value),
            let c = hourPhrase(start: i, hour: Int(nw.value), end: we)
        {
            return c
        }
        return relativeWordStart(i, we)
    }

    /// The rules a word that is no number word can start once the calendar and holiday rules
    /// have not: `the day before`, `now`, and the relative words (`yesterday`, `next week`,
    /// `ago`, `midnight`).
    private func relativeWordStart(_ i: Int, _ we: Int) -> TimeCandidate? {
        let r = i..<we
        // `the day before`, `the day after` at the end of a clause.
        if s.equals(r, "day"), let the = s.previousWord(i), s.equals(the, "the"), let ba = s.nextWord(we),
            s.equals(ba, "before") || s.equals(ba, "after"), !s.isAlnum(s.skipSpace(ba.upperBound))
        {
            return TimeCandidate(
                span: Span(start: the.lowerBound, end: ba.upperBound), value: nil, kind: .date, relative: .dayOffset(s.equals(ba, "before") ? -1 : 1),
                rule: "day-before-after")
        }
        if s.equals(r, "now") {
            // Only as the base of an offset: `3 days from now`.
            guard let f = s.previousWord(i), s.equals(f, "from"), amountBefore(f.lowerBound) != nil else { return nil }
            return TimeCandidate(span: Span(start: i, end: we), value: nil, kind: .date, relative: .dayOffset(0), rule: "now")
        }
        guard let w = DateLexicons.relative.lookup(s.t, i, we) else { return nil }
        switch w.wordClass {
        case .day:
            // `today's` is fine; `Today` as a programme name is rare.
            let off = Int(w.value) ?? 0
            return TimeCandidate(span: Span(start: i, end: we), value: nil, kind: .date, relative: .dayOffset(off), rule: "relative-day")
        case .shift:
            guard let p = s.nextWord(we), let pw = DateLexicons.relative.lookup(s.t, p.lowerBound, p.upperBound), pw.wordClass == .period else { return nil }
            let durationLike = s.equals(r, "past") || s.equals(r, "previous") || s.equals(r, "coming")  // `the past year`: a duration
            let shift = s.equals(r, "this") ? 0 : (w.value == "1" ? 1 : -1)
            let unit: PeriodUnit
            switch pw.value {
            case "week": unit = .week
            case "month": unit = .month
            case "year": unit = .year
            default: return nil
            }
            if unit == .week {
                // `next week Monday`, `next week on Tuesday`, `previous week - Monday`.
                var k = s.skipSpace(p.upperBound)
                let d = s.dashLength(k)
                if d > 0 { k = s.skipSpace(k + d) }
                if let on = s.nextWord(k), s.equals(on, "on") { k = on.upperBound }
                if let wdr = s.nextWord(k), s.isAlpha(wdr.lowerBound), wdr.count >= 6, let wd = weekday(wdr) {
                    return TimeCandidate(
                        span: Span(start: i, end: wdr.upperBound), value: nil, kind: .date, relative: .weekdayInWeek(wd, weeks: shift),
                        rule: "week-weekday")
                }
            }
            if durationLike { return nil }
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

// MARK: Test hooks

extension TimeRecognizer {
    /// For tests: at the figure starting at `i`, whether every rule that `digitStart` now runs
    /// only behind a cheap first test (`inFuture`, `pastTime`, `timeOfDay`, `dayNumber`) is let
    /// through by that test wherever the rule, run unguarded, reads something; and how many
    /// of them read something.
    func digitGatesHold(at i: Int) -> (Bool, Int) {
        let e = digitsEnd(i)
        let len = e - i
        var holds = true
        var found = 0
        if inFuture(i) != nil {
            found += 1
            holds = holds && ByteClass.lower(s.byte(s.skipSpaceBack(i) - 1)) == 0x6E
        }
        if pastTime(i) != nil {
            found += 1
            holds = holds && len <= 2 && !s.isAlnum(e) && TimeRecognizer.pastWordStart(ByteClass.lower(s.byte(s.skipSpace(e))))
        }
        if timeOfDay(i) != nil {
            found += 1
            holds = holds && mayBeClock(i, e)
        }
        if dayNumber(i) != nil {
            found += 1
            holds = holds && len <= 2
        }
        return (holds, found)
    }

    /// For tests: at the word starting at `i`, whether `holiday` reads something only where
    /// `wordStart` now calls it (a holiday's first word, or an apostrophe after the word).
    func holidayGateHolds(at i: Int) -> (Bool, Int) {
        let (we, h) = s.hashedLetterRun(i)
        guard we - i <= 16 else { return (true, 0) }
        let key = WordTable<Int>.finish(h, we - i)
        let kinds = DateLexicons.wordKinds.lookup(key: key) ?? 0
        guard holiday(i, we, key: key) != nil else { return (true, 0) }
        return (kinds & 2 != 0 || s.byte(we) == 0x27 || s.byte(we) == 0xE2, 1)
    }
}

