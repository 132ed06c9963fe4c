/// Writes a `Document` as interchange JSON (`spec/schema/claimkit.schema.json`, schema_version 1).
///
/// Key order is fixed, so the same input and options give byte-identical JSON from every
/// interface. Ids are the kind's letter and the 1-based index (`b1`, `s3`, `c2`, `q1`, `t4`,
/// `e2`); references between objects use them. Every object with a place carries `start`,
/// `end` (UTF-8 bytes by default, code points on request) and the exact `text` there.
enum DocumentEncoder {
    static let schemaVersion = 1

    static func encode(_ d: Document, options: ExtractionOptions, pretty: Bool, id: JSONValue?, line: Int? = nil) -> [UInt8] {
        let offsets = OffsetMap(text: d.text, unit: options.offsetUnit)
        // The JSON is written straight into the array returned; only when it outgrows that
        // room is it copied out of the writer, so the room is estimated up front.
        var spilled: [UInt8] = []
        let json = [UInt8](unsafeUninitializedCapacity: reserve(for: d, options: options)) { buffer, initialized in
            d.text.withUnsafeBufferPointer { text in
                var e = Encoder(
                    w: JSONWriter(pretty: pretty, into: buffer), text: text, offsets: offsets,
                    escapes: EscapeIndex(text: text))
                e.document(d, options: options, id: id, line: line)
                if e.w.writtenInPlace {
                    initialized = e.w.byteCount
                } else {
                    spilled = e.w.bytes
                    initialized = 0
                }
            }
        }
        return json.isEmpty ? spilled : json
    }

    /// Room for a document's compact JSON, from its size and item counts. Output is about
    /// nine times the text on average (every span repeats its text) but varies with how
    /// many claims and numbers an article has: a fixed multiple of the text left about one
    /// document in twenty-five to outgrow its room and be copied, or wasted room on the
    /// rest. This bound (three times the text for the blocks', sentences' and claims'
    /// text, and per item its members and short spans) held the compact output of each of
    /// the 2,248 reference articles (BBC and HTML sets), with a fifth to spare on average
    /// and at least 4%; one that outgrows it is still written whole, copied once.
    static func reserve(for d: Document, options: ExtractionOptions) -> Int {
        var mentions = 0
        // Read through the pointer: iterating would copy (retain) each entity.
        d.entities.withUnsafeBufferPointer { entities in
            guard let first = entities.baseAddress else { return }
            for i in 0..<entities.count { mentions &+= (first + i).pointee.mentions.count }
        }
        var room = d.text.count &* 3 &+ 1024
        if d.textDiffersFromInput || options.includeText || d.inputFormat == .html { room &+= d.text.count }
        room &+= d.blocks.count &* 80 &+ d.sentences.count &* 128 &+ d.claims.count &* 512
        room &+= d.quantities.count &* 400 &+ d.times.count &* 200
        room &+= d.entities.count &* 100 &+ mentions &* 48 &+ d.diagnostics.count &* 256
        room &+= d.title?.utf8.count ?? 0
        // Wrapped arithmetic on absurd counts: fall back to the old multiple.
        return room > 0 ? room : 4096
    }

    /// Where the text has bytes to escape in JSON, so that spans (the text is written about
    /// nine times over, once per span covering it) are not looked at byte by byte again:
    /// a span with none is copied whole, one with some is copied in runs between them.
    /// Kept per sixteen-byte block of the text (two words looked at together): `before[k]`
    /// is the number of such bytes before block `k` (bytes `16k..<16k+16`), `positions`
    /// their offsets in order.
    struct EscapeIndex {
        var before: [Int32]
        var positions: [Int32]

