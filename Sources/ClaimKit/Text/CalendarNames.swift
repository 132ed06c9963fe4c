/// Month and day names from the lexicons, for every stage that reads dates.
enum CalendarNames {
    /// Lower-cased form → month number 1...12.
    static let months: [[UInt8]: Int] = table(LexiconData.months)
    /// Lower-cased form → weekday 0 (Monday) ... 6 (Sunday).
    static let weekdays: [[UInt8]: Int] = table(LexiconData.weekdays)

    private static func table(_ data: StaticString) -> [[UInt8]: Int] {
        var t: [[UInt8]: Int] = [:]
        for e in Lexicon.entries(data) {
            guard let v = e.attributes["n"], let n = Int(v) else { continue }
            for f in e.forms { t[Lexicon.lowercasedASCII(Array(f.utf8))] = n }
        }
        return t
    }

    /// The month named by `word` (any case), or nil.
    static func month(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count <= 10 else { return nil }
        return months[word.map(ByteClass.lower)]
    }

    /// The weekday named by `word` (any case), or nil.
    static func weekday(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count <= 10 else { return nil }
        return weekdays[word.map(ByteClass.lower)]
    }
}
