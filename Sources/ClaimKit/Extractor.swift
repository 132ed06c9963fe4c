/// Reads articles. Immutable once built: one extractor may be shared by any number of threads.
///
/// ```swift
/// let extractor = try Extractor(options: .default)
/// let document = try extractor.extract(articleText, context: ExtractionContext(referenceDate: "2024-06-20"))
/// for claim in document.claims { print(claim.speaker?.name ?? "-", document.string(claim.content)) }
/// ```
public final class Extractor: Sendable {
    public let options: ExtractionOptions

    public init(options: ExtractionOptions = .default) throws(ClaimKitError) {
        guard options.maxInputBytes > 0 else {
            throw ClaimKitError(.invalidOptions, "option 'max_input_bytes' must be a positive integer")
        }
        self.options = options
    }

    /// Builds an extractor from options JSON (see `spec/README.md`); nil or empty means defaults.
    public convenience init(optionsJSON: String?) throws(ClaimKitError) {
        try self.init(options: try ExtractionOptions(json: optionsJSON))
    }

    /// Extracts from a string.
    public func extract(_ text: String, context: ExtractionContext = ExtractionContext()) throws(ClaimKitError) -> Document {
        var text = text
        let result: Result<Document, ClaimKitError> = text.withUTF8 { buf in
            do throws(ClaimKitError) { return .success(try extract(bytes: buf, context: context)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Extracts from bytes (UTF-8 text or HTML; other encodings are repaired unless strict).
    public func extract(bytes: UnsafeBufferPointer<UInt8>, context: ExtractionContext = ExtractionContext()) throws(ClaimKitError) -> Document {
        guard bytes.count <= options.maxInputBytes else {
            throw ClaimKitError(
                .inputTooLarge,
                "input is \(bytes.count) bytes, over the limit of \(options.maxInputBytes) (option 'max_input_bytes')")
        }
        if let date = context.referenceDate, ISODate(parsing: date) == nil {
            throw ClaimKitError(.invalidArgument, "reference date '\(date)' is not an ISO date (YYYY-MM-DD)")
        }
        let decoded = try InputDecoder.decode(bytes, strict: options.strictEncoding)
        let format = resolveFormat(context.inputFormat ?? options.inputFormat, decoded.text)
        var document: Document
        if format == .html {
            document = HTMLExtractor.extract(html: decoded.text)
            document.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
        } else {
            document = Document(text: decoded.text, inputFormat: .text)
            document.textDiffersFromInput = decoded.repaired
            document.diagnostics = decoded.diagnostics
        }
        Pipeline.run(&document, context: context, stages: options.stages)
        return document
    }

    /// JSON for a document, as every interface writes it.
    /// `id` (any JSON value) is echoed first when given; else `line`, when given, is written
    /// as `"line"` (JSON Lines records without an id).
    public func json(_ document: Document, pretty: Bool = false, id: JSONValue? = nil, line: Int? = nil) -> [UInt8] {
        DocumentEncoder.encode(document, options: options, pretty: pretty, id: id, line: line)
    }

    private func resolveFormat(_ format: InputFormat, _ text: [UInt8]) -> InputFormat {
        switch format {
        case .text, .html: return format
        case .auto: return HTMLSniffer.looksLikeHTML(text) ? .html : .text
        }
    }
}
