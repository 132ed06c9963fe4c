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
///
/// As with `Quantity`, the public initializer is an extension's, handing its arguments to the
/// memberwise one (`span` first so that they differ): one of its own copied each new value.
public struct TimeExpression: Sendable, Hashable {
    public var span: Span
    public var sentence: Int
    /// ISO 8601: `2024-06-19`, `2023-11`, `1961`, `T03:00`, `2024-06-19T14:30`; nil when unresolved.
    public var value: String?
    public var kind: TimeKind
    public var relative: Bool
    public var anchor: TimeAnchor
    public var rule: String

}

extension TimeExpression {
    public init(
        sentence: Int, span: Span, value: String?, kind: TimeKind, relative: Bool = false,
        anchor: TimeAnchor = .none, rule: String
    ) {
        self.init(span: span, sentence: sentence, value: value, kind: kind, relative: relative, anchor: anchor, rule: rule)
    }
}
