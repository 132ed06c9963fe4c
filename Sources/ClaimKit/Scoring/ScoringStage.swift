/// Check-worthiness per sentence and per claim (the trained model, `CheckworthinessModel`),
/// then statement claims (`StatementClaims`).
///
/// A claim's score is its content's when the content is long enough to judge on its own
/// (40 bytes), else its sentence's. This stage also sets the scoped modality of every claim,
/// so claims have one even when the modality stage was not asked for.
///
/// Document context: a photo caption describes what a picture shows, which fact-checkers
/// seldom check, though its dates and names make the sentence model rate it highly; a caption
/// sentence's score is multiplied by `captionFactor` (so it can still pass 0.5 only when the
/// model is very sure). Known limit: the factor is a judgement, tuned on the seed articles.
enum ScoringStage {
    static let minContentBytes = 40
    static let captionFactor = 0.5

    /// `modalityRan`: the modality stage has set sentence and claim modalities (statements
    /// reuse them; claims keep theirs).
    /// `kept`: buffers kept from earlier documents (`PipelineScratch`): the bit set (which
    /// every scored text leaves empty) and the feature list, moved out for this document and
    /// back at the end.
    static func run(_ document: inout Document, modalityRan: Bool = false, scratch kept: PipelineScratch = PipelineScratch()) {
        let model = CheckworthinessModel.shared
        var scanner = ModalityScanner()
        swap(&scanner.tokens, &kept.modalityTokens)
        defer { swap(&scanner.tokens, &kept.modalityTokens) }
        var scratch = CheckworthinessModel.Scratch()
        swap(&scratch, &kept.checkworthiness)
        var features: [UInt32] = []
        swap(&features, &kept.features)
        defer {
            swap(&scratch, &kept.checkworthiness)
            swap(&features, &kept.features)
        }
        features.refill(0, count: document.sentences.count)
        let text = document.text
        text.withUnsafeBufferPointer { t in
            var longest = 0
            for s in document.sentences { longest = max(longest, s.span.length) }
            for c in document.claims { longest = max(longest, c.content.length) }
            scratch.reserve(textBytes: min(longest, t.count), buckets: 1 << model.bits)
            for s in document.sentences.indices {
                let span = clamp(document.sentences[s].span, t.count)
                var score = model.score(t, span.start, span.end, &scratch, features: &features[s])
                if isCaption(document, s) { score *= captionFactor }
                document.sentences[s].checkworthiness = score
            }
            for c in document.claims.indices {
                // The three fields only (a copy of the claim retains and releases its strings).
                let content = document.claims[c].content
                let sentence = document.claims[c].sentence
                if !modalityRan {
                    // Else the modality stage, just before, has set this very value.
                    let cue = document.claims[c].cue
                    document.claims[c].modality = ModalityStage.claimModality(
                        content: content, cue: cue, sentence: sentence, document, t, &scanner)
                }
                document.claims[c].checkworthiness = claimScore(content: content, sentence: sentence, document, t, model, &scratch)
            }
            StatementClaims.add(
                &document, t, model, &scanner, &scratch, features: features, modalityRan: modalityRan, kept: kept)
        }
    }

    static func claimScore(
        content: Span, sentence: Int, _ document: Document, _ t: UnsafeBufferPointer<UInt8>,
        _ model: CheckworthinessModel, _ scratch: inout CheckworthinessModel.Scratch
    ) -> Double {
        let content = clamp(content, t.count)
        guard document.sentences.indices.contains(sentence) else {
            return model.score(t, content.start, content.end, &scratch)
        }
        // Short content takes its sentence's score; so does content that is its whole sentence
        // (the model saw the same bytes) unless the caption factor changed the sentence's.
        if content.length < minContentBytes
            || (clamp(document.sentences[sentence].span, t.count) == content && !isCaption(document, sentence))
        {
            return document.sentences[sentence].checkworthiness
        }
        return model.score(t, content.start, content.end, &scratch)
    }

    @inline(__always) static func isCaption(_ document: Document, _ s: Int) -> Bool {
        let b = document.sentences[s].block
        return b >= 0 && b < document.blocks.count && document.blocks[b].role == .caption
    }

    @inline(__always) static func clamp(_ span: Span, _ count: Int) -> Span {
        let lo = max(0, min(span.start, count))
        return Span(start: lo, end: max(lo, min(span.end, count)))
    }
}
