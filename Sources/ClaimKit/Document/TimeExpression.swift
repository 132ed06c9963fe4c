/// What a time expression names.
public enum TimeKind: String, Sendable, CaseIterable {
    case date
    case time
    case datetime
    /// A month, a year, a week: a period named as a whole.
    case period
}

/// Which date a relative expression was resolved against.
public enum TimeAnchor: String, Sendable, CaseIterable {
    /// The caller's reference date.
    case reference
    /// The article's publication date or dateline.
    case published
    /// The date the article's own text is evidently about.
    case content
    /// Absolute: needed no anchor.
    case none
}

/// A date or time of day, resolved to ISO 8601 where possible.
public struct TimeExpression: Sendable, Hashable {
    public var sentence: Int
    public var span: Span
    /// ISO 8601: `2024-06-19`, `2023-11`, `1961`, `T03:00`, `2024-06-19T14:30`; nil when unresolved.
    public var value: String?
    public var anchor: TimeAnchor
    public var relative: Bool
    public var kind: TimeKind
    public var rule: String
}

extension TimeExpression {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`anchor` is declared before `kind`): see `Document.init(text:inputFormat:)`.
    public init(
        sentence: Int, span: Span, value: String?, kind: TimeKind, relative: Bool = false,
        anchor: TimeAnchor = .none, rule: String
    ) {
        self.init(sentence: sentence, span: span, value: value, anchor: anchor, relative: relative, kind: kind, rule: rule)
    }
}
