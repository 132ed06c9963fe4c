import CLibXML2

/// The libxml2 HTML parser, set up once and called without network, DTD or entity loading,
/// and without any error output (a no-op structured error handler on each parser context).
enum LibXML {
    /// `xmlInitParser` must run once before parsers are used from several threads; a global
    /// `let` is initialised exactly once, lazily and thread-safely.
    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static let options: Int32 = {
        let html = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
        // XML_PARSE_HUGE: without it libxml2 2.9 drops content nested deeper than 256 levels.
        return Int32(truncatingIfNeeded: html | XML_PARSE_HUGE.rawValue)
    }()

    /// Parses UTF-8 HTML; nil when libxml2 could not build a document at all.
    /// The caller frees the result with `xmlFreeDoc`.
    static func parse(_ html: [UInt8]) -> htmlDocPtr? {
        guard initialised, !html.isEmpty, let size = Int32(exactly: html.count) else { return nil }
        guard let ctxt = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(ctxt) }
        if let sax = ctxt.pointee.sax {
            sax.pointee.serror = { _, _ in }
            sax.pointee.warning = nil
            sax.pointee.error = nil
        }
        return html.withUnsafeBufferPointer { buf -> htmlDocPtr? in
            guard let base = buf.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                htmlCtxtReadMemory(ctxt, chars, size, "", "UTF-8", options)
            }
        }
    }
}
