import ClaimKit

/// One article as the report sees it: a document JSON (as `claimkit extract` writes it) read
/// into byte spans over the text the offsets refer to.
///
/// The report reads JSON, not `Document`, so that saved output renders exactly like a fresh
/// extraction (articles are extracted and go through the same JSON). Everything is defensive:
/// a span outside the text, or whose `text` does not match the bytes there, is kept for the
/// side panel but not marked in the text.
struct ReportDocument {
    struct Place {
        var start: Int
        var end: Int
        var text: String
        /// False when the offsets do not name this text in the document (not marked).
        var valid: Bool
    }

    struct Speaker {
        var name: String
        var role: String?
        var organisation: String?
        var type: String?
        var resolution: String?
        var members: [String]
        var place: Place?
    }

    struct Claim {
        var id: String
        var kind: String
        var sentence: String?
        var rule: String
        var speaker: Speaker?
        var cue: Place?
        var content: Place
        var medium: Place?
        var modality: String
        var modalityCues: [Place]
        var checkworthiness: Double
        var quantities: [Int]
        var times: [Int]
    }

    struct Quantity {
        var id: String
        var place: Place
        var value: Double?
        var low: Double?
        var high: Double?
        var qualifier: String
        var qualifierCue: String?
        var unit: String?
        var kind: String
        var currency: String?
        var vague: Bool
        var rule: String
    }

    struct Time {
        var id: String
        var place: Place
        var value: String?
        var kind: String
        var relative: Bool
        var anchor: String
        var rule: String
    }

    struct Sentence {
        var id: String
        var place: Place
        var modality: String
        var modalityCues: [Place]
        var checkworthiness: Double
    }

    struct Block {
        var role: String
        var place: Place
    }

    /// How the report names the article (file path or the document's id).
    var name: String
    var text: [UInt8]
    /// True when the text was rebuilt from the blocks' texts (the JSON had no `text`).
    var textRebuilt: Bool
    var title: String?
    var published: String?
    var authors: [String]
    var sources: [String]
    var referenceDate: String?
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    var claims: [Claim] = []
    var quantities: [Quantity] = []
    var times: [Time] = []
    var entityCount: Int
    var diagnostics: [(code: String, message: String)]
    /// Index of each JSON id in its array, by kind (`c3`, `s7`, `q2`, `t1`).
    var claimIndex: [String: Int] = [:]
    var sentenceIndex: [String: Int] = [:]
    var quantityIndex: [String: Int] = [:]
    var timeIndex: [String: Int] = [:]
}

