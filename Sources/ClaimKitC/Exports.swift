// The C interface: `@c @implementation` of every function declared in include/claimkit.h.
//
// The compiler checks each signature against the header. Each body validates its arguments,
// calls the ClaimKit API and maps the result to a status; no logic lives here, and nothing
// here may trap: every pointer is checked, every thrown error becomes a status.
import CClaimKit
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Versioning

@c @implementation
public func claimkit_version_number() -> UInt32 { UInt32(truncatingIfNeeded: ClaimKitVersion.number) }

@c @implementation
public func claimkit_version_string() -> UnsafePointer<CChar>! { cString("0.1.0") }

// MARK: - Status

@c @implementation
public func claimkit_status_string(_ status: Int32) -> UnsafePointer<CChar>! {
    switch status {
    case 0: cString("ok")
    case 1: cString("invalid argument")
    case 2: cString("invalid UTF-8")
    case 3: cString("input too large")
    case 4: cString("invalid options")
    case 5: cString("invalid JSON")
    case 6: cString("out of memory")
    case 7: cString("internal error")
    default: cString("unknown status")
    }
}

// MARK: - Extractor

@c @implementation
public func claimkit_extractor_new(
    _ optionsJSON: UnsafePointer<CChar>?,
    _ outExtractor: UnsafeMutablePointer<OpaquePointer?>?,
    _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    guard let outExtractor else {
        return fail(outError, ClaimKitError(.invalidArgument, "out_extractor must not be NULL"))
    }
    outExtractor.pointee = nil
    do throws(ClaimKitError) {
        let json = try jsonArgument(optionsJSON, .invalidOptions, "options").get()
        let extractor = try Extractor(optionsJSON: json)
        outExtractor.pointee = OpaquePointer(Unmanaged.passRetained(extractor).toOpaque())
        return succeed(outError)
    } catch {
        return fail(outError, error)
    }
}

@c @implementation
public func claimkit_extractor_free(_ extractor: OpaquePointer?) {
    guard let extractor else { return }
    Unmanaged<Extractor>.fromOpaque(UnsafeRawPointer(extractor)).release()
}

// MARK: - Extraction

@c @implementation
public func claimkit_extract(
    _ extractor: OpaquePointer?,
    _ input: UnsafePointer<CChar>?,
    _ inputLength: Int,
    _ contextJSON: UnsafePointer<CChar>?,
    _ outDocument: UnsafeMutablePointer<OpaquePointer?>?,
    _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    guard let outDocument else {
        return fail(outError, ClaimKitError(.invalidArgument, "out_document must not be NULL"))
    }
    outDocument.pointee = nil
    switch run(extractor, input, inputLength, contextJSON) {
    case .success(let box):
        outDocument.pointee = OpaquePointer(Unmanaged.passRetained(box).toOpaque())
        return succeed(outError)
    case .failure(let error):
        return fail(outError, error)
    }
}

@c @implementation
public func claimkit_document_free(_ document: OpaquePointer?) {
    guard let document else { return }
    Unmanaged<DocumentBox>.fromOpaque(UnsafeRawPointer(document)).release()
}

// MARK: - JSON

@c @implementation
public func claimkit_document_to_json(
    _ document: OpaquePointer?,
    _ flags: UInt32,
    _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ outLength: UnsafeMutablePointer<Int>?,
    _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    outLength?.pointee = 0
    guard let outJSON else { return fail(outError, ClaimKitError(.invalidArgument, "out_json must not be NULL")) }
    outJSON.pointee = nil
    guard let box = DocumentBox.from(document) else {
        return fail(outError, ClaimKitError(.invalidArgument, "document must not be NULL"))
    }
    let bytes = box.extractor.json(box.document, pretty: flags & UInt32(CLAIMKIT_JSON_PRETTY) != 0)
    return deliver(bytes, outJSON, outLength, outError)
}

