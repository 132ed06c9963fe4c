// The C interface called the way C calls it: NULLs, bad indexes, bad options, ownership.
// (tests/c/misuse.c covers the same ground from real C under valgrind.)
import CClaimKit
import ClaimKit
import ClaimKitC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The message of a filled-in claimkit_error.
private func message(_ error: claimkit_error) -> String {
    withUnsafeBytes(of: error.message) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
}

/// A fresh error struct full of garbage, so every field must be written by the call.
private func garbageError() -> claimkit_error {
    var error = claimkit_error()
    _ = withUnsafeMutableBytes(of: &error) { $0.initializeMemory(as: UInt8.self, repeating: 0x5A) }
    return error
}

private let notApplicable = -1  // SIZE_MAX as Swift sees size_t

private func makeExtractor(_ options: String? = nil) -> OpaquePointer? {
    var extractor: OpaquePointer?
    let status: Int32 = if let options {
        options.withCString { CClaimKit.claimkit_extractor_new($0, &extractor, nil) }
    } else {
        CClaimKit.claimkit_extractor_new(nil, &extractor, nil)
    }
    return status == CLAIMKIT_OK ? extractor : nil
}

/// Runs claimkit_extract on a Swift byte array.
private func extract(
    _ extractor: OpaquePointer?, _ bytes: [UInt8], context: String? = nil, error: inout claimkit_error
) -> (Int32, OpaquePointer?) {
    var document: OpaquePointer? = OpaquePointer(bitPattern: 0x1)  // must be reset on failure
    let status = bytes.withUnsafeBufferPointer { buf in
        buf.withMemoryRebound(to: CChar.self) { chars in
            if let context {
                context.withCString { CClaimKit.claimkit_extract(extractor, chars.baseAddress, chars.count, $0, &document, &error) }
            } else {
                CClaimKit.claimkit_extract(extractor, chars.baseAddress, chars.count, nil, &document, &error)
            }
        }
    }
    return (status, document)
}

/// Runs claimkit_extract_json and takes ownership of the string.
private func extractJSON(_ extractor: OpaquePointer?, _ text: String, flags: UInt32 = 0) -> (Int32, String?) {
    var out: UnsafeMutablePointer<CChar>?
    var length = -7
    var error = claimkit_error()
    var text = text
    let status = text.withUTF8 { buf in
        buf.withMemoryRebound(to: CChar.self) {
            CClaimKit.claimkit_extract_json(extractor, $0.baseAddress, $0.count, nil, flags, &out, &length, &error)
        }
    }
    guard let out else { return (status, nil) }
    defer { CClaimKit.claimkit_string_free(out) }
    let json = String(cString: out)
    return (status, json.utf8.count == length ? json : "length mismatch: \(length)")
}

private let article = Array("“We will rebuild,” said Mayor Zoë Ruiz on Monday.\n\nOfficials said 300 homes flooded.\n".utf8)

@Suite("C interface")
struct CInterfaceTests {
    @Test func versionsMatchTheHeader() {
        #expect(CClaimKit.claimkit_version_number() == UInt32(CLAIMKIT_VERSION_MAJOR * 1_000_000 + CLAIMKIT_VERSION_MINOR * 1_000 + CLAIMKIT_VERSION_PATCH))
        #expect(Int(CClaimKit.claimkit_version_number()) == ClaimKitVersion.number)
        #expect(String(cString: CClaimKit.claimkit_version_string()) == ClaimKitVersion.string)
        #expect(String(cString: CClaimKit.claimkit_version_string()) == CLAIMKIT_VERSION_STRING)
    }

