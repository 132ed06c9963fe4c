import ClaimKit

/// The data the page's script shows in the details card, as JSON (made script-safe by
/// `ScriptSafeJSON` before it is embedded). Arrays are indexed like the marks' `data-r`
/// references: `{"docs": [{"claims": [...], "quantities": [...], "times": [...],
/// "sentences": [...]}]}`; cross references are array indexes.
enum ReportData {
    static func json(_ documents: [ReportDocument]) -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: 1 << 16)
        w.beginObject()
        w.key("docs"); w.beginArray()
        for doc in documents { document(doc, &w) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    private static func document(_ doc: ReportDocument, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("name"); w.string(doc.name)
        w.key("claims"); w.beginArray()
        for c in doc.claims {
            w.beginObject()
            w.key("id"); w.string(c.id)
            w.key("kind"); w.string(c.kind)
            w.key("speaker")
            if let s = c.speaker {
                w.beginObject()
                w.key("name"); w.string(s.name)
                optional("role", s.role, &w)
                optional("organisation", s.organisation, &w)
                optional("type", s.type, &w)
                optional("resolution", s.resolution, &w)
                optional("mention", s.place?.text, &w)
                w.key("members"); w.beginArray(); for m in s.members { w.string(m) }; w.endArray()
                w.endObject()
            } else {
                w.null()
            }
            optional("cue", c.cue?.text, &w)
            w.key("content"); w.string(c.content.text)
            optional("medium", c.medium?.text, &w)
            w.key("modality"); w.string(c.modality)
            w.key("cues"); w.beginArray(); for cue in c.modalityCues { w.string(cue.text) }; w.endArray()
            w.key("score"); w.double(c.checkworthiness, decimals: 4)
            w.key("quantities"); w.beginArray(); for q in c.quantities { w.int(q) }; w.endArray()
            w.key("times"); w.beginArray(); for t in c.times { w.int(t) }; w.endArray()
            w.key("rule"); w.string(c.rule)
            optional("sentence", c.sentence, &w)
            w.endObject()
        }
        w.endArray()
        w.key("quantities"); w.beginArray()
        for q in doc.quantities {
            w.beginObject()
            w.key("id"); w.string(q.id)
            w.key("text"); w.string(q.place.text)
            number("value", q.value, &w)
            number("low", q.low, &w)
            number("high", q.high, &w)
            w.key("qualifier"); w.string(q.qualifier)
            optional("qualifier_cue", q.qualifierCue, &w)
            optional("unit", q.unit, &w)
            w.key("kind"); w.string(q.kind)
            optional("currency", q.currency, &w)
            w.key("vague"); w.bool(q.vague)
            w.key("rule"); w.string(q.rule)
            w.endObject()
        }
        w.endArray()
        w.key("times"); w.beginArray()
        for t in doc.times {
            w.beginObject()
            w.key("id"); w.string(t.id)
            w.key("text"); w.string(t.place.text)
            optional("value", t.value, &w)
            w.key("kind"); w.string(t.kind)
            w.key("relative"); w.bool(t.relative)
            w.key("anchor"); w.string(t.anchor)
            w.key("rule"); w.string(t.rule)
            w.endObject()
        }
        w.endArray()
        // Claims per sentence, so a sentence's card can list them.
        var claimsOfSentence: [String: [Int]] = [:]
        for (i, c) in doc.claims.enumerated() { if let s = c.sentence { claimsOfSentence[s, default: []].append(i) } }
        w.key("sentences"); w.beginArray()
        for s in doc.sentences {
            w.beginObject()
            w.key("id"); w.string(s.id)
            w.key("modality"); w.string(s.modality)
            w.key("cues"); w.beginArray(); for cue in s.modalityCues { w.string(cue.text) }; w.endArray()
            w.key("score"); w.double(s.checkworthiness, decimals: 4)
            w.key("claims"); w.beginArray(); for c in claimsOfSentence[s.id] ?? [] { w.int(c) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("blocks"); w.beginArray()
        for b in doc.blocks { w.string(b.role) }
        w.endArray()
        w.endObject()
    }

    private static func optional(_ key: String, _ v: String?, _ w: inout JSONWriter) {
        w.key(key)
        if let v { w.string(v) } else { w.null() }
    }

    private static func number(_ key: String, _ v: Double?, _ w: inout JSONWriter) {
        w.key(key)
        if let v, v.isFinite { w.double(v) } else { w.null() }
    }
}
