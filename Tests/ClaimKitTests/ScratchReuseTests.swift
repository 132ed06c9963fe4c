import Testing

@testable import ClaimKit

/// An extractor keeps working storage between documents (`ScratchPool`): whatever it read
/// before, and however many threads share it, each document's JSON must be what a new
/// extractor writes for it.
struct ScratchReuseTests {
    /// A short article with quotes, reported speech, people, numbers, dates and a hedge.
    static let small = """
        Ferry fares to rise by 12% in March

        Councillor Tomas Reyes said on Tuesday that the harbour ferry would cost £3.40 from 1 March 2025.
        "We could not keep the old price," Reyes told reporters. He reportedly denied that the service would be cut.
        The operator, Bay Lines, carried about 1.2 million passengers last year, according to its annual report.
        """

    /// Another short article: different names, so a reused entity table would show stale ones.
    static let other = """
        Clinic opens in Harlow

        Dr Amina Osei, who runs the new clinic, said it may treat 400 patients a week by June.
        "It is a start," she said. Health minister Paul Grant told the BBC the money was already spent.
        """

    /// Pairs of articles alike up to the cue word. The attribution reader remembers, per block
    /// and token, which cue starts there (`pointed` alone starts none, `pointed out` is one;
    /// `said` and `told` are different cues), so a memo kept from the first article of a pair
    /// would misread the second.
    static let lookalikes: [(String, String)] = [
        ("T\n\nReyes pointed at the map on the wall of the office.\n",
         "T\n\nReyes pointed out that the ferry fares would rise by 12% next year.\n"),
        ("T\n\nReyes said that the ferry fares would rise by 12% next year.\n",
         "T\n\nReyes told reporters that the ferry fares would rise by 12% next year.\n"),
    ]

    /// A pseudo-name from a number: two capitalised syllable pairs (`Kaleno Ritu`).
    static func name(_ n: Int) -> String {
        let syllables = ["ka", "le", "no", "ri", "tu", "ma", "so", "vi", "de", "pa", "lo", "ze"]
        func word(_ x: Int) -> String {
            var s = syllables[x % 12] + syllables[(x / 12) % 12] + syllables[(x / 144) % 12]
            s = s.prefix(1).uppercased() + s.dropFirst()
            return s
        }
        return word(n) + " " + word(n &* 7 &+ 3)
    }

    /// A long article: one paragraph of thousands of tokens (past every kept buffer's limit),
    /// then many paragraphs naming thousands of people, quoting them and giving numbers.
    static func huge(people: Int) -> String {
        var s = "Inquiry hears from hundreds of witnesses\n\n"
        var long = ""
        for k in 0..<3000 {
            long += "Officials said \(k + 2) boats, about \(k % 90 + 5)% of the fleet, were late on \(k % 28 + 1) May. "
        }
        s += long + "\n\n"
        for k in 0..<people {
            let who = name(k)
            s += "Inspector \(who) said the ferry \(k % 3 == 0 ? "might" : "did") stop at \(k % 12 + 1) pm. "
            s += "\"We saw \(k * 3) people,\" \(who.split(separator: " ").last ?? "") told the inquiry.\n\n"
        }
        return s
    }

    static func json(_ extractor: Extractor, _ text: String) throws -> [UInt8] {
        extractor.json(try extractor.extract(text))
    }

    static func fresh(_ text: String) throws -> [UInt8] {
        try json(try Extractor(), text)
    }

    @Test func sequentialDocumentsOfMixedSizesMatchFreshExtractors() throws {
        let big = Self.huge(people: 2500)
        let medium = Self.huge(people: 40)
        let html = "<html><head><title>Ferry</title></head><body><p>" + Self.other + "</p></body></html>"
        let sequence = [
            Self.small, big, Self.small, Self.other, medium, html, big, Self.other, "", Self.small,
        ]
        let shared = try Extractor()
        var reference: [String: [UInt8]] = [:]
        for text in sequence where reference[text] == nil { reference[text] = try Self.fresh(text) }
        for (k, text) in sequence.enumerated() {
            let got = try Self.json(shared, text)
            #expect(got == reference[text], "document \(k) (\(text.utf8.count) bytes)")
        }
        // The fixtures do what the test relies on: the big one has many entities and claims.
        let doc = try shared.extract(big)
        #expect(doc.entities.count > 1000)
        #expect(doc.claims.count > 1000)
    }

