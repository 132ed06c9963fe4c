/// Dates and times of day, absolute and relative, resolved to ISO 8601.
///
/// The anchor for relative expressions (`Wednesday`, `last week`, `yesterday`): the caller's
/// reference date, else the article's publication date. But when the article's own complete
/// dates are evidently about other days (its most-mentioned full date lies more than a week
/// from the anchor, as in a story republished months later), weekdays and day words resolve
/// against that content date instead (anchor `content`). With no anchor at all, the content
/// date is used when there is one; otherwise relative expressions keep their text, a nil
/// value and a diagnostic.
enum TimeStage {
    /// Days between the anchor and the content date beyond which the content date wins.
    static let contentDistanceDays = 7
    /// A document keeps at most this many times; the rest are dropped with a diagnostic.
    static let maxTimes = 100_000

    /// `cues`: the shared scan of the text when the caller has made one (else made here).
    static func run(_ document: inout Document, context: ExtractionContext, cues: ScanCues? = nil) {
        if let ref = context.referenceDate {
            document.referenceDate = ref
            document.referenceAnchor = .reference
        } else if let published = document.published {
            document.referenceDate = published
            document.referenceAnchor = .published
        }
        var candidates: [TimeCandidate] = []
        let cues = cues ?? document.text.withUnsafeBufferPointer { ScanCues($0) }
        document.text.withUnsafeBufferPointer { t in
            var r = TimeRecognizer(TextScan(t))
            cues.time.withUnsafeBufferPointer { r.scan(cues: $0) }
            candidates = r.found
        }
        candidates.sort { $0.span < $1.span }
        if candidates.count > maxTimes {
            document.diagnostics.append(
                Diagnostic(code: "too_many_times", message: "only the first \(maxTimes) times are kept",
                    span: candidates[maxTimes].span))
            candidates.removeSubrange(maxTimes...)
        }

        var anchorDate = document.referenceDate.flatMap { ISODate(parsing: $0) }
        var anchorKind: TimeAnchor = anchorDate == nil ? .none : document.referenceAnchor
        if let content = contentDate(candidates, excluding: document.published.flatMap { ISODate(parsing: $0) }) {
            if let a = anchorDate {
                if abs(a.dayNumber - content.date.dayNumber) > contentDistanceDays && (content.mentions >= 2 || anchorKind == .published) {
                    anchorDate = content.date
                    anchorKind = .content
                }
            } else {
                anchorDate = content.date
                anchorKind = .content
            }
        }

        var times: [TimeExpression] = []
        times.reserveCapacity(candidates.count)
        if anchorDate == nil {
            // Room for the diagnostics below at once: appended one by one, the array grew from
            // empty by doubling in most documents without a date.
            var relatives = 0
            for k in candidates.indices where candidates[k].relative != nil { relatives += 1 }
            if relatives > 0 { document.diagnostics.reserveCapacity(document.diagnostics.count + min(relatives, 20)) }
        }
        var unresolved = 0
        // By index, reading the fields in place: a `for c in` binding copied every candidate.
        for k in candidates.indices {
            let span = candidates[k].span
            let relative = candidates[k].relative
            var value = candidates[k].value
            var anchor = TimeAnchor.none
            var kind = candidates[k].kind
            if let rel = relative {
                if let a = anchorDate {
                    let (v, k) = resolve(rel, against: a)
                    value = v
                    if let k { kind = k }
                    anchor = anchorKind
                } else {
                    unresolved += 1
                    if unresolved <= 20 {
                        document.diagnostics.append(
                            Diagnostic(code: "relative_date_unresolved", message: "no reference or publication date to resolve a relative date against", span: span))
                    }
                }
            }
            times.append(
                TimeExpression(
                    sentence: SentenceLookup.index(in: document, at: span.start), span: span, value: value, kind: kind,
                    relative: relative != nil, anchor: anchor, rule: candidates[k].rule))
        }
        document.times = times
    }

