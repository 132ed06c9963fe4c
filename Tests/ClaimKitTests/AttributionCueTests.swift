import Testing

@testable import ClaimKit

/// Cue rules added for PolNeAR's cue convention: nested quotes, participles before a quote,
/// cue extents (`continued to call for`, `warned of`), poll leads, a cue that closes its
/// paragraph, long appositions after a quote, `He’s claiming` and `support` as a noun
/// (sentences written for these tests).
@Suite("Attribution cues")
struct AttributionCueTests {
    func extract(_ text: String) throws -> Document {
        try Extractor(options: ExtractionOptions(stages: .all)).extract(text)
    }

    func attributed(_ d: Document) -> [Claim] { d.claims.filter { $0.kind != .statement } }

    func sourceText(_ d: Document, _ c: Claim) -> String? { c.speaker?.span.map { d.string($0) } }

    func cueText(_ d: Document, _ c: Claim) -> String? { c.cue.map { d.string($0) } }

    @Test("a quote that ends on a nested single quote still stands alone")
    func nestedSingleQuote() throws {
        let d = try extract("\"We were never told about the 'harbour levy,' \" Councillor Ada Voss told the meeting.")
        let c = try #require(attributed(d).first)
        #expect(c.kind == .quote)
        #expect(c.speaker?.name == "Ada Voss")
        #expect(cueText(d, c) == "told")
    }

    @Test("`…, saying, “…”` belongs to the participle's subject, not to the latest speaker")
    func participleBeforeQuote() throws {
        let d = try extract(
            "Mayor Lina Okafor said the ferry would run all winter. Councillor Tomas Reyes rejected the timetable on Monday, saying, “The berth cannot take a second ferry.”")
        let c = try #require(attributed(d).first { d.string($0.content).contains("cannot take") })
        #expect(cueText(d, c) == "saying")
        #expect(c.speaker?.name == "Tomas Reyes")
    }

    @Test("a participle's subject may carry an apposition")
    func participleSubjectApposition() throws {
        let d = try extract("Dana Okoro, a ferry engineer, then went on local radio and began by saying the hull was sound.")
        let c = try #require(attributed(d).first { cueText(d, $0) == "saying" })
        #expect(c.speaker?.name == "Dana Okoro")
        #expect(d.string(c.content) == "the hull was sound")
    }

    @Test("`continued to call for` and `warned of` are whole cues")
    func cueExtent() throws {
        let d = try extract("Councillor Ada Voss continued to call for a second ferry berth.")
        let c = try #require(attributed(d).first)
        #expect(cueText(d, c) == "continued to call for")
        #expect(d.string(c.content) == "a second ferry berth")
        let w = try extract("Mayor Lina Okafor warned of the dangers of an overloaded ferry.")
        let x = try #require(attributed(w).first)
        #expect(cueText(w, x) == "warned of")
        #expect(w.string(x.content) == "the dangers of an overloaded ferry")
    }

    @Test("a sentence opening with `In` and a poll is the poll's finding")
    func pollLead() throws {
        let d = try extract("In the latest harbour trust poll, conducted in early May, the ferry plan led by nine points.")
        let c = try #require(attributed(d).first)
        #expect(cueText(d, c) == "In")
        #expect(sourceText(d, c) == "the latest harbour trust poll, conducted in early May")
        #expect(c.speaker?.type == .document)
        #expect(d.string(c.content) == "the ferry plan led by nine points")
        let n = try extract("In the wake of the storm, the ferry stopped running.")
        #expect(attributed(n).isEmpty)
    }

    @Test("`X added:` closing its paragraph attributes the next paragraph")
    func colonParagraph() throws {
        let d = try extract("The harbour master added:\n\nThe berth cannot take a second ferry, and the board knows it.\n\nThe board met on Monday.")
        let c = try #require(attributed(d).first)
        #expect(cueText(d, c) == "added")
        #expect(sourceText(d, c) == "The harbour master")
        #expect(d.string(c.content) == "The berth cannot take a second ferry, and the board knows it")
        #expect(attributed(d).count == 1)
    }

    @Test("a long apposition between a quote and `said` is part of the source")
    func longApposition() throws {
        let d = try extract(
            "“The hull is sound,” Tomasz Brandt, a senior engineer at the ferry company and a former adviser to the harbour board, said of the vessel.")
        let c = try #require(attributed(d).first)
        #expect(c.kind == .quote)
        #expect(c.speaker?.name == "Tomasz Brandt")
        #expect(sourceText(d, c) == "Tomasz Brandt, a senior engineer at the ferry company and a former adviser to the harbour board")
        #expect(cueText(d, c) == "said")
    }

    @Test("an apposition may open with an owner's name")
    func ownerApposition() throws {
        let d = try extract("Even Norway, Sweden's closest ally and its main trading partner, said it was opposed to the levy.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c)?.hasPrefix("Norway") == true)
        #expect(d.string(c.content) == "it was opposed to the levy")
    }

    @Test("`She’s calling for`: the contracted `is` joins the cue")
    func contractedIs() throws {
        let d = try extract("Mayor Lina Okafor spoke on Monday. She’s calling for a second ferry berth.")
        let c = try #require(attributed(d).first { d.string($0.content).contains("berth") })
        #expect(cueText(d, c) == "’s calling for")
        #expect(sourceText(d, c) == "She")
    }

    @Test("a place abbreviation before the comma ends no subject (`of Springfield, Va., said`)")
    func placeAbbreviation() throws {
        let d = try extract("Ines Moura, of Springfield, Va., said she had waited two hours for the ferry.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "Ines Moura")
        #expect(d.string(c.content) == "she had waited two hours for the ferry")
    }

    @Test("next to a plain verb of saying any noun phrase is a relative pronoun's antecedent")
    func relativeAntecedent() throws {
        let d = try extract("The council never paid a carpenter who said he had rebuilt the jetty twice.")
        let c = try #require(attributed(d).first { cueText(d, $0) == "said" })
        #expect(sourceText(d, c) == "who")
        #expect(d.string(c.content) == "he had rebuilt the jetty twice")
    }

    @Test("`…, said X, a role, who …` closing a sentence: the relative clause belongs to the source")
    func trailingRelativeClause() throws {
        let d = try extract("Ferry fares will not fall this year, said Lee Ames, a transport economist, who studies harbour pricing at Kellan University.")
        let c = try #require(attributed(d).first)
        #expect(cueText(d, c) == "said")
        #expect(c.speaker?.name == "Lee Ames")
        #expect(sourceText(d, c) == "Lee Ames, a transport economist, who studies harbour pricing at Kellan University")
        #expect(d.string(c.content) == "Ferry fares will not fall this year")
    }

    @Test("`support` after `percent` or before `among` is a noun, not a cue")
    func supportNoun() throws {
        let d = try extract("Okafor has 38 percent support among ferry users, and Latino support is rising.")
        #expect(!attributed(d).contains { cueText(d, $0) == "support" })
        let v = try extract("Harbour residents support the second berth, Mayor Lina Okafor said.")
        #expect(!attributed(v).isEmpty)
    }
}
