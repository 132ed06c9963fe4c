/// Splits one block into sentences by scanning its bytes once.
///
/// A sentence ends after `.`, `!`, `?` or an ellipsis (with any closing quotes and brackets
/// that follow) when white space and a plausible sentence opening come next. It does not end:
/// - before a lower-case word (`the plane. local time`, `'This is great.' she said`);
/// - after a quoted question or exclamation followed by a speech tag (`"Who will pay?" Reyes
///   asked.`, `"Stop!" Mr Hale shouted.`): one to three capitalised words, then a speech verb;
/// - after an abbreviation of kind `title` (`Mr. Smith`), or of kind `number` before a digit
///   (`p. 55`), or another abbreviation unless the next word is a usual sentence opener
///   (`Co. It closed` ends, `the U.S. Government` does not; `At 5 a.m. Mr.` does not, since a
///   sentence of three words or fewer rarely ends on an abbreviation);
/// - after an initial: one capital letter (`Jonas E. Smith`, `Russia-B. Korea`), except a
///   lone `I` before a sentence opener (`you and I. Did you`);
/// - inside numbers (`$100.00`), URLs and e-mail addresses;
/// - at a spaced ellipsis inside a sentence (`the thing is . . . I didn't`) or a bracketed
///   one (`[...]`).
/// It also ends without white space at `word.Word` or `1,000.That`, before a bullet or the next
/// marker of an inline list (`1. The first item 2. The second item`), and at a glued seam
/// (`scheduleNorth Korean`), which is reported as a `glued_words` diagnostic.
///
/// Every byte is looked at a bounded number of times (look-aheads stop at the end of the
/// current word), so the scan is linear whatever the input.
struct SentenceSegmenter {
    let t: UnsafeBufferPointer<UInt8>
    var block: Int
    var sentences: [Sentence]
    var diagnostics: [Diagnostic]

    // State of the scan.
    private var sentenceStart = -1
    private var wordsInSentence = 0
    private var startsWithBullet = false
    private var wordStart = 0
    private var letterRunStart = -1
    private var contentEnd = 0
    /// Start of the current white-space-delimited token (-1 right after white space), and the
    /// token whose link shape was last checked, with the answer (checked lazily, once per token).
    private var spaceTokenStart = -1
    private var linkCheckedFor = -2
    private var linkAnswer = false
    private var tokenAllLower = false
    /// The marker an inline list expects next: number (or letter) and style.
    private var expectedMarker: ListMarker?
    /// Whether plain words are read eight bytes at a time (tests turn it off to compare with
    /// the byte loop).
    var wideWords = true

    init(text: UnsafeBufferPointer<UInt8>, block: Int) {
        self.t = text
        self.block = block
        self.sentences = []
        self.diagnostics = []
    }

