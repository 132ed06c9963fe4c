import Testing

@testable import ClaimKit

/// Runs the behaviour cases in `spec/cases/hedges`: each names a text, the modality expected
/// of each of its sentences (status and cue texts, in order) and, optionally, the statement
/// claims expected (content and status).
@Suite("Modality conformance cases")
struct ModalityCasesTests {

    static func caseFiles() -> [String] {
        let names = SpecFiles.list("spec/cases/hedges")
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test("case files exist")
    func haveCases() {
        #expect(Self.caseFiles().count >= 15)
    }

    @Test("modality case", arguments: ModalityCasesTests.caseFiles())
    func run(_ file: String) throws {
        let data = try #require(SpecFiles.read("spec/cases/hedges/\(file)"))
        let spec = try JSONReader.parse(data)
        let text = try #require(spec["text"]?.stringValue)
        let doc = try Extractor().extract(text)
        let expected = spec["sentences"]?.arrayValue ?? []
        #expect(doc.sentences.count == expected.count, "\(file)")
        for (s, e) in zip(doc.sentences, expected) {
            #expect(s.modality.status.rawValue == e["status"]?.stringValue, "\(file): \(doc.string(s.span))")
            if let cues = e["cues"]?.arrayValue, s.modality.status != .question {
                #expect(s.modality.cues.map { doc.string($0) } == cues.compactMap(\.stringValue), "\(file)")
            }
        }
        if let statements = spec["statements"]?.arrayValue {
            let got = doc.claims.filter { $0.kind == .statement }
            #expect(got.map { doc.string($0.content) } == statements.compactMap { $0["content"]?.stringValue }, "\(file)")
            #expect(got.map(\.modality.status.rawValue) == statements.compactMap { $0["status"]?.stringValue }, "\(file)")
        }
    }
}