    /// The most-mentioned complete date in the text (ties: the later one), not counting the
    /// publication date itself.
    static func contentDate(_ candidates: [TimeCandidate], excluding published: ISODate?) -> (date: ISODate, mentions: Int)? {
        var counts: [Int: Int] = [:]
        for c in candidates {
            guard let d = c.fullDate, d != published else { continue }
            counts[d.dayNumber, default: 0] += 1
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }),
            let date = ISODate(dayNumber: best.key)
        else { return nil }
        return (date, best.value)
    }

    /// The ISO value of a relative expression, and its kind when that depends on the anchor.
    static func resolve(_ rel: Relative, against a: ISODate) -> (String?, TimeKind?) {
        switch rel {
        case .dayOffset(let k):
            return (a.adding(days: k)?.description, .date)
        case .weekday(let wd, let shift):
            let today = a.weekday
            var delta: Int
            switch shift {
            case 1:  // next: strictly after
                delta = (wd - today + 7) % 7
                if delta == 0 { delta = 7 }
            case -1, -2:  // past: strictly before
                delta = -((today - wd + 7) % 7)
                if delta == 0 { delta = -7 }
            case 2:  // this: in the anchor's week (Monday first)
                delta = wd - today
            default:  // bare: the most recent such day, the anchor's own day included
                delta = -((today - wd + 7) % 7)
            }
            return (a.adding(days: delta)?.description, .date)
        case .weekdayInWeek(let wd, let weeks):
            let w = max(-1000, min(1000, weeks))
            return (a.adding(days: wd - a.weekday + 7 * w)?.description, .date)
        case .absolute(let d):
            return (d.description, .date)
        case .shifted(let base, let amount, let unit):
            guard let b = resolve(base, against: a).0.flatMap({ ISODate(parsing: $0) }) else { return (nil, .date) }
            return (shift(b, amount, unit)?.description, .date)
        case .period(let unit, let shift):
            return (period(unit, shift, a), .period)
        case .monthDay(let m, let d):
            // The year that puts the date nearest the anchor.
            var best: ISODate?
            for y in [a.year - 1, a.year, a.year + 1] {
                guard let c = ISODate(year: y, month: m, day: d) else { continue }
                if best.map({ abs($0.dayNumber - a.dayNumber) > abs(c.dayNumber - a.dayNumber) }) ?? true { best = c }
            }
            return (best?.description, .date)
        case .month(let m):
            return ("\(pad(a.year, 4))-\(pad(m, 2))", .period)
        case .dayOfMonth(let d):
            // This month's, else the nearest month that has the day.
            var best: ISODate?
            for delta in -1...1 {
                guard let first = shift(ISODate(year: a.year, month: a.month, day: 1) ?? a, delta, .month),
                    let c = ISODate(year: first.year, month: first.month, day: d)
                else { continue }
                if best.map({ abs($0.dayNumber - a.dayNumber) > abs(c.dayNumber - a.dayNumber) }) ?? true { best = c }
            }
            return (best?.description, .date)
        case .weekdayInWeekOf(let base, let wd):
            guard let b = resolve(base, against: a).0.flatMap({ ISODate(parsing: $0) }) else { return (nil, .date) }
            return (b.adding(days: wd - b.weekday)?.description, .date)
        case .holiday(let hd, let shift):
            if shift >= 9 {
                // `of this/next/last year`: the holiday in that year.
                return (hd.date(in: a.year + shift - 10)?.description, .date)
            }
            let dates = [a.year - 1, a.year, a.year + 1].compactMap { hd.date(in: $0) }
            let pick: ISODate?
            switch shift {
            case -1: pick = dates.last { $0 < a }
            case 1: pick = dates.first { $0 > a }
            default: pick = dates.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }
            }
            return (pick?.description, .date)
        case .weekdayDay(let wd, let d):
            // The nearest month (up to a year either way) in which day `d` falls on `wd`.
            var best: ISODate?
            for delta in -12...12 {
                guard let first = shift(ISODate(year: a.year, month: a.month, day: 1) ?? a, delta, .month),
                    let c = ISODate(year: first.year, month: first.month, day: d), c.weekday == wd
                else { continue }
                if best.map({ abs($0.dayNumber - a.dayNumber) > abs(c.dayNumber - a.dayNumber) }) ?? true { best = c }
            }
            return (best?.description, .date)
        }
    }

    /// A date moved by whole days, weeks, months (day clamped to the month) or years.
    static func shift(_ d: ISODate, _ amount: Int, _ unit: PeriodUnit) -> ISODate? {
        let n = max(-100_000, min(100_000, amount))
        switch unit {
        case .day: return d.adding(days: n)
        case .week: return d.adding(days: 7 * n)
        case .month, .year:
            let months = unit == .year ? 12 * n : n
            let total = d.year * 12 + (d.month - 1) + months
            let y = total / 12
            let m = total % 12 + 1
            guard (1...9999).contains(y) else { return nil }
            return ISODate(year: y, month: m, day: min(d.day, ISODate.daysIn(month: m, year: y)))
        }
    }

    static func period(_ unit: PeriodUnit, _ shift: Int, _ a: ISODate) -> String? {
        let shift = max(-10_000, min(10_000, shift))
        switch unit {
        case .day:
            return a.adding(days: shift)?.description
        case .week:
            guard let d = a.adding(days: 7 * shift) else { return nil }
            let (y, w) = isoWeek(d)
            return "\(pad(y, 4))-W\(pad(w, 2))"
        case .month:
            let total = a.year * 12 + (a.month - 1) + shift
            let y = total / 12
            guard (1...9999).contains(y) else { return nil }
            return "\(pad(y, 4))-\(pad(total % 12 + 1, 2))"
        case .year:
            let y = a.year + shift
            guard (1...9999).contains(y) else { return nil }
            return pad(y, 4)
        }
    }

    /// ISO 8601 week-numbering year and week of a date.
    static func isoWeek(_ d: ISODate) -> (Int, Int) {
        // The week belongs to the year of its Thursday.
        guard let thursday = d.adding(days: 3 - d.weekday), let jan1 = ISODate(year: thursday.year, month: 1, day: 1) else { return (d.year, 1) }
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return (thursday.year, week)
    }

    static func pad(_ v: Int, _ w: Int) -> String {
        let str = String(v)
        return str.count >= w ? str : String(repeating: "0", count: w - str.count) + str
    }
}
