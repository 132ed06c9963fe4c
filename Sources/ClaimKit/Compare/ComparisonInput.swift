/// Reads the documents to compare from one buffer of JSON, as the C call and the bindings pass
/// them: a JSON array of documents, JSON Lines of documents, or any sequence of those separated
/// by white space (so a single pretty-printed document, or several arrays, also work).
///
/// Each document must be a JSON object with a `schema_version` (as `claimkit extract` writes
/// it); an article record (`{"id", "text"}`) is refused with a message saying so, because
/// comparing it would silently find nothing. Errors carry the byte offset of the problem:
/// where the JSON is malformed, or where the offending top-level value starts.
public enum ComparisonInput {
    /// The most input one call reads (1 GiB): larger is `inputTooLarge`, checked before any
    /// byte is touched (a wrong length from C must not make us read past the buffer).
    public static let maxBytes = 1 << 30

    public static func documents(_ buf: UnsafeBufferPointer<UInt8>) throws(ClaimKitError) -> [JSONValue] {
        guard buf.count <= maxBytes else {
            throw ClaimKitError(.inputTooLarge, "documents_len is \(buf.count) bytes; at most \(maxBytes) can be compared in one call")
        }
        if let bad = InputDecoder.firstInvalidOffset(buf) {
            throw ClaimKitError(.invalidJSON, "the documents are not valid UTF-8", byteOffset: bad)
        }
        var cursor = JSONReader.Cursor(buf: buf)
        var documents: [JSONValue] = []
        cursor.skipSpace()
        while cursor.pos < buf.count {
            let start = cursor.pos
            let value: JSONValue
            do throws(JSONReader.ParseError) {
                value = try cursor.value(depth: 0)
            } catch {
                throw ClaimKitError(.invalidJSON, "the documents are not valid JSON: \(error.message)", byteOffset: error.offset)
            }
            if case .array(let items) = value {
                for item in items { try append(item, to: &documents, at: start) }
            } else {
                try append(value, to: &documents, at: start)
            }
            cursor.skipSpace()
        }
        return documents
    }

    public static func documents(_ bytes: [UInt8]) throws(ClaimKitError) -> [JSONValue] {
        try bytes.withUnsafeBufferPointer { buf throws(ClaimKitError) in try documents(buf) }
    }

    private static func append(_ value: JSONValue, to documents: inout [JSONValue], at offset: Int) throws(ClaimKitError) {
        let number = documents.count + 1
        guard case .object = value else {
            throw ClaimKitError(.invalidJSON, "document \(number) must be a JSON object, not \(value.typeName)", byteOffset: offset)
        }
        guard value["schema_version"] != nil else {
            let hint = value["text"] != nil || value["html"] != nil ? " (an article record: extract it first)" : ""
            throw ClaimKitError(
                .invalidJSON, "document \(number) is not a claimkit document: it has no \"schema_version\"\(hint)", byteOffset: offset)
        }
        documents.append(value)
    }
}
