/// Namespace for the embedded lexicon texts (one generated file per `data/lexicons/en/*.txt`).
enum LexiconData {}

/// One line of a lexicon file: `canonical|variant|variant<TAB>key=value<TAB>key=value`.
///
/// Files: one entry per line; `#` starts a comment line; blank lines are ignored. The first
/// form is the canonical one. Attributes are optional `key=value` pairs after tabs.
struct LexiconEntry: Sendable {
    var forms: [String]
    var attributes: [String: String]

    var canonical: String { forms.first ?? "" }
}

enum Lexicon {
    /// Parses an embedded lexicon text. Called once per lexicon, from a global `let`
    /// (initialised lazily and thread-safely by the runtime).
    ///
    /// Works on the bytes: every process pays this once per lexicon before its first article,
    /// and splitting `String`s by `Character` made it the largest start-up cost (a worker
    /// process in a batch pays it again).
    static func entries(_ data: StaticString) -> [LexiconEntry] {
        data.withUTF8Buffer { entries(bytes: $0) }
    }

    static func entries(bytes text: UnsafeBufferPointer<UInt8>) -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count && text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && text[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            var i = lineStart
            while i < lineEnd && text[i] == UInt8(ascii: " ") { i += 1 }
            lineStart = next
            if i == lineEnd || text[i] == UInt8(ascii: "#") { continue }
            if let entry = entry(text, i, lineEnd) { result.append(entry) }
        }
        return result
    }

    /// One line (no line break, leading spaces dropped): tab-separated fields, the first
    /// holding `|`-separated forms, the others `key=value` attributes.
    private static func entry(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LexiconEntry? {
        var forms: [String] = []
        var attributes: [String: String] = [:]
        var sawField = false
        var fieldStart = start
        while fieldStart < end {
            var fieldEnd = fieldStart
            while fieldEnd < end && text[fieldEnd] != UInt8(ascii: "\t") { fieldEnd += 1 }
            if fieldEnd > fieldStart {
                if !sawField {
                    sawField = true
                    var formStart = fieldStart
                    while formStart < fieldEnd {
                        var formEnd = formStart
                        while formEnd < fieldEnd && text[formEnd] != UInt8(ascii: "|") { formEnd += 1 }
                        let form = trimmed(text, formStart, formEnd)
                        if !form.isEmpty { forms.append(form) }
                        formStart = formEnd + 1
                    }
                    if forms.isEmpty { return nil }
                } else {
                    var eq = fieldStart
                    while eq < fieldEnd && text[eq] != UInt8(ascii: "=") { eq += 1 }
                    if eq < fieldEnd {
                        attributes[trimmed(text, fieldStart, eq)] = trimmed(text, eq + 1, fieldEnd)
                    }
                }
            }
            fieldStart = fieldEnd + 1
        }
        return forms.isEmpty ? nil : LexiconEntry(forms: forms, attributes: attributes)
    }

    /// The bytes in `start..<end` without spaces or tabs at either end, as a string.
    private static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var s = start, e = end
        while s < e && (text[s] == UInt8(ascii: " ") || text[s] == UInt8(ascii: "\t")) { s += 1 }
        while e > s && (text[e - 1] == UInt8(ascii: " ") || text[e - 1] == UInt8(ascii: "\t")) { e -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[s..<e]), as: UTF8.self)
    }

    /// Every form of every entry, lower-cased (ASCII), as a set of byte strings.
    static func formSet(_ data: StaticString) -> Set<[UInt8]> {
        var set = Set<[UInt8]>()
        for e in entries(data) {
            for f in e.forms { set.insert(lowercasedASCII(Array(f.utf8))) }
        }
        return set
    }

    /// Lower-cases ASCII letters, leaving other bytes as they are.
    @inline(__always)
    static func lowercasedASCII(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
