/// Writes a `Comparison` as JSON (`spec/schema/comparison.schema.json`).
extension Comparison {
    public func json(pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 4096)
        w.beginObject()
        w.key("schema_version"); w.int(1)
        w.key("claimkit_version"); w.string(ClaimKitVersion.string)
        w.key("documents"); w.beginArray()
        for d in documents { Self.write(d, &w) }
        w.endArray()
        w.key("entities"); w.beginArray()
        for e in entities {
            w.beginObject()
            w.key("name"); w.string(e.name)
            w.key("documents"); w.beginArray(); for d in e.documents { Self.write(documents[d], &w) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("groups"); w.beginArray()
        for (i, g) in groups.enumerated() {
            w.beginObject()
            w.key("id"); w.string("g\(i + 1)")
            w.key("relation"); w.string(g.relation.rawValue)
            w.key("basis"); w.string(g.basis)
            w.key("measure"); if let m = g.measure { w.string(m) } else { w.null() }
            w.key("entities"); w.beginArray(); for e in g.entities { w.string(e) }; w.endArray()
            w.key("reason"); w.string(g.reason)
            w.key("claims"); w.beginArray()
            for m in g.members {
                w.beginObject()
                w.key("document"); Self.write(documents[m.document], &w)
                w.key("claim"); w.string(m.claim)
                w.key("text"); w.string(m.text)
                w.key("span"); w.beginObject(); w.key("start"); w.int(m.span.start); w.key("end"); w.int(m.span.end); w.endObject()
                w.key("modality"); w.string(m.modality)
                w.key("speaker"); if let s = m.speaker { w.string(s) } else { w.null() }
                w.key("amounts"); w.beginArray(); for a in m.amounts { w.string(a) }; w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    static func write(_ v: JSONValue, _ w: inout JSONWriter) { w.value(v) }
}
