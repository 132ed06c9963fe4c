/// The family of a counted thing or unit, from `measure_families.txt`.
enum MeasureFamily {
    static let families: [String: String] = {
        var t: [String: String] = [:]
        for e in Lexicon.entries(LexiconData.measureFamilies) {
            for f in e.forms.dropFirst() { t[ContentWords.fold(f)] = e.canonical }
        }
        return t
    }()

    /// True for a family from the lexicon (not a bare head noun).
    static func isNamed(_ family: String) -> Bool { named.contains(family) }
    static let named: Set<String> = Set(Lexicon.entries(LexiconData.measureFamilies).map(\.canonical)).union(["percent", "money"])

    static func of(_ a: Amount) -> String? {
        if a.kind == "percent" { return "percent" }
        if a.kind == "money" { return "money" }
        guard let unit = a.unit, !unit.isEmpty else { return nil }
        let folded = ContentWords.fold(unit)
        if let f = families[folded] { return f }
        // The head noun is the last word: "North Korean missiles" → missiles.
        if let last = folded.split(separator: " ").last, let f = families[String(last)] { return f }
        if let last = folded.split(separator: " ").last { return String(last) }
        return nil
    }
}

/// An amount as the interval of values its qualifier allows.
struct AmountInterval {
    var low: Double
    var high: Double
    var exact: Bool

    init(_ a: Amount) {
        let v = a.value ?? a.high ?? a.low ?? 0
        switch a.qualifier {
        case "up_to", "less_than": (low, high, exact) = (0, a.high ?? v, false)
        case "at_least", "more_than": (low, high, exact) = (a.low ?? v, .infinity, false)
        case "approximate": (low, high, exact) = (v * 0.9, v * 1.1, false)
        case "range": (low, high, exact) = (a.low ?? v, a.high ?? v, false)
        default: (low, high, exact) = (v, v, true)
        }
    }

    var key: Double { exact ? low : (high.isFinite ? high : low) }

    /// The figures are within a factor of ten of each other.
    static func comparableMagnitude(_ a: Amount, _ b: Amount) -> Bool {
        let x = abs(a.value ?? a.high ?? a.low ?? 0)
        let y = abs(b.value ?? b.high ?? b.low ?? 0)
        guard x > 0, y > 0 else { return false }
        return max(x, y) / min(x, y) <= 10
    }

    static func compare(_ a: Amount, _ b: Amount) -> (relation: Relation, reason: String) {
        let x = AmountInterval(a)
        let y = AmountInterval(b)
        let pair = "\(describe(a)) and \(describe(b))"
        if x.exact && y.exact {
            if x.low == y.low { return (.agree, "both give \(format(x.low))") }
            return (.conflict, "\(pair) differ")
        }
        if x.high < y.low || y.high < x.low { return (.conflict, "\(pair) cannot both hold") }
        if x.low == y.low && x.high == y.high { return (.agree, "both give \(describe(a))") }
        return (.related, "\(pair) can both hold")
    }

    /// "up to 4,800,000 (at most) 'up to 4.8 million artillery shells'".
    static func describe(_ a: Amount) -> String {
        let v = a.value ?? a.high ?? a.low ?? 0
        let bound: String
        switch a.qualifier {
        case "up_to": bound = "at most \(format(a.high ?? v))"
        case "less_than": bound = "less than \(format(a.high ?? v))"
        case "at_least": bound = "at least \(format(a.low ?? v))"
        case "more_than": bound = "more than \(format(a.low ?? v))"
        case "approximate": bound = "about \(format(v))"
        case "range": bound = "between \(format(a.low ?? v)) and \(format(a.high ?? v))"
        default: bound = "exactly \(format(v))"
        }
        return "\u{201C}\(a.text)\u{201D} (\(bound)\(a.unit.map { " " + $0 } ?? ""))"
    }

    /// Whole numbers with thousands separators; others with up to 4 decimals.
    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        if v == v.rounded(), abs(v) < 1e15 {
            let digits = String(Int(v).magnitude)
            var out = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            return (v < 0 ? "-" : "") + out
        }
        return ((v * 10000).rounded() / 10000).description
    }
}

