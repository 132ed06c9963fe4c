/// The word lists the number rules read, parsed once into hash tables.
///
/// Files: data/lexicons/en/number-words.txt, number-suffixes.txt, currencies.txt,
/// quantity-qualifiers.txt, units.txt, unit-stopwords.txt.

/// What a number word contributes to a figure.
enum NumberWordClass: Sendable {
    case unit, teen, tens, hundred, scale, dozen, ordinal, denominator, article, vague, few
}

struct NumberWord: Sendable {
    var wordClass: NumberWordClass
    var value: Double
    /// An ordinal that also names a fraction's denominator (`third`, `fifths`).
    var isDenominator: Bool
    /// Plural form (`thirds`, `dozens`): a fraction or a multiple, never an ordinal.
    var isPlural: Bool
}

struct Currency: Sendable {
    var code: String
    var name: String
    var minor: Bool
    /// May be written before the figure (`$5`, `USD 5`).
    var prefix: Bool
    /// `MUSD`, `MEUR`: codes that carry a scale (millions).
    var multiplier: Double = 1
}

/// No strings: the unit table is probed for most words after a figure, and a value with a
/// `String` in it was retained on every hit and released after (an outlined destroy per
/// `unitAfter` result). The rules ask only whether it is a duration and which of a few units
/// it is (the canonical name as a small enum).
struct UnitWord: Sendable {
    enum Canonical: Sendable {
        case day, week, fortnight, month, year, decade, foot, other
    }
    var isDuration: Bool
    var canonical: Canonical
}

struct QualifierPhrase: Sendable {
    var qualifier: Qualifier
    var words: Int
    var after: Bool
}

enum NumberLexicons {
    static let words: WordTable<NumberWord> = {
        var t = WordTable<NumberWord>()
        for e in Lexicon.entries(LexiconData.numberWords) {
            guard let v = e.attributes["v"].flatMap({ Double($0) }) else { continue }
            let c: NumberWordClass
            switch e.attributes["t"] ?? "" {
            case "unit": c = .unit
            case "teen": c = .teen
            case "tens": c = .tens
            case "hundred": c = .hundred
            case "scale": c = .scale
            case "dozen": c = .dozen
            case "ordinal": c = .ordinal
            case "denom": c = .denominator
            case "article": c = .article
            case "vague": c = .vague
            case "few": c = .few
            default: continue
            }
            for f in e.forms {
                let plural = f.hasSuffix("s") && f != e.canonical && c != .scale
                t.insert(
                    key: WordTable<NumberWord>.key(Array(f.utf8)),
                    NumberWord(wordClass: c, value: v, isDenominator: e.attributes["den"] == "1" || c == .denominator, isPlural: plural))
            }
        }
        return t
    }()

    /// First letters of number words, `per` and `percent` (the word rules' entry points).
    static let wordStarts: PairFilter = {
        var forms: [String] = ["per", "percent", "percents"]
        for e in Lexicon.entries(LexiconData.numberWords) { forms += e.forms }
        return PairFilter(forms)
    }()

    /// The last word, last two words, … of each qualifier phrase written before a figure, keyed
    /// nearest word first (`to`, `to`+`up` of `up to`), so that `QuantityRecognizer.qualifierBefore`
    /// reads words back only while some phrase still ends with them: after the common `to` or
    /// `of` it stops at the next word (`rose to 5`) instead of reading five more and probing a
    /// phrase for each length. (The one-word entries replace a table of last words.)
    static let qualifierBeforeSuffixes: WordTable<Bool> = {
        var t = WordTable<Bool>()
        for e in Lexicon.entries(LexiconData.quantityQualifiers) where e.attributes["pos"] != "after" {
            for f in e.forms {
                var h = WordTable<Int>.seed
                for w in f.split(separator: " ").reversed() {
                    h = WordTable<Int>.combine(h, WordTable<Int>.key(Array(w.utf8)))
                    t.insert(key: h, true)
                }
            }
        }
        return t
    }()

