/// Blocks, roles and sentences. (First version: blank lines end blocks, the first block is the
/// lead, sentences end at `.`, `!` or `?` before white space. The structure issue replaces it.)
enum StructureStage {
    static func run(_ document: inout Document) {
        document.language = "en"
        let text = document.text
        var blocks: [Block] = []
        var sentences: [Sentence] = []
        text.withUnsafeBufferPointer { t in
            var i = 0
            let n = t.count
            while i < n {
                // Skip blank space between blocks.
                while i < n && isSpace(t[i]) { i += 1 }
                guard i < n else { break }
                let start = i
                var end = i
                // A block runs until a blank line.
                while i < n {
                    if t[i] == 0x0A {
                        var k = i + 1
                        while k < n && (t[k] == 0x20 || t[k] == 0x09 || t[k] == 0x0D) { k += 1 }
                        if k >= n || t[k] == 0x0A { break }
                    }
                    if !isSpace(t[i]) { end = i + 1 }
                    i += 1
                }
                let blockIndex = blocks.count
                let first = sentences.count
                var s = start
                var k = start
                while k < end {
                    let b = t[k]
                    if (b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?"))
                        && (k + 1 >= end || isSpace(t[k + 1]))
                    {
                        sentences.append(Sentence(span: Span(start: s, end: k + 1), block: blockIndex))
                        k += 1
                        while k < end && isSpace(t[k]) { k += 1 }
                        s = k
                        continue
                    }
                    k += 1
                }
                if s < end { sentences.append(Sentence(span: Span(start: s, end: end), block: blockIndex)) }
                blocks.append(Block(span: Span(start: start, end: end), role: blockIndex == 0 ? .lead : .paragraph, sentences: first..<sentences.count))
            }
        }
        document.blocks = blocks
        document.sentences = sentences
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { ByteClass.isASCIISpace(b) }
}
