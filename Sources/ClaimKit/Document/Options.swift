/// How an `Extractor` behaves; fixed when it is built.
public struct ExtractionOptions: Sendable, Hashable {
    /// Reject input that is not valid UTF-8 instead of repairing it.
    public var strictEncoding: Bool
    /// Inputs larger than this many bytes are refused with `.inputTooLarge`.
    public var maxInputBytes: Int
    /// Offsets in JSON output: `utf8` bytes (default) or Unicode `codepoint`s.
    public var offsetUnit: OffsetUnit
    /// Always include the document text in JSON (otherwise only when it differs from the input).
    public var includeText: Bool
    /// Default input format when a call does not say.
    public var inputFormat: InputFormat
    /// Which stages run after structure (blocks and sentences always run).
    public var stages: Stages

    public static let defaultMaxInputBytes = 64 << 20

    public init(
        strictEncoding: Bool = false, maxInputBytes: Int = ExtractionOptions.defaultMaxInputBytes,
        offsetUnit: OffsetUnit = .utf8, includeText: Bool = false, inputFormat: InputFormat = .auto,
        stages: Stages = .all
    ) {
        self.strictEncoding = strictEncoding
        self.maxInputBytes = maxInputBytes
        self.offsetUnit = offsetUnit
        self.includeText = includeText
        self.inputFormat = inputFormat
        self.stages = stages
    }

    public static let `default` = ExtractionOptions()
}

/// The unit of offsets in JSON output.
public enum OffsetUnit: String, Sendable, CaseIterable {
    case utf8
    case codepoint
}

/// What is known about one article from outside it.
public struct ExtractionContext: Sendable, Hashable {
    /// ISO date (`YYYY-MM-DD`) relative dates resolve against; overrides the article's own date.
    public var referenceDate: String?
    /// Overrides the extractor's input format for this call.
    public var inputFormat: InputFormat?

    public init(referenceDate: String? = nil, inputFormat: InputFormat? = nil) {
        self.referenceDate = referenceDate
        self.inputFormat = inputFormat
    }
}
