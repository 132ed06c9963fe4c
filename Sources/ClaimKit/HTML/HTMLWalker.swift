import CLibXML2

/// One walk over the parsed tree, in document order, without recursion (parent/next
/// pointers), collecting text blocks and the facts needed to pick the article's container.
///
/// Text is gathered into the innermost block-level element; entering or leaving any block-level
/// element (or a `<br>`) closes the current block. White space is collapsed as browsers do.
/// Furniture (`HTMLTag.dropped`, `HTMLNoiseHints`, hidden elements) is skipped with its whole
/// subtree. Each element gets a pre-order number; `lastDescendant` lets the extractor test
/// "inside the container" in O(1).
struct HTMLWalker {
    struct CandidateBlock {
        var text: [UInt8]
        var role: BlockRole
        /// Pre-order number of the innermost block-level element that held the text.
        var owner: Int
        var ownerIsParagraph: Bool
        var linkBytes: Int
    }

    var blocks: [CandidateBlock] = []
    var metadata = HTMLMetadata()
    /// Per element (pre-order number): parent's number, last descendant's number.
    var parent: [Int32] = []
    var lastDescendant: [Int32] = []
    /// Elements that name the article: `<article>`, `itemprop=articleBody`, `article-body` classes.
    var articleElements: [Int] = []
    /// Elements that name the article's body (`itemprop=articleBody`, `article-body` classes).
    var bodyElements: [Int] = []
    /// Per element: hash of its `class` value (0 when none), to find sibling text columns.
    var classHash: [UInt64] = []
    var firstTimeDate: String?

    // Walk state.
    private var elementStack: [Int] = []
    private var blockStack: [(index: Int, tag: HTMLTag)] = []
    /// The meaning each open element was given on entry (a `class="caption"` div acts as a
    /// figcaption), so leaving it undoes exactly what entering did.
    private var tagStack: [HTMLTag] = []
    private var text: [UInt8] = []
    private var pendingSpace = false
    private var linkBytes = 0
    private var anchorDepth = 0
    private var h1Depth = 0
    private var headingDepth = 0
    private var captionDepth = 0
    private var creditDepth = 0
    private var titleDepth = 0
    private var pageTitle: [UInt8] = []
    private var jsonLD: [UInt8]?

