import Testing

@testable import ClaimKit

/// Plain verbs of saying (`said`, `told`, `wrote`, `according to`) take any noun phrase as the
/// source, named or not, as PolNeAR annotates them (sentences written for these tests).
@Suite("Attribution plain speech")
struct AttributionPlainSpeechTests {
    func extract(_ text: String) throws -> Document {
        try Extractor(options: ExtractionOptions(stages: .all)).extract(text)
    }

    func attributed(_ d: Document) -> [Claim] { d.claims.filter { $0.kind != .statement } }

    func sourceText(_ d: Document, _ c: Claim) -> String? { c.speaker?.span.map { d.string($0) } }

    @Test("an unresolvable `he said` is attributed to an unnamed person, not to the pronoun")
    func unresolvedPronoun() throws {
        let d = try extract("He said the harbour bridge would reopen in May.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "He")
        #expect(c.speaker?.resolution == "unresolved")
        #expect(c.speaker?.name.lowercased() != "he")
        #expect(c.cue.map { d.string($0) } == "said")
        #expect(d.string(c.content) == "the harbour bridge would reopen in May")
    }

    @Test("`said` followed by a description: the whole noun phrase speaks")
    func describedAfterQuote() throws {
        let d = try extract("“The queue never moves before ten,” said one weary market trader.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "one weary market trader")
        #expect(c.kind == .quote)
    }

    @Test("a thing that speaks (`the fundraising email said`) is the source")
    func documentSubject() throws {
        let d = try extract("“Give before midnight or we lose the county,” the fundraising email said.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "the fundraising email")
    }

    @Test("`according to` takes any noun phrase")
    func accordingToAnyPhrase() throws {
        let d = try extract("Rents in the old town rose by a fifth last year, according to one housing index.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "one housing index")
        #expect(d.string(c.content) == "Rents in the old town rose by a fifth last year")
    }

    @Test("a possessive plural subject (`Okafor's neighbours said`)")
    func possessivePlural() throws {
        let d = try extract("Okafor's neighbours said the fence had been moved twice.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Okafor's neighbours")
        #expect(d.string(c.content) == "the fence had been moved twice")
    }

    @Test("a subject with `of` and `against` phrases is taken whole when it starts the clause")
    func longSubject() throws {
        let d = try extract("Organisers of the march against the bypass said they expected thousands.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Organisers of the march against the bypass")
    }

    @Test("a conjunction before a name with an apposition is not part of the source")
    func conjunctionBeforeApposition() throws {
        let d = try extract("But Dana Whitfield, the club's treasurer, said that the accounts were sound.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Dana Whitfield, the club's treasurer")
        #expect(c.speaker?.name == "Dana Whitfield")
    }

    @Test("a clause before a cue is not a source (`they allege that managers were told`)")
    func clauseIsNotSource() throws {
        let d = try extract("In a claim filed last week, they allege that managers were told to hide the losses.")
        #expect(!attributed(d).contains { sourceText(d, $0)?.contains("allege") == true })
    }

    @Test("a described subject gives way to the name in its apposition")
    func nameInApposition() throws {
        let d = try extract("The ferry company's chief engineer, Tomasz Brandt, said the hull was sound.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "Tomasz Brandt")
    }

    @Test("a modal or a progressive `be` belongs to the cue (`will discuss`, `is calling for`)")
    func auxiliaryInCue() throws {
        let d = try extract("Mayor Ines Ferreira is calling for a second ferry berth. Councillor Hal Brook will discuss the berth with residents.")
        let a = attributed(d)
        #expect(a.contains { $0.cue.map { d.string($0) } == "is calling for" && sourceText(d, $0) == "Mayor Ines Ferreira" })
        #expect(a.contains { $0.cue.map { d.string($0) } == "will discuss" && sourceText(d, $0) == "Councillor Hal Brook" })
    }

    @Test("a negated verb of saying is a cue; a negated reply is not a statement")
    func negation() throws {
        let d = try extract("Governor Ruth Amadi did not say whether she would sign the bill.")
        let c = try #require(attributed(d).first)
        #expect(c.cue.map { d.string($0) } == "did not say")
        let n = try extract("The harbour board did not respond to requests for comment.")
        #expect(attributed(n).isEmpty)
    }

    @Test("a headline `Name: text` is attributed to the name, a label is not")
    func colonLead() throws {
        let d = try extract("Okonkwo: The ferry deal is dead and buried\n\nThe harbour board met on Monday.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Okonkwo")
        #expect(c.cue.map { d.string($0) } == ":")
        #expect(d.string(c.content) == "The ferry deal is dead and buried")
        let p = try extract("Photo: The ferry leaves the old harbour at dawn\n\nThe harbour board met on Monday.")
        #expect(attributed(p).isEmpty)
    }

    @Test("a dash and a name after a quote sign it (`“…” ― Marta Oyelaran`)")
    func dashSignature() throws {
        let d = try extract("“The ferry was late every single day this week.” ― Marta Oyelaran\n\nThe board met on Monday.")
        let c = try #require(attributed(d).first)
        #expect(c.kind == .quote)
        #expect(sourceText(d, c) == "Marta Oyelaran")
        #expect(c.cue.map { d.string($0) } == "―")
    }

    @Test("an evidential verb takes the whole document phrase as its subject")
    func documentPhrase() throws {
        let d = try extract("Yet, a 2019 study by the harbour trust and Kellan University found that ferry use doubled.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "a 2019 study by the harbour trust and Kellan University")
        #expect(c.speaker?.type == .document)
        let s = try extract("The latest harbour survey released Friday shows that ferry use doubled.")
        #expect(attributed(s).first.flatMap { sourceText(s, $0) } == "The latest harbour survey released Friday")
    }

    @Test("a party-and-state parenthesis or abbreviation ends no sentence (`Rep. Ada Quill (D-Mass.) said`)")
    func partyAbbreviation() throws {
        let d = try extract("However, Rep. Ada Quill (D-Mass.) said the ferry law needs no hearing.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Rep. Ada Quill (D-Mass.)")
        #expect(d.string(c.content) == "the ferry law needs no hearing")
        let q = try extract("“We cannot wait another year,” Senator Ivo Brand, R-Ky., said on Monday.")
        let c2 = try #require(attributed(q).first)
        #expect(c2.speaker?.name == "Ivo Brand")
        #expect(c2.cue.map { q.string($0) } == "said")
    }

    @Test("a transcript turn `\"QUILL: …` and a gerund after `by` are attributed")
    func transcriptAndGerund() throws {
        let d = try extract("\"QUILL: Well, the ferry budget is simply not enough for the island.\n\nThe debate went on.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "QUILL")
        #expect(c.cue.map { d.string($0) } == ":")
        let g = try extract("Mayor Ines Ferreira opened the meeting by saying the berth would be finished in May.")
        let c2 = try #require(attributed(g).first)
        #expect(sourceText(g, c2) == "Mayor Ines Ferreira")
        #expect(c2.cue.map { g.string($0) } == "saying")
        #expect(g.string(c2.content) == "the berth would be finished in May")
    }

    @Test("an inverted `, said Name,` with a long apposition closes the sentence; a lower-case word after a far cue is content")
    func longAppositionTrailing() throws {
        let d = try extract("The new ferry timetable should be ready before the summer season starts, said Marta Olsen, a senior planner at the regional transport authority who has overseen the harbour project since 2019.")
        let c = try #require(attributed(d).first)
        #expect(c.cue.map { d.string($0) } == "said")
        #expect(d.string(c.content) == "The new ferry timetable should be ready before the summer season starts")
        #expect(c.speaker?.name == "Marta Olsen")
        let n = try extract("Piet Laan, the ferry workers' regional organiser at the harbour, said the backup generator in the depot had been out of service since March.")
        let c2 = try #require(attributed(n).first)
        #expect(sourceText(n, c2)?.hasPrefix("Piet Laan") == true)
        #expect(n.string(c2.content) == "the backup generator in the depot had been out of service since March")
    }

    @Test("`called on` is one cue, as PolNeAR marks it")
    func calledOn() throws {
        let d = try extract("Mayor Ines Ferreira called on the ferry company to publish its safety records.")
        let c = try #require(attributed(d).first)
        #expect(c.cue.map { d.string($0) } == "called on")
        #expect(sourceText(d, c) == "Mayor Ines Ferreira")
    }

    @Test("an `-ly` noun after a determiner (`the family`) stays in the source, out of the cue")
    func lyNounInSource() throws {
        let d = try extract("Lawyers for the family said the inquiry into the harbour fire had been far too slow.")
        let c = try #require(attributed(d).first)
        #expect(c.cue.map { d.string($0) } == "said")
        #expect(sourceText(d, c) == "Lawyers for the family")
    }

    @Test("a plain `X said …` opening a trailing claim's content is attributed too, nested in it")
    func nestedInTrailing() throws {
        let d = try extract("The council met on Monday.\n\nOkoro said the march would start at the port gates because the members wanted to be seen by the ferry owners, she said.")
        let claims = attributed(d)
        #expect(claims.count == 2)
        #expect(claims.contains { $0.rule == "reported.trailing" && d.string($0.content).hasPrefix("Okoro said the march") })
        let c = try #require(claims.first { $0.rule == "reported.subject_cue" })
        #expect(sourceText(d, c) == "Okoro")
        #expect(c.cue.map { d.string($0) } == "said")
        #expect(d.string(c.content) == "the march would start at the port gates")
    }

    @Test("`on Tuesday` between the subject and the cue is skipped")
    func dayBeforeCue() throws {
        let d = try extract("The council met on Monday.\n\nMayor Ines Ferreira on Tuesday said the ferry berth would be finished in May.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Mayor Ines Ferreira")
        #expect(c.cue.map { d.string($0) } == "said")
        #expect(d.string(c.content) == "the ferry berth would be finished in May")
    }

    @Test("`told the forum she was …`: a pronoun after the addressee opens the content")
    func addresseeThenPronoun() throws {
        let d = try extract("The council met on Monday.\n\nMayor Ines Ferreira told the forum she was against the new toll on the bridge.")
        let c = try #require(attributed(d).first)
        #expect(sourceText(d, c) == "Mayor Ines Ferreira")
        #expect(c.cue.map { d.string($0) } == "told")
        #expect(d.string(c.content) == "she was against the new toll on the bridge")
    }
}
