/// Reads articles. Its options are fixed once built, and one extractor may be shared by any
/// number of threads (and inherited by forked processes): the only state it changes is a small
/// lock-free pool of working storage reused from document to document (`ScratchPool`), which
/// never changes a result.
///
/// ```swift
/// let extractor = try Extractor(options: .default)
/// let document = try extractor.extract(articleText, context: ExtractionContext(referenceDate: "2024-06-20"))
/// for claim in document.claims { print(claim.speaker?.name ?? "-", document.string(claim.content)) }
/// ```
public final class Extractor: Sendable {
    public let options: ExtractionOptions
    /// Working storage kept between documents; lock-free, so sharing the extractor between
    /// threads (or forking) stays safe (`ScratchPool`).
    let scratchPool = ScratchPool()

    public init(options: ExtractionOptions = .default) throws(ClaimKitError) {
        guard options.maxInputBytes > 0 else {
            throw ClaimKitError(.invalidOptions, "option 'max_input_bytes' must be a positive integer")
        }
        self.options = options
        _ = Self.tablesReady
    }

    /// Runs the whole pipeline once over a short built-in article, the first time any
    /// extractor is made in a process, so that every lexicon table and model the pipeline
    /// reads is built here rather than inside the first document's stages: no document's
    /// cost includes that set-up (about 25 million instructions), and worker processes forked
    /// after an extractor exists inherit the tables instead of each building them again.
    private static let tablesReady: Bool = {
        let sample = """
            <html><head><title>Warm-up</title></head><body><p>LONDON (Reuters) - Up to 4.8 million \
            shells, about 5-10% of the total, arrived on Wednesday, June 19, 2024, officials said.</p>\
            <p>\u{201C}We could see more,\u{201D} Mr. Park told reporters. He reportedly denied it.</p>\
            <p>Sales may reach 5bn or more by Christmas.</p></body></html>
            """
        // Tables the sample text does not reach (credit and date lines, sentence openers).
        StructureLexicons.warmUp()
        let scratch = PipelineScratch()
        var html = HTMLExtractor.extract(html: Array(sample.utf8))
        Pipeline.run(&html, context: ExtractionContext(), stages: .all, scratch: scratch)
        var text = Document(text: html.text, inputFormat: .text)
        Pipeline.run(&text, context: ExtractionContext(), stages: .all, scratch: scratch)
        return true
    }()

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
        let scratch = scratchPool.take()
        Pipeline.run(&document, context: context, stages: options.stages, scratch: scratch)
        scratchPool.give(scratch)
        // Swapped out rather than returned: returning the variable the stages changed in place
        // made the compiler copy the whole document (a retain of every array in it) and then
        // destroy the original; an empty document costs no allocation to make or free.
        var result = Document(text: [])
        swap(&result, &document)
        return result
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
