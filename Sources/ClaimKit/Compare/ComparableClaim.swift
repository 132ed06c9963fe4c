/// The parts of a claim that comparison looks at, read either from a `Document` or from a
/// document's JSON (so saved output of `claimkit extract` can be compared later).
struct ComparableClaim {
    struct Amount {
        var text: String
        var value: Double?
        var low: Double?
        var high: Double?
        var qualifier: String
        var unit: String?
        var kind: String
    }

    var document: Int
    /// The claim's id in its document (`c3`), or the sentence's (`s7`) for a number the
    /// article states outside any claim.
    var claimID: String
    var kind: String
    var text: String
    var span: Span
    var sentenceText: String
    var speakerName: String?
    var speakerType: String?
    var modality: String
    var amounts: [Amount]
    /// Entity names mentioned in the claim's content, and its speaker's (raw; canonicalised by
    /// EntityIdentity). The content, not the whole sentence: `Speaking to Russia's Deutsche
    /// Welle, X said EU allies failed to deliver…` is not a claim about Russia.
    var entityNames: [String]
    /// Roles from apposition or titles, by entity name, as the article gives them.
    var roles: [(name: String, role: String)]
}

/// One input document for comparison.
typealias Amount = ComparableClaim.Amount

struct ComparableDocument {
    var id: JSONValue
    var claims: [ComparableClaim]
}

extension ComparableDocument {
    /// From an extracted document.
    init(_ d: Document, index: Int, id: JSONValue) {
        self.id = id
        var claims: [ComparableClaim] = []
        var covered = Set<Int>()
        func entityNames(in sentence: Span) -> [String] {
            var names: [String] = []
            for e in d.entities where e.mentions.contains(where: { sentence.contains($0) }) { names.append(e.name) }
            return names
        }
        let roles = d.entities.compactMap { e in e.role.map { (name: e.name, role: $0) } }
        func amount(_ q: Quantity) -> Amount {
            Amount(text: d.string(q.span), value: q.value, low: q.low, high: q.high, qualifier: q.qualifier.rawValue,
                   unit: q.unit, kind: q.kind.rawValue)
        }
        for (i, c) in d.claims.enumerated() {
            let sentenceSpan = c.sentence < d.sentences.count ? d.sentences[c.sentence].span : c.content
            for q in c.quantities { covered.insert(q) }
            claims.append(
                ComparableClaim(
                    document: index, claimID: "c\(i + 1)", kind: c.kind.rawValue, text: d.string(c.content), span: c.content,
                    sentenceText: d.string(sentenceSpan), speakerName: c.speaker?.name, speakerType: c.speaker?.type.rawValue,
                    modality: c.modality.status.rawValue, amounts: c.quantities.compactMap { $0 < d.quantities.count ? amount(d.quantities[$0]) : nil },
                    entityNames: entityNames(in: c.content) + (c.speaker.flatMap { $0.type == .anonymous ? nil : [$0.name] } ?? [])
                        + (c.speaker?.organisation.map { [$0] } ?? []), roles: roles))
        }
        // Numbers the article states outside any claim still take part, by their sentence.
        var bySentence: [Int: [Int]] = [:]
        for (i, q) in d.quantities.enumerated() where !covered.contains(i) { bySentence[q.sentence, default: []].append(i) }
        for s in bySentence.keys.sorted() where s < d.sentences.count {
            let sentence = d.sentences[s]
            claims.append(
                ComparableClaim(
                    document: index, claimID: "s\(s + 1)", kind: "sentence", text: d.string(sentence.span), span: sentence.span,
                    sentenceText: d.string(sentence.span), speakerName: nil, speakerType: nil, modality: sentence.modality.status.rawValue,
                    amounts: (bySentence[s] ?? []).map { amount(d.quantities[$0]) }, entityNames: entityNames(in: sentence.span), roles: roles))
        }
        self.claims = claims
    }

