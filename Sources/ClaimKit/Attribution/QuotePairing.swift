/// Pairs double quote marks within one block, in one left-to-right pass (linear time).
///
/// Curly marks say their direction; straight ones are judged by their neighbours (glued to a
/// word on the left = closing). Oddities are repaired, never fatal: an opening mark used as a
/// closing one (`predecessors “.`) closes the open quote, a closing one used as an opening one
/// (`”Mr. Trump …` at a paragraph start) opens; a second opener while one is open
/// abandons the first; a closing mark with nothing open is ignored; a quote still open at the end
/// of the block runs to the block's end (a quote continued in the next paragraph).
/// Each repair is reported to `odd` so the stage can emit a diagnostic.
struct PairedQuote {
    var open: Int
    /// Index of the closing mark token, or -1 when the quote runs to the end of the block.
    var close: Int
    var start: Int
    var end: Int
}

enum QuotePairing {
    enum Oddity { case misdirected, unclosed, stray }

    /// The block's quotes, written into `quotes` (emptied first; its storage is reused block
    /// after block instead of a new array per block).
    static func pair(
        _ tokens: inout TokenBuffer, _ blockEnd: Int, marks: UnsafeBufferPointer<Int32>, into quotes: inout [PairedQuote],
        odd: (Oddity, Int) -> Void
    ) {
        quotes.removeAll(keepingCapacity: true)
        var open = -1
        let n = tokens.count
        func gluedLeft(_ k: Int) -> Bool {
            k > 0 && tokens[k - 1].end == tokens[k].start && tokens[k - 1].kind != .openParen && tokens[k - 1].kind != .dash
        }
        func gluedRight(_ k: Int) -> Bool {
            k + 1 < n && tokens[k + 1].start == tokens[k].end
                && (tokens[k + 1].kind == .word || tokens[k + 1].kind == .other || tokens[k + 1].kind == .openParen || tokens[k + 1].kind == .quote)
        }
        func close(_ k: Int) {
            quotes.append(PairedQuote(open: open, close: k, start: tokens[open].start, end: tokens[k].end))
            open = -1
        }
        // `marks` lists the block's quote marks (and full stops) in order: no need to visit
        // every token.
        for m in marks {
            let k = Int(m)
            guard k >= 0, k < n, tokens[k].kind == .quote else { continue }
            switch tokens[k].mark {
            case .curlyOpen:
                if open < 0 {
                    open = k
                } else if !gluedRight(k) {
                    odd(.misdirected, tokens[k].start)
                    close(k)
                } else {
                    odd(.unclosed, tokens[open].start)
                    open = k
                }
            case .curlyClose:
                if open >= 0 {
                    close(k)
                } else if !gluedLeft(k) && gluedRight(k) {
                    // `”Mr. Trump embodies …` opening a paragraph: a closing mark typed where an
                    // opening one belongs (nothing on its left, a word on its right) opens.
                    odd(.misdirected, tokens[k].start)
                    open = k
                } else {
                    odd(.stray, tokens[k].start)
                }
            case .straight:
                let looksOpen = !gluedLeft(k) && gluedRight(k)
                let looksClose = gluedLeft(k) && !gluedRight(k)
                if open >= 0 {
                    if looksOpen && tokens[open].mark == .straight && k > open + 1 && tokens[k - 1].kind == .stop {
                        // `"One." "Two."`: the first closed without its mark.
                        odd(.unclosed, tokens[open].start)
                        open = k
                    } else {
                        close(k)
                    }
                } else if looksClose {
                    odd(.stray, tokens[k].start)
                } else {
                    open = k
                }
            case .none:
                break
            }
        }
        if open >= 0 {
            quotes.append(PairedQuote(open: open, close: -1, start: tokens[open].start, end: blockEnd))
        }
        for (q, p) in quotes.enumerated() {
            let last = p.close >= 0 ? p.close : n - 1
            var k = p.open
            while k <= last { tokens[k].quote = Int32(q); k += 1 }
        }
    }
}
