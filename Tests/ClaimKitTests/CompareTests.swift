import Testing

@testable import ClaimKit

/// Builds documents by hand, so comparison is tested apart from the extraction stages.
struct DocumentBuilder {
    var document: Document
    let text: String

    init(_ text: String) {
        self.text = text
        document = Document(text: Array(text.utf8))
        var start = 0
        // One sentence per line.
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let n = line.utf8.count
            if n > 0 { document.sentences.append(Sentence(span: Span(start: start, end: start + n), block: 0)) }
            start += n + 1
        }
        document.blocks = [Block(span: Span(start: 0, end: text.utf8.count), role: .paragraph, sentences: 0..<document.sentences.count)]
    }

    func span(_ needle: String) -> Span {
        let hay = Array(text.utf8)
        let n = Array(needle.utf8)
        guard n.count <= hay.count else { return Span(start: 0, end: 0) }
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n { return Span(start: i, end: i + n.count) }
        Issue.record("'\(needle)' not in text")
        return Span(start: 0, end: 0)
    }

    /// Every occurrence of `needle`.
    func spans(_ needle: String) -> [Span] {
        let hay = Array(text.utf8)
        let n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= hay.count else { return [] }
        return (0...(hay.count - n.count)).filter { Array(hay[$0..<($0 + n.count)]) == n }.map { Span(start: $0, end: $0 + n.count) }
    }

    mutating func entity(_ name: String, _ type: EntityType, mentions: [String], role: String? = nil) {
        document.entities.append(Entity(name: name, type: type, mentions: mentions.flatMap(spans), role: role))
    }

    @discardableResult
    mutating func quantity(_ text: String, value: Double, low: Double? = nil, high: Double? = nil, qualifier: Qualifier = .exact,
                           unit: String, kind: QuantityKind = .count) -> Int {
        let s = span(text)
        document.quantities.append(
            Quantity(sentence: document.sentenceIndex(containing: s.start) ?? 0, span: s, value: value, low: low, high: high,
                     qualifier: qualifier, unit: unit, kind: kind, rule: "test"))
        document.quantities.sort { $0.span < $1.span }
        return document.quantities.count - 1
    }

    mutating func claim(_ kind: ClaimKind, content: String, speaker: String? = nil, type: SpeakerType = .person,
                        modality: ModalityStatus = .asserted) {
        let c = span(content)
        document.claims.append(
            Claim(kind: kind, sentence: document.sentenceIndex(containing: c.start) ?? 0,
                  speaker: speaker.map { Speaker(name: $0, type: type) }, content: c, modality: Modality(status: modality), rule: "test"))
        ClaimLinker.link(&document)
    }
}

@Suite("Comparing articles")
struct CompareTests {
    func articles() -> [Document] {
        var a = DocumentBuilder(
            """
            The mayor said the harbour bridge carries 60,000 vehicles a day in Eastgate.
            Officials said the repairs would cost up to 48 million euros in Eastgate.
            The Port Authority said the cables were replaced in 2019.
            """)
        a.entity("Eastgate", .place, mentions: ["Eastgate"])
        a.entity("Port Authority", .organisation, mentions: ["Port Authority"])
        a.quantity("60,000 vehicles", value: 60000, unit: "vehicles")
        a.quantity("up to 48 million euros", value: 48e6, high: 48e6, qualifier: .upTo, unit: "euros", kind: .money)
        a.claim(.reported, content: "the harbour bridge carries 60,000 vehicles a day in Eastgate", speaker: "Helena Voss")
        a.claim(.reported, content: "the repairs would cost up to 48 million euros in Eastgate", speaker: "officials", type: .anonymous)
        a.claim(.reported, content: "the cables were replaced in 2019", speaker: "Port Authority", type: .organisation)

        var b = DocumentBuilder(
            """
            Voss told reporters that the harbour bridge carries 60,000 vehicles a day through Eastgate.
            The council estimated the repairs in Eastgate at 75 million euros.
            The Port Authority denied that the cables were replaced in 2019.
            """)
        b.entity("Eastgate", .place, mentions: ["Eastgate"])
        b.entity("Port Authority", .organisation, mentions: ["Port Authority"])
        b.quantity("60,000 vehicles", value: 60000, unit: "vehicles")
        b.quantity("75 million euros", value: 75e6, unit: "euros", kind: .money)
        b.claim(.reported, content: "the harbour bridge carries 60,000 vehicles a day through Eastgate", speaker: "Helena Voss")
        b.claim(.statement, content: "The council estimated the repairs in Eastgate at 75 million euros.")
        b.claim(.reported, content: "the cables were replaced in 2019", speaker: "Port Authority", type: .organisation, modality: .denied)
        return [a.document, b.document]
    }

    @Test("the same figure agrees, bounds that cannot both hold conflict")
    func measures() {
        let result = Comparator.compare(articles())
        let vehicles = result.groups.first { $0.basis == "measure" && $0.measure == "vehicles" }
        #expect(vehicles?.relation == .agree)
        #expect(vehicles?.members.count == 2)
        #expect(vehicles?.reason.contains("Eastgate") == true)
        let money = result.groups.first { $0.basis == "measure" && $0.measure == "money" }
        #expect(money?.relation == .conflict, "\(money?.reason ?? "no money group")")
        #expect(money?.reason.contains("at most 48,000,000") == true)
        #expect(money?.reason.contains("exactly 75,000,000") == true)
    }

