/// Tests on the text of one block that decide roles which do not depend on position:
/// credit lines, wire-source lines, boilerplate, bylines and caption openings. Each looks only
/// at short blocks (a few dozen words), so the cost per block is bounded.
enum LineKinds {
    /// `Anthony Wallace | AFP | Getty Images`, `Photo: Jane Doe/Reuters`, `© 2024 Foo`:
    /// short, no final period, and a credit cue either opening the line or beside a separator;
    /// or a person's name and an outlet split by `|` (`Jane Doe | Harbour Gazette`).
    static func isCredit(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> Bool {
        guard words.count >= 1, words.count <= 15 else { return false }
        if let k = LineScan.lastMeaningfulByte(t, span), t[k] == UInt8(ascii: "."), !endsWithAbbreviation(words) { return false }
        // The cue loops below only run when a cue could open the line (by its first byte).
        let first = Int(words.normalized.first ?? 0)
        // `Image caption, …` opens a caption, not a credit.
        if StructureLexicons.captionCueFirstBytes[first] {
            for cue in StructureLexicons.captionCues where words.starts(with: cue) && cue.contains(0x20) { return false }
        }
        let separated = LineScan.contains(t, span, UInt8(ascii: "|")) || LineScan.contains(t, span, UInt8(ascii: "/"))
        // Unseparated, only a cue that opens the line counts.
        if separated || StructureLexicons.creditStartFirstBytes[first] {
            for cue in StructureLexicons.creditCues {
                if cue.atStart {
                    if words.starts(with: cue.phrase) {
                        // `Photo: …`, `Image source, …`, `Photo by …`, `© 2024 …`
                        let after = cue.phrase.count < words.normalized.count
                        if after && (words.count <= 10 || separated) && (separated || cueIsMarked(t, span, words, cue.phrase)) { return true }
                    }
                } else if separated && words.contains(cue.phrase) {
                    return true
                }
            }
        }
        // `X/AFP via Getty Images`, `(AP Photo/Jane Doe)`
        if words.count <= 10 && (words.contains(Phrases.viaGettyImages) || words.contains(Phrases.apPhoto)) { return true }
        return isPersonAndOutlet(t, span, words)
    }

    /// `Jane Doe | Harbour Gazette`: two or three short capitalised parts split by `|`, the first
    /// a person's name (two or three words), at most eight words in all, no final punctuation.
    /// A navigation trail (`News | Politics`) has no person's name first, so it is not one.
    static func isPersonAndOutlet(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> Bool {
        guard words.count >= 3, words.count <= 8, !LineScan.endsSentence(t, span) else { return false }
        var parts: [Span] = []
        var partStart = span.start
        var k = span.start
        while k <= span.end {
            if k == span.end || t[k] == UInt8(ascii: "|") {
                let part = LineScan.trimmed(t, Span(start: partStart, end: k))
                guard !part.isEmpty, parts.count < 3 else { return false }
                parts.append(part)
                partStart = k + 1
            }
            k += 1
        }
        guard parts.count >= 2, let first = parts.first else { return false }
        for part in parts {
            let count = LineScan.wordCount(t, part, limit: 5)
            guard count >= 1, count <= 4, ByteClass.isUpper(t[part.start]) || t[part.start] >= 0x80 else { return false }
        }
        let firstWords = LineScan.wordCount(t, first, limit: 4)
        guard firstWords >= 2, firstWords <= 3, !LineScan.contains(t, first, UInt8(ascii: ",")) else { return false }
        // Every word of the name is capitalised.
        var i = first.start
        var atWordStart = true
        while i < first.end {
            let b = t[i]
            if b == 0x20 {
                atWordStart = true
            } else {
                if atWordStart && !(ByteClass.isUpper(b) || b >= 0x80) { return false }
                atWordStart = false
            }
            i += 1
        }
        return isPersonName(String(decoding: UnsafeBufferPointer(rebasing: t[first.start..<first.end]), as: UTF8.self))
    }

    static let creditFollowers: [[UInt8]] = ["by", "source", "credit", "credits", "courtesy", "copyright"].map { Array($0.utf8) }

    /// Whether an opening credit cue is set off as one: a symbol cue (`©`), punctuation right
    /// after it (`Photo: …`, `Image, …`), a year (`Copyright 2024 …`) or a credit word
    /// (`Photo by …`, `Image source …`). A title that merely opens with the word
    /// (`Video phones act as dating tools`) is not a credit.
    static func cueIsMarked(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList, _ phrase: [UInt8]) -> Bool {
        guard let f = phrase.first, ByteClass.isAlpha(f) else { return true }
        let cueWords = phrase.filter { $0 == 0x20 }.count + 1
        guard cueWords < words.words.count else { return false }
        var k = words.words[cueWords - 1].end
        while k < span.end && t[k] == 0x20 { k += 1 }
        guard k < span.end else { return false }
        let b = t[k]
        if b == UInt8(ascii: ":") || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || Punctuation.dashLength(t, k) > 0 { return true }
        if ByteClass.isDigit(b) || (b == 0xC2 && k + 1 < span.end && t[k + 1] == 0xA9) { return true }
        let next = lowered(t, words.words[cueWords])
        return creditFollowers.contains(next)
    }

    private static func endsWithAbbreviation(_ words: WordList) -> Bool {
        // `AP Photo/Jae C. Hong` ends with an initial, not a sentence.
        guard let last = words.words.last else { return false }
        return last.length <= 2
    }

    /// `Reuters TN, AP, DPA, DW`, `Source: Reuters`, `With agencies`: every item of a short
    /// list opens with a known agency. Returns the agencies' canonical names.
    static func sourceNames(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> [String]? {
        guard words.count >= 1, words.count <= 14, !LineScan.endsSentence(t, span) || words.count <= 3 else { return nil }
        if words.normalized == Phrases.withAgencies || words.normalized == Phrases.agenciesWord { return [] }
        var names: [String] = []
        // Items are separated by `,`, `/`, `|`, `;`, `&` and `and`.
        var itemStart = true
        var skipLeading = words.starts(with: Phrases.sourceWord) || words.starts(with: Phrases.sourcesWord)
        var w = 0
        var lastEnd = span.start
        while w < words.count {
            let word = words.words[w]
            // Separator between the previous word and this one?
            if w > 0 && !itemStart {
                var k = lastEnd
                while k < word.start {
                    let b = t[k]
                    if b == UInt8(ascii: ",") || b == UInt8(ascii: "/") || b == UInt8(ascii: "|") || b == UInt8(ascii: ";") || b == UInt8(ascii: "&") {
                        itemStart = true
                    }
                    k += 1
                }
            }
            let lower = lowered(t, word)
            if lower == Phrases.andWord {
                itemStart = true
                lastEnd = word.end
                w += 1
                continue
            }
            if skipLeading {
                skipLeading = false
                itemStart = true
                lastEnd = word.end
                w += 1
                continue
            }
            if itemStart {
                // A word that opens no agency name ends the look-up before any array is built.
                guard StructureLexicons.agencyFirstWords.contains(WordHash.of(t, word.start, word.end)) else { return nil }
                // Two-word agency names first (`Associated Press`, `Deutsche Welle`).
                var matched = false
                if w + 1 < words.count {
                    let two = lower + [0x20] + lowered(t, words.words[w + 1])
                    if let name = StructureLexicons.agencies[two] {
                        names.append(name)
                        w += 2
                        lastEnd = words.words[w - 1].end
                        itemStart = false
                        matched = true
                    }
                }
                if !matched {
                    guard let name = StructureLexicons.agencies[lower] else { return nil }
                    names.append(name)
                    lastEnd = word.end
                    w += 1
                    itemStart = false
                }
                continue
            }
            // A second word inside an item: keep it when it is an agency too (`Reuters TN`).
            if let name = StructureLexicons.agencies[lower] { names.append(name) }
            lastEnd = word.end
            w += 1
        }
        return names.isEmpty ? nil : names
    }

    enum BoilerplateScope { case line, rest, list }

    /// `About The Author`, `Leave a Reply`, `Your email address will not be published.`:
    /// nil when the line is not page furniture, else how far the furniture reaches
    /// (`scope=rest`: the rest of the page; `scope=list`: the link titles that follow).
    static func boilerplate(_ words: WordList) -> BoilerplateScope? {
        guard words.count >= 1, words.count <= 15 else { return nil }
        // Over five words only a phrase that opens the line can match.
        if words.count > 5 && !StructureLexicons.boilerplateStartFirstBytes[Int(words.normalized.first ?? 0)] { return nil }
        let first = words.normalized.first ?? 0
        for entry in StructureLexicons.boilerplate {
            if entry.anywhere {
                if words.count <= 5 && words.contains(entry.phrase) { return .line }
                continue
            }
            // A phrase opening with another byte cannot open the line (`starts` would say so
            // after loading the phrase).
            guard entry.first == first, words.starts(with: entry.phrase) else { continue }
            // A phrase that opens the rest of the page or a link list must stand (almost) alone.
            if entry.rest || entry.list {
                if words.normalized.count <= entry.phrase.count + 12 { return entry.rest ? .rest : .list }
                continue
            }
            // Single-word cues (`Related`, `Tags`) must be most of the line.
            let cueWords = entry.phrase.filter { $0 == 0x20 }.count + 1
            if cueWords == 1 && words.count > 3 { continue }
            return .line
        }
        return nil
    }

    /// `By Jane Doe`, `By Jane Doe and John Roe, BBC News`: the author names, if it is one.
    static func bylineAuthors(_ t: UnsafeBufferPointer<UInt8>, _ span: Span, _ words: WordList) -> [String]? {
        guard words.count >= 2, words.count <= 12, !LineScan.endsSentence(t, span) else { return nil }
        var cueWords = 0
        for cue in StructureLexicons.bylineCues where words.starts(with: cue) {
            cueWords = max(cueWords, cue.filter { $0 == 0x20 }.count + 1)
        }
        guard cueWords > 0 else { return nil }
        var authors: [String] = []
        var current: [Span] = []
        // After an organisation (`By Jane Doe, BBC News, New York`) the rest is not names.
        var stopped = false
        func flush() {
            if !stopped, !current.isEmpty, let f = current.first, let l = current.last {
                let name = String(decoding: UnsafeBufferPointer(rebasing: t[f.start..<l.end]), as: UTF8.self)
                if current.count >= 2 && current.count <= 4 && isPersonName(name) {
                    authors.append(name)
                } else if !authors.isEmpty {
                    stopped = true
                }
            }
            current = []
        }
        var w = cueWords
        var previousEnd = words.words[cueWords - 1].end
        while w < words.count {
            let word = words.words[w]
            var separator = false
            var k = previousEnd
            while k < word.start {
                if t[k] == UInt8(ascii: ",") || t[k] == UInt8(ascii: "|") || t[k] == UInt8(ascii: "&") || t[k] == UInt8(ascii: ";") { separator = true }
                k += 1
            }
            if separator { flush() }
            let lower = lowered(t, word)
            if lower == Phrases.andWord {
                flush()
            } else if ByteClass.isUpper(t[word.start]) || t[word.start] >= 0x80 {
                current.append(word)
            } else {
                // A lower-case word: not a name list (`By the way …`).
                if authors.isEmpty && current.count < 2 { return nil }
                break
            }
            previousEnd = word.end
            w += 1
        }
        flush()
        return authors.isEmpty ? nil : authors
    }

    /// `LONDON (Reuters) -` at the start of a paragraph: the agency in the wire dateline.
    static func wireDatelineAgency(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> String? {
        var i = span.start
        let limit = min(span.end, span.start + 60)
        // The place: capital letters, spaces, commas, periods, hyphens.
        while i < limit {
            let b = t[i]
            if ByteClass.isUpper(b) || b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "'") {
                i += 1
            } else {
                break
            }
        }
        guard i > span.start + 1, i < limit, t[i] == UInt8(ascii: "(") else { return nil }
        let open = i + 1
        var close = open
        while close < min(span.end, open + 40) && t[close] != UInt8(ascii: ")") { close += 1 }
        guard close < span.end, t[close] == UInt8(ascii: ")"), close > open else { return nil }
        // A dash must follow: `) -`, `) –`, `) —`.
        var k = close + 1
        while k < span.end && t[k] == 0x20 { k += 1 }
        guard k < span.end, Punctuation.dashLength(t, k) > 0 else { return nil }
        let inside = WordList(t, Span(start: open, end: close), maxWords: 4).normalized
        return StructureLexicons.agencies[inside]
    }

    static let notPersonWords: [[UInt8]] = ["news", "staff", "author", "editor", "desk", "reporter", "agency", "team", "the ", "online", "media", "times", "post", "correspondent"].map { Array($0.utf8) }

    /// A by-line part that names a person: one to five words, capitalised, not an agency or
    /// an organisation word (`BBC News`, `Staff Reporter`, `No Author`).
    static func isPersonName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 60, ByteClass.isUpper(first) || first >= 0x80 else { return false }
        let words = bytes.split(separator: 0x20).count
        guard words >= 1 && words <= 5 else { return false }
        let lower = bytes.map(ByteClass.lower)
        if notPersonWords.contains(where: { HTMLNoiseHints.contains(lower, $0) }) { return false }
        return StructureLexicons.agencies[WordList.normalized(name)] == nil
    }

    /// Opens with a caption phrase (`In this photo released by …`, `File photo: …`).
    static func opensCaption(_ words: WordList) -> Bool {
        for cue in StructureLexicons.captionCues where words.starts(with: cue) {
            if words.normalized.count > cue.count + 10 { return true }
        }
        return false
    }

    /// Hash of the first word (letters only, after opening punctuation), 0 when there is none.
    static func firstWordHash(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> UInt64 {
        var i = span.start
        while i < span.end && i - span.start < 8 && !ByteClass.isAlpha(t[i]) && t[i] < 0x80 { i += 1 }
        // `©` opens some credit lines.
        if i + 1 < span.end && t[i] == 0xC2 && t[i + 1] == 0xA9 { return WordHash.of(t, i, i + 2) }
        let s = i
        while i < span.end && i - s < 20 && ByteClass.isAlpha(t[i]) { i += 1 }
        return i > s ? WordHash.of(t, s, i) : 0
    }

    /// Whether the line could be a credit, source, byline or boilerplate at all (cheap test).
    static func mayBeShortKind(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        if span.length <= 40 { return true }
        if StructureLexicons.lineKindFirstWords.contains(firstWordHash(t, span)) { return true }
        var i = span.start
        // Most lines hold none of the three marks: pass them eight bytes at a time (a lane of
        // `x ^ mark` is zero where the mark is; with no zero lane no borrow crosses lanes, so a
        // clear result is exact). At the first chunk that may hold one, the byte loop decides.
        if let base = t.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            while i + 8 <= span.end {
                let x = ByteLanes.load(base, i)
                let bar = x ^ 0x7C7C_7C7C_7C7C_7C7C  // |
                let slash = x ^ 0x2F2F_2F2F_2F2F_2F2F  // /
                let lead = x ^ 0xC2C2_C2C2_C2C2_C2C2  // first byte of ©
                let zero = ((bar &- ones) & ~bar) | ((slash &- ones) & ~slash) | ((lead &- ones) & ~lead)
                if zero & ByteLanes.high != 0 { break }
                i += 8
            }
        }
        while i < span.end {
            let b = t[i]
            if b == UInt8(ascii: "|") || b == UInt8(ascii: "/") || (b == 0xC2 && i + 1 < span.end && t[i + 1] == 0xA9) { return true }
            i += 1
        }
        return false
    }

    static func lowered(_ t: UnsafeBufferPointer<UInt8>, _ span: Span) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.length)
        for k in span.start..<span.end { out.append(ByteClass.lower(t[k])) }
        return out
    }

    /// Fixed phrases the tests compare with, made once rather than per line.
    enum Phrases {
        static let viaGettyImages = Array("via getty images".utf8)
        static let apPhoto = Array("ap photo".utf8)
        static let withAgencies = Array("with agencies".utf8)
        static let agenciesWord = Array("agencies".utf8)
        static let sourceWord = Array("source".utf8)
        static let sourcesWord = Array("sources".utf8)
        static let andWord = Array("and".utf8)
    }
}
