// Misuse of the C interface that the reliability harnesses found worth pinning down: option
// and context bytes that are not UTF-8 (refused, not silently repaired), blank-looking
// options that are not JSON white space, error messages cut on a UTF-8 boundary, and lengths
// no buffer can have. (CInterfaceTests covers ordinary misuse: NULLs, indexes, ownership.)
import CClaimKit
import ClaimKit
import ClaimKitC
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("C interface misuse")
struct MisuseTests {
    private func newExtractor(_ bytes: [UInt8]) -> (Int32, claimkit_error) {
        var extractor: OpaquePointer?
        var error = claimkit_error()
        let status = (bytes + [0]).withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { CClaimKit.claimkit_extractor_new($0.baseAddress, &extractor, &error) }
        }
        CClaimKit.claimkit_extractor_free(extractor)
        if status != CLAIMKIT_OK { #expect(extractor == nil) }
        return (status, error)
    }

    private func message(_ error: claimkit_error) -> [UInt8] {
        withUnsafeBytes(of: error.message) { Array($0.prefix { $0 != 0 }) }
    }

    private func extractJSON(context: [UInt8]?, input: String = "He said so.", length: Int? = nil) -> (Int32, claimkit_error) {
        var extractor: OpaquePointer?
        _ = CClaimKit.claimkit_extractor_new(nil, &extractor, nil)
        defer { CClaimKit.claimkit_extractor_free(extractor) }
        var out: UnsafeMutablePointer<CChar>?
        var outLength = 0
        var error = claimkit_error()
        let status = input.withCString { text in
            if let context {
                (context + [0]).withUnsafeBufferPointer { buf in
                    buf.withMemoryRebound(to: CChar.self) {
                        CClaimKit.claimkit_extract_json(extractor, text, length ?? strlen(text), $0.baseAddress, 0, &out, &outLength, &error)
                    }
                }
            } else {
                CClaimKit.claimkit_extract_json(extractor, text, length ?? strlen(text), nil, 0, &out, &outLength, &error)
            }
        }
        if status != CLAIMKIT_OK { #expect(out == nil && outLength == 0) }
        CClaimKit.claimkit_string_free(out)
        return (status, error)
    }

    @Test("options that are not UTF-8 are refused with the offset of the bad byte")
    func optionsNotUTF8() {
        let options = Array(#"{"offset_unit": "utf8"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let (status, error) = newExtractor(options)
        #expect(status == CLAIMKIT_ERROR_INVALID_OPTIONS)
        #expect(error.byte_offset == 21)
        #expect(String(decoding: message(error), as: UTF8.self).contains("UTF-8"))
        // A valid multi-byte character before the bad byte counts as its bytes.
        let (status2, error2) = newExtractor(Array("{\"é\":".utf8) + [0xC3, 0x28] + Array("}".utf8))
        #expect(status2 == CLAIMKIT_ERROR_INVALID_OPTIONS && error2.byte_offset == 6)
    }

    @Test("a context that is not UTF-8 is an invalid argument")
    func contextNotUTF8() {
        let (status, error) = extractJSON(context: Array(#"{"reference_date": "2024-06-2"#.utf8) + [0x80] + Array(#""}"#.utf8))
        #expect(status == CLAIMKIT_ERROR_INVALID_ARGUMENT)
        #expect(error.byte_offset == 29)
    }

    @Test("JSON white space alone means defaults; other Unicode spaces are not JSON", arguments: [
        (" \t\r\n ", true), ("", true), ("\u{00A0}", false), ("\u{2028}", false), (" \u{3000} ", false),
    ])
    func blankOptions(_ text: String, _ accepted: Bool) {
        let (status, _) = newExtractor(Array(text.utf8))
        #expect((status == CLAIMKIT_OK) == accepted)
        let (contextStatus, _) = extractJSON(context: Array(text.utf8))
        #expect((contextStatus == CLAIMKIT_OK) == accepted)
    }

    @Test("a long error message is cut on a character boundary and NUL-terminated")
    func longMessage() {
        // The unknown key is echoed in the message, which then overflows the 256-byte field.
        let key = String(repeating: "é", count: 300)
        let (status, error) = newExtractor(Array("{\"\(key)\": 1}".utf8))
        #expect(status == CLAIMKIT_ERROR_INVALID_OPTIONS)
        let bytes = message(error)
        #expect(bytes.count <= 255 && bytes.count > 200)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test("lengths no buffer can have are refused before any byte is read")
    func impossibleLengths() {
        #expect(extractJSON(context: nil, length: -1).0 == CLAIMKIT_ERROR_INVALID_ARGUMENT)  // SIZE_MAX
        #expect(extractJSON(context: nil, length: Int.max).0 == CLAIMKIT_ERROR_INPUT_TOO_LARGE)
    }
}
