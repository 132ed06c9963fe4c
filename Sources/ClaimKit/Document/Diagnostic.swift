/// Something claimkit noticed about messy input that did not stop it: a repaired byte, an
/// unbalanced quote mark, a glued word, a date it could not resolve.
///
/// Diagnostics are for linguistic and encoding trouble; misuse of the API is an error instead.
public struct Diagnostic: Sendable, Hashable {
    /// English text for people.
    public var message: String
    /// A stable snake_case code such as `invalid_utf8_repaired` or `unbalanced_quote`.
    public var code: String
    /// Where it happened, when it has a place.
    public var span: Span?
}

extension Diagnostic {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`message` is declared before `code`): see `Document.init(text:inputFormat:)`.
    public init(code: String, message: String, span: Span? = nil) {
        self.init(message: message, code: code, span: span)
    }
}
