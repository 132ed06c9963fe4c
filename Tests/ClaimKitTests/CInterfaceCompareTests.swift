// claimkit_compare_json called the way C calls it, on hand-made documents
// (tests/compare/harbour-*.json, written by tests/compare/make-fixtures): one group of each
// relation, JSON Lines and arrays alike, malformed input with its byte offset, NULLs.
import CClaimKit
@testable import ClaimKit
import ClaimKitC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A file of the repository, read with libc (no Foundation in these tests).
private func repositoryFile(_ relative: String, from file: String = #filePath) -> [UInt8]? {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/ClaimKitTests/<file>
    let path = parts.joined(separator: "/") + "/" + relative
    guard let handle = fopen(path, "rb") else { return nil }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        if n == 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}

private struct CompareResult {
    var status: Int32
    var json: String?
    var length: Int
    var error: claimkit_error
    var message: String {
        withUnsafeBytes(of: error.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

private func compare(_ bytes: [UInt8]?, length: Int? = nil, flags: UInt32 = 0) -> CompareResult {
    var out: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(bitPattern: 0x1)  // must be reset
    var outLength = -7
    var error = claimkit_error()
    _ = withUnsafeMutableBytes(of: &error) { $0.initializeMemory(as: UInt8.self, repeating: 0x5A) }
    let status: Int32
    if let bytes {
        status = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                CClaimKit.claimkit_compare_json($0.baseAddress, length ?? $0.count, flags, &out, &outLength, &error)
            }
        }
    } else {
        status = CClaimKit.claimkit_compare_json(nil, length ?? 0, flags, &out, &outLength, &error)
    }
    var json: String? = nil
    if let out {
        json = String(cString: out)
        CClaimKit.claimkit_string_free(out)
    }
    return CompareResult(status: status, json: json, length: outLength, error: error)
}

@Suite("C interface: comparing documents")
struct CInterfaceCompareTests {
    let a: [UInt8]
    let b: [UInt8]

    init() throws {
        a = try #require(repositoryFile("tests/compare/harbour-a.json"))
        b = try #require(repositoryFile("tests/compare/harbour-b.json"))
    }

    /// The two documents on one line each.
    var jsonLines: [UInt8] {
        get throws {
            let docs = try [a, b].map { try JSONReader.parse($0) }
            return docs.flatMap { d -> [UInt8] in
                var w = JSONWriter(pretty: false, capacity: 4096)
                Comparison.write(d, &w)
                return w.bytes + [0x0A]
            }
        }
    }

