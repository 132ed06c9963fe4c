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
    static func entries(_ data: StaticString) -> [LexiconEntry] {
        let text = data.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        var result: [LexiconEntry] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: true)
            guard let first = fields.first else { continue }
            let forms = first.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            guard !forms.isEmpty else { continue }
            var attributes: [String: String] = [:]
            for f in fields.dropFirst() {
                if let eq = f.firstIndex(of: "=") {
                    attributes[String(f[..<eq]).trimmingSpaces()] = String(f[f.index(after: eq)...]).trimmingSpaces()
                }
            }
            result.append(LexiconEntry(forms: forms, attributes: attributes))
        }
        return result
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

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
