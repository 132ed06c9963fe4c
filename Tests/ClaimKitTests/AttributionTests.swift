import Testing

@testable import ClaimKit

/// Attribution rules on sentences written for these tests, plus linear-time checks on
/// pathological quote marks.
@Suite("Attribution")
struct AttributionTests {
    func extract(_ text: String, stages: Stages = .all) throws -> Document {
        try Extractor(options: ExtractionOptions(stages: stages)).extract(text)
    }

    func attributions(_ d: Document) -> [(speaker: String, cue: String, content: String, rule: String)] {
        d.claims.filter { $0.kind != .statement }.map {
            ($0.speaker?.name ?? "", $0.cue.map { d.string($0) } ?? "", d.string($0.content), $0.rule)
        }
    }

    @Test("title before the name becomes the role")
    func titleRole() throws {
        let d = try extract("Last week, Norwegian Fisheries Minister Eva Strand said the quota would be cut.")
        let c = try #require(d.claims.first)
        #expect(c.speaker?.name == "Eva Strand")
        #expect(c.speaker?.role == "Fisheries Minister")
        #expect(c.speaker?.type == .person)
        #expect(d.string(c.content) == "the quota would be cut")
        #expect(c.rule == "reported.subject_cue")
    }

    @Test("a surname resolves to the full name seen earlier")
    func surname() throws {
        let d = try extract("Trade envoy Kofi Mensah said talks had stalled.\n\nIn an interview with Bloomberg, Mensah said a deal was still possible.")
        let a = attributions(d)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.speaker == "Kofi Mensah" })
        let second = try #require(d.claims.last)
        #expect(second.speaker?.resolution == "short_name")
        #expect(second.medium.map { d.string($0) } == "In an interview with Bloomberg")
    }

    @Test("a misdirected closing mark is repaired with a diagnostic, and the quote still counts")
    func oddQuoteMark() throws {
        let d = try extract("“We came to listen and we will keep listening to our neighbours “. The talks ended early, said Ines Moreau.")
        #expect(d.diagnostics.contains { $0.code == "odd_quote_mark" })
        #expect(!attributions(d).isEmpty)
    }

    @Test("a closing mark typed at the start of a paragraph opens the quote, with a diagnostic")
    func closingMarkOpens() throws {
        let d = try extract("Readers respond\n\n”The ferry timetable has been cut twice this year.” ― Marta Lindqvist\n")
        #expect(d.diagnostics.contains { $0.code == "odd_quote_mark" })
        let quote = try #require(attributions(d).first)
        #expect(quote.speaker == "Marta Lindqvist")
        #expect(quote.content.contains("ferry timetable has been cut twice"))
    }

    @Test("an unclosed quote at the end of the text gives a diagnostic, not a failure")
    func unclosed() throws {
        let d = try extract("Officials said: “the roads will stay closed until")
        #expect(d.diagnostics.contains { $0.code == "unbalanced_quote" })
    }

    @Test("scare quotes produce no claim and no invented speaker")
    func scareQuotes() throws {
        let d = try extract("It is often called a “pariah” and “rogue” state by its neighbours.")
        #expect(attributions(d).isEmpty)
    }

    @Test("a document is a speaker of type document")
    func documentSpeaker() throws {
        let d = try extract("A previous intelligence report said there were “at least two” launches.")
        let c = try #require(d.claims.first)
        #expect(c.speaker?.type == .document)
        #expect(c.speaker?.name == "A previous intelligence report")
    }

    @Test("they resolves to the group that spoke before")
    func pluralPronoun() throws {
        let d = try extract("Researchers Lena Vogt and Omar Haddad said the data were incomplete.\n\n“We need another season of measurements before we can say more,” they said in a report.")
        let last = try #require(d.claims.last)
        #expect(last.speaker?.name == "Lena Vogt and Omar Haddad")
        #expect(last.speaker?.type == .group)
        #expect(last.speaker?.span.map { d.string($0) } == "they")
        #expect(last.cue.map { d.string($0) } == "said in a report")
    }

    @Test("every claim's spans lie inside the text and on character boundaries")
    func spansExact() throws {
        let d = try extract("« Nous restons prudents », a déclaré Zoë Ñúñez. “Prices will fall,” said Zoë Ñúñez, the bank’s chief economist.")
        for c in d.claims {
            for s in [c.content] + [c.cue, c.speaker?.span, c.medium].compactMap({ $0 }) {
                #expect(s.start >= 0 && s.end <= d.text.count && s.start <= s.end)
                #expect(String(validating: d.text[s.start..<s.end], as: UTF8.self) != nil)
            }
        }
    }

    // MARK: pathological input
    //
    // Linear cost is proven by instruction counts in scripts/test-pathological (wall time in a
    // test would be flaky under load); these tests check what such inputs produce.

    @Test("runs of quote marks give bounded claims and capped diagnostics", arguments: [
        "\"", "“", "”", "“”\"«»", "\" a", "said “", "“x ",
    ])
    func quoteRuns(_ unit: String) throws {
        let text = String(repeating: unit, count: 100_000)
        let d = try extract(text, stages: [.attribution])
        #expect(d.text.count == text.utf8.count, "no input lost")
        #expect(d.claims.count <= 100_000)
        let quoteDiagnostics = d.diagnostics.filter { $0.code == "unbalanced_quote" || $0.code == "odd_quote_mark" }
        #expect(quoteDiagnostics.count <= AttributionStage.maxQuoteDiagnostics + 1)
    }

    @Test("an endless sentence of cues, appositions, adverbs and titles still ends in its quote", arguments: [
        "Anna Berg said ", "Anna Berg, a lawyer, said ", "also ", "the ", "president Kim ", "who said ",
    ])
    func cueRuns(_ unit: String) throws {
        // A title line first: a one-line document is all headline, where quotes are not attributed.
        let text = "Meeting\n\n" + String(repeating: unit, count: 20_000) + "“a b c d,” Dan Roe said."
        let d = try extract(text, stages: [.attribution])
        let quote = d.claims.first { d.string($0.content).contains("a b c d") }
        #expect(quote?.speaker?.name == "Dan Roe", "the closing quote is still found and attributed")
        #expect(d.claims.count <= 20_001)
    }

    @Test("a 5 MB quote is one attributed claim; 100,000 unmatched marks cap their diagnostics")
    func bigInputs() throws {
        let words = String(repeating: "the committee will meet again ", count: 170_000)
        let quote = "Meeting\n\n“" + words + "soon,” said Ada Brook."
        #expect(quote.utf8.count > 5_000_000)
        let big = try extract(quote, stages: [.attribution])
        let claim = big.claims.first { $0.content.end - $0.content.start > 5_000_000 }
        #expect(claim?.speaker?.name == "Ada Brook")
        let marks = String(repeating: "“ ", count: 100_000)
        let d = try extract(marks, stages: [.attribution])
        // Diagnostics are capped, not one per mark.
        #expect(d.diagnostics.filter { $0.code == "unbalanced_quote" || $0.code == "odd_quote_mark" }.count <= AttributionStage.maxQuoteDiagnostics + 1)
    }
}
