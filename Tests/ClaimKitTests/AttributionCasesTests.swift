import Testing

@testable import ClaimKit

/// Runs the behaviour cases in `spec/cases/quotes` and `spec/cases/negative`: each names a
/// text, the attributions expected in it (speaker, role, cue, content… as far as given) and,
/// optionally, the exact number of attributions.
@Suite("Attribution conformance cases")
struct AttributionCasesTests {

    static func caseFiles() -> [String] {
        var out: [String] = []
        for dir in ["quotes", "negative"] {
            let names = SpecFiles.list("spec/cases/\(dir)")
            out += names.filter { $0.hasSuffix(".json") }.sorted().map { "\(dir)/\($0)" }
        }
        return out
    }

    @Test("case files exist")
    func haveCases() {
        #expect(Self.caseFiles().count >= 12)
    }

    @Test("behaviour case", arguments: AttributionCasesTests.caseFiles())
    func run(_ file: String) throws {
        let data = try #require(SpecFiles.read("spec/cases/\(file)"))
        let spec = try JSONReader.parse(data)
        let text = try #require(spec["text"]?.stringValue)
        let doc = try Extractor().extract(text)
        let claims = doc.claims.filter { $0.kind != .statement }
        let summary = claims.map { "[\($0.speaker?.name ?? "-")|\($0.cue.map { doc.string($0) } ?? "-")|\(doc.string($0.content))]" }
        if let n = spec["claim_count"]?.doubleValue {
            #expect(claims.count == Int(n), "\(file): \(summary)")
        }
        for expected in spec["claims"]?.arrayValue ?? [] {
            let match = claims.first { c in
                guard let s = c.speaker else { return false }
                if let k = expected["kind"]?.stringValue, c.kind.rawValue != k { return false }
                if let n = expected["speaker"]?.stringValue, s.name != n { return false }
                if let cue = expected["cue"]?.stringValue, c.cue.map({ doc.string($0) }) != cue { return false }
                if let ct = expected["content"]?.stringValue, doc.string(c.content) != ct { return false }
                if let r = expected["rule"]?.stringValue, c.rule != r { return false }
                if let st = expected["speaker_text"]?.stringValue, s.span.map({ doc.string($0) }) != st { return false }
                return true
            }
            let found = try #require(match, "\(file): no claim like \(expected) among \(summary)")
            let s = try #require(found.speaker)
            if let r = expected["role"]?.stringValue { #expect(s.role == r, "\(file)") }
            if let o = expected["organisation"]?.stringValue { #expect(s.organisation == o, "\(file)") }
            if let t = expected["type"]?.stringValue { #expect(s.type.rawValue == t, "\(file)") }
            if let m = expected["members"]?.arrayValue { #expect(s.members == m.compactMap(\.stringValue), "\(file)") }
            if let m = expected["medium"]?.stringValue { #expect(found.medium.map { doc.string($0) } == m, "\(file)") }
        }
        // Speakers are never bare pronouns; content spans lie in the text.
        for c in claims {
            let s = try #require(c.speaker)
            #expect(!["he", "she", "they", "it", "we", "i", "who"].contains(s.name.lowercased()), "\(file)")
            #expect(c.content.start >= 0 && c.content.end <= doc.text.count && c.content.start < c.content.end)
        }
    }
}
