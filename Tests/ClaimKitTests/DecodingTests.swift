import Testing

@testable import ClaimKit

@Suite("Input decoding")
struct DecodingTests {
    let extractor = try! Extractor()

    @Test("valid UTF-8 passes through untouched")
    func validPassesThrough() throws {
        let text = "Caf\u{e9} \u{201c}quoted\u{201d} \u{1F600}."
        let d = try extractor.extract(text)
        #expect(d.text == Array(text.utf8))
        #expect(!d.textDiffersFromInput)
        #expect(d.diagnostics.isEmpty)
    }

    @Test("Windows-1252 bytes are repaired with a diagnostic")
    func repairsWindows1252() throws {
        let bytes: [UInt8] = [0x93] + Array("Hi".utf8) + [0x94, 0x20] + Array("caf".utf8) + [0xE9]
        let d = try bytes.withUnsafeBufferPointer { try extractor.extract(bytes: $0) }
        #expect(String(decoding: d.text, as: UTF8.self) == "\u{201c}Hi\u{201d} caf\u{e9}")
        #expect(d.textDiffersFromInput)
        #expect(d.diagnostics.contains { $0.code == "invalid_utf8_repaired" })
    }

    @Test("undefined Windows-1252 positions become U+FFFD")
    func replacementCharacter() throws {
        let bytes: [UInt8] = Array("a".utf8) + [0x81] + Array("b".utf8)
        let d = try bytes.withUnsafeBufferPointer { try extractor.extract(bytes: $0) }
        #expect(String(decoding: d.text, as: UTF8.self) == "a\u{FFFD}b")
    }

    @Test("strict mode rejects invalid UTF-8 with the byte offset")
    func strictRejects() throws {
        let strict = try Extractor(options: ExtractionOptions(strictEncoding: true))
        let bytes: [UInt8] = Array("hello ".utf8) + [0xC3, 0x28]
        #expect {
            try bytes.withUnsafeBufferPointer { try strict.extract(bytes: $0) }
        } throws: { error in
            guard let e = error as? ClaimKitError else { return false }
            return e.code == .invalidUTF8 && e.byteOffset == 6
        }
    }

    @Test("overlong encodings and surrogates are invalid", arguments: [
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8],
    ] as [[UInt8]])
    func invalidSequences(_ seq: [UInt8]) {
        let found = seq.withUnsafeBufferPointer { InputDecoder.firstInvalidOffset($0) }
        #expect(found == 0)
    }

    @Test("input over the size limit is refused")
    func sizeLimit() throws {
        let small = try Extractor(options: ExtractionOptions(maxInputBytes: 10))
        #expect(throws: ClaimKitError.self) { try small.extract("this is longer than ten bytes") }
    }

    @Test("empty input gives an empty document with a diagnostic")
    func emptyInput() throws {
        let d = try extractor.extract("")
        #expect(d.sentences.isEmpty)
        #expect(d.diagnostics.contains { $0.code == "empty_input" })
    }

    @Test("NUL bytes do not stop extraction")
    func nulBytes() throws {
        let bytes: [UInt8] = Array("One sentence.".utf8) + [0, 0] + Array(" Another one.".utf8)
        let d = try bytes.withUnsafeBufferPointer { try extractor.extract(bytes: $0) }
        #expect(d.text.count == bytes.count)
        #expect(d.sentences.count >= 2)
    }
}
