import Testing

@testable import ClaimKit

/// Sentence segmentation on sentences written for these tests.
@Suite struct StructureSentenceTests {
    func sentences(_ text: String) -> [String] {
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        return document.sentences.map { document.string($0.span) }
    }

    @Test func basicTerminators() {
        #expect(sentences("The port closed. Ships waited! Would it reopen?") == ["The port closed.", "Ships waited!", "Would it reopen?"])
    }

    @Test func doublePunctuation() {
        #expect(sentences("Really?! Yes, really.") == ["Really?!", "Yes, really."])
    }

    @Test func exclamationInsideName() {
        #expect(sentences("He worked at Yahoo! for a decade.") == ["He worked at Yahoo! for a decade."])
    }

    @Test func parenthesisClosesAfterPeriod() {
        #expect(sentences("The index fell (it had risen all week.) Traders were calm.") == ["The index fell (it had risen all week.)", "Traders were calm."])
    }

    @Test func gluedSeamIsReportedWithExactSpan() throws {
        let text = "Talks ended without a dealGreek Prime Minister Nikos Vale left early."
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        #expect(document.sentences.map { document.string($0.span) } == ["Talks ended without a deal", "Greek Prime Minister Nikos Vale left early."])
        let glued = try #require(document.diagnostics.first { $0.code == "glued_words" })
        let span = try #require(glued.span)
        #expect(document.string(span) == "dealGreek")
    }

    @Test func headingLinesHaveOneSentence() {
        #expect(sentences("Why the river flooded\n\nRain fell for days. The banks gave way.") == ["Why the river flooded", "Rain fell for days.", "The banks gave way."])
    }

    @Test func zeroWidthAndBOMAreSpace() {
        let text = "\u{FEFF}First line ends here.\u{200B}Second one starts."
        let got = sentences(text)
        #expect(got.count == 2)
        #expect(got.first == "First line ends here.")
    }

    @Test func spansAreExact() {
        let text = "Mr. Lee said “no.” Then he left.\r\n\r\nNew block… Another sentence here."
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        for s in document.sentences {
            #expect(s.span.start >= 0 && s.span.end <= document.text.count && s.span.start < s.span.end)
            let b = document.blocks[s.block]
            #expect(b.span.contains(s.span))
        }
        #expect(document.sentences.map { document.string($0.span) } == ["Mr. Lee said “no.”", "Then he left.", "New block…", "Another sentence here."])
    }

    @Test func everyBlockHasSentences() {
        let text = "Headline Here\n\nJohn Doe | Reuters\n\nA paragraph. Two sentences.\n\nLeave a Reply"
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        for b in document.blocks { #expect(!b.sentences.isEmpty) }
    }
}
