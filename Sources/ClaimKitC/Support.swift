// Helpers for the C layer: handle boxes, error filling, string hand-over.
import CClaimKit
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// What a `claimkit_document *` points to: the document, the extractor that made it (for its
/// JSON options), and a stable copy of the text for `claimkit_document_text`.
final class DocumentBox {
    let document: Document
    let extractor: Extractor
    let text: UnsafeMutablePointer<CChar>

    init(document: Document, extractor: Extractor) {
        self.document = document
        self.extractor = extractor
        let n = document.text.count
        text = UnsafeMutablePointer<CChar>.allocate(capacity: n + 1)
        document.text.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { s in
                if let base = s.baseAddress { text.initialize(from: base, count: n) }
            }
        }
        (text + n).initialize(to: 0)
    }

    deinit { text.deallocate() }

    static func from(_ pointer: OpaquePointer?) -> DocumentBox? {
        guard let pointer else { return nil }
        return Unmanaged<DocumentBox>.fromOpaque(UnsafeRawPointer(pointer)).takeUnretainedValue()
    }
}

/// A pointer to a string literal's bytes (NUL-terminated, static storage).
func cString(_ s: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// A NUL-terminated JSON argument (options, context) as a String, refusing invalid UTF-8.
///
/// `String(cString:)` would silently replace bad bytes with U+FFFD, so a malformed argument
/// could be accepted and error offsets would count the replaced text, not the caller's bytes.
func jsonArgument(_ pointer: UnsafePointer<CChar>?, _ code: ClaimKitError.Code, _ what: String) -> Result<String?, ClaimKitError> {
    guard let pointer else { return .success(nil) }
    let count = strlen(pointer)
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: count)
    if TextRepair.repairedUTF8(bytes) != nil {
        let offset = firstInvalidUTF8(bytes)
        return .failure(ClaimKitError(code, "\(what) are not valid UTF-8 (byte \(offset))", byteOffset: offset))
    }
    return .success(String(decoding: bytes, as: UTF8.self))
}

/// The offset of the first byte that does not start a valid UTF-8 sequence (validation via
/// the standard library's decoder, one pass).
func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): offset += UTF8.width(scalar)
        case .emptyInput: return offset
        case .error: return offset
        }
    }
}

/// Validates the common arguments of the extract calls and runs the extraction.
func run(
    _ extractorPointer: OpaquePointer?, _ input: UnsafePointer<CChar>?, _ length: Int, _ contextJSON: UnsafePointer<CChar>?
) -> Result<DocumentBox, ClaimKitError> {
    guard let extractorPointer else {
        return .failure(ClaimKitError(.invalidArgument, "extractor must not be NULL"))
    }
    let extractor = Unmanaged<Extractor>.fromOpaque(UnsafeRawPointer(extractorPointer)).takeUnretainedValue()
    guard length >= 0 else { return .failure(ClaimKitError(.invalidArgument, "input_len is too large")) }
    if input == nil && length > 0 {
        return .failure(ClaimKitError(.invalidArgument, "input is NULL but input_len is \(length)"))
    }
    let context: ExtractionContext
    do throws(ClaimKitError) {
        context = try ExtractionContext(json: try jsonArgument(contextJSON, .invalidArgument, "context").get())
    } catch {
        return .failure(error)
    }
    let buffer: UnsafeBufferPointer<UInt8>
    if let input, length > 0 {
        buffer = UnsafeBufferPointer(start: UnsafeRawPointer(input).assumingMemoryBound(to: UInt8.self), count: length)
    } else {
        buffer = UnsafeBufferPointer(start: nil, count: 0)
    }
    do throws(ClaimKitError) {
        let document = try extractor.extract(bytes: buffer, context: context)
        return .success(DocumentBox(document: document, extractor: extractor))
    } catch {
        return .failure(error)
    }
}

/// Copies JSON bytes into a malloc'ed NUL-terminated string for the caller.
func deliver(
    _ bytes: [UInt8], _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ outLength: UnsafeMutablePointer<Int>?, _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    guard let raw = malloc(bytes.count + 1) else {
        return fail(outError, ClaimKitError(.outOfMemory, "could not allocate \(bytes.count + 1) bytes for the JSON"))
    }
    let p = raw.assumingMemoryBound(to: CChar.self)
    bytes.withUnsafeBytes { src in
        if let base = src.baseAddress { memcpy(raw, base, bytes.count) }
    }
    p[bytes.count] = 0
    outJSON.pointee = p
    outLength?.pointee = bytes.count
    return succeed(outError)
}

func succeed(_ outError: UnsafeMutablePointer<claimkit_error>?) -> Int32 {
    if let outError {
        outError.pointee.status = CLAIMKIT_OK
        outError.pointee.byte_offset = -1  // SIZE_MAX: not applicable
        setMessage(outError, "")
    }
    return CLAIMKIT_OK
}

func fail(_ outError: UnsafeMutablePointer<claimkit_error>?, _ error: ClaimKitError) -> Int32 {
    let status = error.code.rawValue
    if let outError {
        outError.pointee.status = status
        outError.pointee.byte_offset = error.byteOffset ?? -1
        setMessage(outError, error.message)
    }
    return status
}

/// Writes a message into the fixed 256-byte buffer, truncated on a UTF-8 boundary, NUL-terminated.
func setMessage(_ outError: UnsafeMutablePointer<claimkit_error>, _ message: String) {
    withUnsafeMutableBytes(of: &outError.pointee.message) { buf in
        guard buf.count > 0 else { return }
        var bytes = Array(message.utf8)
        var n = min(bytes.count, buf.count - 1)
        // Do not cut a multi-byte character in half.
        while n > 0 && n < bytes.count && bytes[n] & 0xC0 == 0x80 { n -= 1 }
        bytes.removeSubrange(n...)
        for i in 0..<n { buf[i] = bytes[i] }
        buf[n] = 0
    }
}
