import Testing

@testable import ClaimKit

/// Runs the behaviour cases in `spec/cases/numbers` and `spec/cases/dates`. Each case has a
/// `text`, an optional `reference_date`, and the `quantities` or `times` expected: every
/// listed item must be found with that exact text and the fields given; with `only`, nothing
/// else may be found.
@Suite("Numbers and dates conformance cases")
struct NumbersDatesCasesTests {

    static func caseFiles() -> [String] {
        var files: [String] = []
        for area in ["numbers", "dates"] {
            let names = SpecFiles.list("spec/cases/\(area)")
            files += names.filter { $0.hasSuffix(".json") }.sorted().map { "\(area)/\($0)" }
        }
        return files
    }

    @Test("case files exist")
    func haveCases() {
        #expect(Self.caseFiles().count >= 20)
    }

    @Test("numbers or dates case", arguments: NumbersDatesCasesTests.caseFiles())
    func run(_ file: String) throws {
        let data = try #require(SpecFiles.read("spec/cases/\(file)"))
        let spec = try JSONReader.parse(data)
        let text = try #require(spec["text"]?.stringValue)
        let extractor = try Extractor(options: ExtractionOptions(stages: [.numbers, .dates]))
        let doc = try extractor.extract(text, context: ExtractionContext(referenceDate: spec["reference_date"]?.stringValue))
        let only = spec["only"]?.boolValue ?? false
        func number(_ v: JSONValue?) -> Double?? {
            guard let v else { return .none }  // not given: not checked
            if case .null = v { return .some(nil) }
            return .some(v.doubleValue)
        }
        if let expected = spec["quantities"]?.arrayValue {
            let got = doc.quantities.map { (doc.string($0.span), $0) }
            if only { #expect(got.map(\.0) == expected.compactMap { $0["text"]?.stringValue }, "\(file)") }
            for e in expected {
                let t = e["text"]?.stringValue ?? ""
                guard let q = got.first(where: { $0.0 == t })?.1 else {
                    Issue.record("\(file): quantity '\(t)' not found in \(got.map(\.0))")
                    continue
                }
                if case .some(let v) = number(e["value"]) { #expect(q.value == v, "\(file): \(t) value") }
                if case .some(let v) = number(e["low"]) { #expect(q.low == v, "\(file): \(t) low") }
                if case .some(let v) = number(e["high"]) { #expect(q.high == v, "\(file): \(t) high") }
                if let v = e["qualifier"]?.stringValue { #expect(q.qualifier.rawValue == v, "\(file): \(t) qualifier") }
                if let v = e["unit"]?.stringValue { #expect(q.unit == v, "\(file): \(t) unit") }
                if let v = e["kind"]?.stringValue { #expect(q.kind.rawValue == v, "\(file): \(t) kind") }
                if let v = e["currency"]?.stringValue { #expect(q.currency == v, "\(file): \(t) currency") }
                if let v = e["vague"]?.boolValue { #expect(q.vague == v, "\(file): \(t) vague") }
            }
        }
        if let expected = spec["times"]?.arrayValue {
            let got = doc.times.map { (doc.string($0.span), $0) }
            if only { #expect(got.map(\.0) == expected.compactMap { $0["text"]?.stringValue }, "\(file)") }
            for e in expected {
                let t = e["text"]?.stringValue ?? ""
                guard let x = got.first(where: { $0.0 == t })?.1 else {
                    Issue.record("\(file): time '\(t)' not found in \(got.map(\.0))")
                    continue
                }
                if let v = e["value"] {
                    if case .null = v { #expect(x.value == nil, "\(file): \(t) value") } else { #expect(x.value == v.stringValue, "\(file): \(t) value") }
                }
                if let v = e["kind"]?.stringValue { #expect(x.kind.rawValue == v, "\(file): \(t) kind") }
                if let v = e["anchor"]?.stringValue { #expect(x.anchor.rawValue == v, "\(file): \(t) anchor") }
            }
        }
    }
}