    @Test("asserted in one article and denied in another is a conflict")
    func denial() {
        let result = Comparator.compare(articles())
        let denial = result.groups.first { $0.basis == "denial" }
        #expect(denial?.relation == .conflict)
        #expect(denial?.entities == ["Port Authority"])
    }

    @Test("the same named speaker across articles is grouped; anonymous speakers are not")
    func speakers() {
        let result = Comparator.compare(articles())
        let names = result.groups.filter { $0.basis == "speaker" }.flatMap(\.entities)
        #expect(names.contains("Helena Voss"))
        #expect(names.contains("Port Authority"))
        #expect(!names.contains("officials"))
        let voss = result.groups.first { $0.basis == "speaker" && $0.entities == ["Helena Voss"] }
        #expect(voss?.relation == .agree)
        let authority = result.groups.first { $0.basis == "speaker" && $0.entities == ["Port Authority"] }
        #expect(authority?.relation == .conflict)
    }

    @Test("upper and lower bounds that overlap can both hold: related")
    func boundsRelated() {
        var a = DocumentBuilder("The minister said Norland sent up to 4.8 million artillery shells to the front.")
        a.entity("Norland", .country, mentions: ["Norland"])
        a.quantity("up to 4.8 million artillery shells", value: 4.8e6, high: 4.8e6, qualifier: .upTo, unit: "artillery shells")
        a.claim(.reported, content: "Norland sent up to 4.8 million artillery shells to the front", speaker: "Ana Berg")
        var b = DocumentBuilder("A report said Norland delivered at least 3 million missiles to the front.")
        b.entity("Norland", .country, mentions: ["Norland"])
        b.quantity("at least 3 million missiles", value: 3e6, low: 3e6, qualifier: .atLeast, unit: "missiles")
        b.claim(.reported, content: "Norland delivered at least 3 million missiles to the front", speaker: "report", type: .document)
        let group = Comparator.compare([a.document, b.document]).groups.first { $0.basis == "measure" }
        #expect(group?.relation == .related)
        #expect(group?.measure == "munitions")
        #expect(group?.reason.contains("can both hold") == true)
        #expect(group?.reason.contains("at most 4,800,000") == true && group?.reason.contains("at least 3,000,000") == true)
    }

    @Test("short names and aliases join entities across articles")
    func identity() {
        var a = DocumentBuilder("Defence Minister Ana Berg said Pyongyang sent 20 trains.")
        a.entity("Ana Berg", .person, mentions: ["Ana Berg"])
        a.quantity("20 trains", value: 20, unit: "trains")
        a.claim(.reported, content: "Pyongyang sent 20 trains", speaker: "Ana Berg")
        var b = DocumentBuilder("Berg said North Korea sent 20 trains.")
        b.entity("Berg", .person, mentions: ["Berg"])
        b.quantity("20 trains", value: 20, unit: "trains")
        b.claim(.reported, content: "North Korea sent 20 trains", speaker: "Berg")
        let result = Comparator.compare([a.document, b.document])
        #expect(result.entities.map(\.name).contains("North Korea"))
        #expect(result.entities.map(\.name).contains("Ana Berg"))
        #expect(result.groups.contains { $0.basis == "speaker" && $0.entities == ["Ana Berg"] })
        #expect(result.groups.contains { $0.basis == "measure" && $0.relation == .agree })
    }

    @Test("JSON documents compare the same as Swift documents")
    func jsonPath() throws {
        let docs = articles()
        let e = try Extractor()
        let json = try docs.enumerated().map { i, d in try JSONReader.parse(e.json(d, id: .string("d\(i + 1)"))) }
        let fromJSON = Comparator.compare(json: json)
        let fromSwift = Comparator.compare(docs)
        #expect(fromJSON.json() == fromSwift.json())
    }

    @Test("cost grows near-linearly: many unrelated claims make no pairwise blow-up")
    func scale() {
        // 400 documents each with a claim about its own town: no groups, and it finishes.
        var docs: [Document] = []
        for i in 0..<400 {
            var b = DocumentBuilder("Officials said Town\(i) has \(i + 1) bridges.")
            b.entity("Town\(i)", .place, mentions: ["Town\(i)"])
            b.quantity("\(i + 1) bridges", value: Double(i + 1), unit: "bridges")
            b.claim(.reported, content: "Town\(i) has \(i + 1) bridges", speaker: "officials", type: .anonymous)
            docs.append(b.document)
        }
        #expect(Comparator.compare(docs).groups.isEmpty)
    }

    @Test("malformed or partial document JSON compares without failing")
    func malformedJSON() throws {
        let partial = try JSONReader.parse(#"{"id": "x", "claims": [{"id": "c1", "content": 5, "quantities": ["q9"]}], "quantities": [{"id": "q1", "value": "big"}], "entities": [{"mentions": 3}], "sentences": "none"}"#)
        let result = Comparator.compare(json: [.null, .object([]), .array([.number(1)]), .string("text"), partial])
        #expect(result.documents.count == 5)
        #expect(result.groups.isEmpty)
    }
}
