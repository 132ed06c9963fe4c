import Testing

@testable import ClaimKit

// Claims whose content is their whole sentence take the sentence's modality and score instead
// of a second scan; an attribution cue with no word that can start a denial is not scanned.
// These tests check the shortcuts against the full computation on texts written for them.

private func spanOf(_ needle: String, in bytes: [UInt8]) -> Span {
    let n = Array(needle.utf8)
    guard n.count <= bytes.count else { return Span(start: 0, end: 0) }
    for i in 0...(bytes.count - n.count) where Array(bytes[i..<(i + n.count)]) == n {
        return Span(start: i, end: i + n.count)
    }
    return Span(start: 0, end: 0)
}

@Test func denialCuesAgreeWithTheFullCueScan() {
    let cues = [
        "said", "told reporters", "according to", "denies", "denied", "flatly rejected", "dismissed",
        "said it was not true", "did not deny", "insisted", "refuted claims", "called the report baseless",
        "is", "were", "isn't true", "wasn’t true", "DENIES", "",
    ]
    var scanner = ModalityScanner()
    for cue in cues {
        let bytes = Array(cue.utf8)
        bytes.withUnsafeBufferPointer { t in
            let quick = scanner.denialCues(t, 0, t.count).map { "\($0.span.start)-\($0.span.end)" }
            let full = scanner.cues(t, 0, t.count, sentenceStart: false).filter { $0.status == .denied }
                .map { "\($0.span.start)-\($0.span.end)" }
            #expect(quick == full, "cue: \(cue)")
        }
    }
}

@Test func wholeSentenceClaimTakesItsSentenceModalityUnlessItsCueDenies() {
    let text = "What the port may become\n\nThe port may reopen. Officials denied it would close. Ships may dock."
    let bytes = Array(text.utf8)
    let heading = spanOf("What the port may become", in: bytes)
    let s1 = spanOf("The port may reopen.", in: bytes)
    let s2 = spanOf("Officials denied it would close.", in: bytes)
    let s3 = spanOf("Ships may dock.", in: bytes)
    var doc = Document(text: bytes)
    doc.blocks = [
        Block(span: heading, role: .heading, sentences: 0..<1),
        Block(span: Span(start: s1.start, end: s3.end), role: .paragraph, sentences: 1..<4),
    ]
    doc.sentences = [
        Sentence(span: heading, block: 0), Sentence(span: s1, block: 1), Sentence(span: s2, block: 1),
        Sentence(span: s3, block: 1),
    ]
    doc.claims = [
        // Content = its whole sentence, a cue that adds nothing.
        Claim(kind: .reported, sentence: 1, cue: nil, content: s1, rule: "test"),
        // Content = its whole sentence, but the cue (elsewhere) is a denial.
        Claim(kind: .reported, sentence: 3, cue: spanOf("denied", in: bytes), content: s3, rule: "test"),
        // A heading that is a question by the heading rule: the claim is scanned as text.
        Claim(kind: .reported, sentence: 0, cue: nil, content: heading, rule: "test"),
    ]
    ModalityStage.run(&doc)
    #expect(doc.sentences[1].modality.status == .hedged)
    #expect(doc.claims[0].modality.status == .hedged)
    #expect(doc.claims[0].modality.cues.map { doc.string($0) } == ["may"])
    #expect(doc.claims[1].modality.status == .denied)
    #expect(doc.claims[1].modality.cues.map { doc.string($0) } == ["denied"])
    #expect(doc.sentences[0].modality.status == .question)
    #expect(doc.claims[2].modality.status == .hedged)
}

