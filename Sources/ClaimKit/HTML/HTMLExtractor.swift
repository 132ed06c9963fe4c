import CLibXML2

/// Main-text extraction from HTML with libxml2.
///
/// 1. Parse (recovering from broken markup; see `LibXML`), walk the tree once (`HTMLWalker`)
///    collecting text blocks, metadata and element numbers.
/// 2. Score containers: each paragraph's text length (minus its link text) counts fully for
///    the element around it and half for the one above (the densest-paragraph rule). The best
///    scorer is the container; an enclosing `<article>` / `articleBody` element close above it
///    replaces it, so headings and figures beside the paragraphs come along.
/// 3. Keep the container's blocks, minus link lists (more than half link text); put the page's
///    `<h1>` first as the lead when it lies outside. Split a trailing credit off captions.
/// 4. The document text is the blocks joined by blank lines; spans point into it.
///
/// Known limits: pages that spread one article over several sibling containers keep only the
/// best one; text only present through scripts is not seen.
enum HTMLExtractor {
    static func extract(html: [UInt8]) -> Document {
        var document = Document(text: [], inputFormat: .html)
        document.textDiffersFromInput = true
        guard let doc = LibXML.parse(html) else {
            if !html.isEmpty {
                document.diagnostics.append(Diagnostic(code: "html_unreadable", message: "the HTML could not be parsed; no text was extracted"))
            }
            return document
        }
        defer { xmlFreeDoc(doc) }
        var walker = HTMLWalker()
        doc.withMemoryRebound(to: xmlNode.self, capacity: 1) { root in
            walker.walk(root)
        }
        let selected = select(walker)
        build(&document, selected)
        let meta = walker.metadata
        document.title = meta.resolvedTitle ?? selected.first(where: { $0.role == .lead }).map { String(decoding: $0.text, as: UTF8.self) }
        document.published = meta.resolvedPublished ?? walker.firstTimeDate
        document.authors = meta.resolvedAuthors
        if document.blocks.isEmpty && !html.isEmpty {
            document.diagnostics.append(Diagnostic(code: "html_no_text", message: "no article text was found in the HTML"))
        }
        return document
    }

    struct Selected {
        var text: [UInt8]
        var role: BlockRole
    }

    /// Picks the container and returns its blocks in order.
    static func select(_ w: HTMLWalker) -> [Selected] {
        let count = w.parent.count
        guard count > 0, !w.blocks.isEmpty else { return [] }
        // Densest-paragraph score (readability): full for the element around a paragraph,
        // half for the one above; and the plain total of paragraph text in each subtree.
        var score = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for b in w.blocks where b.role == .paragraph || b.role == .heading {
            let length = b.text.count - b.linkBytes
            guard length >= 25, b.owner < count, b.linkBytes * 2 <= b.text.count else { continue }
            var s = Double(length)
            if TextShape.hasSentencePunctuation(b.text) { s *= 1.5 }
            total[b.owner] += s
            let p = Int(w.parent[b.owner])
            if b.ownerIsParagraph {
                if p >= 0 {
                    score[p] += s
                    let g = Int(w.parent[p])
                    if g >= 0 { score[g] += s / 2 }
                }
            } else {
                score[b.owner] += s
                if p >= 0 { score[p] += s / 2 }
            }
        }
        // Children come after their parents in pre-order: one backward pass sums subtrees.
        var i = count - 1
        while i > 0 {
            let p = Int(w.parent[i])
            if p >= 0 && p < i { total[p] += total[i] }
            i -= 1
        }
        var best = 0
        for i in 0..<count where score[i] > score[best] { best = i }
        if score[best] == 0 { best = 0 }
        // Climb while the parent holds clearly more paragraph text (a story split over
        // sibling columns), then to an article element a few levels up.
        var container = best
        while true {
            let p = Int(w.parent[container])
            guard p >= 0, total[p] >= total[container] * 1.25 else { break }
            container = p
        }
        var up = container
        var steps = 0
        while up >= 0 && steps < 4 {
            if w.articleElements.contains(up) { container = up }
            up = Int(w.parent[up])
            steps += 1
        }
        // Also keep text columns that share the container's (or the best element's) class,
        // and every element that names the article body: stories split by ads or modules.
        var ranges: [(Int, Int)] = [(container, Int(w.lastDescendant[container]))]
        var sameClass = Set<UInt64>()
        if container > 0, w.classHash[container] != 0 { sameClass.insert(w.classHash[container]) }
        if best > 0, w.classHash[best] != 0 { sameClass.insert(w.classHash[best]) }
        var bodyIndex = 0
        for e in 0..<count {
            let named = bodyIndex < w.bodyElements.count && w.bodyElements[bodyIndex] == e
            if named { bodyIndex += 1 }
            guard named || (sameClass.contains(w.classHash[e]) && total[e] > 0 && total[e] * 10 >= total[container]) else { continue }
            ranges.append((e, Int(w.lastDescendant[e])))
        }
        // Mark kept elements; ranges nest or are disjoint, so skip those already covered.
        ranges.sort { $0.0 < $1.0 }
        var keep = [Bool](repeating: false, count: count)
        var coveredUntil = -1
        for (lo, hi) in ranges where hi > coveredUntil || lo > coveredUntil {
            var k = max(lo, coveredUntil + 1)
            while k <= hi && k < count {
                keep[k] = true
                k += 1
            }
            coveredUntil = max(coveredUntil, hi)
        }
        // The title: the <h1> inside the kept text, else the one that matches the page's
        // metadata title, else (no metadata) the first. A site logo is often an <h1> too.
        let leads = w.blocks.indices.filter { w.blocks[$0].role == .lead }
        let metaTitle = Array((w.metadata.resolvedTitle ?? "").utf8).map(ByteClass.lower)
        let titleBlock = leads.first { w.blocks[$0].owner < count && keep[w.blocks[$0].owner] }
            ?? leads.first { sameTitle(w.blocks[$0].text, metaTitle) }
            ?? (metaTitle.isEmpty ? leads.first : nil)
        var out: [Selected] = []
        for (index, b) in w.blocks.enumerated() {
            let inside = b.owner < count && keep[b.owner]
            if b.role == .lead {
                if index == titleBlock {
                    out.insert(Selected(text: b.text, role: .lead), at: 0)
                } else if inside {
                    out.append(Selected(text: b.text, role: .heading))
                }
                continue
            }
            guard inside else { continue }
            if b.linkBytes * 2 > b.text.count && b.role != .heading { continue }
            if b.role == .paragraph || b.role == .heading || b.role == .caption, isFurniture(b.text) { continue }
            if b.role == .caption, let split = CaptionCredit.split(b.text) {
                out.append(Selected(text: split.caption, role: .caption))
                out.append(Selected(text: split.credit, role: .credit))
                continue
            }
            out.append(Selected(text: b.text, role: b.role))
        }
        return out
    }

