import Testing

@testable import ClaimKit

/// The lexicon file format (see `data/lexicons/README` and `Lexicon.entries`): one entry per
/// line, `|` between forms, tab-separated `key=value` attributes, `#` comments.
@Suite("Lexicon file format")
struct LexiconFormatTests {

    func parse(_ text: String) -> [LexiconEntry] {
        Array(text.utf8).withUnsafeBufferPointer { Lexicon.entries(bytes: $0) }
    }

    @Test("forms, attributes, comments and blank lines")
    func basics() {
        let entries = parse("""
        # a comment
          # an indented comment

        up to|as many as\tqualifier=up_to\tcue = yes
        dozen\tvalue=12
        """)
        #expect(entries.count == 2)
        #expect(entries.first?.forms == ["up to", "as many as"])
        #expect(entries.first?.attributes == ["qualifier": "up_to", "cue": "yes"])
        #expect(entries.last?.canonical == "dozen")
        #expect(entries.last?.attributes["value"] == "12")
    }

    @Test("spaces around forms and values are trimmed; empty forms are dropped")
    func trimming() {
        let entries = parse("  café | | naïve  \t\tkind = title \r\nlast\n")
        #expect(entries.count == 2)
        #expect(entries.first?.forms == ["café", "naïve"])
        #expect(entries.first?.attributes == ["kind": "title"])
        #expect(entries.last?.forms == ["last"])
    }

    @Test("a line of only separators, an attribute without '=' and a file without a final newline")
    func oddLines() {
        let entries = parse(" | \nword\tnovalue\tk=v=w\nend")
        #expect(entries.count == 2)
        #expect(entries.first?.forms == ["word"])
        #expect(entries.first?.attributes == ["k": "v=w"])
        #expect(entries.last?.forms == ["end"])
        #expect(parse("").isEmpty)
        #expect(parse("\n\n#only\n").isEmpty)
    }
}
