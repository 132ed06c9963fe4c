/// Numbers with their qualifiers, units and kinds: counts, percentages, money, durations,
/// measures, ordinals, ranges and vague amounts.
///
/// One left-to-right pass: only digits and lexicon number words start a reading
/// (`QuantityRecognizer`), every other word costs one filtered hash probe. Numbers inside the
/// dates and times found by TimeStage are skipped (a year is a time, not a quantity).
enum QuantityStage {
    /// Diagnostics beyond this many are dropped (a megabyte of `1e999` must not make a
    /// megabyte of messages).
    static let maxDiagnostics = 100
    /// A document keeps at most this many quantities (a megabyte of `1,2,3,…` would otherwise
    /// make a gigabyte of JSON); the rest are dropped with a diagnostic.
    static let maxQuantities = 100_000

    /// `cues`: the shared scan of the text when the caller has made one (else made here).
    static func run(_ document: inout Document, cues: ScanCues? = nil) {
        let timeSpans = document.times.map(\.span)
        var found: [Quantity] = []
        var diagnostics: [Diagnostic] = []
        let cues = cues ?? document.text.withUnsafeBufferPointer { ScanCues($0) }
        document.text.withUnsafeBufferPointer { t in
            var r = QuantityRecognizer(TextScan(t))
            cues.quantity.withUnsafeBufferPointer { r.scan(skipping: timeSpans, cues: $0) }
            found = r.found
            diagnostics = r.diagnostics
        }
        found.sort { $0.span < $1.span }
        if found.count > maxQuantities {
            diagnostics.append(
                Diagnostic(code: "too_many_quantities", message: "only the first \(maxQuantities) quantities are kept",
                    span: found[maxQuantities].span))
            found.removeSubrange(maxQuantities...)
        }
        for k in found.indices {
            found[k].sentence = SentenceLookup.index(in: document, at: found[k].span.start)
        }
        document.quantities = found
        document.diagnostics.append(contentsOf: diagnostics.prefix(maxDiagnostics))
    }
}

/// Which sentence an offset belongs to, falling back to the nearest sentence before it.
enum SentenceLookup {
    static func index(in document: Document, at offset: Int) -> Int {
        if let s = document.sentenceIndex(containing: offset) { return s }
        var lo = 0
        var hi = document.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if document.sentences[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }
}