@c @implementation
public func claimkit_extract_json(
    _ extractor: OpaquePointer?,
    _ input: UnsafePointer<CChar>?,
    _ inputLength: Int,
    _ contextJSON: UnsafePointer<CChar>?,
    _ flags: UInt32,
    _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ outLength: UnsafeMutablePointer<Int>?,
    _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    outLength?.pointee = 0
    guard let outJSON else { return fail(outError, ClaimKitError(.invalidArgument, "out_json must not be NULL")) }
    outJSON.pointee = nil
    switch run(extractor, input, inputLength, contextJSON) {
    case .success(let box):
        let bytes = box.extractor.json(box.document, pretty: flags & UInt32(CLAIMKIT_JSON_PRETTY) != 0)
        return deliver(bytes, outJSON, outLength, outError)
    case .failure(let error):
        return fail(outError, error)
    }
}

// MARK: - Comparing articles

@c @implementation
public func claimkit_compare_json(
    _ documentsJSON: UnsafePointer<CChar>?,
    _ documentsLength: Int,
    _ flags: UInt32,
    _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ outLength: UnsafeMutablePointer<Int>?,
    _ outError: UnsafeMutablePointer<claimkit_error>?
) -> Int32 {
    outLength?.pointee = 0
    guard let outJSON else { return fail(outError, ClaimKitError(.invalidArgument, "out_json must not be NULL")) }
    outJSON.pointee = nil
    // size_t arrives as Int: SIZE_MAX and other lengths over Int.max are negative here.
    guard documentsLength >= 0, documentsLength <= ComparisonInput.maxBytes else {
        return fail(outError, ClaimKitError(.inputTooLarge, "documents_len is larger than the \(ComparisonInput.maxBytes) bytes one call compares"))
    }
    if documentsJSON == nil && documentsLength > 0 {
        return fail(outError, ClaimKitError(.invalidArgument, "documents_json is NULL but documents_len is \(documentsLength)"))
    }
    let buffer = UnsafeBufferPointer(
        start: documentsLength > 0 ? documentsJSON.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) } : nil,
        count: documentsLength)
    do throws(ClaimKitError) {
        let documents = try ComparisonInput.documents(buffer)
        let bytes = Comparator.compare(json: documents).json(pretty: flags & UInt32(CLAIMKIT_JSON_PRETTY) != 0)
        return deliver(bytes, outJSON, outLength, outError)
    } catch {
        return fail(outError, error)
    }
}

@c @implementation
public func claimkit_string_free(_ string: UnsafeMutablePointer<CChar>?) {
    free(string)
}

// MARK: - Reading a document

@c @implementation
public func claimkit_document_text(_ document: OpaquePointer?, _ outLength: UnsafeMutablePointer<Int>?) -> UnsafePointer<CChar>? {
    guard let box = DocumentBox.from(document) else {
        outLength?.pointee = 0
        return nil
    }
    outLength?.pointee = box.document.text.count
    return UnsafePointer(box.text)
}

@c @implementation
public func claimkit_document_sentence_count(_ document: OpaquePointer?) -> Int {
    DocumentBox.from(document)?.document.sentences.count ?? 0
}

@c @implementation
public func claimkit_document_sentence(
    _ document: OpaquePointer?, _ index: Int, _ outSpan: UnsafeMutablePointer<claimkit_span>?
) -> Int32 {
    outSpan?.pointee = claimkit_span(start: 0, end: 0)
    guard let box = DocumentBox.from(document), let outSpan else { return CLAIMKIT_ERROR_INVALID_ARGUMENT }
    let sentences = box.document.sentences
    guard index >= 0, index < sentences.count else { return CLAIMKIT_ERROR_INVALID_ARGUMENT }
    let span = sentences[index].span
    outSpan.pointee = claimkit_span(start: span.start, end: span.end)
    return CLAIMKIT_OK
}

@c @implementation
public func claimkit_document_claim_count(_ document: OpaquePointer?) -> Int {
    DocumentBox.from(document)?.document.claims.count ?? 0
}

@c @implementation
public func claimkit_document_diagnostic_count(_ document: OpaquePointer?) -> Int {
    DocumentBox.from(document)?.document.diagnostics.count ?? 0
}