    /// Whether an <h1> text and the metadata title (lower-cased) name the same thing: equal,
    /// or one contains the other (`Title - Site Name`).
    static func sameTitle(_ text: [UInt8], _ metaLower: [UInt8]) -> Bool {
        guard !text.isEmpty, !metaLower.isEmpty, text.count >= 8 || text.count == metaLower.count else { return false }
        let lower = text.map(ByteClass.lower)
        if lower == metaLower { return true }
        return lower.count < metaLower.count ? HTMLNoiseHints.contains(metaLower, lower) : HTMLNoiseHints.contains(lower, metaLower)
    }

    /// Short page furniture that sits inside the container (`Advertisement`, `4 min read`).
    static func isFurniture(_ text: [UInt8]) -> Bool {
        guard text.count <= 120 else { return false }
        return text.withUnsafeBufferPointer { t in
            LineKinds.boilerplate(WordList(t, Span(start: 0, end: t.count), maxWords: 16)) != nil
        }
    }

    /// Joins the blocks with blank lines into the document text.
    static func build(_ document: inout Document, _ selected: [Selected]) {
        var text: [UInt8] = []
        text.reserveCapacity(selected.reduce(0) { $0 + $1.text.count + 2 })
        var blocks: [Block] = []
        for s in selected {
            // Trim (the walker collapses white space; NBSP and similar may remain at the edges).
            let trimmed = s.text.withUnsafeBufferPointer { LineScan.trimmed($0, Span(start: 0, end: $0.count)) }
            guard !trimmed.isEmpty else { continue }
            if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
            let start = text.count
            text.append(contentsOf: s.text[trimmed.start..<trimmed.end])
            blocks.append(Block(span: Span(start: start, end: text.count), role: s.role))
        }
        // libxml2 writes UTF-8; make sure of it before any span is handed out.
        let valid = text.withUnsafeBufferPointer { InputDecoder.firstInvalidOffset($0) == nil }
        if !valid {
            let repaired = text.withUnsafeBufferPointer { buf -> [UInt8]? in
                do throws(ClaimKitError) { return try InputDecoder.decode(buf, strict: false).text } catch { return nil }
            }
            // Repair can change lengths; keep one block per extraction in that rare case.
            if let repaired {
                text = repaired
                blocks = text.isEmpty ? [] : [Block(span: Span(start: 0, end: text.count), role: .paragraph)]
                document.diagnostics.append(Diagnostic(code: "invalid_utf8_repaired", message: "the extracted HTML text held invalid UTF-8, which was repaired"))
            }
        }
        document.text = text
        document.blocks = blocks
    }
}

/// A trailing credit inside a caption: `… Photo: Jane Doe / AFP`, `… (Image: Reuters)`.
enum CaptionCredit {
    static let cues: [[UInt8]] = ["Photo:", "Photograph:", "Image:", "Picture:", "Credit:", "Photo by ", "Photos:", "Source:", "(Photo", "(Image", "(AP Photo", "Illustration:", "Image source"].map { Array($0.utf8) }

    static func split(_ text: [UInt8]) -> (caption: [UInt8], credit: [UInt8])? {
        var bestStart = -1
        for cue in cues {
            guard cue.count < text.count else { continue }
            var s = text.count - cue.count
            let limit = max(1, text.count - 200)
            while s >= limit {
                if text[s] == cue[0] && text[s..<(s + cue.count)].elementsEqual(cue) && (s == 0 || text[s - 1] == 0x20) {
                    if s > bestStart { bestStart = s }
                    break
                }
                s -= 1
            }
        }
        guard bestStart > 0 else { return nil }
        var captionEnd = bestStart
        while captionEnd > 0 && text[captionEnd - 1] == 0x20 { captionEnd -= 1 }
        guard captionEnd > 0 else { return nil }
        return (Array(text[0..<captionEnd]), Array(text[bestStart...]))
    }
}

/// Cheap shape tests on extracted text.
enum TextShape {
    /// Holds a period, question or exclamation mark followed by a space or the end.
    static func hasSentencePunctuation(_ text: [UInt8]) -> Bool {
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") {
                if i + 1 == text.count || text[i + 1] == 0x20 { return true }
            }
            i += 1
        }
        return false
    }
}
