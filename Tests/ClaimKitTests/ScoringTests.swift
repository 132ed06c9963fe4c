import Testing

@testable import ClaimKit

/// Scores the Python trainer computed with the exported model for sentences written for this
/// test (`scripts/train-checkworthiness --score "…"`). Swift must agree: same tokeniser, same
/// hashes, same features, same weights. Regenerate these after retraining.
private let expectedScores: [(String, Double)] = [
    ("The city council approved a budget of $4.2 million for 2025, up 12% from last year.", 0.9979096513),
    ("I would like to thank everyone for coming tonight.", 0.0128841204),
    ("Unemployment in the region fell to its lowest level since 1998, according to the statistics office.", 0.9734826473),
    ("Why don’t we talk about it later?", 0.0208853394),
    ("The new bridge, which opened on Monday, carries 40,000 cars a day — more than twice the old one.", 0.9749311120),
    ("Café owners in Zürich say rents have doubled in three years.", 0.8280119426),
    // Repeated words: each hashed feature counts once.
    ("The the the the dam dam holds 12 12 12 billion litres.", 0.8897455159),
]

@Test func swiftScoresEqualThePythonTrainersScores() {
    let model = CheckworthinessModel.shared
    #expect(model.isLoaded)
    for (sentence, expected) in expectedScores {
        let got = model.score(sentence)
        #expect(abs(got - expected) < 1e-10, "\(sentence): \(got) != \(expected)")
    }
}

@Test func sigmoidMatchesKnownValues() {
    #expect(abs(Sigmoid.of(0) - 0.5) < 1e-15)
    #expect(abs(Sigmoid.of(2) - 0.8807970779778823) < 1e-14)
    #expect(abs(Sigmoid.of(-7.5) - 0.0005527786369235996) < 1e-16)
    #expect(Sigmoid.of(.infinity) == 1 && Sigmoid.of(-.infinity) == 0 && Sigmoid.of(.nan) == 0.5)
}

@Test func malformedModelBlobScoresZeroWithoutTrapping() {
    let bytes: [UInt8] = Array("CKCW".utf8) + [1, 0, 0, 0, 99, 0, 0, 0]
    let model = bytes.withUnsafeBufferPointer { CheckworthinessModel(bytes: $0) }
    #expect(!model.isLoaded)
    #expect(model.score("Prices rose 5% in 2024.") == 0)
}

private func run(_ text: String, stages: Stages = [.modality, .scoring]) throws -> Document {
    try Extractor(options: ExtractionOptions(stages: stages)).extract(text)
}

@Test func sentencesAndStatementsGetScores() throws {
    let doc = try run("Thanks for having me tonight. Rents in the old town rose 14% in 2023, the highest rise in a decade.")
    #expect(doc.sentences.count == 2)
    #expect(doc.sentences[0].checkworthiness < 0.5)
    #expect(doc.sentences[1].checkworthiness >= 0.5)
    let statements = doc.claims.filter { $0.kind == .statement }
    #expect(statements.count == 1)
    #expect(statements.first.map { doc.string($0.content) } == "Rents in the old town rose 14% in 2023, the highest rise in a decade")
    #expect(statements.first?.rule == "statement.sentence")
}

@Test func statementsSplitAtClausesWithTheirOwnSubject() throws {
    let text = "The army has built 300 new barracks since 2020, while the navy has reportedly ordered 12 frigates from abroad."
    let doc = try run(text)
    let statements = doc.claims.filter { $0.kind == .statement }
    #expect(statements.map { doc.string($0.content) } == [
        "The army has built 300 new barracks since 2020",
        "the navy has reportedly ordered 12 frigates from abroad",
    ])
    #expect(statements.map(\.modality.status) == [.asserted, .hedged])
    #expect(statements.allSatisfy { $0.rule == "statement.clause" })
    #expect(doc.sentences[0].modality.status == .hedged)
}

@Test func reportedSpeechAndQuestionsAreNotStatements() throws {
    let doc = try run("Officials said exports fell 8% in 2023. Did exports fall 8% in 2023? “Exports fell 8% in 2023,” a trader noted.")
    #expect(doc.claims.filter { $0.kind == .statement }.isEmpty)
}

@Test func attributionClaimsGetScoresAndScopedModality() {
    let text = "The minister may resign, and the agency said that exports to Asia fell by 40% in 2023."
    let bytes = Array(text.utf8)
    var doc = Document(text: bytes)
    doc.blocks = [Block(span: Span(start: 0, end: bytes.count), role: .paragraph, sentences: 0..<1)]
    doc.sentences = [Sentence(span: Span(start: 0, end: bytes.count), block: 0)]
    let contentStart = text.utf8.count - "exports to Asia fell by 40% in 2023.".utf8.count
    doc.claims = [Claim(kind: .reported, sentence: 0, content: Span(start: contentStart, end: bytes.count - 1), rule: "test")]
    ScoringStage.run(&doc)
    #expect(doc.claims.count == 1)  // covered by the attribution: no statement added
    #expect(doc.claims[0].checkworthiness >= 0.5)
    #expect(doc.claims[0].modality.status == .asserted)
}

@Test func captionsAreDiscounted() {
    let text = "Crowds fill the square in Riga on June 19, 2024, as 5,000 people march."
    let bytes = Array(text.utf8)
    func doc(_ role: BlockRole) -> Document {
        var d = Document(text: bytes)
        d.blocks = [Block(span: Span(start: 0, end: bytes.count), role: role, sentences: 0..<1)]
        d.sentences = [Sentence(span: Span(start: 0, end: bytes.count), block: 0)]
        ScoringStage.run(&d)
        return d
    }
    let paragraph = doc(.paragraph).sentences[0].checkworthiness
    let caption = doc(.caption).sentences[0].checkworthiness
    #expect(abs(caption - paragraph * ScoringStage.captionFactor) < 1e-12)
}

@Test func scratchIsEmptiedBetweenTexts() {
    // One scratch for many texts, as the stage uses it: each score must equal a fresh one.
    let model = CheckworthinessModel.shared
    let texts = expectedScores.map(\.0) + ["Short one.", expectedScores[0].0]
    let joined = Array(texts.joined(separator: " ").utf8)
    var scratch = CheckworthinessModel.Scratch()
    joined.withUnsafeBufferPointer { t in
        var at = 0
        for text in texts {
            let n = text.utf8.count
            let got = model.score(t, at, at + n, &scratch)
            #expect(got == model.score(text), "\(text)")
            at += n + 1
        }
    }
}

/// Statements are appended after the attribution claims and moved into place: the order must
/// be `merge`'s (text order by content start, earlier claims first on equal starts), for
/// sorted and unsorted earlier claims, ties, and statements before, among and after them.
@Test func statementsArePlacedAsTheMergeWouldPlaceThem() {
    func claim(_ start: Int, _ rule: String) -> Claim {
        Claim(kind: .statement, sentence: 0, content: Span(start: start, end: start + 1), rule: rule)
    }
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(n))
    }
    for round in 0..<400 {
        let e = next(8)
        let a = 1 + next(8)
        var existing = (0..<e).map { claim(next(20), "e\($0)") }
        if round % 3 != 0 { existing.sort { $0.content.start < $1.content.start } }
        var starts = (0..<a).map { _ in next(20) }
        starts.sort()
        let added = starts.enumerated().map { claim($0.element, "a\($0.offset)") }
        var merged = existing
        StatementClaims.merge(&merged, added)
        var placed = existing + added
        StatementClaims.place(&placed, added: existing.count)
        #expect(placed.map(\.rule) == merged.map(\.rule), "round \(round)")
    }
}
