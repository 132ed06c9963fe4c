/// Marks spans of an article's text with `<span>` elements, spans that nest or cross included.
///
/// Spans from different layers overlap freely (a number inside a quote inside a sentence; a
/// quote that runs past its sentence's end). HTML elements must nest, so a mark that crosses
/// another is split into fragments: every byte of text ends up inside exactly the marks whose
/// spans contain it, and the markup is always well formed.
///
/// The algorithm walks the sorted boundary positions once with a stack of open marks: at each
/// position it closes the marks that end there (and, above them on the stack, the marks that
/// continue, which it reopens), then opens the marks that start there, longest first so that
/// nested spans need no splitting. Cost: sorting plus one push/pop per fragment, i.e.
/// O(n log n + text + fragments); fragments exceed marks only where spans really cross.
/// Nesting is capped at `maxDepth` open marks: a hostile document with thousands of mutually
/// crossing spans would otherwise make the page quadratic in size; past the cap, inner marks
/// are left out of that stretch of text (real documents nest a handful deep).
struct TextMark {
    var start: Int
    var end: Int
    /// Nesting preference among marks with the same span: lower layers go outside.
    var layer: Int
    /// CSS classes (constants chosen by the report code, never document text).
    var cssClass: String
    /// `data-r`: which object the mark shows (`0:c:3` = document 0, claim 3).
    var ref: String
    /// An `id` for the first fragment, the target of links to this object.
    var anchor: String?
}

enum MarkRenderer {
    static let maxDepth = 48

    /// Appends the escaped `text` with `marks` applied. Marks outside the text or empty are skipped.
    static func render(text: [UInt8], marks allMarks: [TextMark], into html: inout HTMLBuffer) {
        let marks = allMarks.filter { $0.start >= 0 && $0.start < $0.end && $0.end <= text.count }
        // Opening order: by start, longer first, outer layer first.
        let byStart = marks.indices.sorted {
            let a = marks[$0], b = marks[$1]
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.layer != b.layer { return a.layer < b.layer }
            return $0 < $1
        }
        let byEnd = marks.indices.sorted { marks[$0].end != marks[$1].end ? marks[$0].end < marks[$1].end : $0 < $1 }
        var rank = [Int](repeating: 0, count: marks.count)
        for (r, m) in byStart.enumerated() { rank[m] = r }

        var stack: [Int] = []
        /// Position of each open mark in `stack` (-1 when closed).
        var depth = [Int](repeating: -1, count: marks.count)
        var anchored = [Bool](repeating: false, count: marks.count)
        var nextStart = 0
        var nextEnd = 0
        var cursor = 0

        func open(_ m: Int) {
            guard stack.count < maxDepth else { return }
            let mark = marks[m]
            html.raw("<span class=\"")
            html.text(mark.cssClass)
            html.raw("\" data-r=\"")
            html.text(mark.ref)
            if let anchor = mark.anchor, !anchored[m] {
                anchored[m] = true
                html.raw("\" id=\"")
                html.text(anchor)
            }
            html.raw("\">")
            depth[m] = stack.count
            stack.append(m)
        }

        while nextStart < byStart.count || nextEnd < byEnd.count {
            let startPos = nextStart < byStart.count ? marks[byStart[nextStart]].start : Int.max
            let endPos = nextEnd < byEnd.count ? marks[byEnd[nextEnd]].end : Int.max
            let p = min(startPos, endPos)
            if p > cursor {
                html.text(utf8: text[cursor..<p])
                cursor = p
            }
            // Close every mark that ends here, and whatever is open above the lowest of them.
            var lowest = Int.max
            var ending = nextEnd
            while ending < byEnd.count && marks[byEnd[ending]].end == p {
                if depth[byEnd[ending]] >= 0 { lowest = min(lowest, depth[byEnd[ending]]) }
                ending += 1
            }
            var reopen: [Int] = []
            if lowest != Int.max {
                while stack.count > lowest {
                    let m = stack.removeLast()
                    depth[m] = -1
                    html.raw("</span>")
                    if marks[m].end != p { reopen.append(m) }
                }
            }
            nextEnd = ending
            // Open the continuing marks and the marks that start here, longest first.
            var starting = reopen
            while nextStart < byStart.count && marks[byStart[nextStart]].start == p {
                starting.append(byStart[nextStart])
                nextStart += 1
            }
            starting.sort {
                let a = marks[$0], b = marks[$1]
                if a.end != b.end { return a.end > b.end }
                if a.layer != b.layer { return a.layer < b.layer }
                return rank[$0] < rank[$1]
            }
            for m in starting { open(m) }
        }
        if cursor < text.count { html.text(utf8: text[cursor...]) }
        for _ in stack { html.raw("</span>") }
    }
}
