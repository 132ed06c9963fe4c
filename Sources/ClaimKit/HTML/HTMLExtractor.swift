/// Main-text extraction from HTML. (First version: the markup is kept as text; the structure
/// issue replaces this with libxml2.)
enum HTMLExtractor {
    static func extract(html: [UInt8]) -> Document {
        var document = Document(text: html, inputFormat: .html)
        document.diagnostics.append(Diagnostic(code: "html_not_extracted", message: "HTML extraction is not available yet; the markup was read as text"))
        return document
    }
}
