import Testing

@testable import ClaimKit

/// Modality of one-sentence texts written for these tests.
private func sentenceModality(_ text: String) -> (ModalityStatus, [String]) {
    var doc = Document(text: Array(text.utf8))
    doc.blocks = [Block(span: Span(start: 0, end: doc.text.count), role: .paragraph, sentences: 0..<1)]
    doc.sentences = [Sentence(span: Span(start: 0, end: doc.text.count), block: 0)]
    ModalityStage.run(&doc)
    let m = doc.sentences[0].modality
    return (m.status, m.cues.map { doc.string($0) })
}

@Test func hedgesAreFoundWithTheirCues() {
    #expect(sentenceModality("The minister may resign next week.") == (.hedged, ["may"]))
    #expect(sentenceModality("Perhaps the vote was rigged, as rivals have reportedly claimed.") == (.hedged, ["Perhaps", "reportedly"]))
    #expect(sentenceModality("He did not rule out a second vote.") == (.hedged, ["did not rule out"]))
    #expect(sentenceModality("She did not even rule out a merger.") == (.hedged, ["did not even rule out"]))
    #expect(sentenceModality("I think the bridge is too narrow.") == (.hedged, ["I think"]))
    #expect(sentenceModality("The mine is expected to reopen in spring.") == (.hedged, ["expected to"]))
    #expect(sentenceModality("Prices seem to be falling.") == (.hedged, ["seem to"]))
}

@Test func inabilityMonthsAndConcessionsAreNotHedges() {
    #expect(sentenceModality("The fans could not hide their joy.").0 == .asserted)
    #expect(sentenceModality("The fans couldn’t hide their joy.").0 == .asserted)
    #expect(sentenceModality("The plant closed in May after a long strike.").0 == .asserted)
    #expect(sentenceModality("May 4 is a holiday here.").0 == .asserted)
    #expect(sentenceModality("While critics may complain, the plan passed easily.").0 == .asserted)
    #expect(sentenceModality("The plan passed, while critics may complain.") == (.hedged, ["may"]))
    #expect(sentenceModality("The team can win the cup.").0 == .asserted)
}

@Test func denialsConditionalsAndQuestions() {
    #expect(sentenceModality("The company denied the report.") == (.denied, ["denied"]))
    #expect(sentenceModality("The ministry said the story was not true.") == (.denied, ["not true"]))
    #expect(sentenceModality("If the talks fail, prices will rise.") == (.conditional, ["If"]))
    #expect(sentenceModality("Exports grew, and even if demand could slow, they will grow again.") == (.conditional, ["even if"]))
    #expect(sentenceModality("She asked if the plan was ready.").0 == .asserted)
    #expect(sentenceModality("Will the talks fail?").0 == .question)
    #expect(sentenceModality("He asked: “Is it over?”").0 == .asserted)
    // The most marked status wins: denied over hedged, with only the denial's cues.
    #expect(sentenceModality("The plant was reportedly closed, and the owner has denied it.") == (.denied, ["denied"]))
}

@Test func interrogativeHeadingIsAQuestion() {
    let text = "What comes next for the port\n\nThe port reopened."
    var doc = Document(text: Array(text.utf8))
    doc.blocks = [
        Block(span: Span(start: 0, end: 28), role: .heading, sentences: 0..<1),
        Block(span: Span(start: 30, end: 48), role: .paragraph, sentences: 1..<2),
    ]
    doc.sentences = [Sentence(span: Span(start: 0, end: 28), block: 0), Sentence(span: Span(start: 30, end: 48), block: 1)]
    ModalityStage.run(&doc)
    #expect(doc.sentences[0].modality.status == .question)
    #expect(doc.sentences[1].modality.status == .asserted)
}

