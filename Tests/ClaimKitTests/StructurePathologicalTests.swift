import Testing

@testable import ClaimKit

/// Inputs built to make a careless scanner quadratic or crash. Each test checks that the work
/// completes with sensible counts, and that doubling the input doubles the output (a sign of
/// linear work), rather than timing it.
@Suite struct StructurePathologicalTests {
    func structure(_ bytes: [UInt8]) -> Document {
        var document = Document(text: bytes)
        StructureStage.run(&document)
        return document
    }

    @Test func tenMegabyteLineWithoutPunctuation() {
        let d = structure([UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000))
        #expect(d.blocks.count == 1)
        #expect(d.sentences.count == 1)
        #expect(d.sentences.first?.span == Span(start: 0, end: 10_000_000))
        #expect(d.title == nil)
    }

    @Test func millionQuoteMarks() {
        let straight = structure([UInt8](repeating: UInt8(ascii: "\""), count: 1_000_000))
        #expect(straight.sentences.count == 1)
        let curly = structure(Array(String(repeating: "“", count: 300_000).utf8))
        #expect(curly.sentences.count == 1)
    }

    @Test func periodsWithoutSpacesScale() {
        // `Ab.Ab.` splits at every period (word.Word); `a.a.` never does; both scan once.
        let small = structure(Array(String(repeating: "Ab.", count: 100_000).utf8))
        let large = structure(Array(String(repeating: "Ab.", count: 200_000).utf8))
        #expect(small.sentences.count == 100_000)
        #expect(large.sentences.count == 2 * small.sentences.count)
        let dots = structure(Array(String(repeating: "a.", count: 500_000).utf8))
        #expect(dots.sentences.count >= 1)
    }

    @Test func manyShortSentencesScale() {
        let unit = "Mr. Ode said “yes.” It rained… The U.S. Navy left. "
        let small = structure(Array(String(repeating: unit, count: 20_000).utf8))
        let large = structure(Array(String(repeating: unit, count: 40_000).utf8))
        #expect(small.sentences.count == 60_000)
        #expect(large.sentences.count == 2 * small.sentences.count)
    }

    @Test func manyBlankLinesAndBlocksScale() {
        let small = structure(Array(String(repeating: "Line one\n\n\n", count: 50_000).utf8))
        let large = structure(Array(String(repeating: "Line one\n\n\n", count: 100_000).utf8))
        #expect(small.blocks.count == 50_000)
        #expect(large.blocks.count == 100_000)
    }

    @Test func binaryJunk() throws {
        var state: UInt64 = 0x1234_5678
        var junk = [UInt8](repeating: 0, count: 2_000_000)
        for i in junk.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            junk[i] = UInt8(truncatingIfNeeded: state >> 56)
        }
        let decoded = try junk.withUnsafeBufferPointer { try InputDecoder.decode($0, strict: false) }
        let d = structure(decoded.text)
        #expect(!d.blocks.isEmpty)
        for s in d.sentences { #expect(s.span.start < s.span.end && s.span.end <= d.text.count) }
        // The same junk as HTML must not crash either.
        let html = HTMLExtractor.extract(html: decoded.text)
        #expect(html.textDiffersFromInput)
    }

    @Test func hundredThousandNestedDivs() {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep text here. Another sentence.</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        var d = HTMLExtractor.extract(html: Array(html.utf8))
        StructureStage.run(&d)
        #expect(d.string(Span(start: 0, end: d.text.count)) == "Deep text here. Another sentence.")
        #expect(d.sentences.count == 2)
    }

    @Test func unclosedNestingScales() {
        let small = HTMLExtractor.extract(html: Array((String(repeating: "<b><i>word ", count: 20_000)).utf8))
        let large = HTMLExtractor.extract(html: Array((String(repeating: "<b><i>word ", count: 40_000)).utf8))
        #expect(large.text.count > small.text.count)
    }
}