        init(text: UnsafeBufferPointer<UInt8>) {
            let n = text.count
            // Offsets are kept in 32 bits; a longer text is escaped the slow way.
            guard n > 0, n < Int(Int32.max), let p = text.baseAddress else {
                before = []
                positions = []
                return
            }
            let blocks = (n &+ 15) >> 4
            var found: [Int32] = []
            // Room for a quote mark or line break every 32 bytes, more than most articles
            // have, so that the list is allocated once.
            found.reserveCapacity(max(16, n >> 5))
            before = [Int32](unsafeUninitializedCapacity: blocks &+ 1) { out, initialized in
                guard let o = out.baseAddress else { initialized = 0; return }
                let raw = UnsafeRawPointer(p)
                var seen: Int32 = 0
                // Records the bytes to escape in `from..<to`.
                func scan(_ from: Int, _ to: Int) {
                    var i = from
                    while i < to {
                        if JSONWriter.needsEscape(p[i]) {
                            found.append(Int32(truncatingIfNeeded: i))
                            seen &+= 1
                        }
                        i &+= 1
                    }
                }
                let full = n >> 4
                var k = 0
                while k < full {
                    o[k] = seen
                    let a = JSONWriter.escapeFlags(raw.loadUnaligned(fromByteOffset: k << 4, as: UInt64.self))
                    let b = JSONWriter.escapeFlags(raw.loadUnaligned(fromByteOffset: (k << 4) &+ 8, as: UInt64.self))
                    if a | b != 0 {
                        // The bytes flagged in the two words. A word's lowest flag is exact;
                        // higher ones may be false (a borrow from a flagged byte below), so
                        // each is checked. (Written out here: as a local function capturing
                        // the list, it cost an access check per call.)
                        var f = a
                        var at = k << 4
                        while true {
                            while f != 0 {
                                let i = at &+ f.trailingZeroBitCount >> 3
                                if JSONWriter.needsEscape(p[i]) {
                                    found.append(Int32(truncatingIfNeeded: i))
                                    seen &+= 1
                                }
                                f &= f &- 1
                            }
                            if at & 8 != 0 { break }
                            f = b
                            at &+= 8
                        }
                    }
                    k &+= 1
                }
                if k < blocks {
                    // The last, partial block.
                    o[k] = seen
                    scan(k << 4, n)
                    k &+= 1
                }
                o[k] = seen
                initialized = k &+ 1
            }
            positions = found
        }

        /// The range of `positions` for the bytes to escape in `lo..<hi` (within the text),
        /// or nil when the index does not cover the text.
        @inline(__always) func escapes(_ lo: Int, _ hi: Int) -> Range<Int>? {
            let first = lo >> 4
            let end = (hi &+ 15) >> 4
            guard first >= 0, first <= end, end < before.count else { return nil }
            var from = Int(before[first])
            var to = Int(before[end])
            guard from < to else { return from..<from }
            // The first and last words may hold bytes outside the span.
            while from < to && Int(positions[from]) < lo { from &+= 1 }
            while to > from && Int(positions[to &- 1]) >= hi { to &-= 1 }
            return from..<to
        }
    }

    /// Converts byte offsets to the requested unit.
    struct OffsetMap {
        /// For code points: the number of code points before each byte offset (count + 1 entries).
        var prefix: [Int32]?

        init(text: [UInt8], unit: OffsetUnit) {
            guard unit == .codepoint else { prefix = nil; return }
            var p = [Int32](repeating: 0, count: text.count + 1)
            var c: Int32 = 0
            for (i, b) in text.enumerated() {
                p[i] = c
                if b & 0xC0 != 0x80 { c &+= 1 }
            }
            p[text.count] = c
            prefix = p
        }

        @inline(__always) func map(_ o: Int) -> Int {
            guard let prefix else { return o }
            return Int(prefix[max(0, min(o, prefix.count - 1))])
        }
    }

    struct Encoder: ~Copyable {
        var w: JSONWriter
        let text: UnsafeBufferPointer<UInt8>
        let offsets: OffsetMap
        let escapes: EscapeIndex

        /// `"s3"` for sentence index 2: written in place, no String per id.
        @inline(__always) mutating func id(_ letter: Unicode.Scalar, _ index: Int) {
            w.string(letter: UInt8(truncatingIfNeeded: letter.value), index &+ 1)
        }

        /// A span's members after others in their object (never the first: every object
        /// with a place has its id, or a code or name, before them).
        mutating func spanFields(_ s: Span) { span(s, object: false, following: true) }

        mutating func spanObject(_ s: Span) { span(s, object: true) }

        /// A span's members, in an object of their own when `object`.
        @inline(__always) mutating func span(_ s: Span, object: Bool, following: Bool = false) {
            let lo = max(0, min(s.start, text.count))
            let hi = max(lo, min(s.end, text.count))
            let bytes = UnsafeBufferPointer(rebasing: text[lo..<hi])
            guard let range = escapes.escapes(lo, hi) else {
                w.spanMembers(
                    start: offsets.map(lo), end: offsets.map(hi), text: bytes, plain: false, object: object,
                    following: following)
                return
            }
            if range.isEmpty {
                w.spanMembers(
                    start: offsets.map(lo), end: offsets.map(hi), text: bytes, plain: true, object: object,
                    following: following)
            } else {
                escapes.positions.withUnsafeBufferPointer { positions in
                    w.spanMembers(
                        start: offsets.map(lo), end: offsets.map(hi), text: bytes,
                        escapes: UnsafeBufferPointer(rebasing: positions[range]), origin: lo, object: object,
                        following: following)
                }
            }
        }

