import Testing

@testable import ClaimKit

/// Held-out precision: cue words used as nouns, implausible subjects, collective speakers,
/// capitalised bodies and pronouns that refer to the person just named (sentences written for
/// these tests).
@Suite("Attribution precision")
struct AttributionPrecisionTests {
    func extract(_ text: String) throws -> Document {
        try Extractor(options: ExtractionOptions(stages: .all)).extract(text)
    }

    func attributed(_ d: Document) -> [Claim] { d.claims.filter { $0.kind != .statement } }

    @Test("a cue word after a determiner and a modifier is a noun (`the final say`)")
    func finalSay() throws {
        let d = try extract("Island councillors insist they will still have the final say on whether the new pier is built.")
        let a = attributed(d)
        #expect(a.count == 1)
        #expect(a.first?.speaker?.name == "Island councillors")
        #expect(a.first?.speaker?.type == .anonymous)
        #expect(a.first.map { d.string($0.content) } == "they will still have the final say on whether the new pier is built")
        #expect(!a.contains { $0.speaker?.name == "the final" })
    }

    @Test("`phone calls` and `cheap calls` are nouns, not cues")
    func callsNoun() throws {
        let d = try extract("The scheme lets customers receive phone calls on their tablets and make cheap calls to other subscribers.")
        #expect(attributed(d).isEmpty)
    }

    @Test("a plain noun is not a speaker (`the legislation`), an agent noun is (`the striker`)")
    func plausibleSubject() throws {
        let d = try extract("Anglers criticised the bill. The legislation says boats must be licensed. The striker says the club let him down.")
        let a = attributed(d)
        #expect(!a.contains { $0.speaker?.name == "The legislation" && $0.speaker?.type == .anonymous })
        #expect(a.contains { $0.speaker?.name == "The striker" })
    }

    @Test("collective and role nouns speak as a group (`opposition parties`, `Local ministers`)")
    func collectives() throws {
        let d = try extract("But opposition parties say that will not happen in practice.\n\nLocal ministers insist the budget is balanced.")
        let a = attributed(d)
        #expect(a.count == 2)
        #expect(a.first?.speaker?.name == "opposition parties")
        #expect(a.first?.speaker?.type == .anonymous)
        #expect(a.first.map { d.string($0.content) } == "that will not happen in practice")
        #expect(a.last?.speaker?.name == "Local ministers")
    }

    @Test("a capitalised body ending in Executive is an organisation")
    func executiveBody() throws {
        let d = try extract("The Welsh Executive believes the plan will cut waiting lists.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "The Welsh Executive")
        #expect(c.speaker?.type == .organisation)
    }

    @Test("`the chief executive` still resolves to the person, not a body")
    func chiefExecutivePerson() throws {
        let d = try extract("Chief executive Lena Park said sales rose.\n\nThe chief executive said more stores would open.")
        let a = attributed(d)
        #expect(a.count == 2)
        #expect(a.last?.speaker?.type == .person)
        #expect(a.last?.speaker?.name == "Lena Park")
    }

    @Test("a pronoun refers to the person just named as a subject, not the earlier speaker")
    func pronounPrefersSubject() throws {
        let text = """
            "The repairs are overdue," Mayor Anna Berg said on Monday.

            Council member Piet Olsen rejected the budget. "This is a fantasy," he told the Island Gazette.
            """
        let d = try extract(text)
        let q = try #require(attributed(d).last)
        #expect(q.speaker?.name == "Piet Olsen")
        #expect(q.speaker?.resolution == "pronoun")
    }

    @Test("with no subject named since, a pronoun keeps the latest speaker")
    func pronounFallsBackToSpeaker() throws {
        let text = """
            Mayor Anna Berg said the repairs were overdue. The vote was close.

            "We had no choice," she said.
            """
        let d = try extract(text)
        let q = try #require(attributed(d).last)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test("a speaker named after the subject wins the pronoun")
    func laterSpeakerWins() throws {
        let text = """
            Engineer Piet Olsen inspected the cables. "It is safe," said Mayor Anna Berg.

            "Traffic will flow," she added.
            """
        let d = try extract(text)
        let q = try #require(attributed(d).last)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test("one unknown capitalised word as a speaker is a body (`Brightwave said`)")
    func singleWordBody() throws {
        let d = try extract("Brightwave said it had yet to decide on the new plant.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "Brightwave")
        #expect(c.speaker?.type == .organisation)
    }

    @Test("a surname seen with a full name stays a person")
    func surnameStaysPerson() throws {
        let d = try extract("Coach Jonas Lind picked a young side.\n\nLind said the players were ready.")
        let c = try #require(attributed(d).last)
        #expect(c.speaker?.name == "Jonas Lind")
        #expect(c.speaker?.type == .person)
    }

    @Test("`but` starts a new subject (`released on bail but police say`)")
    func butSplitsSubject() throws {
        let d = try extract("Three men have been released on bail but police say they may face charges.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "police")
        #expect(d.string(c.content) == "they may face charges")
    }

    @Test("a sentence adverb is not a speaker, nor is a bare `The`")
    func adverbNotSpeaker() throws {
        let d = try extract("Ultimately, says the report, prices will rise. The grocery chain had a good year, adding it expected more growth.")
        #expect(!attributed(d).contains { $0.speaker?.name == "Ultimately" || $0.speaker?.name == "The" })
    }

    @Test("a first name ending in -ly is still a speaker (`Emily said`)")
    func lyName() throws {
        let d = try extract("Emily said the tickets sold out in an hour.")
        let c = try #require(attributed(d).first)
        #expect(c.speaker?.name == "Emily")
    }
}
