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

    // MARK: linear time on pathological input

    /// Seconds to run the attribution stage (with structure) over `text`.
    func seconds(_ text: String) throws -> Double {
        let clock = ContinuousClock()
        let t = try clock.measure { _ = try extract(text, stages: [.attribution]) }
        return Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    }

    @Test("pathological quote marks: time grows linearly", arguments: [
        "\"", "“", "”", "“”\"«»", "\" a", "said “", "“x ",
    ])
    func linearQuotes(_ unit: String) throws {
        let small = String(repeating: unit, count: 25_000)
        let large = String(repeating: unit, count: 100_000)
        let a = try seconds(small)
        let b = try seconds(large)
        // Four times the input may take at most ~10 times as long (noise allowance), never n².
        #expect(b < max(0.5, a * 10), "25k: \(a)s, 100k: \(b)s")
    }

    @Test("pathological sentences: one endless sentence of cues, appositions, adverbs, titles", arguments: [
        "Anna Berg said ", "Anna Berg, a lawyer, said ", "also ", "the ", "president Kim ", "who said ",
    ])
    func linearCues(_ unit: String) throws {
        let tail = "“a b c d,” Dan Roe said."
        let small = String(repeating: unit, count: 5_000) + tail
        let large = String(repeating: unit, count: 20_000) + tail
        let a = try seconds(small)
        let b = try seconds(large)
        #expect(b < max(0.5, a * 10), "5k: \(a)s, 20k: \(b)s")
    }

    @Test("a 5 MB quote and 100,000 unmatched marks finish quickly")
    func bigInputs() throws {
        let words = String(repeating: "the committee will meet again ", count: 170_000)
        let quote = "“" + words + "” said Ada Brook."
        #expect(quote.utf8.count > 5_000_000)
        #expect(try seconds(quote) < 30)
        let marks = String(repeating: "“ ", count: 100_000)
        #expect(try seconds(marks) < 10)
        let d = try extract(marks, stages: [.attribution])
        // Diagnostics are capped, not one per mark.
        #expect(d.diagnostics.filter { $0.code == "unbalanced_quote" || $0.code == "odd_quote_mark" }.count <= AttributionStage.maxQuoteDiagnostics + 1)
    }
}