extension ReportDocument {
    /// Reads a document JSON. `name` labels it when the JSON has no string `id`.
    init(json doc: JSONValue, name fallbackName: String) {
        name = doc["id"]?.stringValue ?? fallbackName
        title = doc["title"]?.stringValue
        published = doc["published"]?.stringValue
        authors = (doc["authors"]?.arrayValue ?? []).compactMap(\.stringValue)
        sources = (doc["sources"]?.arrayValue ?? []).compactMap(\.stringValue)
        referenceDate = doc["reference_date"]?.stringValue
        entityCount = doc["entities"]?.arrayValue?.count ?? 0
        diagnostics = (doc["diagnostics"]?.arrayValue ?? []).map {
            ($0["code"]?.stringValue ?? "?", $0["message"]?.stringValue ?? "")
        }
        let codepoints = doc["offset_unit"]?.stringValue == "codepoint"
        if let t = doc["text"]?.stringValue {
            text = Array(t.utf8)
            textRebuilt = false
        } else {
            text = TextRebuilder.rebuild(doc, codepoints: codepoints)
            textRebuilt = true
        }
        let places = PlaceReader(text: text, codepoints: codepoints)

        for b in doc["blocks"]?.arrayValue ?? [] {
            blocks.append(Block(role: b["role"]?.stringValue ?? "paragraph", place: places.place(b)))
        }
        for (i, s) in (doc["sentences"]?.arrayValue ?? []).enumerated() {
            let id = s["id"]?.stringValue ?? "s\(i + 1)"
            sentenceIndex[id] = i
            sentences.append(
                Sentence(id: id, place: places.place(s), modality: s["modality"]?["status"]?.stringValue ?? "asserted",
                         modalityCues: places.places(s["modality"]?["cues"]), checkworthiness: Self.score(s["checkworthiness"])))
        }
        for (i, q) in (doc["quantities"]?.arrayValue ?? []).enumerated() {
            let id = q["id"]?.stringValue ?? "q\(i + 1)"
            quantityIndex[id] = i
            quantities.append(
                Quantity(id: id, place: places.place(q), value: q["value"]?.doubleValue, low: q["low"]?.doubleValue,
                         high: q["high"]?.doubleValue, qualifier: q["qualifier"]?.stringValue ?? "exact",
                         qualifierCue: q["qualifier_cue"]?["text"]?.stringValue, unit: q["unit"]?.stringValue,
                         kind: q["kind"]?.stringValue ?? "count", currency: q["currency"]?.stringValue,
                         vague: q["vague"]?.boolValue ?? false, rule: q["rule"]?.stringValue ?? ""))
        }
        for (i, t) in (doc["times"]?.arrayValue ?? []).enumerated() {
            let id = t["id"]?.stringValue ?? "t\(i + 1)"
            timeIndex[id] = i
            times.append(
                Time(id: id, place: places.place(t), value: t["value"]?.stringValue, kind: t["kind"]?.stringValue ?? "date",
                     relative: t["relative"]?.boolValue ?? false, anchor: t["anchor"]?.stringValue ?? "none",
                     rule: t["rule"]?.stringValue ?? ""))
        }
        for (i, c) in (doc["claims"]?.arrayValue ?? []).enumerated() {
            let id = c["id"]?.stringValue ?? "c\(i + 1)"
            claimIndex[id] = i
            var speaker: Speaker?
            if let s = c["speaker"], case .object = s {
                speaker = Speaker(
                    name: s["name"]?.stringValue ?? "?", role: s["role"]?.stringValue, organisation: s["organisation"]?.stringValue,
                    type: s["type"]?.stringValue, resolution: s["resolution"]?.stringValue,
                    members: (s["members"]?.arrayValue ?? []).compactMap(\.stringValue),
                    place: s["start"] != nil ? places.place(s) : nil)
            }
            let ids: (String) -> [String] = { key in (c[key]?.arrayValue ?? []).compactMap(\.stringValue) }
            let quantityRefs = ids("quantities").compactMap { quantityIndex[$0] }
            let timeRefs = ids("times").compactMap { timeIndex[$0] }
            claims.append(
                Claim(id: id, kind: c["kind"]?.stringValue ?? "statement", sentence: c["sentence"]?.stringValue,
                      rule: c["rule"]?.stringValue ?? "", speaker: speaker, cue: places.optionalPlace(c["cue"]),
                      content: places.place(c["content"] ?? .null), medium: places.optionalPlace(c["medium"]),
                      modality: c["modality"]?["status"]?.stringValue ?? "asserted", modalityCues: places.places(c["modality"]?["cues"]),
                      checkworthiness: Self.score(c["checkworthiness"]), quantities: quantityRefs, times: timeRefs))
        }
    }

    private static func score(_ v: JSONValue?) -> Double {
        guard let d = v?.doubleValue, d.isFinite else { return 0 }
        return min(1, max(0, d))
    }

    /// The claims, most check-worthy first (ties in text order).
    var claimsByCheckworthiness: [Int] {
        claims.indices.sorted {
            claims[$0].checkworthiness != claims[$1].checkworthiness
                ? claims[$0].checkworthiness > claims[$1].checkworthiness : $0 < $1
        }
    }

    /// How headings name the article: its title, else the file's name without directories.
    var displayName: String {
        if let title, !title.isEmpty { return title }
        if let slash = name.lastIndex(of: "/"), name.index(after: slash) < name.endIndex { return String(name[name.index(after: slash)...]) }
        return name
    }

    /// Distinct speaker names, in order of first claim.
    var speakerNames: [String] {
        var seen = Set<String>()
        return claims.compactMap { $0.speaker?.name }.filter { seen.insert($0).inserted }
    }
}

/// Reads `start`/`end`/`text` objects into byte places over the text, validating them.
struct PlaceReader {
    let text: [UInt8]
    /// For code point offsets: byte offset of each code point index (count + 1 entries).
    let byteOffsetOfCodepoint: [Int]?

