/// Modality per sentence and per claim: asserted, hedged, conditional, denied, question, with
/// the cue spans that set it (rules and limits: `ModalityScanner`; cue words: the lexicons
/// hedges, denials, conditionals, question-words).
///
/// A sentence takes the most marked status of any of its clauses. A claim's modality is
/// scoped: only cues inside its content count, plus its attribution cue when that is itself a
/// denial (`Pyongyang denies that …`), so a hedge in another clause does not hedge it.
enum ModalityStage {
    /// `scratch`: the scanner's word buffer is kept between documents (`PipelineScratch`; the
    /// scanner empties it before each use).
    static func run(_ document: inout Document, scratch: PipelineScratch = PipelineScratch()) {
        var scanner = ModalityScanner()
        swap(&scanner.tokens, &scratch.modalityTokens)
        defer { swap(&scanner.tokens, &scratch.modalityTokens) }
        let text = document.text
        text.withUnsafeBufferPointer { t in
            for s in document.sentences.indices {
                let span = document.sentences[s].span
                var m = scanner.modality(t, span, sentenceStart: true)
                if m.status != .question, isHeading(document, s), scanner.isInterrogativeHeading(t, span) {
                    m = Modality(status: .question, cues: [])
                }
                document.sentences[s].modality = m
            }
            for c in document.claims.indices {
                // The three fields only: copying the whole claim retained and released each of
                // its strings and arrays, claim after claim.
                let content = document.claims[c].content
                let cue = document.claims[c].cue
                let sentence = document.claims[c].sentence
                document.claims[c].modality = claimModality(
                    content: content, cue: cue, sentence: sentence, document, t, &scanner, sentencesSet: true)
            }
        }
    }

    static func isHeading(_ document: Document, _ s: Int) -> Bool {
        let b = document.sentences[s].block
        return b >= 0 && b < document.blocks.count && document.blocks[b].role == .heading
    }

    /// The modality of a claim's content, with its cue counted when the cue is a denial.
    /// `sentencesSet`: the sentences' modalities are set (this stage's own loop has run; not so
    /// when the scoring stage asks without it).
    static func claimModality(
        content: Span, cue: Span?, sentence: Int, _ document: Document, _ t: UnsafeBufferPointer<UInt8>,
        _ scanner: inout ModalityScanner, sentencesSet: Bool
    ) -> Modality {
        var extra: [ModalityScanner.Cue] = []
        if let cue, cue.start < cue.end, cue.end <= t.count {
            extra = scanner.denialCues(t, cue.start, cue.end)
        }
        let inSentence = sentence >= 0 && sentence < document.sentences.count
        if sentencesSet && inSentence && extra.isEmpty
            && document.sentences[sentence].span == content && !isHeading(document, sentence) {
            // The content is its whole sentence (about one claim in sixteen): the sentence's
            // modality, set just before, came from the very same scan (same span, sentence
            // start, no extra cues); headings have a rule of their own.
            return document.sentences[sentence].modality
        }
        let startsSentence = inSentence && document.sentences[sentence].span.start == content.start
        return scanner.modality(t, content, sentenceStart: startsSentence, extraCues: extra)
    }
}