@Test func claimModalityIsScopedToItsContent() {
    let text = "The mayor may resign, but the council denies that the budget was cut."
    let bytes = Array(text.utf8)
    func span(_ s: String) -> Span {
        let needle = Array(s.utf8)
        for i in 0...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle {
            return Span(start: i, end: i + needle.count)
        }
        return Span(start: 0, end: 0)
    }
    var doc = Document(text: bytes)
    doc.blocks = [Block(span: Span(start: 0, end: bytes.count), role: .paragraph, sentences: 0..<1)]
    doc.sentences = [Sentence(span: Span(start: 0, end: bytes.count), block: 0)]
    doc.claims = [
        Claim(kind: .reported, sentence: 0, cue: span("denies"), content: span("that the budget was cut"), rule: "test"),
        Claim(kind: .reported, sentence: 0, cue: nil, content: span("the budget was cut"), rule: "test"),
    ]
    ModalityStage.run(&doc)
    #expect(doc.sentences[0].modality.status == .denied)
    // The denial cue counts for the claim it introduces; the hedge in the other clause does not.
    #expect(doc.claims[0].modality.status == .denied)
    #expect(doc.claims[0].modality.cues.map { doc.string($0) } == ["denies"])
    #expect(doc.claims[1].modality.status == .asserted)
}

@Test func pathologicalInputStaysLinearAndSafe() throws {
    // Many cues and question marks in one long sentence, and stray UTF-8 lead bytes at the end.
    var text = String(repeating: "may ", count: 50_000) + String(repeating: "?", count: 100_000)
    text += String(repeating: "“", count: 20_000) + "did not rule"
    let extractor = try Extractor(options: ExtractionOptions(stages: [.modality, .scoring]))
    let doc = try extractor.extract(text)
    #expect(!doc.sentences.isEmpty)
    for s in doc.sentences { for c in s.modality.cues { #expect(c.start >= s.span.start && c.end <= s.span.end) } }
}

/// The opening-quote search skips eight bytes at a time: the closing quote must still be found
/// wherever it falls in a lane (straight, curly and guillemet closers, long and short quotes),
/// and a quote with no closer in reach is no question.
@Test func openingQuotedQuestionsAreFoundAtEveryOffset() {
    for pad in 0..<12 {
        let words = String(repeating: "x", count: pad)
        #expect(sentenceModality("\"Who will pay\(words)?\" Reyes asked.").0 == .question)
        #expect(sentenceModality("“Who will pay for the new bridge\(words)?” Reyes asked.").0 == .question)
        #expect(sentenceModality("«Who pays\(words)?» Reyes asked.").0 == .question)
        #expect(sentenceModality("“Who will pay\(words)” Reyes asked.").0 != .question)
    }
    // Each of the three first bytes in every lane of a word, and none.
    for lane in 0..<8 {
        for byte: UInt8 in [0x22, 0xE2, 0xC2] {
            #expect(ModalityScanner.mayHoldQuote(UInt64(byte) << UInt64(8 * lane) | 0x6161_6161_6161_6161 & ~(0xFF << UInt64(8 * lane))))
        }
        #expect(!ModalityScanner.mayHoldQuote(UInt64(0xE3) << UInt64(8 * lane) | 0x6161_6161_6161_6161 & ~(0xFF << UInt64(8 * lane))))
    }
    #expect(!ModalityScanner.mayHoldQuote(0x2123_C1C3_E1E3_A2A2))
}

/// The probe the cue scan uses answers as the table does, for keys it holds (some colliding in
/// their slot) and keys it does not.
@Test func tokenHashTableProbeAgreesWithGet() {
    var table = TokenHashTable(capacity: 8)
    // 32 slots: 3, 35, 67 and 1_000_003 share slot 3; 31 and 63 wrap around to slot 0.
    let held: [UInt32] = [3, 35, 67, 1_000_003, 31, 63]
    for (i, k) in held.enumerated() { table.set(k, Int32(i * 7)) }
    table.withProbe { probe in
        for k in held + [0, 4, 99, 95, 2_000_001] {
            #expect(probe.get(k) == table.get(k))
        }
        #expect(probe.get(67) == 14)
        #expect(probe.get(99) == nil)
    }
}
