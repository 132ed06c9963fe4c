/// Blocks, roles and sentences, and the article facts they reveal (title, publication date,
/// wire sources, authors, language).
///
/// Plain text is cut into blocks by line structure (`BlockSplitter`); blocks the HTML
/// extractor already made are kept as they are. Every block is then cut into sentences
/// (`SentenceSegmenter`) and given a role (`BlockRoles`). All steps are single byte scans.
enum StructureStage {
    static func run(_ document: inout Document) {
        _ = run(&document, buildCues: false)
    }

    /// `buildCues`: also build the number and date cues (`ScanCues`), in the same word pass
    /// that counts the language words, and return them.
    static func run(_ document: inout Document, buildCues: Bool) -> ScanCues? {
        var cues: ScanCues?
        let fromMarkup = !document.blocks.isEmpty
        var blocks = document.blocks
        var sentences: [Sentence] = []
        var diagnostics: [Diagnostic] = []
        var facts = BlockRoles.Facts()
        var language = "en"
        document.text.withUnsafeBufferPointer { t in
            if !fromMarkup {
                blocks = BlockSplitter.split(t)
            }
            var segmenter = SentenceSegmenter(text: t, block: 0)
            segmenter.sentences.reserveCapacity(t.count / 120 + 1)
            for b in blocks.indices {
                let first = segmenter.sentences.count
                let span = blocks[b].span
                let lo = max(0, min(span.start, t.count))
                let hi = max(lo, min(span.end, t.count))
                segmenter.segment(lo, hi, block: b)
                blocks[b].sentences = first..<segmenter.sentences.count
            }
            sentences = segmenter.sentences
            diagnostics = segmenter.diagnostics
            facts = BlockRoles.assign(t, &blocks, fromMarkup: fromMarkup)
            if buildCues {
                let languages = LanguageWordTable.shared.languages
                // A handful of counters: on the stack, not a heap array per document.
                let contested = withUnsafeTemporaryAllocation(of: Int.self, capacity: languages.count) { c in
                    c.initialize(repeating: 0)
                    cues = ScanCues(t, languageCounts: c)
                    // Exact for every language but English: English unless one of them reaches
                    // the eight words a guess needs, and then the full count decides.
                    return c.indices.contains { c[$0] >= LanguageGuess.minimumWords && languages[$0] != "en" }
                }
                language = contested ? LanguageGuess.guess(t) : "en"
            } else {
                language = LanguageGuess.guess(t)
            }
        }
        document.blocks = blocks
        document.sentences = sentences
        document.diagnostics.append(contentsOf: diagnostics)
        if document.title == nil { document.title = facts.title }
        if document.published == nil { document.published = facts.published }
        if document.sources.isEmpty { document.sources = facts.sources }
        if document.authors.isEmpty { document.authors = facts.authors }
        document.language = language
        if language != "en" {
            document.diagnostics.append(Diagnostic(code: "non_english", message: "the article looks like it is written in '\(language)', not English; only its structure was read"))
        }
        return cues
    }
}
