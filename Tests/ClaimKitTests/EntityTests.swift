import Testing

@testable import ClaimKit

/// Entities found while reading: types, canonical names, mentions and speaker links.
@Suite("Entities")
struct EntityTests {
    func extract(_ text: String) throws -> Document { try Extractor().extract(text) }

    @Test("capitals and countries map to the country's canonical name")
    func capitals() throws {
        let d = try extract("Officials in Pyongyang met envoys from Seoul. North Korea said little.")
        let nk = try #require(d.entities.first { $0.name == "North Korea" })
        #expect(nk.type == .country)
        #expect(nk.mentions.map { d.string($0) }.contains("Pyongyang"))
        #expect(d.entities.contains { $0.name == "South Korea" && $0.type == .country })
    }

    @Test("people with titles, organisations by their last word, agencies by lexicon")
    func types() throws {
        let d = try extract("Finance Minister Petra Kalnins spoke at Riga Technical University. Reuters and the Baltic Policy Institute reported the speech.")
        let p = try #require(d.entities.first { $0.name == "Petra Kalnins" })
        #expect(p.type == .person)
        #expect(p.role == "Finance Minister")
        #expect(d.entities.contains { $0.name == "Riga Technical University" && $0.type == .organisation })
        #expect(d.entities.contains { $0.name == "Reuters" && $0.type == .organisation })
        #expect(d.entities.contains { $0.name == "Baltic Policy Institute" && $0.type == .organisation })
    }

    @Test("a short name is a mention of the full name")
    func shortName() throws {
        let d = try extract("Coach Milan Petrovic praised the team. Later, Petrovic said the season was over.")
        let p = try #require(d.entities.first { $0.name == "Milan Petrovic" })
        #expect(p.mentions.count >= 2)
        #expect(p.mentions.map { d.string($0) }.contains("Petrovic"))
        let c = try #require(d.claims.first { $0.speaker?.name == "Milan Petrovic" && $0.rule == "reported.subject_cue" && d.string($0.content) == "the season was over" })
        let e = try #require(c.speaker?.entity)
        #expect(d.entities[e].name == "Milan Petrovic")
    }

    @Test("every mention's text is exact")
    func mentionsExact() throws {
        let d = try extract("Deutsche Welle interviewed Austrian expert Klaus Moser in Vienna on Monday.")
        for e in d.entities {
            for m in e.mentions {
                #expect(m.start >= 0 && m.end <= d.text.count && m.start < m.end)
            }
        }
        #expect(d.entities.contains { $0.name == "Klaus Moser" && $0.type == .person })
    }
}
