import Testing

@testable import ClaimKit

/// The model's public initializers build through the synthesized memberwise ones, whose
/// parameters come in another order: every argument must still land in its own field.
@Suite("Document model initializers")
struct ModelInitTests {
    @Test("every public initializer stores each argument in the field of that name")
    func fieldsKeepTheirArguments() {
        let speaker = Speaker(
            name: "Ana Ruiz", role: "mayor", organisation: "City Council", type: .person,
            span: Span(start: 3, end: 7), entity: 2, members: ["Ana Ruiz", "Ben Ode"], resolution: "mention")
        #expect(speaker.name == "Ana Ruiz")
        #expect(speaker.role == "mayor")
        #expect(speaker.organisation == "City Council")
        #expect(speaker.type == .person)
        #expect(speaker.span == Span(start: 3, end: 7))
        #expect(speaker.entity == 2)
        #expect(speaker.members == ["Ana Ruiz", "Ben Ode"])
        #expect(speaker.resolution == "mention")

        let claim = Claim(
            kind: .reported, sentence: 4, speaker: speaker, cue: Span(start: 8, end: 12),
            content: Span(start: 13, end: 40), medium: Span(start: 41, end: 45),
            modality: Modality(status: .hedged, cues: [Span(start: 20, end: 25)]), checkworthiness: 0.75,
            quantities: [1, 3], times: [0], rule: "reported.subject_cue")
        #expect(claim.kind == .reported)
        #expect(claim.sentence == 4)
        #expect(claim.speaker == speaker)
        #expect(claim.cue == Span(start: 8, end: 12))
        #expect(claim.content == Span(start: 13, end: 40))
        #expect(claim.medium == Span(start: 41, end: 45))
        #expect(claim.modality == Modality(status: .hedged, cues: [Span(start: 20, end: 25)]))
        #expect(claim.checkworthiness == 0.75)
        #expect(claim.quantities == [1, 3])
        #expect(claim.times == [0])
        #expect(claim.rule == "reported.subject_cue")

        let entity = Entity(
            name: "Shin Won-sik", type: .person, mentions: [Span(start: 0, end: 12)], role: "Defense Minister",
            organisation: "Ministry")
        #expect(entity.name == "Shin Won-sik")
        #expect(entity.type == .person)
        #expect(entity.mentions == [Span(start: 0, end: 12)])
        #expect(entity.role == "Defense Minister")
        #expect(entity.organisation == "Ministry")

        let quantity = Quantity(
            sentence: 2, span: Span(start: 5, end: 9), value: 7, low: 5, high: 10, qualifier: .range,
            qualifierCue: Span(start: 1, end: 4), unit: "km", unitSpan: Span(start: 10, end: 12), kind: .measure,
            currency: "EUR", vague: true, rule: "range")
        #expect(quantity.sentence == 2)
        #expect(quantity.span == Span(start: 5, end: 9))
        #expect(quantity.value == 7)
        #expect(quantity.low == 5)
        #expect(quantity.high == 10)
        #expect(quantity.qualifier == .range)
        #expect(quantity.qualifierCue == Span(start: 1, end: 4))
        #expect(quantity.unit == "km")
        #expect(quantity.unitSpan == Span(start: 10, end: 12))
        #expect(quantity.kind == .measure)
        #expect(quantity.currency == "EUR")
        #expect(quantity.vague)
        #expect(quantity.rule == "range")

        let time = TimeExpression(
            sentence: 1, span: Span(start: 2, end: 6), value: "2024-06-19", kind: .datetime, relative: true,
            anchor: .published, rule: "weekday")
        #expect(time.sentence == 1)
        #expect(time.span == Span(start: 2, end: 6))
        #expect(time.value == "2024-06-19")
        #expect(time.kind == .datetime)
        #expect(time.relative)
        #expect(time.anchor == .published)
        #expect(time.rule == "weekday")

        let diagnostic = Diagnostic(code: "unbalanced_quote", message: "a quote mark is not closed", span: Span(start: 9, end: 10))
        #expect(diagnostic.code == "unbalanced_quote")
        #expect(diagnostic.message == "a quote mark is not closed")
        #expect(diagnostic.span == Span(start: 9, end: 10))

        let sentence = Sentence(span: Span(start: 0, end: 30), block: 3, modality: Modality(status: .denied), checkworthiness: 0.25)
        #expect(sentence.span == Span(start: 0, end: 30))
        #expect(sentence.block == 3)
        #expect(sentence.modality == Modality(status: .denied))
        #expect(sentence.checkworthiness == 0.25)
    }

    @Test("the defaults of the public initializers")
    func defaults() {
        let claim = Claim(kind: .statement, sentence: 0, content: Span(start: 0, end: 3), rule: "statement")
        #expect(claim.speaker == nil && claim.cue == nil && claim.medium == nil)
        #expect(claim.modality == .asserted && claim.checkworthiness == 0)
        #expect(claim.quantities.isEmpty && claim.times.isEmpty)
        let quantity = Quantity(sentence: 0, span: Span(start: 0, end: 1), value: 1, rule: "plain")
        #expect(quantity.qualifier == .exact && quantity.kind == .count && !quantity.vague)
        #expect(quantity.low == nil && quantity.high == nil && quantity.unit == nil && quantity.currency == nil)
        let document = Document(text: Array("Hi.".utf8), inputFormat: .html)
        #expect(document.text == Array("Hi.".utf8))
        #expect(document.inputFormat == .html && !document.textDiffersFromInput)
        #expect(document.language == "und" && document.referenceAnchor == .none)
        #expect(document.title == nil && document.published == nil && document.referenceDate == nil)
        #expect(document.blocks.isEmpty && document.sentences.isEmpty && document.claims.isEmpty)
        #expect(document.authors.isEmpty && document.sources.isEmpty && document.entities.isEmpty)
        #expect(document.quantities.isEmpty && document.times.isEmpty && document.diagnostics.isEmpty)
    }
}

/// `ClaimLinker` leaves a claim's empty lists alone when it finds nothing for them; linking
/// again after the mentions changed must still replace lists found before.
@Suite("Claim linking")
struct ClaimLinkerTests {
    @Test("lists the mentions inside each claim, and relinking replaces stale lists")
    func relinking() {
        var b = DocumentBuilder(
            """
            The council said 40 buses ran on Monday.
            Nothing else was said.
            """)
        b.quantity("40 buses", value: 40, unit: "buses")
        let monday = b.span("Monday")
        b.document.times = [TimeExpression(sentence: 0, span: monday, value: nil, kind: .date, rule: "test")]
        b.document.claims = [
            Claim(kind: .reported, sentence: 0, content: b.span("40 buses ran on Monday"), rule: "test"),
            Claim(kind: .statement, sentence: 1, content: b.span("Nothing else was said"), rule: "test"),
        ]
        ClaimLinker.link(&b.document)
        #expect(b.document.claims[0].quantities == [0])
        #expect(b.document.claims[0].times == [0])
        #expect(b.document.claims[1].quantities.isEmpty && b.document.claims[1].times.isEmpty)

        // The mentions are gone: the lists found before must not survive a second link.
        b.document.quantities = []
        b.document.times = []
        ClaimLinker.link(&b.document)
        #expect(b.document.claims[0].quantities.isEmpty)
        #expect(b.document.claims[0].times.isEmpty)
        #expect(b.document.claims[1].quantities.isEmpty && b.document.claims[1].times.isEmpty)
    }
}
