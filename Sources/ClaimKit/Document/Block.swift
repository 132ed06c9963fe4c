/// What a block of an article is for.
public enum BlockRole: String, Sendable, CaseIterable {
    /// The title or standfirst.
    case lead
    case heading
    case paragraph
    /// A photo caption.
    case caption
    /// A photo credit such as `Anthony Wallace | AFP | Getty Images`.
    case credit
    /// A line that is only a date, such as `December 26, 2024`.
    case dateline
    /// A wire-source line such as `Reuters, AP, DPA`.
    case source
    /// Page furniture: `Leave a Reply`, `About The Author`, comment forms.
    case boilerplate
}

/// A run of text separated from its neighbours by line structure (or by HTML elements).
public struct Block: Sendable, Hashable {
    public var span: Span
    public var role: BlockRole
    /// Indexes into `Document.sentences`, half-open.
    public var sentences: Range<Int>

    public init(span: Span, role: BlockRole, sentences: Range<Int> = 0..<0) {
        self.span = span
        self.role = role
        self.sentences = sentences
    }
}