    /// Appends the sentences of `t[start..<end]`.
    mutating func segment(_ start: Int, _ end: Int, block: Int) {
        self.block = block
        sentenceStart = -1
        spaceTokenStart = -1
        linkCheckedFor = -2
        expectedMarker = nil
        var i = start
        var inToken = false
        while i < end {
            let b = t[i]
            // Fast path: a run of lower-case letters inside a token, scanned in a tight loop;
            // only its end can be a glued seam (`scheduleNorth`).
            if inToken && b >= 0x61 && b <= 0x7A {
                if letterRunStart < 0 { letterRunStart = i }
                let k = ByteLanes.lowerRunEnd(t, from: i + 1, end)
                let last = k - 1
                if tokenAllLower, k < end, ByteClass.isUpper(t[k]), k - wordStart >= 3,
                    let rightEnd = gluedSeam(at: last, end: end)
                {
                    emit(sentenceStart, k)
                    diagnostics.append(Diagnostic(code: "glued_words", message: "two words are glued together without a space; a sentence boundary was assumed at the seam", span: Span(start: wordStart, end: rightEnd)))
                    sentenceStart = k
                    wordsInSentence = 1
                    wordStart = k
                    letterRunStart = k
                    tokenAllLower = false
                }
                i = k
                continue
            }
            let sl = b == 0x20 ? 1 : (b > 0x20 && b < 0x80 ? 0 : Punctuation.spaceLength(t, i))
            if sl > 0 {
                if inToken { contentEnd = i }
                inToken = false
                letterRunStart = -1
                spaceTokenStart = -1
                i += sl
                if sentenceStart >= 0 && expectedMarker == nil && !startsWithBullet { i = plainWords(i, end) }
                continue
            }
            if !inToken {
                inToken = true
                if sentenceStart >= 0 && expectedMarker == nil && !startsWithBullet && b < 0x80 {
                    // The common case, inline: a plain word inside a sentence.
                    wordStart = i
                    letterRunStart = -1
                    tokenAllLower = b >= 0x61 && b <= 0x7A
                    if spaceTokenStart < 0 { spaceTokenStart = i }
                    wordsInSentence += 1
                } else {
                    startToken(at: i, end: end)
                }
                // A lower-case word continues in the fast path above.
                if b >= 0x61 && b <= 0x7A { continue }
            }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                i = terminator(at: i, end: end, inToken: &inToken)
                continue
            }
            if b == 0xE2, Punctuation.ellipsisLength(t, i) == 3 {
                i = terminator(at: i, end: end, inToken: &inToken)
                continue
            }
            if ByteClass.isAlpha(b) {
                if letterRunStart < 0 { letterRunStart = i }
            } else {
                letterRunStart = -1
            }
            if tokenAllLower && !ByteClass.isLower(b) { tokenAllLower = false }
            i += 1
        }
        if inToken { contentEnd = end }
        if sentenceStart >= 0 && sentenceStart < end {
            emit(sentenceStart, max(contentEnd, sentenceStart))
        }
        sentenceStart = -1
    }

    // MARK: Tokens

    /// Inside a sentence, just after white space: takes the lower-case words (or capitalised
    /// ones, with or without a comma) that each end at a space (`said the Minister, on `), the
    /// commonest tokens, in one tight loop, and leaves
    /// the state as the byte-by-byte scan would (the last word's start and end, the word
    /// count). Returns where the byte-by-byte scan resumes: at the first token that is not
    /// such a word, still unread.
    @inline(__always)
    private mutating func plainWords(_ start: Int, _ end: Int) -> Int {
        var i = start
        var words = 0
        var lastStart = 0
        var lastEnd = 0
        // While eight bytes are left, a word is read from one load at its first byte: the
        // lanes that are not lower-case letters give its end at once (most words are shorter
        // than eight). It takes exactly the words the byte loop below takes, and stops where
        // it stops; that loop then reads the last few bytes.
        var stopped = false
        if wideWords, let base = t.baseAddress {
            while i &+ 8 <= end {
                let notLower = ~ByteLanes.lowerLanes(ByteLanes.load(base, i)) & ByteLanes.high
                // A capital may open the word; the letter after the opening must be lower-case.
                let opening: UInt64 = base[i] &- 0x41 < 26 ? 0x8000 : 0x80
                guard notLower & opening == 0 else {
                    stopped = true
                    break
                }
                // The first lane past the first that is not a lower-case letter: past the
                // opening, as that lane is one.
                let rest = notLower & 0x8080_8080_8080_8000
                var k = rest != 0 ? i &+ (rest.trailingZeroBitCount &>> 3) : ByteLanes.lowerRunEnd(t, from: i &+ 8, end)
                if k < end && base[k] == 0x2C { k &+= 1 }
                guard k < end && base[k] == 0x20 else {
                    stopped = true
                    break
                }
                words &+= 1
                lastStart = i
                lastEnd = k
                i = k &+ 1
            }
        }
        while !stopped && i < end {
            // A capital may open the word (`Minister `) and a comma may close it (`said, `):
            // the byte-by-byte scan passes both without changing anything a later rule reads
            // (no glued seam can start at a word's first letter or end at a comma), so taking
            // them here leaves the same state.
            var first = i
            if t[i] >= 0x41 && t[i] <= 0x5A { first = i + 1 }
            guard first < end, t[first] >= 0x61 && t[first] <= 0x7A else { break }
            var k = ByteLanes.lowerRunEnd(t, from: first + 1, end)
            if k < end && t[k] == 0x2C { k += 1 }
            guard k < end && t[k] == 0x20 else { break }
            words &+= 1
            lastStart = i
            lastEnd = k
            i = k + 1
        }
        if words > 0 {
            wordsInSentence &+= words
            wordStart = lastStart
            contentEnd = lastEnd
            tokenAllLower = true
            // Left as the space after the last word left them.
            letterRunStart = -1
            spaceTokenStart = -1
        }
        return i
    }

    private mutating func startToken(at i: Int, end: Int) {
        wordStart = i
        letterRunStart = -1
        tokenAllLower = ByteClass.isLower(t[i])
        if spaceTokenStart < 0 { spaceTokenStart = i }
        if sentenceStart >= 0 {
            // A bullet, or the next marker of an inline list, opens a new sentence.
            if (t[i] == 0xE2 && isBullet(i)) || (expectedMarker != nil && ListMarker.parse(t, i, end) == expectedMarker) {
                emit(sentenceStart, contentEnd)
                sentenceStart = -1
            }
        }
        if sentenceStart < 0 {
            sentenceStart = i
            wordsInSentence = 0
            startsWithBullet = t[i] == 0xE2 && isBullet(i)
            expectedMarker = nil
            let first = t[i]
            if ByteClass.isDigit(first) || ByteClass.isLower(first) || startsWithBullet,
                let m = ListMarker.parse(t, i + bulletLength(i), end)
            {
                expectedMarker = m.next
            }
        }
        wordsInSentence += 1
        if wordsInSentence == 2 && startsWithBullet, let m = ListMarker.parse(t, i, end) { expectedMarker = m.next }
    }

    /// Whether the current white-space-delimited token is a URL or e-mail address (looked at
    /// once per token, on demand).
    private mutating func tokenIsLink(_ end: Int) -> Bool {
        let i = spaceTokenStart < 0 ? wordStart : spaceTokenStart
        if linkCheckedFor == i { return linkAnswer }
        var k = i
        var link = false
        if k + 4 <= end, ByteClass.lower(t[k]) == UInt8(ascii: "w"), ByteClass.lower(t[k + 1]) == UInt8(ascii: "w"),
            ByteClass.lower(t[k + 2]) == UInt8(ascii: "w"), t[k + 3] == UInt8(ascii: ".")
        {
            link = true
        }
        while k < end && Punctuation.spaceLength(t, k) == 0 {
            let b = t[k]
            if b == UInt8(ascii: "@") { link = true }
            if b == UInt8(ascii: ":"), k + 2 < end, t[k + 1] == UInt8(ascii: "/"), t[k + 2] == UInt8(ascii: "/") { link = true }
            k += 1
        }
        linkCheckedFor = i
        linkAnswer = link
        return link
    }

    private func bulletLength(_ i: Int) -> Int {
        guard i + 2 < t.count, t[i] == 0xE2 else { return 0 }
        let b1 = t[i + 1]
        let b2 = t[i + 2]
        if b1 == 0x80 && b2 == 0xA2 { return 3 }  // •
        if b1 == 0x81 && b2 == 0x83 { return 3 }  // ⁃
        if b1 == 0x96 && (b2 == 0xAA || b2 == 0xAB) { return 3 }  // ▪ ▫
        if b1 == 0x97 && b2 == 0xA6 { return 3 }  // ◦
        return 0
    }

    private func isBullet(_ i: Int) -> Bool { bulletLength(i) > 0 }

    // MARK: Terminators

    /// Handles `.`, `!`, `?` or `…` at `i`; returns where scanning resumes.
    private mutating func terminator(at i: Int, end: Int, inToken: inout Bool) -> Int {
        let runStart = i
        let attached = i > wordStart
        let wordBefore = (start: max(wordStart, sentenceStart), end: i)
        let letterRun = letterRunStart >= 0 ? (letterRunStart, i) : (i, i)
        letterRunStart = -1
        var j = i
        var dots = 0
        var questionOrBang = false
        var firstDotEnd = -1
        var spacedAfterFirst = false
        while j < end {
            let b = t[j]
            if b == UInt8(ascii: ".") {
                dots += 1
                if firstDotEnd < 0 { firstDotEnd = j + 1 }
                j += 1
            } else if b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                questionOrBang = true
                j += 1
            } else if Punctuation.ellipsisLength(t, j) == 3 {
                dots += 3
                j += 3
            } else if b == 0x20, dots > 0, !questionOrBang, j + 1 < end, t[j + 1] == UInt8(ascii: "."),
                j + 2 >= end || t[j + 2] == 0x20 || t[j + 2] == UInt8(ascii: ".") || Punctuation.closeDoubleQuoteLength(t, j + 2) > 0
            {
                // A spaced ellipsis `. . .`
                if j == firstDotEnd { spacedAfterFirst = true }
                j += 1
            } else {
                break
            }
        }
        // Closing quotes and brackets belong to the sentence.
        var k = j
        var closedQuote = false
        while k < end {
            let b = t[k]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                k += 1
                continue
            }
            let q = max(Punctuation.closeDoubleQuoteLength(t, k), Punctuation.singleQuoteLength(t, k))
            if q > 0 && !(t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x98) {
                k += q
                closedQuote = true
                continue
            }
            break
        }
        if k >= end { return k }
        inToken = true
        let spaceAfter = Punctuation.spaceLength(t, k)
        if spaceAfter == 0 {
            // No space: only `word.Word` / `1,000.That` ends here.
            if k == j, j == i + 1, ByteClass.isUpper(t[k]), i - 1 >= 0,
                ByteClass.isLower(t[i - 1]) || ByteClass.isDigit(t[i - 1]),
                letterRun.1 - letterRun.0 != 1, i - wordBefore.start >= 2,
                i - wordBefore.start > 12 || !isMultiPeriod(wordBefore.start, i), !tokenIsLink(end)
            {
                emit(sentenceStart, k)
                sentenceStart = -1
                inToken = false
                return k  // the next byte starts a new token
            }
            letterRunStart = -1
            return k
        }
        // Look at the next word, past spaces and opening quotes or brackets.
        var m = k
        while m < end {
            let s = Punctuation.spaceLength(t, m)
            if s == 0 { break }
            m += s
        }
        var p = m
        while p < end {
            let b = t[p]
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { p += 1; continue }
            let q = max(Punctuation.openDoubleQuoteLength(t, p), Punctuation.singleQuoteLength(t, p))
            if q > 0 { p += q; continue }
            break
        }
        guard m < end else { return k }
        // Only stray closing quotes or brackets left (`bin Laden? "`): they belong here.
        var c = m
        while c < end {
            let q = max(Punctuation.closeDoubleQuoteLength(t, c), Punctuation.singleQuoteLength(t, c), Punctuation.spaceLength(t, c))
            if q > 0 {
                c += q
            } else if t[c] == UInt8(ascii: ")") || t[c] == UInt8(ascii: "]") {
                c += 1
            } else {
                break
            }
        }
        if c >= end { return k }
        let next: UInt8 = p < end ? t[p] : 0
        if ByteClass.isLower(next) { return k }
        var boundary: Bool
        var boundaryAt = k
        if questionOrBang {
            // `"Who will pay?" Reyes asked.`: a speech tag after the quote keeps it in the sentence.
            boundary = !(closedQuote && speechTagFollows(p, end))
        } else if dots >= 2 {
            boundary = ellipsisEnds(runStart: runStart, attached: attached, dots: dots, next: next)
            if boundary, spacedAfterFirst, attached, dots == 4, let f = Optional(firstDotEnd), f > 0 {
                // `compounds. . . . The`: the period ends the sentence, the ellipsis opens the next.
                boundaryAt = f
            }
        } else {
            boundary = periodEnds(word: wordBefore, letterRun: letterRun, next: next, nextAt: p, end: end)
        }
        guard boundary else { return k }
        emit(sentenceStart, boundaryAt)
        sentenceStart = -1
        inToken = false
        if boundaryAt < k {
            // Resume at the ellipsis that opens the next sentence.
            var r = boundaryAt
            while r < k, Punctuation.spaceLength(t, r) > 0 { r += 1 }
            return r
        }
        return k
    }

    /// Whether an ellipsis (`...`, `…`, `. . .`) followed by `next` ends the sentence.
    private func ellipsisEnds(runStart: Int, attached: Bool, dots: Int, next: UInt8) -> Bool {
        if runStart > 0 && t[runStart - 1] == UInt8(ascii: "[") { return false }
        guard ByteClass.isUpper(next) || next >= 0x80 else { return false }
        if dots >= 4 { return true }
        return attached
    }

    /// Whether a single period after `word` ends the sentence, given the next word's first byte.
    private func periodEnds(word: (start: Int, end: Int), letterRun: (Int, Int), next: UInt8, nextAt: Int, end: Int) -> Bool {
        // Strip opening punctuation and bullets from the word.
        var ws = word.start
        var stripped = 0
        while ws < word.end && stripped < 8 {
            stripped += 1
            let b = t[ws]
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { ws += 1; continue }
            let q = max(Punctuation.openDoubleQuoteLength(t, ws), Punctuation.singleQuoteLength(t, ws), bulletLength(ws))
            if q > 0 { ws += q; continue }
            break
        }
        let we = word.end
        let length = we - ws
        let nextIsDigit = ByteClass.isDigit(next)
        if length == 0 { return true }
        // A list marker at the start of a sentence: `1. The first item`, `a. The`.
        let atStart = wordsInSentence == 1 || (wordsInSentence == 2 && startsWithBullet)
        if atStart && length <= 3 && (allDigits(ws, we) || (length == 1 && ByteClass.isLower(t[ws]))) {
            return false
        }
        if length <= 12 && isMultiPeriod(ws, we) {
            if length == 3, StructureLexicons.clockSuffixes.contains(WordHash.of(t, ws, we)), wordsInSentence > 3, ByteClass.isUpper(next) {
                return !continuesClockTime(nextAt, end)
            }
            return generalAbbreviationEnds(next: next, nextAt: nextAt, end: end)
        }
        // Initials: one capital letter.
        let runLength = letterRun.1 - letterRun.0
        if runLength == 1 && letterRun.1 == we && ByteClass.isUpper(t[letterRun.0]) {
            if length == 1 && t[ws] == UInt8(ascii: "I") { return isStarter(nextAt, end) }
            return false
        }
        if length <= 12 {
            if let kind = StructureLexicons.abbreviations[WordHash.of(t, ws, we)] ?? (letterRun.1 == we && runLength >= 1 && runLength < length ? StructureLexicons.abbreviations[WordHash.of(t, letterRun.0, we)].flatMap { $0 == .title ? .title : nil } : nil) {
                switch kind {
                case .title: return false
                case .number: if nextIsDigit { return false }
                case .general: break
                }
                return generalAbbreviationEnds(next: next, nextAt: nextAt, end: end)
            }
        }
        return true
    }

    private func generalAbbreviationEnds(next: UInt8, nextAt: Int, end: Int) -> Bool {
        if ByteClass.isDigit(next) { return false }
        if wordsInSentence <= 3 { return false }
        if ByteClass.isUpper(next) { return isStarter(nextAt, end) }
        return true
    }

    /// After `5 p.m.`: a time zone, weekday, month or short all-capitals code (`ET`, `GMT`)
    /// continues the sentence; any other capitalised word starts a new one.
    private func continuesClockTime(_ p: Int, _ end: Int) -> Bool {
        var e = p
        var allCaps = true
        while e < end && e - p < 16 && ByteClass.isAlpha(t[e]) {
            if !ByteClass.isUpper(t[e]) { allCaps = false }
            e += 1
        }
        guard e > p, e - p < 16 else { return false }
        if allCaps && e - p <= 4 { return true }
        let word = UnsafeBufferPointer(rebasing: t[p..<e])
        if CalendarNames.weekday(word) != nil || CalendarNames.month(word) != nil { return true }
        return StructureLexicons.timeZoneWords.contains(WordHash.of(t, p, e))
    }

    /// At `p`: one to three capitalised words (a name, `Mr Reyes`, a pronoun) and then a speech
    /// verb (`asked`, `said`, `shouted`). Reads at most four short words.
    private func speechTagFollows(_ p: Int, _ end: Int) -> Bool {
        var i = p
        var capitalised = 0
        while i < end && capitalised <= 3 {
            let s = i
            while i < end && i - s < 24 && (ByteClass.isAlpha(t[i]) || t[i] == UInt8(ascii: "'") || t[i] == UInt8(ascii: "-")) { i += 1 }
            guard i > s, i - s < 24 else { return false }
            if ByteClass.isUpper(t[s]) {
                capitalised += 1
                // `Mr.` / `Dr.` inside the name.
                if i < end && t[i] == UInt8(ascii: ".") { i += 1 }
            } else {
                return capitalised >= 1 && StructureLexicons.speechTags.contains(WordHash.of(t, s, i))
            }
            guard i < end, t[i] == 0x20 else { return false }
            i += 1
        }
        return false
    }

    /// The word at `p` is a usual sentence opener (`The`, `It`, `How`, `Mr`).
    private func isStarter(_ p: Int, _ end: Int) -> Bool {
        var e = p
        while e < end && e - p < 16 && ByteClass.isAlpha(t[e]) { e += 1 }
        guard e > p, e - p < 16 else { return false }
        return StructureLexicons.sentenceStarters.contains(WordHash.of(t, p, e))
    }

    /// `U.S`, `e.g`, `a.m`, `Ph.D`: letters in groups of one or two, joined by periods.
    private func isMultiPeriod(_ s: Int, _ e: Int) -> Bool {
        var group = 0
        var periods = 0
        var k = s
        while k < e {
            let b = t[k]
            if ByteClass.isAlpha(b) {
                group += 1
                if group > 2 { return false }
            } else if b == UInt8(ascii: ".") {
                if group == 0 { return false }
                group = 0
                periods += 1
            } else {
                return false
            }
            k += 1
        }
        return periods >= 1 && group > 0
    }

    private func allDigits(_ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e {
            if !ByteClass.isDigit(t[k]) { return false }
            k += 1
        }
        return e > s
    }

    // MARK: Glued words

    /// At a lower→upper seam (`scheduleNorth`): the end of the right-hand word when it is a
    /// capitalised word (≥ 3 letters) followed by another capitalised word, nil otherwise.
    private mutating func gluedSeam(at i: Int, end: Int) -> Int? {
        guard !tokenIsLink(end) else { return nil }
        var r = i + 2
        while r < end && ByteClass.isLower(t[r]) { r += 1 }
        guard r - (i + 1) >= 3 else { return nil }
        let rightEnd = r
        guard r < end, Punctuation.spaceLength(t, r) > 0 else { return nil }
        while r < end {
            let s = Punctuation.spaceLength(t, r)
            if s == 0 { break }
            r += s
        }
        guard r + 1 < end, ByteClass.isUpper(t[r]), ByteClass.isLower(t[r + 1]) else { return nil }
        return rightEnd
    }

    // MARK: Output

    private mutating func emit(_ start: Int, _ end: Int) {
        guard start >= 0, end > start else { return }
        // Trim trailing white space (a sentence cut before a bullet or marker).
        var e = end
        while e > start && ByteClass.isASCIISpace(t[e - 1]) { e -= 1 }
        guard e > start else { return }
        sentences.append(Sentence(span: Span(start: start, end: e), block: block))
    }
}

