/// The stages an extractor can run after structure, which always runs.
public struct Stages: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let numbers = Stages(rawValue: 1 << 0)
    public static let dates = Stages(rawValue: 1 << 1)
    public static let attribution = Stages(rawValue: 1 << 2)
    public static let modality = Stages(rawValue: 1 << 3)
    public static let scoring = Stages(rawValue: 1 << 4)

    public static let all: Stages = [.numbers, .dates, .attribution, .modality, .scoring]

    /// Names as used in options JSON.
    public static let names: [(String, Stages)] = [
        ("numbers", .numbers), ("dates", .dates), ("attribution", .attribution),
        ("modality", .modality), ("scoring", .scoring),
    ]
}

/// The order of the stages. Each stage reads what earlier ones found and adds its own part.
enum Pipeline {
    /// `scratch`: working storage kept between documents (`PipelineScratch`), used by one
    /// document at a time.
    static func run(_ document: inout Document, context: ExtractionContext, stages: Stages, scratch: PipelineScratch) {
        if document.text.isEmpty {
            document.diagnostics.append(Diagnostic(code: "empty_input", message: "the input is empty"))
        }
        // Structure: blocks, roles, sentences, title/date/authors/sources, language.
        // Both number and date rules start from one shared pass over the text, which also
        // counts the words the language guess needs.
        let wantsCues = stages.contains(.dates) || stages.contains(.numbers)
        let cues = StructureStage.run(&document, buildCues: wantsCues)
        guard document.language == "en" || document.language == "und" else {
            // Not English: structure only, no invented claims.
            return
        }
        if stages.contains(.dates) { TimeStage.run(&document, context: context, cues: cues) }
        if stages.contains(.numbers) { QuantityStage.run(&document, cues: cues) }
        if stages.contains(.attribution) { AttributionStage.run(&document, scratch: scratch) }
        if stages.contains(.modality) { ModalityStage.run(&document, scratch: scratch) }
        if stages.contains(.scoring) {
            ScoringStage.run(&document, modalityRan: stages.contains(.modality), scratch: scratch)
        }
        ClaimLinker.link(&document, scratch: scratch)
    }
}

/// Lists inside each claim the quantities and times that sit in its content.
///
/// Quantities and times are sorted by offset, so each claim costs a binary search plus the
/// mentions inside it: linear overall, whatever the number of claims.
enum ClaimLinker {
    /// `scratch`: the span lists are kept between documents (`PipelineScratch`), refilled here.
    static func link(_ document: inout Document, scratch: PipelineScratch = PipelineScratch()) {
        guard !document.claims.isEmpty else { return }
        var qStarts: [Span] = []
        var tStarts: [Span] = []
        swap(&qStarts, &scratch.quantitySpans)
        swap(&tStarts, &scratch.timeSpans)
        defer {
            swap(&qStarts, &scratch.quantitySpans)
            swap(&tStarts, &scratch.timeSpans)
        }
        qStarts.removeAll(keepingCapacity: true)
        tStarts.removeAll(keepingCapacity: true)
        // The spans only (a copy of a mention retains and releases its strings).
        for k in document.quantities.indices { qStarts.append(document.quantities[k].span) }
        for k in document.times.indices { tStarts.append(document.times[k].span) }
        qStarts.withUnsafeBufferPointer { q in
            tStarts.withUnsafeBufferPointer { t in
                document.claims.withUnsafeMutableBufferPointer { claims in
                    for c in claims.indices {
                        let content = claims[c].content
                        // Most claims hold no mention and already have empty lists: nil for
                        // none leaves those alone (no empty list stored over an empty list,
                        // and none released, for every claim).
                        if let qs = inside(content, q) {
                            claims[c].quantities = qs
                        } else if !claims[c].quantities.isEmpty {
                            claims[c].quantities = []
                        }
                        if let ts = inside(content, t) {
                            claims[c].times = ts
                        } else if !claims[c].times.isEmpty {
                            claims[c].times = []
                        }
                    }
                }
            }
        }
    }

    /// Indexes of the spans (sorted by start) that lie within `outer`.
    static func inside(_ outer: Span, _ spans: [Span]) -> [Int] {
        spans.withUnsafeBufferPointer { inside(outer, $0) } ?? []
    }

    /// The same, nil for none.
    static func inside(_ outer: Span, _ spans: UnsafeBufferPointer<Span>) -> [Int]? {
        var lo = 0
        var hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start < outer.start { lo = mid + 1 } else { hi = mid }
        }
        // Counted first, so the list is allocated once at its size (appending one index at a
        // time regrew it, claim after claim); most claims hold none and allocate nothing.
        var n = 0
        var i = lo
        while i < spans.count && spans[i].start < outer.end {
            if spans[i].end <= outer.end { n += 1 }
            i += 1
        }
        guard n > 0 else { return nil }
        var found: [Int] = []
        found.reserveCapacity(n)
        i = lo
        while found.count < n && i < spans.count {
            if spans[i].end <= outer.end { found.append(i) }
            i += 1
        }
        return found
    }
}
