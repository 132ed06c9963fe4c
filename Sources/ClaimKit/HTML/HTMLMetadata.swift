/// Title, publication date and authors from `<meta>` tags, `<title>` and JSON-LD.
///
/// Precedence: JSON-LD (`headline`, `datePublished`, `author`) over `<meta>` (`og:title`,
/// `article:published_time`, `author` …) over `<title>`. Dates keep their ISO day only.
struct HTMLMetadata {
    var title: String?
    var metaTitle: String?
    var pageTitle: String?
    var published: String?
    var metaPublished: String?
    var authors: [String] = []
    var metaAuthors: [String] = []

    static let titleKeys: Set<UInt64> = Set(["og:title", "twitter:title", "headline", "dc.title", "sailthru.title", "parsely-title"].map(WordHash.of))
    static let dateKeys: Set<UInt64> = Set([
        "article:published_time", "og:published_time", "published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "original-publish-date", "citation_publication_date", "article_date_original", "displaydate",
        "cxenseparse:recs:publishtime", "dc.date.created", "date_published",
    ].map(WordHash.of))
    static let authorKeys: Set<UInt64> = Set(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "byline", "citation_author"].map(WordHash.of))

    /// Reads one `<meta name|property|itemprop=… content=…>`.
    mutating func readMeta(key: UnsafeBufferPointer<UInt8>, content: UnsafeBufferPointer<UInt8>) {
        guard key.count > 0, key.count <= 64, content.count > 0, content.count <= 2000 else { return }
        let h = WordHash.of(key, 0, key.count)
        let value = HTMLMetadata.clean(String(decoding: content, as: UTF8.self))
        guard !value.isEmpty else { return }
        if HTMLMetadata.titleKeys.contains(h) {
            if metaTitle == nil { metaTitle = value }
        } else if HTMLMetadata.dateKeys.contains(h) {
            if metaPublished == nil, let iso = DateLine.isoPrefix(value) ?? HTMLMetadata.textDate(value) { metaPublished = iso }
        } else if HTMLMetadata.authorKeys.contains(h) {
            // `article:author` is often a profile URL; keep names only.
            if !value.contains("/") && !value.contains("@") && value.utf8.count <= 200 {
                for name in HTMLMetadata.personNames(value) where !metaAuthors.contains(name) { metaAuthors.append(name) }
            }
        }
    }

    /// Reads a `<script type="application/ld+json">` body.
    mutating func readJSONLD(_ bytes: [UInt8]) {
        guard bytes.count <= 1 << 20, let value = try? JSONReader.parse(bytes) else { return }
        // Breadth-first over arrays and @graph, bounded.
        var queue: [JSONValue] = [value]
        var seen = 0
        while !queue.isEmpty && seen < 200 {
            let v = queue.removeFirst()
            seen += 1
            if let items = v.arrayValue {
                queue.append(contentsOf: items.prefix(50))
                continue
            }
            guard v.objectValue != nil else { continue }
            if let graph = v["@graph"]?.arrayValue { queue.append(contentsOf: graph.prefix(50)) }
            let type = HTMLMetadata.typeNames(v["@type"])
            let isArticle = type.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
            guard isArticle else { continue }
            if title == nil, let h = v["headline"]?.stringValue { title = HTMLMetadata.clean(h) }
            if published == nil, let d = v["datePublished"]?.stringValue { published = DateLine.isoPrefix(d) }
            if authors.isEmpty { authors = HTMLMetadata.names(v["author"]) }
        }
    }

    static func typeNames(_ v: JSONValue?) -> [String] {
        if let s = v?.stringValue { return [s] }
        return v?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    static func names(_ v: JSONValue?) -> [String] {
        guard let v else { return [] }
        if let s = v.stringValue { return s.contains("/") ? [] : personNames(s) }
        if typeNames(v["@type"]).contains("Organization") { return [] }
        if let n = v["name"]?.stringValue { return personNames(n) }
        if let items = v.arrayValue {
            var out: [String] = []
            for name in items.prefix(20).flatMap({ names($0) }) where !out.contains(name) { out.append(name) }
            return out
        }
        return []
    }

    /// Person names in a by-line value: `By Jane Doe And John Roe For The Daily Paper` →
    /// [Jane Doe, John Roe]; organisations (`BBC News`, `CNN`, `No Author`) are dropped.
    static func personNames(_ raw: String) -> [String] {
        var text = Array(clean(raw).utf8)
        var lower = text.map(ByteClass.lower)
        if lower.starts(with: Array("by ".utf8)) {
            text.removeFirst(3)
            lower.removeFirst(3)
        }
        // Cut at ` for ` (the publication).
        if let cut = firstIndex(of: Array(" for ".utf8), in: lower) {
            text = Array(text[..<cut])
            lower = Array(lower[..<cut])
        }
        // Split at `,`, `;`, `|`, ` and `, ` & `.
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "|") {
                parts.append(current)
                current = []
                i += 1
                continue
            }
            if b == 0x20 {
                let and = Array(" and ".utf8)
                let amp = Array(" & ".utf8)
                if i + and.count <= lower.count && Array(lower[i..<(i + and.count)]) == and {
                    parts.append(current)
                    current = []
                    i += and.count
                    continue
                }
                if i + amp.count <= lower.count && Array(lower[i..<(i + amp.count)]) == amp {
                    parts.append(current)
                    current = []
                    i += amp.count
                    continue
                }
            }
            current.append(b)
            i += 1
        }
        parts.append(current)
        var names: [String] = []
        for p in parts {
            let name = clean(String(decoding: p, as: UTF8.self))
            let bytes = Array(name.utf8)
            guard let first = bytes.first, bytes.count <= 60, ByteClass.isUpper(first) || first >= 0x80 else { continue }
            if LineKinds.isPersonName(name), !names.contains(name) { names.append(name) }
        }
        return names
    }

    static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var s = 0
        while s + needle.count <= hay.count {
            if hay[s] == needle[0] && Array(hay[s..<(s + needle.count)]) == needle { return s }
            s += 1
        }
        return nil
    }

    /// White space collapsed and trimmed.
    static func clean(_ s: String) -> String {
        var out: [UInt8] = []
        var space = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A date written out (`June 19, 2024`) in a metadata value.
    static func textDate(_ s: String) -> String? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { DateLine.iso($0, Span(start: 0, end: $0.count)) }
    }

    /// The values as the document will carry them.
    var resolvedTitle: String? { title ?? metaTitle ?? pageTitle }
    var resolvedPublished: String? { published ?? metaPublished }
    var resolvedAuthors: [String] { authors.isEmpty ? metaAuthors : authors }
}