    /// First words of the qualifier phrases written after a figure (`or` of `or more`).
    static let qualifierAfterFirstWords: WordTable<Bool> = firstWords(LexiconData.quantityQualifiers) { $0.attributes["pos"] == "after" }

    /// First words of currency names and of unit names (`square` of `square metres`).
    static let currencyFirstWords: WordTable<Bool> = firstWords(LexiconData.currencies) { _ in true }
    static let unitFirstWords: WordTable<Bool> = firstWords(LexiconData.units) { _ in true }

    private static func firstWords(_ data: StaticString, _ keep: (LexiconEntry) -> Bool) -> WordTable<Bool> {
        var t = WordTable<Bool>()
        for e in Lexicon.entries(data) where keep(e) {
            for f in e.forms {
                if let w = f.split(separator: " ").first { t.insert(key: WordTable<Int>.key(Array(w.utf8)), true) }
            }
        }
        return t
    }

    /// Scale abbreviations after a figure: multiplier and whether only money takes them.
    static let suffixes: WordTable<(value: Double, moneyOnly: Bool)> = {
        var t = WordTable<(value: Double, moneyOnly: Bool)>()
        for e in Lexicon.entries(LexiconData.numberSuffixes) {
            guard let v = e.attributes["v"].flatMap({ Double($0) }) else { continue }
            for f in e.forms { t.insert(key: WordTable<Int>.key(Array(f.utf8)), (v, e.attributes["money"] == "1")) }
        }
        return t
    }()

    /// Currency symbols, codes and names (one- and two-word forms).
    static let currencies: WordTable<Currency> = {
        var t = WordTable<Currency>()
        for e in Lexicon.entries(LexiconData.currencies) {
            guard let code = e.attributes["c"] else { continue }
            let cur = Currency(
                code: code, name: e.attributes["name"] ?? code, minor: e.attributes["minor"] == "1",
                prefix: e.attributes["pre"] != "0", multiplier: e.attributes["mult"].flatMap { Double($0) } ?? 1)
            for f in e.forms {
                if f.contains(" ") {
                    t.insert(key: WordTable<Int>.phraseKey(f).key, cur)
                } else {
                    t.insert(key: WordTable<Int>.key(Array(f.utf8)), cur)
                }
            }
        }
        return t
    }()

    private static func unitCanonical(_ name: String) -> UnitWord.Canonical {
        switch name {
        case "day": return .day
        case "week": return .week
        case "fortnight": return .fortnight
        case "month": return .month
        case "year": return .year
        case "decade": return .decade
        case "foot": return .foot
        default: return .other
        }
    }

    static let units: WordTable<UnitWord> = {
        var t = WordTable<UnitWord>()
        for e in Lexicon.entries(LexiconData.units) {
            let u = UnitWord(isDuration: e.attributes["d"] == "duration", canonical: unitCanonical(e.attributes["u"] ?? e.canonical))
            for f in e.forms {
                if f.contains(" ") {
                    t.insert(key: WordTable<Int>.phraseKey(f).key, u)
                } else {
                    t.insert(key: WordTable<Int>.key(Array(f.utf8)), u)
                }
            }
        }
        return t
    }()

    /// Qualifier phrases keyed by the phrase key of their words.
    static let qualifiers: WordTable<QualifierPhrase> = {
        var t = WordTable<QualifierPhrase>()
        for e in Lexicon.entries(LexiconData.quantityQualifiers) {
            guard let q = e.attributes["q"].flatMap({ Qualifier(rawValue: $0) }) else { continue }
            for f in e.forms {
                let (k, n) = WordTable<Int>.phraseKey(f)
                t.insert(key: k, QualifierPhrase(qualifier: q, words: n, after: e.attributes["pos"] == "after"))
            }
        }
        return t
    }()

    static let stopwords: WordTable<Bool> = {
        var t = WordTable<Bool>()
        for e in Lexicon.entries(LexiconData.unitStopwords) {
            for f in e.forms { t.insert(key: WordTable<Int>.key(Array(f.utf8)), true) }
        }
        return t
    }()
}
