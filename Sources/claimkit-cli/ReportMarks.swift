/// Which marks the report draws in an article's text, and their styles.
///
/// Layers (outer to inner): block role, sentence, claim content (quote / reported /
/// statement), speaker / cue / medium, number / date, modality cue (hedge, condition, denial,
/// question). A mark whose span the document got wrong (outside the text, or its `text` does
/// not match) is left out. CSS classes come from fixed lists: a document's own strings (a
/// block role, a claim kind) never reach an attribute unmapped.
enum ReportMarks {
    static func marks(_ doc: ReportDocument, index d: Int) -> [TextMark] {
        var marks: [TextMark] = []
        var seen = Set<String>()
        func add(_ p: ReportDocument.Place?, _ layer: Int, _ cls: String, _ ref: String, anchor: String? = nil, shared: Bool = false) {
            guard let p, p.valid else { return }
            // Speakers and cues: one mark per span, as two claims often share the mention
            // (`said Voss` for two quotes). Objects of their own always get their own mark.
            if shared { guard seen.insert("\(p.start):\(p.end):\(cls)").inserted else { return } }
            marks.append(TextMark(start: p.start, end: p.end, layer: layer, cssClass: cls, ref: ref, anchor: anchor))
        }
        for (i, b) in doc.blocks.enumerated() where b.role != "paragraph" {
            add(b.place, 0, "b b-\(blockClass(b.role))", "\(d):b:\(i)")
        }
        for (i, s) in doc.sentences.enumerated() {
            add(s.place, 1, s.checkworthiness >= 0.5 ? "s s-hi" : "s", "\(d):s:\(i)", anchor: "d\(d)-s\(i)")
        }
        for (i, c) in doc.claims.enumerated() {
            let ref = "\(d):c:\(i)"
            add(c.content, 2, "m m-\(kindClass(c.kind))", ref, anchor: "d\(d)-c\(i)")
            add(c.speaker?.place, 3, "m m-speaker", ref, shared: true)
            add(c.cue, 3, "m m-cue", ref, shared: true)
            add(c.medium, 3, "m m-medium", ref, shared: true)
        }
        for (i, q) in doc.quantities.enumerated() { add(q.place, 4, "m m-number", "\(d):q:\(i)") }
        for (i, t) in doc.times.enumerated() { add(t.place, 4, "m m-date", "\(d):t:\(i)") }
        // Modality cues: a claim's and its sentence's are usually the same words; the claim's
        // come first so the mark shows the claim.
        var cueSeen = Set<String>()
        for (i, c) in doc.claims.enumerated() where c.modality != "asserted" {
            for cue in c.modalityCues where cueSeen.insert("\(cue.start):\(cue.end)").inserted {
                add(cue, 5, "m m-hedge h-\(statusClass(c.modality))", "\(d):c:\(i)")
            }
        }
        for (i, s) in doc.sentences.enumerated() where s.modality != "asserted" {
            for cue in s.modalityCues where cueSeen.insert("\(cue.start):\(cue.end)").inserted {
                add(cue, 5, "m m-hedge h-\(statusClass(s.modality))", "\(d):s:\(i)")
            }
        }
        return marks
    }

    /// The id of the element a link to claim `c` should target: the claim's first fragment,
    /// or its sentence's when the claim's span could not be marked; nil when neither exists.
    static func anchor(claim c: Int, in doc: ReportDocument, index d: Int) -> String? {
        guard c >= 0, c < doc.claims.count else { return nil }
        if doc.claims[c].content.valid { return "d\(d)-c\(c)" }
        if let sid = doc.claims[c].sentence, let s = doc.sentenceIndex[sid] { return anchor(sentence: s, in: doc, index: d) }
        return nil
    }

    static func anchor(sentence s: Int, in doc: ReportDocument, index d: Int) -> String? {
        guard s >= 0, s < doc.sentences.count, doc.sentences[s].place.valid else { return nil }
        return "d\(d)-s\(s)"
    }

    static func kindClass(_ kind: String) -> String {
        ["quote", "reported", "statement"].contains(kind) ? kind : "statement"
    }

    static func statusClass(_ status: String) -> String {
        ["asserted", "hedged", "conditional", "denied", "question"].contains(status) ? status : "hedged"
    }

    static func blockClass(_ role: String) -> String {
        ["lead", "heading", "paragraph", "caption", "credit", "dateline", "source", "boilerplate"].contains(role) ? role : "paragraph"
    }
}