    func groups(_ json: String?) throws -> [JSONValue] {
        let value = try JSONReader.parse(try #require(json))
        return try #require(value["groups"]?.arrayValue)
    }

    func group(_ groups: [JSONValue], basis: String, measure: String? = nil) -> JSONValue? {
        groups.first { $0["basis"]?.stringValue == basis && (measure == nil || $0["measure"]?.stringValue == measure) }
    }

    @Test func agreeConflictAndRelatedBetweenTwoDocuments() throws {
        let result = compare(Array("[".utf8) + a + Array(",".utf8) + b + Array("]".utf8))
        #expect(result.status == CLAIMKIT_OK)
        #expect(result.error.status == CLAIMKIT_OK && result.error.byte_offset == -1 && result.message.isEmpty)
        #expect(result.json?.utf8.count == result.length)
        let value = try JSONReader.parse(try #require(result.json))
        #expect(value["documents"] == .array([.string("harbour-a"), .string("harbour-b")]))
        let gs = try groups(result.json)
        // Same figure: agree.
        #expect(group(gs, basis: "measure", measure: "vehicles")?["relation"]?.stringValue == "agree")
        // Different numbers that cannot both hold: conflict, and the reason gives both.
        let money = group(gs, basis: "measure", measure: "money")
        #expect(money?["relation"]?.stringValue == "conflict")
        #expect(money?["reason"]?.stringValue?.contains("at most 48,000,000") == true)
        #expect(money?["reason"]?.stringValue?.contains("exactly 75,000,000") == true)
        // Asserted in one, denied in the other: conflict.
        let denial = group(gs, basis: "denial")
        #expect(denial?["relation"]?.stringValue == "conflict")
        #expect(denial?["entities"] == .array([.string("Port Authority")]))
        let modalities = denial?["claims"]?.arrayValue?.compactMap { $0["modality"]?.stringValue }.sorted()
        #expect(modalities == ["asserted", "denied"])
        // Bounds that overlap: related.
        #expect(group(gs, basis: "measure", measure: "munitions")?["relation"]?.stringValue == "related")
        // Every member names its document and claim; spans point into that document.
        for g in gs {
            for c in g["claims"]?.arrayValue ?? [] {
                #expect(c["document"]?.stringValue?.hasPrefix("harbour-") == true)
                #expect(c["claim"]?.stringValue?.hasPrefix("c") == true)
            }
        }
    }

    @Test func jsonLinesArraysAndPrettyPrintedInputAllGiveTheSameComparison() throws {
        let array = compare(Array("[".utf8) + a + Array(",".utf8) + b + Array("]".utf8))
        let lines = compare(try jsonLines)
        let concatenated = compare(a + Array("\n".utf8) + b)  // two pretty-printed documents
        #expect(array.status == CLAIMKIT_OK && lines.status == CLAIMKIT_OK && concatenated.status == CLAIMKIT_OK)
        #expect(array.json == lines.json)
        #expect(array.json == concatenated.json)
        // The Swift API gives the same bytes.
        let docs = try [a, b].map { try JSONReader.parse($0) }
        #expect(array.json == String(decoding: Comparator.compare(json: docs).json(), as: UTF8.self))
    }

    @Test func prettyFlagIndentsAndUnknownFlagsAreIgnored() throws {
        let input = try jsonLines
        let plain = compare(input)
        let pretty = compare(input, flags: UInt32(CLAIMKIT_JSON_PRETTY))
        let unknown = compare(input, flags: 0xFFFF_FFFE)
        #expect(pretty.status == CLAIMKIT_OK && pretty.json?.contains("\n  ") == true)
        #expect(unknown.json == plain.json)
        #expect(try JSONReader.parse(try #require(pretty.json)) == JSONReader.parse(try #require(plain.json)))
    }

    @Test func noDocumentsIsAnEmptyComparison() throws {
        for input: [UInt8]? in [nil, [], Array(" \n\t".utf8), Array("[]".utf8)] {
            let result = compare(input)
            #expect(result.status == CLAIMKIT_OK)
            #expect(try groups(result.json).isEmpty)
        }
    }

    @Test(arguments: [
        ("[{\"schema_version\": 1}, ", 24, "end of JSON"),
        ("{\"schema_version\": 1}\n{\"schema_version\": tru}\n", 41, "literal"),
        ("{\"schema_version\": 1}\n42\n", 22, "object"),
        ("[{\"schema_version\": 1}, [1]]", 0, "object"),
        ("{\"id\": \"x\", \"text\": \"Prices rose.\"}", 0, "extract it first"),
        ("\n\n  {\"id\": 7}", 4, "schema_version"),
        ("{\"schema_version\": 1, \"title\": \"caf\u{FFFD}\"}", -1, ""),
    ])
    func malformedInputIsInvalidJSONWithItsOffset(_ input: String, _ offset: Int, _ named: String) {
        let result = compare(Array(input.utf8))
        if offset < 0 {  // a control: valid
            #expect(result.status == CLAIMKIT_OK)
            return
        }
        #expect(result.status == CLAIMKIT_ERROR_INVALID_JSON)
        #expect(result.error.status == CLAIMKIT_ERROR_INVALID_JSON)
        #expect(result.error.byte_offset == offset, "\(result.message)")
        #expect(result.message.contains(named), "\(result.message)")
        #expect(result.json == nil && result.length == 0)
    }

    @Test func invalidUTF8IsInvalidJSONAtTheBadByte() {
        let result = compare(Array("{\"schema_version\": 1, \"title\": \"caf".utf8) + [0xE9] + Array("\"}".utf8))
        #expect(result.status == CLAIMKIT_ERROR_INVALID_JSON)
        #expect(result.error.byte_offset == 35)
    }

    @Test func nullsAndHugeLengthsAreRefusedBeforeAnythingIsRead() {
        var error = claimkit_error()
        var length = 5
        #expect(CClaimKit.claimkit_compare_json("[]", 2, 0, nil, &length, &error) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(length == 0 && error.status == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(CClaimKit.claimkit_compare_json(nil, 0, 0, nil, nil, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        let nullWithLength = compare(nil, length: 10)
        #expect(nullWithLength.status == CLAIMKIT_ERROR_INVALID_ARGUMENT && nullWithLength.json == nil)
        let huge = compare(Array("[]".utf8), length: Int.max)
        #expect(huge.status == CLAIMKIT_ERROR_INPUT_TOO_LARGE && huge.json == nil)
        let sizeMax = compare(Array("[]".utf8), length: -1)  // SIZE_MAX
        #expect(sizeMax.status == CLAIMKIT_ERROR_INPUT_TOO_LARGE && sizeMax.json == nil)
        // A NULL out_len and out_error are fine.
        var out: UnsafeMutablePointer<CChar>?
        #expect(CClaimKit.claimkit_compare_json("[]", 2, 0, &out, nil, nil) == CLAIMKIT_OK)
        #expect(out != nil)
        CClaimKit.claimkit_string_free(out)
    }

    @Test func realExtractorOutputComparesWithoutError() throws {
        let extractor = try Extractor()
        let texts = [
            "“We will rebuild,” said Mayor Zoë Ruiz on Monday. Officials said 300 homes flooded in Pörtvik.\n",
            "Mayor Zoë Ruiz said 450 homes flooded in Pörtvik, officials denied that the wall failed.\n",
        ]
        var input: [UInt8] = []
        for (i, t) in texts.enumerated() {
            input += extractor.json(try extractor.extract(t), id: .string("real-\(i + 1)")) + [0x0A]
        }
        let result = compare(input)
        #expect(result.status == CLAIMKIT_OK, "\(result.message)")
        let value = try JSONReader.parse(try #require(result.json))
        #expect(value["documents"] == .array([.string("real-1"), .string("real-2")]))
    }
}