/// Content words of a claim: lower-cased alphabetic tokens of four letters or more, not stop
/// words and not part of an entity name, with a common suffix stripped and cut to six letters
/// so that "transfers" and "transferred" meet.
enum ContentWords {
    static let stopwords: Set<String> = Set(Lexicon.entries(LexiconData.stopwords).map(\.canonical))

    /// Words of the counted things (`units`) are left out too: the measure family already says
    /// the claims count the same kind of thing.
    static func of(_ text: String, excluding entities: Set<String>, units: String = "") -> Set<String> {
        var entityWords = Set<String>()
        for e in entities { for w in fold(e).split(separator: " ") { entityWords.insert(String(w)) } }
        for w in fold(units).split(separator: " ") { entityWords.insert(String(w)) }
        var words = Set<String>()
        var current: [UInt8] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard current.count >= 4 else { return }
            let w = String(decoding: current, as: UTF8.self)
            guard !stopwords.contains(w), !entityWords.contains(w) else { return }
            words.insert(String(decoding: stem(current).prefix(6), as: UTF8.self))
        }
        for b in text.utf8 {
            if ByteClass.isAlpha(b) { current.append(ByteClass.lower(b)) } else { flush() }
        }
        flush()
        return words
    }

    /// A crude suffix stripper (offered, offers, offering → offer) before the six-letter cut.
    static func stem(_ w: [UInt8]) -> ArraySlice<UInt8> {
        func ends(_ suffix: String) -> Bool { w.count > suffix.utf8.count + 2 && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if ends("ing") { return w.dropLast(3) }
        if ends("ied") || ends("ies") { return w.dropLast(3) }
        if ends("ed") || ends("es") { return w.dropLast(2) }
        if ends("s") && !ends("ss") { return w.dropLast(1) }
        return w[...]
    }

    /// Lower-case, single spaces, trimmed.
    static func fold(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}

/// Finds alias-lexicon names (countries, capitals, agencies) written in a sentence, so claims
/// that name `Pyongyang` and `North Korea` share an entity even when the article's entity list
/// missed one of them.
enum AliasScanner {
    /// Folded alias → canonical, for aliases of two letters or more; keyed by first word.
    static let byFirstWord: [String: [(words: [String], canonical: String)]] = {
        var t: [String: [(words: [String], canonical: String)]] = [:]
        for e in Lexicon.entries(LexiconData.entityAliases) {
            for f in e.forms {
                let words = EntityIdentity.fold(f).split(separator: " ").map(String.init)
                guard let first = words.first, f.count >= 2 else { continue }
                t[first, default: []].append((words, e.canonical))
            }
        }
        return t
    }()

    static func mentions(in sentence: String) -> Set<String> {
        // Words keep their case-sensitive form for short all-caps aliases (US, UN, EU), which
        // must not match the common words "us", "un".
        let raw = sentence.split(whereSeparator: { !($0.isLetter || $0 == "." || $0 == "'" || $0 == "’") }).map(String.init)
        var found = Set<String>()
        for i in raw.indices {
            let w = EntityIdentity.fold(trimDots(raw[i]))
            guard let candidates = byFirstWord[w] else { continue }
            for c in candidates {
                guard i + c.words.count <= raw.count else { continue }
                var ok = true
                for k in 0..<c.words.count where EntityIdentity.fold(trimDots(raw[i + k])) != c.words[k] { ok = false }
                if ok && c.words.count == 1 && raw[i].count <= 3 && raw[i].uppercased() != raw[i] { ok = false }
                if ok { found.insert(c.canonical) }
            }
        }
        return found
    }

    private static func trimDots(_ s: String) -> String {
        // "U.S." keeps its dots; a sentence-final "Korea." loses the last one.
        if s.hasSuffix("."), s.dropLast().contains(".") == false { return String(s.dropLast()) }
        return s
    }
}
