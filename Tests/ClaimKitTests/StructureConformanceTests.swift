#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import ClaimKit

/// Runs the segmentation conformance cases in spec/cases/segmentation/*.json: each case's
/// text must come out as exactly the expected sentences (exact spans, no normalisation).
@Suite struct StructureConformanceTests {
    struct Case {
        var id: String
        var text: String
        var sentences: [String]
    }

    /// spec/cases/segmentation, found from this file's path (no Foundation: its ICU module
    /// clashes with libxml2's headers in this target).
    static var directory: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ClaimKitTests/<file>
        return parts.joined(separator: "/") + "/spec/cases/segmentation"
    }

    static func readFile(_ path: String) -> [UInt8]? {
        SpecFiles.read(String(path.dropFirst(SpecFiles.root.count + 1)))
    }

    static func jsonFiles() -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json") { names.append(name) }
        }
        return names.sorted()
    }

    static func loadCases() -> [Case] {
        var cases: [Case] = []
        for file in jsonFiles() {
            guard let data = readFile(directory + "/" + file),
                let value = try? JSONReader.parse(data), let items = value.arrayValue
            else { continue }
            for item in items {
                guard let id = item["id"]?.stringValue, let text = item["text"]?.stringValue,
                    let expected = item["expect"]?["sentences"]?.arrayValue?.compactMap(\.stringValue)
                else { continue }
                cases.append(Case(id: id, text: text, sentences: expected))
            }
        }
        return cases
    }

    @Test func casesArePresent() {
        #expect(Self.loadCases().count >= 25)
    }

    @Test(arguments: StructureConformanceTests.loadCases().map { [$0.id, $0.text] + $0.sentences })
    func segmentation(_ row: [String]) throws {
        let text = row[1]
        let expected = Array(row.dropFirst(2))
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        let got = document.sentences.map { document.string($0.span) }
        #expect(got == expected, "case \(row[0])")
    }
}