        /// An optional span object after other members: absent, `"key":null` is written as
        /// one literal (`null`, `,"key":null` in compact output) rather than a key and a value.
        @_transparent mutating func optionalSpan(_ key: StaticString, _ null: StaticString, _ s: Span?) {
            if let s {
                w.nextKey(key)
                spanObject(s)
            } else if !w.literalMembers(null) {
                w.nextKey(key)
                w.null()
            }
        }

        // Both are only ever written after other members of their object (`nextKey`).
        // `null` is the member's compact JSON when absent (`,"key":null`), written as one literal.
        // Transparent, as is `optionalSpan`: marked `@inline(__always)` they were called, and
        // the literals' lengths were no longer constants (a net loss of about 4M).
        @_transparent mutating func optionalString(_ key: StaticString, _ null: StaticString, _ v: String?) {
            if let v {
                w.nextKey(key)
                w.string(v)
            } else if !w.literalMembers(null) {
                w.nextKey(key)
                w.null()
            }
        }

        @_transparent mutating func optionalDouble(_ key: StaticString, _ null: StaticString, _ v: Double?) {
            if let v {
                w.nextKey(key)
                w.double(v)
            } else if !w.literalMembers(null) {
                w.nextKey(key)
                w.null()
            }
        }

        /// A sentence's or claim's modality, read where it lies (its cue list is not copied).
        @inline(__always) mutating func modality(borrowing m: borrowing Modality) {
            if m.cues.isEmpty {
                modality(m.status)
            } else {
                modality(m.status, m.cues)
            }
        }

        /// A modality with no cues (most sentences and claims): a literal in compact output.
        mutating func modality(_ status: ModalityStatus) {
            if w.literalValue(status.jsonWithoutCues) { return }
            modality(status, [])
        }

        mutating func modality(_ status: ModalityStatus, _ cues: [Span]) {
            w.beginObject(key: "status"); w.string(static: status.jsonName)
            w.nextKey("cues"); w.beginArray()
            cues.withUnsafeBufferPointer { cues in
                for c in cues { spanObject(c) }
            }
            w.endArray()
            w.endObject()
        }