/// An inline list marker: `1.`, `2)`, `3.)`, `a.`, `b)`.
struct ListMarker: Equatable {
    enum Style: Equatable { case period, paren, periodParen }
    var value: Int
    var isLetter: Bool
    var style: Style

    var next: ListMarker { ListMarker(value: value &+ 1, isLetter: isLetter, style: style) }

    /// The marker at `i` when one is there and is followed by white space.
    static func parse(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> ListMarker? {
        var k = i
        var value = 0
        var isLetter = false
        while k < end && k - i < 3 && ByteClass.isDigit(t[k]) {
            value = value * 10 + Int(t[k] - 0x30)
            k += 1
        }
        if k == i {
            guard k < end, ByteClass.isLower(t[k]) else { return nil }
            value = Int(t[k])
            isLetter = true
            k += 1
        }
        guard k < end else { return nil }
        let style: Style
        if t[k] == UInt8(ascii: ".") {
            if k + 1 < end && t[k + 1] == UInt8(ascii: ")") {
                style = .periodParen
                k += 2
            } else {
                style = .period
                k += 1
            }
        } else if t[k] == UInt8(ascii: ")") {
            style = .paren
            k += 1
        } else {
            return nil
        }
        guard k < end, Punctuation.spaceLength(t, k) > 0 else { return nil }
        // A lone letter marker other than `a` only continues a list.
        return ListMarker(value: value, isLetter: isLetter, style: style)
    }
}
