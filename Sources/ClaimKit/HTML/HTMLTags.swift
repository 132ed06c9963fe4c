import CLibXML2

/// What an HTML element means to the main-text extraction, looked up by a hash of its name.
enum HTMLTag: Sendable {
    /// Never holds article text: script, style, nav, aside, footer, form controls, media.
    case dropped
    case meta
    case title
    case script
    case h1
    /// h2…h6
    case heading
    case paragraph
    /// Other elements that start a new block: div, section, li, td, table, ul, dl…
    case block
    case blockquote
    case figure
    case figcaption
    case article
    case main
    case br
    case anchor
    case time
    case body
    /// Inline elements (span, em, strong, b, i…) and anything unknown.
    case inline

    static let table: [UInt64: HTMLTag] = {
        var t: [UInt64: HTMLTag] = [:]
        func set(_ names: [String], _ tag: HTMLTag) { for n in names { t[WordHash.of(n)] = tag } }
        set(["style", "noscript", "iframe", "nav", "aside", "footer", "button", "input", "select", "textarea", "label",
             "svg", "canvas", "video", "audio", "object", "embed", "template", "map", "dialog", "menu", "option"], .dropped)
        set(["meta"], .meta)
        set(["title"], .title)
        set(["script"], .script)
        set(["h1"], .h1)
        set(["h2", "h3", "h4", "h5", "h6"], .heading)
        set(["p"], .paragraph)
        set(["div", "section", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "pre",
             "address", "center", "hr", "header", "hgroup", "details", "summary", "fieldset", "form", "picture", "caption"], .block)
        set(["blockquote"], .blockquote)
        set(["figure"], .figure)
        set(["figcaption"], .figcaption)
        set(["article"], .article)
        set(["main"], .main)
        set(["br"], .br)
        set(["a"], .anchor)
        set(["time"], .time)
        set(["body"], .body)
        return t
    }()

    static func of(_ node: xmlNodePtr) -> HTMLTag {
        guard let name = node.pointee.name else { return .inline }
        var h = WordHash.seed
        var k = 0
        while k < 16 {
            let b = name[k]
            if b == 0 { break }
            h = WordHash.add(h, b)
            k += 1
        }
        guard k < 16 else { return .inline }
        return table[h] ?? .inline
    }

    /// Elements whose start and end separate blocks of text.
    var isBlockLevel: Bool {
        switch self {
        case .h1, .heading, .paragraph, .block, .blockquote, .figure, .figcaption, .article, .main, .br, .body: true
        default: false
        }
    }
}

/// Reading attributes without allocating: the value bytes of the first text child.
enum HTMLAttributes {
    /// Calls `body` with each attribute's lower-cased name hash and value bytes.
    static func forEach(_ node: xmlNodePtr, _ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
        var attr = node.pointee.properties
        var count = 0
        while let a = attr, count < 64 {
            count += 1
            if let name = a.pointee.name {
                var h = WordHash.seed
                var k = 0
                while k < 32 && name[k] != 0 {
                    h = WordHash.add(h, name[k])
                    k += 1
                }
                if let child = a.pointee.children, let content = child.pointee.content {
                    body(h, UnsafeBufferPointer(start: content, count: cStringLength(content)))
                } else {
                    body(h, UnsafeBufferPointer(start: nil, count: 0))
                }
            }
            attr = a.pointee.next
        }
    }

    /// Length of a NUL-terminated libxml2 string.
    static func cStringLength(_ p: UnsafePointer<UInt8>) -> Int {
        var n = 0
        while p[n] != 0 { n += 1 }
        return n
    }

    static let classHash = WordHash.of("class")
    static let idHash = WordHash.of("id")
    static let styleHash = WordHash.of("style")
    static let hiddenHash = WordHash.of("hidden")
    static let ariaHiddenHash = WordHash.of("aria-hidden")
    static let itempropHash = WordHash.of("itemprop")
    static let typeHash = WordHash.of("type")
    static let nameHash = WordHash.of("name")
    static let propertyHash = WordHash.of("property")
    static let contentHash = WordHash.of("content")
    static let datetimeHash = WordHash.of("datetime")
    static let roleHash = WordHash.of("role")
}