    init(text: [UInt8], codepoints: Bool) {
        self.text = text
        if codepoints {
            var map: [Int] = []
            map.reserveCapacity(text.count + 1)
            for (i, b) in text.enumerated() where b & 0xC0 != 0x80 { map.append(i) }
            map.append(text.count)
            byteOffsetOfCodepoint = map
        } else {
            byteOffsetOfCodepoint = nil
        }
    }

    func optionalPlace(_ v: JSONValue?) -> ReportDocument.Place? {
        guard let v, case .object = v else { return nil }
        return place(v)
    }

    func places(_ v: JSONValue?) -> [ReportDocument.Place] {
        (v?.arrayValue ?? []).map { place($0) }
    }

    func place(_ v: JSONValue) -> ReportDocument.Place {
        let given = v["text"]?.stringValue
        guard let s = offset(v["start"]), let e = offset(v["end"]), s <= e, e <= text.count else {
            return .init(start: 0, end: 0, text: given ?? "", valid: false)
        }
        let here = text[s..<e]
        // A span is marked only if it starts and ends on character boundaries and, when the
        // JSON gives its text, that text is what the bytes say.
        let boundaries = (s == text.count || text[s] & 0xC0 != 0x80) && (e == text.count || text[e] & 0xC0 != 0x80)
        let matches = given.map { here.elementsEqual($0.utf8) } ?? true
        return .init(start: s, end: e, text: given ?? String(decoding: here, as: UTF8.self), valid: boundaries && matches && s < e)
    }

    private func offset(_ v: JSONValue?) -> Int? {
        guard let d = v?.doubleValue, d >= 0, d <= 1e15, let i = Int(exactly: d.rounded()) else { return nil }
        guard let map = byteOffsetOfCodepoint else { return i }
        return i < map.count ? map[i] : nil
    }
}

/// Rebuilds the text of a document JSON written without `text` (plain-text input: the offsets
/// refer to the input file, which the JSON does not carry). Blocks and sentences carry their
/// own text at their offsets; what lies between them was whitespace, shown as line breaks
/// between blocks and spaces inside them.
enum TextRebuilder {
    static let maxLength = 256 << 20

    static func rebuild(_ doc: JSONValue, codepoints: Bool) -> [UInt8] {
        var pieces: [(start: Int, end: Int, text: String, block: Bool)] = []
        for (key, block) in [("blocks", true), ("sentences", false)] {
            for v in doc[key]?.arrayValue ?? [] {
                guard let s = v["start"]?.doubleValue, let e = v["end"]?.doubleValue, let t = v["text"]?.stringValue,
                    let si = Int(exactly: s), let ei = Int(exactly: e), si >= 0, ei >= si, ei <= maxLength
                else { continue }
                pieces.append((si, ei, t, block))
            }
        }
        let length = pieces.map(\.end).max() ?? 0
        // Work in the document's unit: bytes, or code points (as scalars).
        var units = [Unicode.Scalar](repeating: " ", count: codepoints ? length : 0)
        var bytes = [UInt8](repeating: 0x20, count: codepoints ? 0 : length)
        var blockEnds: [(Int, Int)] = []
        for p in pieces {
            if codepoints {
                let scalars = Array(p.text.unicodeScalars)
                guard scalars.count == p.end - p.start else { continue }
                units.replaceSubrange(p.start..<p.end, with: scalars)
            } else {
                guard p.text.utf8.count == p.end - p.start else { continue }
                bytes.replaceSubrange(p.start..<p.end, with: p.text.utf8)
            }
            if p.block { blockEnds.append((p.start, p.end)) }
        }
        // Gaps between consecutive blocks become line breaks (a paragraph break when wide enough).
        blockEnds.sort { $0.0 < $1.0 }
        for (a, b) in zip(blockEnds, blockEnds.dropFirst()) where b.0 > a.1 {
            for i in a.1..<min(b.0, a.1 + 2) {
                if codepoints { units[i] = "\n" } else { bytes[i] = 0x0A }
            }
        }
        if codepoints {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: units)
            return Array(String(s).utf8)
        }
        // A piece of bad JSON could leave invalid UTF-8 (a mismatched multi-byte edge): repair.
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