    /// From a document's JSON (as written by `DocumentEncoder`). Missing parts are skipped.
    init(json doc: JSONValue, index: Int) {
        id = doc["id"] ?? .string("d\(index + 1)")
        var claims: [ComparableClaim] = []
        func spanOf(_ v: JSONValue?) -> Span {
            Span(start: Int(exactly: (v?["start"]?.doubleValue ?? 0).rounded()) ?? 0, end: Int(exactly: (v?["end"]?.doubleValue ?? 0).rounded()) ?? 0)
        }
        var sentences: [String: (text: String, span: Span, modality: String)] = [:]
        for s in doc["sentences"]?.arrayValue ?? [] {
            guard let sid = s["id"]?.stringValue else { continue }
            sentences[sid] = (s["text"]?.stringValue ?? "", spanOf(s), s["modality"]?["status"]?.stringValue ?? "asserted")
        }
        var amounts: [String: Amount] = [:]
        var amountSentence: [String: String] = [:]
        var amountOrder: [String] = []
        for q in doc["quantities"]?.arrayValue ?? [] {
            guard let qid = q["id"]?.stringValue else { continue }
            amounts[qid] = Amount(
                text: q["text"]?.stringValue ?? "", value: q["value"]?.doubleValue, low: q["low"]?.doubleValue, high: q["high"]?.doubleValue,
                qualifier: q["qualifier"]?.stringValue ?? "exact", unit: q["unit"]?.stringValue, kind: q["kind"]?.stringValue ?? "count")
            amountSentence[qid] = q["sentence"]?.stringValue
            amountOrder.append(qid)
        }
        var entityMentions: [(name: String, spans: [Span])] = []
        var roles: [(name: String, role: String)] = []
        for e in doc["entities"]?.arrayValue ?? [] {
            guard let name = e["name"]?.stringValue else { continue }
            entityMentions.append((name, (e["mentions"]?.arrayValue ?? []).map { spanOf($0) }))
            if let role = e["role"]?.stringValue { roles.append((name, role)) }
        }
        func entityNames(in sentence: Span) -> [String] {
            entityMentions.filter { $0.spans.contains(where: { sentence.contains($0) }) }.map(\.name)
        }
        var covered = Set<String>()
        for c in doc["claims"]?.arrayValue ?? [] {
            guard let cid = c["id"]?.stringValue, let content = c["content"] else { continue }
            let sid = c["sentence"]?.stringValue ?? ""
            let sentence = sentences[sid]
            let qids = (c["quantities"]?.arrayValue ?? []).compactMap(\.stringValue)
            covered.formUnion(qids)
            let speakerName = c["speaker"]?["name"]?.stringValue
            claims.append(
                ComparableClaim(
                    document: index, claimID: cid, kind: c["kind"]?.stringValue ?? "statement", text: content["text"]?.stringValue ?? "",
                    span: spanOf(content), sentenceText: sentence?.text ?? "", speakerName: speakerName,
                    speakerType: c["speaker"]?["type"]?.stringValue, modality: c["modality"]?["status"]?.stringValue ?? "asserted",
                    amounts: qids.compactMap { amounts[$0] },
                    entityNames: entityNames(in: spanOf(content))
                        + (c["speaker"]?["type"]?.stringValue == "anonymous" ? [] : (speakerName.map { [$0] } ?? []))
                        + (c["speaker"]?["organisation"]?.stringValue.map { [$0] } ?? []), roles: roles))
        }
        var bySentence: [String: [String]] = [:]
        var sentenceOrder: [String] = []
        for qid in amountOrder where !covered.contains(qid) {
            guard let sid = amountSentence[qid] else { continue }
            if bySentence[sid] == nil { sentenceOrder.append(sid) }
            bySentence[sid, default: []].append(qid)
        }
        for sid in sentenceOrder {
            guard let s = sentences[sid] else { continue }
            claims.append(
                ComparableClaim(
                    document: index, claimID: sid, kind: "sentence", text: s.text, span: s.span, sentenceText: s.text,
                    speakerName: nil, speakerType: nil, modality: s.modality, amounts: (bySentence[sid] ?? []).compactMap { amounts[$0] },
                    entityNames: entityNames(in: s.span), roles: roles))
        }
        self.claims = claims
    }
}