@Test func wholeSentenceClaimScoreIsTheModelScoreEvenInACaption() {
    let text = "Police said 3,400 homes in Leeds lost power on 4 March 2024. Firefighters rescued 12 people from the flooded station on Tuesday."
    let bytes = Array(text.utf8)
    let s1 = spanOf("Police said 3,400 homes in Leeds lost power on 4 March 2024.", in: bytes)
    let s2 = spanOf("Firefighters rescued 12 people from the flooded station on Tuesday.", in: bytes)
    var doc = Document(text: bytes)
    doc.blocks = [
        Block(span: s1, role: .paragraph, sentences: 0..<1),
        Block(span: s2, role: .caption, sentences: 1..<2),
    ]
    doc.sentences = [Sentence(span: s1, block: 0), Sentence(span: s2, block: 1)]
    doc.claims = [
        Claim(kind: .reported, sentence: 0, cue: nil, content: s1, rule: "test"),
        Claim(kind: .reported, sentence: 1, cue: nil, content: s2, rule: "test"),
    ]
    ScoringStage.run(&doc)
    func claimScore(_ content: Span) -> Double? {
        doc.claims.first { $0.kind == .reported && $0.content == content }?.checkworthiness
    }
    let model = CheckworthinessModel.shared
    let raw1 = model.score(String(decoding: bytes[s1.start..<s1.end], as: UTF8.self))
    let raw2 = model.score(String(decoding: bytes[s2.start..<s2.end], as: UTF8.self))
    #expect(claimScore(s1) == raw1)
    #expect(doc.sentences[0].checkworthiness == raw1)
    // The caption factor applies to the sentence, not to the claim over the same bytes.
    #expect(claimScore(s2) == raw2)
    if model.isLoaded && raw2 > 0 { #expect(doc.sentences[1].checkworthiness < raw2) }
}

/// A claim's cues read from its sentence's stored tokens must be those a scan of its content
/// finds: every content that starts after and ends before a separating byte, in sentences with
/// concessive openings, phrases crossing the content's edges, `May`, `if`, `could`, passive
/// denials, curly apostrophes, dashes and quotes.
@Test func claimCuesFromStoredTokensMatchAScanOfTheContent() {
    let sentences = [
        "While critics may complain, the plan passed, and it is not true that rates could rise.",
        "He did not rule out a second vote in May 2025, though he couldn’t say if it was likely.",
        "“It was wrongly rejected by the board — reportedly,” she said, asked if prices would fall.",
        "Before they could reach the roof, the crews were allegedly dismissed; it's possible they'd return.",
        "May 4 may be unclear: officials denied it, but perhaps the vote will not be held unless asked.",
    ]
    let text = sentences.joined(separator: " ")
    let bytes = Array(text.utf8)
    var doc = Document(text: bytes)
    var sentenceSpans: [Span] = []
    var at = 0
    for s in sentences {
        sentenceSpans.append(Span(start: at, end: at + s.utf8.count))
        at += s.utf8.count + 1
    }
    doc.blocks = [Block(span: Span(start: 0, end: bytes.count), role: .paragraph, sentences: 0..<sentences.count)]
    doc.sentences = sentenceSpans.map { Sentence(span: $0, block: 0) }
    func separates(_ c: UInt8) -> Bool { c < 0x80 && c != 0x27 && !ModalityTokenizer.isASCIIWordByte(c) }
    for (s, span) in sentenceSpans.enumerated() {
        let starts = (span.start..<span.end).filter { $0 == span.start || separates(bytes[$0 - 1]) }
        let ends = (span.start + 1...span.end).filter { $0 == span.end || separates(bytes[$0]) }
        for a in starts {
            for b in ends where b > a {
                doc.claims.append(Claim(kind: .reported, sentence: s, content: Span(start: a, end: b), rule: "test"))
            }
        }
    }
    #expect(doc.claims.count >= 1000)
    ModalityStage.run(&doc)
    var scanner = ModalityScanner()
    var mismatches = 0
    bytes.withUnsafeBufferPointer { t in
        for claim in doc.claims {
            let scanned = ModalityStage.claimModality(
                content: claim.content, cue: nil, sentence: claim.sentence, doc, t, &scanner)
            if scanned.status != claim.modality.status || scanned.cues != claim.modality.cues {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(doc.string(claim.content)): \(claim.modality) vs \(scanned)") }
            }
        }
    }
    #expect(mismatches == 0)
}