    @Test func aDocumentDoesNotSeeThePreviousOnesCues() throws {
        for (first, second) in Self.lookalikes {
            let shared = try Extractor()
            _ = try shared.extract(first)
            #expect(try Self.json(shared, second) == Self.fresh(second), "\(second)")
        }
    }

    @Test func theScratchIsTrimmedAfterAHugeDocument() throws {
        let scratch = PipelineScratch()
        var doc = Document(text: Array(Self.huge(people: 2500).utf8), inputFormat: .text)
        Pipeline.run(&doc, context: ExtractionContext(), stages: .all, scratch: scratch)
        #expect(scratch.tokens.tokenCapacity > PipelineScratch.keepTokens)
        #expect((scratch.entities?.footprint ?? 0) > PipelineScratch.keepEntries)
        scratch.trim()
        #expect(scratch.tokens.tokenCapacity <= PipelineScratch.keepTokens)
        #expect(scratch.tokens.listEntries <= PipelineScratch.keepBytes)
        #expect(scratch.used.capacity <= PipelineScratch.keepTokens)
        #expect(scratch.cueMemo.capacity <= PipelineScratch.keepTokens)
        #expect((scratch.entities?.footprint ?? 0) <= PipelineScratch.keepEntries)
        #expect(scratch.features.capacity <= PipelineScratch.keepEntries)
    }

    @Test func threadsSharingOneExtractorMatchFreshExtractors() async throws {
        let texts = [Self.small, Self.other, Self.huge(people: 300), Self.huge(people: 5)]
        var expected: [[UInt8]] = []
        for t in texts { expected.append(try Self.fresh(t)) }
        let reference = expected
        let shared = try Extractor()
        // More tasks than the pool has slots, each going through the texts in its own order.
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var bad = 0
                    for round in 0..<6 {
                        let k = (task + round) % texts.count
                        let got = try? Self.json(shared, texts[k])
                        if got != reference[k] { bad += 1 }
                    }
                    return bad
                }
            }
            var total = 0
            for await bad in group { total += bad }
            return total
        }
        #expect(mismatches == 0)
    }

    /// Messy input between ordinary articles: invalid UTF-8 (repaired, with a diagnostic), NUL
    /// bytes, broken HTML, unclosed quotes, a lone cue word, and input rejected before the
    /// pipeline runs (over the size limit). None may leave anything in the kept storage that
    /// changes the next document, and each gets what a new extractor gives it.
    @Test func messyAndRejectedInputsBetweenDocumentsMatchFreshExtractors() throws {
        let invalid: [UInt8] = Array("Reyes said \"the fare".utf8) + [0xFF, 0xC3, 0x28, 0xE2, 0x80] + Array(" will rise by 12%.\n".utf8)
        let nul: [UInt8] = Array("Osei said".utf8) + [0, 0, 0x22] + Array("it may close\u{0} by June.".utf8)
        let brokenHTML = Array("<html><p>Grant told the BBC \"it <b>could<p> fail by 2026<div></table>".utf8)
        let unclosed = Array(String(repeating: "\"He said ", count: 300).utf8)
        let lone = Array("said".utf8)
        let ordinary = Array(Self.small.utf8)
        let inputs = [ordinary, invalid, ordinary, nul, Array(Self.other.utf8), brokenHTML, unclosed, lone, [], ordinary]

        func run(_ e: Extractor, _ bytes: [UInt8]) throws -> [UInt8] {
            try bytes.withUnsafeBufferPointer { e.json(try e.extract(bytes: $0)) }
        }
        let shared = try Extractor()
        let limited = try Extractor(options: ExtractionOptions(maxInputBytes: 64))
        for (k, bytes) in inputs.enumerated() {
            let expected = try run(try Extractor(), bytes)
            #expect(try run(shared, bytes) == expected, "input \(k)")
            // A rejected document fails cleanly; the next one through that extractor is unaffected.
            #expect(throws: ClaimKitError.self) { try run(limited, ordinary) }
            if bytes.count <= 64 { #expect(try run(limited, bytes) == expected, "input \(k), limited") }
        }
        // The fixtures do what the test relies on: the invalid bytes were repaired and reported.
        let repaired = try invalid.withUnsafeBufferPointer { try shared.extract(bytes: $0) }
        #expect(repaired.textDiffersFromInput)
        #expect(!repaired.diagnostics.isEmpty)
    }
}
