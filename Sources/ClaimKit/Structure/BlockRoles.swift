/// Gives each block its role and reads the article facts the roles carry (title, date,
/// sources, authors).
///
/// Rules, in order of precedence:
/// 1. Text-only kinds (`LineKinds`, `DateLine`): credit, dateline, source, byline (kept as a
///    credit: it credits the writer), boilerplate. After a comment-section opener
///    (`Leave a Reply`) every later block is boilerplate; after a link-list header
///    (`Related Stories`) the short title-like lines that follow are.
/// 2. Caption: a block that opens with a caption phrase, or that stands just before a credit.
/// 3. Lead: the first block, when only date/source/byline blocks precede it and it reads like a
///    title (no final punctuation) or a one-sentence standfirst.
/// 4. Heading: a short block (≤ 25 words) without final punctuation that has blocks after it
///    and is not a list item, or a one-sentence question of at most 12 words
///    (`What did Russia gain?`), unless the next block opens in lower case (then the block is
///    an unfinished paragraph). Known limit: a body paragraph that lost its final period
///    reads as a heading.
/// 5. Paragraph: everything else.
/// For HTML, the markup already gave roles; only `paragraph` blocks are re-examined by rule 1.
enum BlockRoles {
    struct Facts {
        var title: String?
        var published: String?
        var sources: [String] = []
        var authors: [String] = []
    }

    /// Which blocks have their role already: one bit each in a word for an article of at most
    /// 64 blocks (nearly all of them), so no array is allocated per document; an array past that.
    struct Decided {
        private var small: UInt64 = 0
        private var large: [Bool]

        init(count: Int) { large = count > 64 ? [Bool](repeating: false, count: count) : [] }

        subscript(_ b: Int) -> Bool {
            get { large.isEmpty ? (small &>> UInt64(b)) & 1 != 0 : large[b] }
            set {
                if large.isEmpty {
                    if newValue { small |= 1 &<< UInt64(b) } else { small &= ~(1 &<< UInt64(b)) }
                } else {
                    large[b] = newValue
                }
            }
        }
    }

    /// `blocks[b].sentences` must be set: the lead and heading rules count sentences.
    static func assign(_ t: UnsafeBufferPointer<UInt8>, _ blocks: inout [Block], fromMarkup: Bool) -> Facts {
        var facts = Facts()
        let n = blocks.count
        var decided = Decided(count: n)
        var restIsBoilerplate = false
        var inLinkList = false
        // 1. Kinds read from the text alone.
        for b in 0..<n {
            if fromMarkup && blocks[b].role != .paragraph { decided[b] = true; continue }
            let span = blocks[b].span
            if b < 8, let agency = LineKinds.wireDatelineAgency(t, span), !facts.sources.contains(agency) {
                facts.sources.append(agency)
            }
            if restIsBoilerplate {
                blocks[b].role = .boilerplate
                decided[b] = true
                continue
            }
            if inLinkList {
                // Link titles after `Related Stories`: short lines without a final period.
                if !LineScan.endsSentence(t, span) && LineScan.wordCount(t, span, limit: 20) <= 20 {
                    blocks[b].role = .boilerplate
                    decided[b] = true
                    continue
                }
                inLinkList = false
            }
            // Every text-only kind is a short line (at most 15 words; date lines 80 bytes).
            guard span.length <= 240 else { continue }
            if let iso = DateLine.iso(t, span) {
                blocks[b].role = .dateline
                if facts.published == nil { facts.published = iso }
                decided[b] = true
                continue
            }
            guard LineKinds.mayBeShortKind(t, span) else { continue }
            // Every test below turns down a line of more than 15 words before reading any word,
            // so sixteen are enough to tell.
            let words = WordList(t, span, maxWords: 16)
            if LineKinds.isCredit(t, span, words) {
                blocks[b].role = .credit
            } else if let names = LineKinds.sourceNames(t, span, words) {
                blocks[b].role = .source
                for name in names where !facts.sources.contains(name) { facts.sources.append(name) }
            } else if let authors = LineKinds.bylineAuthors(t, span, words) {
                blocks[b].role = .credit
                for a in authors where !facts.authors.contains(a) { facts.authors.append(a) }
            } else {
                guard let scope = LineKinds.boilerplate(words) else { continue }
                blocks[b].role = .boilerplate
                if scope == .rest { restIsBoilerplate = true }
                if scope == .list { inLinkList = true }
            }
            decided[b] = true
        }
        if fromMarkup { return facts }
        // 2. Captions.
        for b in 0..<n where !decided[b] {
            let span = blocks[b].span
            let nextIsCredit = b + 1 < n && blocks[b + 1].role == .credit && decided[b + 1] && !isByline(t, blocks[b + 1].span)
            if nextIsCredit
                || (span.length <= 600 && StructureLexicons.captionFirstWords.contains(LineKinds.firstWordHash(t, span))
                    && LineKinds.opensCaption(WordList(t, span, maxWords: 12)))
            {
                blocks[b].role = .caption
                decided[b] = true
            }
        }
        // 3. Lead.
        for b in 0..<n {
            if decided[b] {
                if blocks[b].role == .dateline || blocks[b].role == .source || (blocks[b].role == .credit && isByline(t, blocks[b].span)) { continue }
                break
            }
            let span = blocks[b].span
            guard span.length <= 600 else { break }
            let titleLike = !LineScan.endsSentence(t, span) && LineScan.wordCount(t, span, limit: 30) <= 30
            if titleLike || (blocks[b].sentences.count == 1 && LineScan.wordCount(t, span, limit: 60) <= 60) {
                blocks[b].role = .lead
                decided[b] = true
                facts.title = String(decoding: UnsafeBufferPointer(rebasing: t[span.start..<span.end]), as: UTF8.self)
            }
            break
        }
        // 4. Headings, 5. paragraphs.
        for b in 0..<n where !decided[b] {
            // A block whose next block opens in lower case is an unfinished paragraph (a word or
            // a name lost between them: `Former world number one` / `powered her way …`).
            let nextOpensLower = b + 1 < n && blocks[b + 1].span.start < t.count && ByteClass.isLower(t[blocks[b + 1].span.start])
            blocks[b].role = !nextOpensLower && isHeading(t, blocks[b].span, sentences: blocks[b].sentences.count, isLast: b == n - 1) ? .heading : .paragraph
        }
        return facts
    }

    static func isHeading(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, sentences: Int, isLast: Bool) -> Bool {
        guard span.length <= 300, let k = LineScan.lastMeaningfulByte(t, span) else { return false }
        // A list item (`- Raised the threshold`, `• Schools reopen`) is not a heading.
        if BlockSplitter.startsListItem(t, span) { return false }
        let last = t[k]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") { return false }
        let words = LineScan.wordCount(t, span, limit: 26)
        if last == UInt8(ascii: "?") {
            return sentences == 1 && words <= 12 && Punctuation.openDoubleQuoteLength(t, span.start) == 0
        }
        if LineScan.endsSentence(t, span) { return false }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") || last == UInt8(ascii: "-") { return false }
        if isLast { return words <= 8 }
        return words <= 25
    }

    private static func isByline(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        guard span.length <= 200 else { return false }
        return LineKinds.bylineAuthors(t, span, WordList(t, span, maxWords: 16)) != nil
    }
}