    /// Marks (in libxml2's `_private` field) every ancestor of an element that names the
    /// article (`<article>`, `<main>`, `itemprop=articleBody`, `article-body` classes), so a
    /// wrapper with a furniture-like class (`Page-ad-margins`) is not dropped with the story.
    /// Climbing stops at an ancestor already marked, so the cost stays linear.
    static func protectArticleAncestors(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE && namesArticle(n) {
                var up = n.pointee.parent
                while let u = up, u.pointee._private != HTMLWalker.protectedMark {
                    u.pointee._private = HTMLWalker.protectedMark
                    up = u.pointee.parent
                }
            }
            if let child = n.pointee.children, n.pointee.type == XML_ELEMENT_NODE || n == root {
                node = child
                continue
            }
            var current = n
            while true {
                if current == root { node = nil; break }
                if let next = current.pointee.next { node = next; break }
                guard let up = current.pointee.parent else { node = nil; break }
                current = up
            }
        }
    }

    /// A non-null marker that no libxml2 code dereferences (`_private` is for the caller).
    static var protectedMark: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: 1) }

    private static func namesArticle(_ n: xmlNodePtr) -> Bool {
        let tag = HTMLTag.of(n)
        if tag == .article || tag == .main { return true }
        var found = false
        HTMLAttributes.forEach(n) { name, value in
            if name == HTMLAttributes.classHash || name == HTMLAttributes.idHash {
                if HTMLNoiseHints.isArticleBody(value) { found = true }
            } else if name == HTMLAttributes.itempropHash {
                if HTMLNoiseHints.contains(value.map(ByteClass.lower), Array("articlebody".utf8)) { found = true }
            }
        }
        return found
    }

    mutating func walk(_ root: xmlNodePtr) {
        HTMLWalker.protectArticleAncestors(root)
        var node: xmlNodePtr? = root
        while let n = node {
            let descend = enter(n)
            if descend, let child = n.pointee.children {
                node = child
                continue
            }
            var current = n
            var leaveCurrent = descend
            while true {
                if leaveCurrent { leave(current) }
                leaveCurrent = true
                if current == root {
                    node = nil
                    break
                }
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let up = current.pointee.parent else {
                    node = nil
                    break
                }
                current = up
            }
        }
        flush()
        if !pageTitle.isEmpty { metadata.pageTitle = HTMLMetadata.clean(String(decoding: pageTitle, as: UTF8.self)) }
    }

    /// Handles the start of a node; returns whether to walk into its children (and later call
    /// `leave` for it).
    private mutating func enter(_ n: xmlNodePtr) -> Bool {
        switch n.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = n.pointee.content { appendText(content) }
            return false
        case XML_ELEMENT_NODE:
            break
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            return true
        default:
            return false
        }
        let tag = HTMLTag.of(n)
        switch tag {
        case .dropped:
            return false
        case .meta:
            readMeta(n)
            return false
        case .title:
            titleDepth += 1
            return true
        case .script:
            readScript(n)
            return false
        default:
            break
        }
        // Attributes: noise hints, hidden elements, article markers, credits.
        var noise = HTMLNoiseHints.Strength.none
        var articleBody = tag == .article
        var namesBody = false
        var classValueHash: UInt64 = 0
        var credit = false
        var captionClass = false
        var dateTime: UnsafeBufferPointer<UInt8>?
        let checkNoise = tag != .body && tag != .article && tag != .main
        HTMLAttributes.forEach(n) { name, value in
            if name == HTMLAttributes.classHash || name == HTMLAttributes.idHash {
                if checkNoise {
                    let level = HTMLNoiseHints.noise(value)
                    if level == .strong || (level == .weak && noise == .none) { noise = level }
                }
                if HTMLNoiseHints.isArticleBody(value) {
                    articleBody = true
                    namesBody = true
                }
                if name == HTMLAttributes.classHash && value.count > 0 { classValueHash = WordHash.of(value, 0, value.count) }
                if name == HTMLAttributes.classHash && (captionDepth > 0 ? HTMLNoiseHints.isCredit(value) : HTMLNoiseHints.isPhotoCredit(value)) { credit = true }
                if name == HTMLAttributes.classHash && HTMLNoiseHints.isCaption(value) { captionClass = true }
            } else if name == HTMLAttributes.hiddenHash {
                noise = .strong
            } else if name == HTMLAttributes.ariaHiddenHash {
                if value.count == 4 && ByteClass.lower(value[0]) == UInt8(ascii: "t") && noise == .none { noise = .weak }
            } else if name == HTMLAttributes.styleHash {
                if HTMLNoiseHints.contains(value.map(ByteClass.lower).filter { $0 != 0x20 }, Array("display:none".utf8)) { noise = .strong }
            } else if name == HTMLAttributes.itempropHash {
                if HTMLNoiseHints.contains(value.map(ByteClass.lower), Array("articlebody".utf8)) {
                    articleBody = true
                    namesBody = true
                }
            } else if name == HTMLAttributes.datetimeHash, tag == .time {
                dateTime = value
            }
        }
        if noise == .strong && !articleBody { return false }
        if noise == .weak && !articleBody && n.pointee._private != HTMLWalker.protectedMark { return false }
        if let dt = dateTime, firstTimeDate == nil {
            firstTimeDate = DateLine.isoPrefix(String(decoding: dt, as: UTF8.self))
        }
        // Number the element.
        let index = parent.count
        parent.append(Int32(truncatingIfNeeded: elementStack.last ?? -1))
        lastDescendant.append(Int32(truncatingIfNeeded: index))
        elementStack.append(index)
        classHash.append(classValueHash)
        if articleBody { articleElements.append(index) }
        if namesBody { bodyElements.append(index) }
        // `<div class="Figure-caption">` outside a <figcaption> reads as one.
        let effective: HTMLTag = captionClass && !credit && captionDepth == 0 && (tag == .block || tag == .inline || tag == .paragraph) ? .figcaption : tag
        tagStack.append(effective)
        if effective.isBlockLevel || credit {
            flush()
            if effective != .br { blockStack.append((index, credit ? .inline : effective)) }
        }
        switch effective {
        case .anchor: anchorDepth += 1
        case .h1: h1Depth += 1
        case .heading: headingDepth += 1
        case .figcaption: captionDepth += 1
        default: break
        }
        if credit { creditDepth += 1 }
        return true
    }

    private mutating func leave(_ n: xmlNodePtr) {
        guard n.pointee.type == XML_ELEMENT_NODE else { return }
        if HTMLTag.of(n) == .title {
            titleDepth -= 1
            return
        }
        guard let index = elementStack.last, let tag = tagStack.popLast() else { return }
        // Is this element the credit span (pushed as `.inline` on the block stack)?
        let isCredit = blockStack.last?.index == index && blockStack.last?.tag == .inline
        if tag.isBlockLevel || isCredit {
            flush()
            if tag != .br, blockStack.last?.index == index { blockStack.removeLast() }
        }
        switch tag {
        case .anchor: anchorDepth -= 1
        case .h1: h1Depth -= 1
        case .heading: headingDepth -= 1
        case .figcaption: captionDepth -= 1
        default: break
        }
        if isCredit { creditDepth -= 1 }
        elementStack.removeLast()
        lastDescendant[index] = Int32(truncatingIfNeeded: parent.count - 1)
    }

    // MARK: Text

    private mutating func appendText(_ content: UnsafePointer<UInt8>) {
        if titleDepth > 0 {
            var k = 0
            while content[k] != 0 && pageTitle.count < 1000 {
                pageTitle.append(content[k])
                k += 1
            }
            return
        }
        var k = 0
        while true {
            let b = content[k]
            if b == 0 { break }
            k += 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                continue
            }
            if pendingSpace && !text.isEmpty { text.append(0x20) }
            pendingSpace = false
            text.append(b)
            if anchorDepth > 0 { linkBytes += 1 }
        }
    }

    /// Closes the current block.
    private mutating func flush() {
        pendingSpace = false
        guard !text.isEmpty else { return }
        let owner = blockStack.last
        let role: BlockRole
        if creditDepth > 0 {
            role = .credit
        } else if h1Depth > 0 {
            role = .lead
        } else if headingDepth > 0 {
            role = .heading
        } else if captionDepth > 0 {
            role = .caption
        } else {
            role = .paragraph
        }
        blocks.append(CandidateBlock(text: text, role: role, owner: owner?.index ?? 0, ownerIsParagraph: owner?.tag == .paragraph, linkBytes: linkBytes))
        text = []
        linkBytes = 0
    }

    // MARK: Head

    private mutating func readMeta(_ n: xmlNodePtr) {
        var key: UnsafeBufferPointer<UInt8>?
        var content: UnsafeBufferPointer<UInt8>?
        HTMLAttributes.forEach(n) { name, value in
            if name == HTMLAttributes.nameHash || name == HTMLAttributes.propertyHash || name == HTMLAttributes.itempropHash {
                if key == nil || name == HTMLAttributes.propertyHash { key = value }
            } else if name == HTMLAttributes.contentHash {
                content = value
            }
        }
        if let key, let content { metadata.readMeta(key: key, content: content) }
    }

    private mutating func readScript(_ n: xmlNodePtr) {
        var isJSONLD = false
        HTMLAttributes.forEach(n) { name, value in
            if name == HTMLAttributes.typeHash, HTMLNoiseHints.contains(value.map(ByteClass.lower), Array("ld+json".utf8)) { isJSONLD = true }
        }
        guard isJSONLD else { return }
        var bytes: [UInt8] = []
        var child = n.pointee.children
        while let c = child, bytes.count < 1 << 20 {
            if let content = c.pointee.content {
                var k = 0
                while content[k] != 0 {
                    bytes.append(content[k])
                    k += 1
                }
            }
            child = c.pointee.next
        }
        metadata.readJSONLD(bytes)
    }
}