        mutating func document(_ d: Document, options: ExtractionOptions, id docID: JSONValue?, line: Int?) {
            w.beginObject()
            if let docID {
                w.key("id")
                writeValue(docID)
            } else if let line {
                w.key("line")
                w.int(line)
            }
            w.key("schema_version"); w.int(DocumentEncoder.schemaVersion)
            w.nextKey("claimkit_version"); w.string(ClaimKitVersion.string)
            w.nextKey("offset_unit"); w.string(options.offsetUnit.rawValue)
            w.nextKey("input_format"); w.string(d.inputFormat.rawValue)
            w.nextKey("text_length"); w.int(offsets.map(d.text.count))
            if d.textDiffersFromInput || options.includeText || d.inputFormat == .html {
                w.nextKey("text"); w.string(utf8: text, plain: escapes.escapes(0, text.count)?.isEmpty == true)
            }
            w.nextKey("language"); w.string(d.language)
            optionalString("title", #","title":null"#, d.title)
            optionalString("published", #","published":null"#, d.published)
            w.nextKey("authors"); w.beginArray(); for a in d.authors { w.string(a) }; w.endArray()
            w.nextKey("sources"); w.beginArray(); for s in d.sources { w.string(s) }; w.endArray()
            optionalString("reference_date", #","reference_date":null"#, d.referenceDate)
            w.nextKey("reference_anchor"); w.string(static: d.referenceAnchor.jsonName)

            // Items are read in place through pointers, field by field: passing an item as a
            // value copies it out (the writer's stores could alias it), retaining and then
            // releasing every string and array it holds.
            w.nextKey("blocks"); w.beginArray()
            d.blocks.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { block(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("sentences"); w.beginArray()
            d.sentences.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { sentence(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("claims"); w.beginArray()
            d.claims.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { claim(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("quantities"); w.beginArray()
            d.quantities.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { quantity(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("times"); w.beginArray()
            d.times.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { time(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("entities"); w.beginArray()
            d.entities.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for i in 0..<items.count { entity(first + i, index: i) }
            }
            w.endArray()

            w.nextKey("diagnostics"); w.beginArray()
            for g in d.diagnostics {
                w.beginObject(key: "code"); w.string(g.code)
                w.nextKey("message"); w.string(g.message)
                if let s = g.span { spanFields(s) }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }

        mutating func block(_ b: UnsafePointer<Block>, index i: Int) {
            w.beginObject(key: "id"); id("b", i)
            w.nextKey("role"); w.string(static: b.pointee.role.jsonName)
            spanFields(b.pointee.span)
            w.nextKey("sentences"); w.beginArray()
            for s in b.pointee.sentences { id("s", s) }
            w.endArray()
            w.endObject()
        }

        mutating func sentence(_ s: UnsafePointer<Sentence>, index i: Int) {
            w.beginObject(key: "id"); id("s", i)
            w.nextKey("block"); id("b", s.pointee.block)
            spanFields(s.pointee.span)
            w.nextKey("modality"); modality(borrowing: s.pointee.modality)
            w.nextKey("checkworthiness"); w.score(s.pointee.checkworthiness)
            w.endObject()
        }

        mutating func time(_ t: UnsafePointer<TimeExpression>, index i: Int) {
            w.beginObject(key: "id"); id("t", i)
            w.nextKey("sentence"); id("s", t.pointee.sentence)
            spanFields(t.pointee.span)
            optionalString("value", #","value":null"#, t.pointee.value)
            w.nextKey("kind"); w.string(static: t.pointee.kind.jsonName)
            w.nextKey("relative"); w.bool(t.pointee.relative)
            w.nextKey("anchor"); w.string(static: t.pointee.anchor.jsonName)
            w.nextKey("rule"); w.string(t.pointee.rule)
            w.endObject()
        }

        mutating func entity(_ e: UnsafePointer<Entity>, index i: Int) {
            w.beginObject(key: "id"); id("e", i)
            w.nextKey("name"); w.string(e.pointee.name)
            w.nextKey("type"); w.string(static: e.pointee.type.jsonName)
            optionalString("role", #","role":null"#, e.pointee.role)
            optionalString("organisation", #","organisation":null"#, e.pointee.organisation)
            w.nextKey("mentions"); w.beginArray()
            e.pointee.mentions.withUnsafeBufferPointer { mentions in
                for m in mentions { spanObject(m) }
            }
            w.endArray()
            w.endObject()
        }

        mutating func claim(_ c: UnsafePointer<Claim>, index: Int) {
            w.beginObject(key: "id"); id("c", index)
            w.nextKey("kind"); w.string(static: c.pointee.kind.jsonName)
            w.nextKey("sentence"); id("s", c.pointee.sentence)
            w.nextKey("rule"); w.string(c.pointee.rule)
            w.nextKey("speaker")
            if let s = c.pointee.speaker {
                withUnsafePointer(to: s) { speaker($0) }
            } else {
                w.null()
            }
            optionalSpan("cue", #","cue":null"#, c.pointee.cue)
            w.nextKey("content"); spanObject(c.pointee.content)
            optionalSpan("medium", #","medium":null"#, c.pointee.medium)
            w.nextKey("modality"); modality(borrowing: c.pointee.modality)
            w.nextKey("checkworthiness"); w.score(c.pointee.checkworthiness)
            // Most claims have neither: the arrays are not touched (nor retained) then, and
            // in compact output both members are one literal.
            if c.pointee.quantities.isEmpty && c.pointee.times.isEmpty
                && w.literalMembers(#","quantities":[],"times":[]"#)
            {
                w.endObject()
                return
            }
            w.nextKey("quantities"); w.beginArray()
            if !c.pointee.quantities.isEmpty {
                c.pointee.quantities.withUnsafeBufferPointer { ids in for q in ids { id("q", q) } }
            }
            w.endArray()
            w.nextKey("times"); w.beginArray()
            if !c.pointee.times.isEmpty {
                c.pointee.times.withUnsafeBufferPointer { ids in for t in ids { id("t", t) } }
            }
            w.endArray()
            w.endObject()
        }

        mutating func speaker(_ s: UnsafePointer<Speaker>) {
            w.beginObject(key: "name"); w.string(s.pointee.name)
            optionalString("role", #","role":null"#, s.pointee.role)
            optionalString("organisation", #","organisation":null"#, s.pointee.organisation)
            w.nextKey("type"); w.string(static: s.pointee.type.jsonName)
            if let e = s.pointee.entity { w.nextKey("entity"); id("e", e) }
            if !s.pointee.members.isEmpty {
                w.nextKey("members"); w.beginArray()
                s.pointee.members.withUnsafeBufferPointer { members in
                    for m in members { w.string(m) }
                }
                w.endArray()
            }
            if let r = s.pointee.resolution { w.nextKey("resolution"); w.string(r) }
            if let span = s.pointee.span { spanFields(span) }
            w.endObject()
        }

        mutating func quantity(_ q: UnsafePointer<Quantity>, index: Int) {
            w.beginObject(key: "id"); id("q", index)
            w.nextKey("sentence"); id("s", q.pointee.sentence)
            spanFields(q.pointee.span)
            optionalDouble("value", #","value":null"#, q.pointee.value)
            optionalDouble("low", #","low":null"#, q.pointee.low)
            optionalDouble("high", #","high":null"#, q.pointee.high)
            w.nextKey("qualifier"); w.string(static: q.pointee.qualifier.jsonName)
            optionalSpan("qualifier_cue", #","qualifier_cue":null"#, q.pointee.qualifierCue)
            optionalString("unit", #","unit":null"#, q.pointee.unit)
            optionalSpan("unit_span", #","unit_span":null"#, q.pointee.unitSpan)
            w.nextKey("kind"); w.string(static: q.pointee.kind.jsonName)
            optionalString("currency", #","currency":null"#, q.pointee.currency)
            w.nextKey("vague"); w.bool(q.pointee.vague)
            w.nextKey("rule"); w.string(q.pointee.rule)
            w.endObject()
        }

        mutating func writeValue(_ v: JSONValue) { w.value(v) }
    }
}

// The names the encoder writes for the enums it meets once per item, as literals: writing a
// StaticString is a copy, where `rawValue` builds a String to be escaped each time.
// `PerformanceTests` checks every name against its `rawValue`.

extension ModalityStatus {
    var jsonName: StaticString {
        switch self {
        case .asserted: "asserted"
        case .hedged: "hedged"
        case .conditional: "conditional"
        case .denied: "denied"
        case .question: "question"
        }
    }
}

extension ModalityStatus {
    /// The modality object for this status with no cues, as compact JSON.
    var jsonWithoutCues: StaticString {
        switch self {
        case .asserted: #"{"status":"asserted","cues":[]}"#
        case .hedged: #"{"status":"hedged","cues":[]}"#
        case .conditional: #"{"status":"conditional","cues":[]}"#
        case .denied: #"{"status":"denied","cues":[]}"#
        case .question: #"{"status":"question","cues":[]}"#
        }
    }
}

extension BlockRole {
    var jsonName: StaticString {
        switch self {
        case .lead: "lead"
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .caption: "caption"
        case .credit: "credit"
        case .dateline: "dateline"
        case .source: "source"
        case .boilerplate: "boilerplate"
        }
    }
}

extension ClaimKind {
    var jsonName: StaticString {
        switch self {
        case .quote: "quote"
        case .reported: "reported"
        case .statement: "statement"
        }
    }
}

extension SpeakerType {
    var jsonName: StaticString {
        switch self {
        case .person: "person"
        case .organisation: "organisation"
        case .group: "group"
        case .anonymous: "anonymous"
        case .document: "document"
        }
    }
}

extension Qualifier {
    var jsonName: StaticString {
        switch self {
        case .exact: "exact"
        case .upTo: "up_to"
        case .atLeast: "at_least"
        case .moreThan: "more_than"
        case .lessThan: "less_than"
        case .approximate: "approximate"
        case .range: "range"
        }
    }
}

extension QuantityKind {
    var jsonName: StaticString {
        switch self {
        case .count: "count"
        case .percent: "percent"
        case .money: "money"
        case .duration: "duration"
        case .ordinal: "ordinal"
        case .measure: "measure"
        }
    }
}

extension TimeKind {
    var jsonName: StaticString {
        switch self {
        case .date: "date"
        case .time: "time"
        case .datetime: "datetime"
        case .period: "period"
        }
    }
}

extension TimeAnchor {
    var jsonName: StaticString {
        switch self {
        case .reference: "reference"
        case .published: "published"
        case .content: "content"
        case .none: "none"
        }
    }
}

extension EntityType {
    var jsonName: StaticString {
        switch self {
        case .person: "person"
        case .organisation: "organisation"
        case .place: "place"
        case .country: "country"
        }
    }
}