    @Test(arguments: [Int32(-1), 0, 1, 2, 3, 4, 5, 6, 7, 8, Int32.min, Int32.max])
    func everyStatusHasAName(_ status: Int32) {
        let name = String(cString: CClaimKit.claimkit_status_string(status))
        #expect(!name.isEmpty)
        if (0...7).contains(status) { #expect(name != "unknown status") } else { #expect(name == "unknown status") }
    }

    @Test func extractorNewRejectsANullOutPointer() {
        var error = garbageError()
        #expect(CClaimKit.claimkit_extractor_new(nil, nil, &error) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(error.status == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(message(error).contains("out_extractor"))
        #expect(CClaimKit.claimkit_extractor_new(nil, nil, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
    }

    @Test func successClearsTheError() {
        var error = garbageError()
        var extractor: OpaquePointer?
        #expect(CClaimKit.claimkit_extractor_new(nil, &extractor, &error) == CLAIMKIT_OK)
        #expect(error.status == CLAIMKIT_OK)
        #expect(error.byte_offset == notApplicable)
        #expect(message(error).isEmpty)
        CClaimKit.claimkit_extractor_free(extractor)
        CClaimKit.claimkit_extractor_free(nil)
    }

    @Test(arguments: [
        ("{", "JSON"), ("[1]", "object"), ("{\"strict_encoding\": 1}", "strict_encoding"),
        ("{\"max_input_bytes\": -3}", "max_input_bytes"), ("{\"max_input_bytes\": 1e300}", "max_input_bytes"),
        ("{\"offset_unit\": \"miles\"}", "offset_unit"), ("{\"stages\": [\"tea leaves\"]}", "stages"),
        ("{\"verbose\": true}", "verbose"),
    ])
    func badOptionsAreRejectedByName(_ options: String, _ named: String) {
        var error = garbageError()
        var extractor: OpaquePointer? = OpaquePointer(bitPattern: 0x1)
        let status = options.withCString { CClaimKit.claimkit_extractor_new($0, &extractor, &error) }
        #expect(status == CLAIMKIT_ERROR_INVALID_OPTIONS)
        #expect(extractor == nil)
        #expect(error.status == CLAIMKIT_ERROR_INVALID_OPTIONS)
        #expect(message(error).contains(named))
    }

    @Test func extractRejectsNullArguments() throws {
        let extractor = try #require(makeExtractor())
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        var error = garbageError()
        var (status, document) = extract(nil, article, error: &error)
        #expect(status == CLAIMKIT_ERROR_INVALID_ARGUMENT && document == nil)
        #expect(message(error).contains("extractor"))

        #expect(CClaimKit.claimkit_extract(extractor, nil, 10, nil, &document, &error) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(document == nil)
        #expect(CClaimKit.claimkit_extract(extractor, nil, 0, nil, nil, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        // A huge length is refused before anything is read.
        #expect(CClaimKit.claimkit_extract(extractor, "x", -1, nil, &document, &error) != CLAIMKIT_OK)
        #expect(CClaimKit.claimkit_extract(extractor, "x", Int.max, nil, &document, &error) == CLAIMKIT_ERROR_INPUT_TOO_LARGE)
        #expect(document == nil)

        (status, document) = extract(extractor, [], error: &error)
        #expect(status == CLAIMKIT_OK)
        #expect(CClaimKit.claimkit_document_sentence_count(document) == 0)
        #expect(CClaimKit.claimkit_document_diagnostic_count(document) == 1)
        CClaimKit.claimkit_document_free(document)
        CClaimKit.claimkit_document_free(nil)
    }

    @Test func badContextIsAnInvalidArgument() throws {
        let extractor = try #require(makeExtractor())
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        for context in ["{", "{\"reference_date\": \"last week\"}", "{\"when\": 1}", "\"2024-06-20\""] {
            var error = garbageError()
            let (status, document) = extract(extractor, article, context: context, error: &error)
            #expect(status == CLAIMKIT_ERROR_INVALID_ARGUMENT, "\(context)")
            #expect(document == nil)
            #expect(!message(error).isEmpty)
        }
        var error = claimkit_error()
        let (status, document) = extract(extractor, article, context: "{\"reference_date\": \"2024-06-20\"}", error: &error)
        #expect(status == CLAIMKIT_OK)
        CClaimKit.claimkit_document_free(document)
    }

    @Test func strictModeReportsTheFirstBadByte() throws {
        let strict = try #require(makeExtractor("{\"strict_encoding\": true}"))
        let lenient = try #require(makeExtractor())
        defer {
            CClaimKit.claimkit_extractor_free(strict)
            CClaimKit.claimkit_extractor_free(lenient)
        }
        let bytes: [UInt8] = Array("Déjà vu ".utf8) + [0xE2, 0x28, 0xA1] + Array(" then.".utf8)
        var error = garbageError()
        var (status, document) = extract(strict, bytes, error: &error)
        #expect(status == CLAIMKIT_ERROR_INVALID_UTF8)
        #expect(document == nil)
        #expect(error.byte_offset == 10)
        (status, document) = extract(lenient, bytes, error: &error)
        #expect(status == CLAIMKIT_OK)
        #expect(CClaimKit.claimkit_document_diagnostic_count(document) >= 1)
        CClaimKit.claimkit_document_free(document)
    }

    @Test func inputOverTheLimitIsRefused() throws {
        let small = try #require(makeExtractor("{\"max_input_bytes\": 8}"))
        defer { CClaimKit.claimkit_extractor_free(small) }
        var error = garbageError()
        var (status, document) = extract(small, Array("12345678".utf8), error: &error)
        #expect(status == CLAIMKIT_OK)
        CClaimKit.claimkit_document_free(document)
        (status, document) = extract(small, Array("123456789".utf8), error: &error)
        #expect(status == CLAIMKIT_ERROR_INPUT_TOO_LARGE && document == nil)
        #expect(message(error).contains("max_input_bytes"))
    }

    @Test func accessorsTolerateNullAndBadIndexes() throws {
        let extractor = try #require(makeExtractor())
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        var error = claimkit_error()
        let (_, maybeDocument) = extract(extractor, article, error: &error)
        let document = try #require(maybeDocument)
        defer { CClaimKit.claimkit_document_free(document) }

        var length = 99
        #expect(CClaimKit.claimkit_document_text(nil, &length) == nil && length == 0)
        #expect(CClaimKit.claimkit_document_sentence_count(nil) == 0)
        #expect(CClaimKit.claimkit_document_claim_count(nil) == 0)
        #expect(CClaimKit.claimkit_document_diagnostic_count(nil) == 0)

        let count = CClaimKit.claimkit_document_sentence_count(document)
        #expect(count >= 2)
        var span = claimkit_span(start: 9, end: 9)
        for index in [count, count + 1, -1, Int.max, Int.min] {
            span = claimkit_span(start: 9, end: 9)
            #expect(CClaimKit.claimkit_document_sentence(document, index, &span) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
            #expect(span.start == 0 && span.end == 0)
        }
        #expect(CClaimKit.claimkit_document_sentence(nil, 0, &span) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(CClaimKit.claimkit_document_sentence(document, 0, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(CClaimKit.claimkit_document_sentence(document, 0, &span) == CLAIMKIT_OK)
        #expect(span.start == 0 && span.end > 0)

        var json: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(bitPattern: 0x1)
        length = 99
        #expect(CClaimKit.claimkit_document_to_json(nil, 0, &json, &length, &error) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(json == nil && length == 0)
        #expect(CClaimKit.claimkit_document_to_json(document, 0, nil, &length, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        CClaimKit.claimkit_string_free(nil)
    }

    @Test func documentTextIsTheInputAndOutlivesTheExtractor() throws {
        let extractor = try #require(makeExtractor())
        var error = claimkit_error()
        let (_, maybeDocument) = extract(extractor, article, error: &error)
        // Free the extractor first: the document keeps what it needs.
        CClaimKit.claimkit_extractor_free(extractor)
        let document = try #require(maybeDocument)
        defer { CClaimKit.claimkit_document_free(document) }

        var length = 0
        let text = try #require(CClaimKit.claimkit_document_text(document, &length))
        #expect(length == article.count)
        #expect(Array(UnsafeRawBufferPointer(start: text, count: length)) == article)
        #expect(CClaimKit.claimkit_document_text(document, nil) == text)  // the same borrowed buffer

        var json: UnsafeMutablePointer<CChar>?
        #expect(CClaimKit.claimkit_document_to_json(document, 0, &json, &length, &error) == CLAIMKIT_OK)
        let written = try #require(json)
        #expect(strlen(written) == length)
        CClaimKit.claimkit_string_free(written)
    }

    @Test func oneShotJSONEqualsDocumentJSON() throws {
        let extractor = try #require(makeExtractor())
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        var error = claimkit_error()
        let (_, maybeDocument) = extract(extractor, article, error: &error)
        let document = try #require(maybeDocument)
        defer { CClaimKit.claimkit_document_free(document) }
        for flags in [UInt32(0), UInt32(CLAIMKIT_JSON_PRETTY), 0xFFFF_FFFE] {
            var out: UnsafeMutablePointer<CChar>?
            #expect(CClaimKit.claimkit_document_to_json(document, flags, &out, nil, nil) == CLAIMKIT_OK)
            let fromDocument = out.map { String(cString: $0) }
            CClaimKit.claimkit_string_free(out)
            let (status, oneShot) = extractJSON(extractor, String(decoding: article, as: UTF8.self), flags: flags)
            #expect(status == CLAIMKIT_OK)
            #expect(oneShot == fromDocument)
            #expect(fromDocument?.contains("\n") == (flags & UInt32(CLAIMKIT_JSON_PRETTY) != 0))
        }
        // And what the Swift API writes.
        let swiftExtractor = try Extractor()
        let swiftJSON = String(decoding: swiftExtractor.json(try swiftExtractor.extract(String(decoding: article, as: UTF8.self))), as: UTF8.self)
        #expect(extractJSON(extractor, String(decoding: article, as: UTF8.self)).1 == swiftJSON)
    }

    @Test func extractJSONRejectsNullArguments() throws {
        let extractor = try #require(makeExtractor())
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        var out: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(bitPattern: 0x1)
        var length = 99
        var error = garbageError()
        #expect(CClaimKit.claimkit_extract_json(nil, "x", 1, nil, 0, &out, &length, &error) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(out == nil && length == 0 && error.status == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(CClaimKit.claimkit_extract_json(extractor, "x", 1, nil, 0, nil, &length, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(CClaimKit.claimkit_extract_json(extractor, nil, 4, nil, 0, &out, nil, nil) == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(out == nil)
    }
}
