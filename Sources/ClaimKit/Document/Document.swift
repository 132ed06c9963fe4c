/// Everything claimkit found in one article.
///
/// A document owns its text: every span in it is a UTF-8 byte range of `text`. For plain
/// UTF-8 input that is the input itself; for HTML it is the extracted article text, and for
/// repaired input it is the repaired text (`textDiffersFromInput` says when).
public struct Document: Sendable {
    /// The UTF-8 text all spans refer to.
    public var text: [UInt8]
    /// True when `text` is not byte-for-byte the caller's input (HTML, repaired encoding).
    public var textDiffersFromInput: Bool
    /// `text` or `html`: how the input was read.
    public var inputFormat: InputFormat
    /// ISO 639-1 code of the article's language, `und` when unknown.
    public var language: String
    public var title: String?
    /// ISO date of publication, when the article states one.
    public var published: String?
    public var authors: [String]
    /// Wire agencies named by a source line (`Reuters`, `AP`).
    public var sources: [String]
    /// The date relative expressions were resolved against, ISO, and where it came from.
    public var referenceDate: String?
    public var referenceAnchor: TimeAnchor
    public var blocks: [Block]
    public var sentences: [Sentence]
    public var claims: [Claim]
    public var quantities: [Quantity]
    public var times: [TimeExpression]
    public var entities: [Entity]
    public var diagnostics: [Diagnostic]
}

extension Document {
    // Builds through the synthesized memberwise initializer. An initializer that set the
    // fields one by one made the optimizer copy the whole new value and destroy the
    // original, a retain and a release of every array in it; for the model's structs with
    // strings (claims, speakers, entities, quantities) that was a few hundred instructions
    // each time one was built. The other model types do the same; their stored properties
    // are declared in an order that gives the memberwise initializer other labels than the
    // public one (else the two would clash).
    public init(text: [UInt8], inputFormat: InputFormat = .text) {
        self.init(
            text: text, textDiffersFromInput: false, inputFormat: inputFormat, language: "und", title: nil,
            published: nil, authors: [], sources: [], referenceDate: nil, referenceAnchor: .none, blocks: [],
            sentences: [], claims: [], quantities: [], times: [], entities: [], diagnostics: [])
    }

    /// The text of a span, decoded (invalid sequences cannot occur: the text is valid UTF-8).
    public func string(_ span: Span) -> String {
        let lo = max(0, min(span.start, text.count))
        let hi = max(lo, min(span.end, text.count))
        return String(decoding: text[lo..<hi], as: UTF8.self)
    }

    /// Index of the sentence that contains byte offset `offset`, if any (binary search).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid].span
            if offset < s.start { hi = mid } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// How an input is to be read.
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case html
    /// HTML when the bytes look like markup, text otherwise.
    case auto
}
