import Testing

@testable import ClaimKit

/// The fast paths added for speed must write exactly what the plain code wrote.
struct PerformanceTests {
    /// Reference escaping, one byte at a time (what `JSONWriter` did before its
    /// eight-bytes-at-a-time skip).
    /// A compact encoder over `text` (whose buffer is `t`), UTF-8 offsets.
    static func encoder(_ t: UnsafeBufferPointer<UInt8>, _ text: [UInt8]) -> DocumentEncoder.Encoder {
        DocumentEncoder.Encoder(
            w: JSONWriter(), text: t, offsets: DocumentEncoder.OffsetMap(text: text, unit: .utf8),
            escapes: DocumentEncoder.EscapeIndex(text: t))
    }

    /// A span object written member by member through the general writer, with an `id`
    /// member first when given: what the encoder's fast paths must reproduce.
    static func referenceSpan(_ r: inout JSONWriter, _ text: [UInt8], _ lo: Int, _ hi: Int, id: Int? = nil) {
        r.beginObject()
        if let id { r.key("id"); r.int(id) }
        r.key("start"); r.int(lo)
        r.key("end"); r.int(hi)
        r.key("text"); r.raw(referenceEscaped(Array(text[lo..<hi])))
        r.endObject()
    }

    static func referenceEscaped(_ bytes: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [0x22]
        for b in bytes {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case ..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
        return out
    }

    @Test func escapingMatchesByteByByteAtEveryOffset() {
        let plain = Array("The council said the ferry would run daily".utf8)
        let specials: [[UInt8]] = [
            [0x00], [0x1F], [0x22], [0x5C], [0x0A], [0x0D], [0x09], [0x7F], [0x20], [0x21], [0x23], [0x5B], [0x5D],
            [0xE2, 0x80, 0x9C], [0xC2, 0xA0], [0x22, 0x5C], [0x5C, 0x22, 0x01],
        ]
        for special in specials {
            for offset in 0...plain.count {
                // The special bytes inside the text, and at its very end.
                let inside = Array(plain[0..<offset]) + special + Array(plain[offset...])
                let atEnd = Array(plain[0..<offset]) + special
                for bytes in [inside, atEnd] {
                    var w = JSONWriter()
                    w.string(utf8: bytes[...])
                    #expect(w.bytes == Self.referenceEscaped(bytes), "special \(special) at \(offset)")
                }
            }
        }
        var w = JSONWriter()
        w.string(utf8: [][...])
        #expect(w.bytes == Array("\"\"".utf8))
    }

    @Test func idsWrittenInPlaceMatchStrings() {
        for n in [-12, -1, 0, 1, 9, 10, 99, 100, 12345, Int.max] {
            var w = JSONWriter()
            w.beginArray()
            w.string("s", n)
            w.string("q", n)
            w.endArray()
            var r = JSONWriter()
            r.beginArray()
            r.string("s" + String(n))
            r.string("q" + String(n))
            r.endArray()
            #expect(w.bytes == r.bytes)
        }
    }

    /// Integers take different paths by length (one digit, two to four from the pair table,
    /// longer by division): every length and its edges must print as `String` does.
    @Test func integersPrintAsStringDoesAtEveryLength() {
        var values = Array(-1_000...11_000)
        // 10, 100, … 10^18 (the largest power of ten an Int holds).
        var power = 10
        for exponent in 1...18 {
            values += [power - 1, power, power + 1, -power]
            if exponent < 18 { power *= 10 }
        }
        values += [Int.max, Int.min, Int.min + 1]
        for v in values {
            var w = JSONWriter()
            w.int(v)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
        }
    }

    @Test func languageTableHoldsEveryLexiconWord() {
        let table = LanguageWordTable.shared
        var expected: [[UInt8]: [String]] = [:]
        for e in Lexicon.entries(LexiconData.languageWords) {
            guard let lang = e.attributes["lang"] else { continue }
            for f in e.forms { expected[Lexicon.lowercasedASCII(Array(f.utf8)), default: []].append(lang) }
        }
        #expect(!expected.isEmpty)
        for (word, langs) in expected {
            guard let key = LanguageWordTable.key(word), let range = table.languageRange(key) else {
                Issue.record("word \(String(decoding: word, as: UTF8.self)) missing")
                continue
            }
            let found = range.map { table.languages[Int(table.entries[$0])] }
            #expect(found.sorted() == langs.sorted())
        }
        #expect(LanguageWordTable.key(Array("ferryboat".utf8)) == nil)
        #expect(table.languageRange(LanguageWordTable.key(Array("ferry".utf8)) ?? 0) == nil)
    }

    /// The language counts the guess makes, read one byte at a time with a word list of
    /// lower-cased byte strings (what the packed, eight-bytes-at-a-time scan replaced).
    static let listedLanguageWords: [[UInt8]: [String]] = {
        var listed: [[UInt8]: [String]] = [:]
        for e in Lexicon.entries(LexiconData.languageWords) {
            guard let lang = e.attributes["lang"] else { continue }
            for f in e.forms { listed[Lexicon.lowercasedASCII(Array(f.utf8)), default: []].append(lang) }
        }
        return listed
    }()

    static func referenceLanguageCounts(_ text: [UInt8]) -> [String: Int] {
        let listed = listedLanguageWords
        var counts: [String: Int] = [:]
        let end = min(text.count, LanguageGuess.sampleBytes)
        var i = 0
        while i < end {
            let s = i
            var word: [UInt8] = []
            while i < end {
                let b = text[i]
                if ByteClass.isAlpha(b) {
                    word.append(ByteClass.lower(b))
                    i += 1
                } else if b >= 0xC3 && b <= 0xC5 && i + 1 < end && ByteClass.isContinuation(text[i + 1]) {
                    word += [b, text[i + 1]]
                    i += 2
                } else {
                    break
                }
            }
            if i == s { i += 1; continue }
            for lang in listed[word] ?? [] { counts[lang, default: 0] += 1 }
        }
        return counts
    }

    @Test func packedLanguageScanCountsLikeByteByByte() {
        let table = LanguageWordTable.shared
        // Listed words in every case, at every offset against the eight-byte windows, glued to
        // accented letters, split by the sample end, beside multi-byte punctuation.
        let pieces = ["der", "DIE", "und", "für", "été", "Ça", "nicht", "werden", "the", "And", "ünd", "dieß", "über",
                      "abcdefgh", "abcdefghi", "dé", "l’été", "“die”", "de-la", "x\u{00A0}y", "\u{C3}", "e\u{CC}\u{81}t\u{C3}\u{A9}",
                      "zu", "le", "la", "los", "het", "een", "non", "ist"]
        var texts: [[UInt8]] = []
        for sep in [" ", ", ", "\n", "’", ""] {
            for shift in 0..<9 {
                var text = Array(String(repeating: "x", count: shift).utf8)
                for (k, p) in pieces.enumerated() {
                    text += Array(p.utf8)
                    text += Array((k % 3 == 0 ? sep : " ").utf8)
                }
                texts.append(text)
                texts.append(Array(text.dropLast(shift)))
            }
        }
        // A C3 lead byte with no continuation after it, inside and after a word.
        texts.append(Array("der".utf8) + [0xC3] + Array(" die und".utf8) + [0xC3])
        texts.append(Array("abcdefg".utf8) + [0xC3, 0x20] + Array("der".utf8) + [0xC5, 0x41] + Array("die".utf8))
        // Words of eight letters and more, with accented letters inside and at their end,
        // each followed by a listed word that must still be counted.
        for long in ["abcdefgh", "abcdefghijklmnopqrstu", "Bundesländer", "abcdefghé", "abcdefghijéé", "abcdefghijklmnoé",
                     "abcdefgh’", "ABCDEFGHIJ“", "abcdefghÃ"] {
            texts.append(Array("\(long) der \(long), und \(long)".utf8))
            texts.append(Array("\(long)".utf8) + [0xC3] + Array(" die".utf8))
            texts.append(Array("die \(long)".utf8))
        }
        // Across the end of the sample.
        var long = Array(String(repeating: "a ", count: LanguageGuess.sampleBytes / 2 - 2).utf8)
        long += Array("der die und das".utf8)
        texts.append(long)
        // Across the end of the sample with the last word running past it, and with a figure
        // glued to a word across it.
        for cut in 1...9 {
            var t = Array(String(repeating: "a ", count: LanguageGuess.sampleBytes / 2 - 1).utf8).dropLast(cut % 2)
            t += Array((cut % 3 == 0 ? "2die und" : "dieabc und der").utf8)
            texts.append(Array(t))
        }
        // Letters glued to figures (`10km`, `2nd`, `3der`), which the number cue walk steps
        // over as one run but the language scan reads as words; accented letters after figures.
        texts.append(Array("10km der 2nd die 3der und 5G das 4x4 la 12été le 7für los 8Ça é9 über2 der".utf8))
        texts.append(Array("der1die2und3 99 la2été3 x1y2z3 1é2 \u{C3}1der".utf8))
        for text in texts {
            let reference = Self.referenceLanguageCounts(text)
            var counts = [Int](repeating: 0, count: table.languages.count)
            text.withUnsafeBufferPointer { t in
                counts.withUnsafeMutableBufferPointer { c in
                    LanguageGuess.letterBytes.withUnsafeBufferPointer { letters in
                        table.withTables { tables in
                            LanguageGuess.scan(t, letters, tables, c)
                        }
                    }
                }
            }
            var got: [String: Int] = [:]
            for (l, c) in counts.enumerated() where c > 0 { got[table.languages[l]] = c }
            #expect(got == reference, "\(String(decoding: text, as: UTF8.self))")
            // The number and date cue pass counts the same words when asked to, for every
            // language but English (which it may leave short).
            var cueCounts = [Int](repeating: 0, count: table.languages.count)
            text.withUnsafeBufferPointer { t in
                cueCounts.withUnsafeMutableBufferPointer { c in _ = ScanCues(t, languageCounts: c) }
            }
            var fromCues: [String: Int] = [:]
            for (l, c) in cueCounts.enumerated() where c > 0 && table.languages[l] != "en" { fromCues[table.languages[l]] = c }
            #expect(fromCues == reference.filter { $0.key != "en" }, "cues: \(String(decoding: text, as: UTF8.self))")
            if let en = table.languages.firstIndex(of: "en") { #expect(cueCounts[en] <= reference["en", default: 0]) }
        }
    }

    @Test func shortAndLongStringsEscapeLikeByteByByte() {
        // Every length around the eight-byte word and its overlapping tail, with one special
        // byte at every offset (and none).
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for length in 0...26 {
            let plain = Array(letters[0..<length])
            var w = JSONWriter()
            w.string(utf8: plain[...])
            #expect(w.bytes == Self.referenceEscaped(plain))
            for special: UInt8 in [0x00, 0x1F, 0x22, 0x5C, 0x0A, 0x7F, 0xC3] where length > 0 {
                for offset in 0..<length {
                    var bytes = plain
                    bytes[offset] = special
                    var v = JSONWriter()
                    v.string(utf8: bytes[...])
                    #expect(v.bytes == Self.referenceEscaped(bytes), "length \(length), \(special) at \(offset)")
                }
            }
        }
    }

    /// What `double(_:decimals:)` wrote before its in-place fast path.
    static func referenceRounded(_ v: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (v * scale).rounded() / scale
        if r == r.rounded(), abs(r) < 9.0e15 { return String(Int(r)) }
        return r.description
    }

    @Test func roundedDoublesMatchDescription() {
        var values: [Double] = []
        for k in -30_000...30_000 {
            values.append(Double(k) / 10_000)
            values.append(Double(k) / 10_000 + 0.000_04)
            values.append(Double(k) / 7_919)
        }
        // Scores in 0...1 as the model gives them, and larger magnitudes.
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<100_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(x >> 11) / Double(1 << 53)
            values.append(unit)
            values.append(unit * 1e6)
            values.append(-unit * 12_345.678)
        }
        values += [0, -0.0, 0.00004, 0.00005, 0.99995, 999_999.99995, 123_456_789.123, 1e15, .pi]
        for places in 0...5 {
            for v in values {
                var w = JSONWriter()
                w.double(v, decimals: places)
                #expect(String(decoding: w.bytes, as: UTF8.self) == Self.referenceRounded(v, places), "\(v) to \(places)")
            }
        }
        // The inline score path (four places) against the same reference, with the values
        // around its limits and the ones it hands to the general path.
        values += [99_999.99994, 99_999.99995, 100_000, 1e5.nextDown, 12_345.000_05, .nan, .infinity, -.infinity, -1e-9]
        for v in values {
            var w = JSONWriter()
            w.score(v)
            let expected = v.isFinite ? Self.referenceRounded(v, 4) : "null"
            #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "score \(v)")
        }
    }

    @Test func deepNestingWritesCommasAtEveryLevel() {
        // Deeper than the 64 levels whose comma state is kept in one word.
        var w = JSONWriter()
        var expected = ""
        for level in 0..<100 {
            w.beginArray()
            w.int(level)
            expected += "[\(level),"
        }
        for level in (0..<100).reversed() {
            w.int(-level)
            w.endArray()
            expected += "\(-level)]"
            if level > 0 { expected += "," }
        }
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }
    @Test func enumNamesWrittenAsLiteralsAreTheRawValues() {
        func check<E: CaseIterable & RawRepresentable>(_: E.Type, _ name: (E) -> StaticString) where E.RawValue == String {
            for e in E.allCases { #expect(name(e).description == e.rawValue) }
        }
        check(ModalityStatus.self) { $0.jsonName }
        check(BlockRole.self) { $0.jsonName }
        check(ClaimKind.self) { $0.jsonName }
        check(SpeakerType.self) { $0.jsonName }
        check(Qualifier.self) { $0.jsonName }
        check(QuantityKind.self) { $0.jsonName }
        check(TimeKind.self) { $0.jsonName }
        check(TimeAnchor.self) { $0.jsonName }
        check(EntityType.self) { $0.jsonName }
    }

    /// Spans are written from the document's escape index (copied whole, or in runs between
    /// the bytes to escape): every span of a text with special bytes on both sides of its
    /// eight-byte words must come out as escaping each byte would write it.
    @Test func spansWrittenFromTheEscapeIndexMatchEscapingEveryByte() {
        let base = Array("He said \"no\" then\tleft\\home; \u{1}and \u{201c}that\u{201d} was it.\n".utf8)
        for shift in 0..<9 {
            // Shifting the text moves the special bytes across word boundaries.
            let text = Array(repeating: UInt8(ascii: "x"), count: shift) + base
            text.withUnsafeBufferPointer { t in
                var e = Self.encoder(t, text)
                var r = JSONWriter()
                e.w.beginArray()
                r.beginArray()
                for lo in 0...t.count {
                    for hi in lo...t.count {
                        e.spanObject(Span(start: lo, end: hi))
                        Self.referenceSpan(&r, text, lo, hi)
                    }
                }
                e.w.endArray()
                r.endArray()
                #expect(e.w.bytes == r.bytes, "shift \(shift)")
            }
        }
    }

    /// A document whose JSON outgrows the room reserved for it in the returned array is
    /// moved to the writer's own buffer part way and still comes out whole.
    @Test func documentJSONLargerThanItsReservedRoomIsWhole() throws {
        let e = try Extractor()
        // Every byte escaped (doubled) in both the block's and the sentences' text: more
        // than the room estimated from the text's length and the item counts.
        let text = "It is this: " + String(repeating: "\\\"", count: 6000) + "."
        let d = try e.extract(text)
        let bytes = e.json(d)
        #expect(bytes.count > DocumentEncoder.reserve(for: d, options: e.options))
        let json = try JSONReader.parse(bytes)
        let sentences = json["sentences"]?.arrayValue ?? []
        #expect(sentences.count == d.sentences.count)
        for (s, v) in zip(d.sentences, sentences) {
            #expect(v["text"]?.stringValue == String(decoding: d.text[s.span.start..<s.span.end], as: UTF8.self))
        }
        #expect(json["claims"]?.arrayValue?.count == d.claims.count)
    }

    /// An ordinary article (many short sentences and quotes) fits the room estimated for
    /// it, so its JSON is written in place and never copied.
    @Test func ordinaryDocumentJSONFitsItsReservedRoom() throws {
        let e = try Extractor()
        let text = String(repeating: "Yes. No? \"Maybe 5% more,\" she said on Monday. ", count: 400)
        let d = try e.extract(text)
        #expect(!d.claims.isEmpty && !d.quantities.isEmpty)
        let bytes = e.json(d)
        #expect(bytes.count <= DocumentEncoder.reserve(for: d, options: e.options))
        #expect(bytes.count > d.text.count * 4)
    }

    @Test func spanMembersMatchKeyByKeyWriting() {
        let text = Array("a \"quoted\" line\nand more".utf8)
        for pretty in [false, true] {
            text.withUnsafeBufferPointer { t in
                var fused = JSONWriter(pretty: pretty)
                var plain = JSONWriter(pretty: pretty)
                fused.beginArray()
                plain.beginArray()
                for (lo, hi) in [(0, 0), (2, 10), (0, t.count)] {
                    fused.beginObject()
                    fused.key("id"); fused.int(lo)
                    fused.spanMembers(start: lo, end: hi, text: UnsafeBufferPointer(rebasing: t[lo..<hi]))
                    fused.key("after"); fused.string(static: "x")
                    fused.endObject()
                    fused.beginObject()
                    fused.spanMembers(start: hi, end: lo, text: UnsafeBufferPointer(rebasing: t[lo..<hi]))
                    fused.endObject()
                    plain.beginObject()
                    plain.key("id"); plain.int(lo)
                    plain.key("start"); plain.int(lo)
                    plain.key("end"); plain.int(hi)
                    plain.key("text"); plain.string(utf8: UnsafeBufferPointer(rebasing: t[lo..<hi]))
                    plain.key("after"); plain.string("x")
                    plain.endObject()
                    plain.beginObject()
                    plain.key("start"); plain.int(hi)
                    plain.key("end"); plain.int(lo)
                    plain.key("text"); plain.string(utf8: UnsafeBufferPointer(rebasing: t[lo..<hi]))
                    plain.endObject()
                }
                fused.endArray()
                plain.endArray()
                #expect(fused.bytes == plain.bytes, "pretty \(pretty)")
            }
        }
    }
    /// Keys whose comma is known where they are written (`beginObject(key:)`, `nextKey`) and
    /// span members that follow others (`spanFields`) skip the member bookkeeping in
    /// compact output: objects and arrays of them, nested, with a general key after them,
    /// must come out as writing every key through `key` does, compact and pretty.
    @Test func keysWithKnownCommasMatchGeneralKeys() {
        let text = Array("a \"quoted\" line\nand more".utf8)
        for pretty in [false, true] {
            text.withUnsafeBufferPointer { t in
                var e = DocumentEncoder.Encoder(
                    w: JSONWriter(pretty: pretty), text: t, offsets: DocumentEncoder.OffsetMap(text: text, unit: .utf8),
                    escapes: DocumentEncoder.EscapeIndex(text: t))
                var r = JSONWriter(pretty: pretty)
                e.w.beginArray()
                r.beginArray()
                for (lo, hi) in [(0, 0), (2, 10), (0, t.count)] {
                    e.w.beginObject(key: "id"); e.w.int(lo)
                    e.spanFields(Span(start: lo, end: hi))
                    e.w.nextKey("inner"); e.w.beginObject(key: "a"); e.w.null(); e.w.nextKey("b"); e.w.beginArray()
                    e.w.int(1); e.w.int(2); e.w.endArray(); e.w.endObject()
                    e.w.nextKey("empty"); e.w.beginArray(); e.w.endArray()
                    e.w.key("general"); e.w.bool(true)
                    e.w.endObject()
                    r.beginObject()
                    r.key("id"); r.int(lo)
                    r.key("start"); r.int(lo)
                    r.key("end"); r.int(hi)
                    r.key("text"); r.string(utf8: UnsafeBufferPointer(rebasing: t[lo..<hi]))
                    r.key("inner"); r.beginObject(); r.key("a"); r.null(); r.key("b"); r.beginArray()
                    r.int(1); r.int(2); r.endArray(); r.endObject()
                    r.key("empty"); r.beginArray(); r.endArray()
                    r.key("general"); r.bool(true)
                    r.endObject()
                }
                e.w.endArray()
                r.endArray()
                #expect(e.w.bytes == r.bytes, "pretty \(pretty)")
            }
        }
    }

    /// A claim's empty `quantities` and `times` are one literal in compact output: it must
    /// be what writing the two members one by one gives; pretty output writes nothing.
    @Test func literalMembersMatchMemberByMemberWriting() {
        var literal = JSONWriter()
        var general = JSONWriter()
        literal.beginObject(key: "id"); literal.int(1)
        let written = literal.literalMembers(#","quantities":[],"times":[]"#)
        #expect(written)
        literal.endObject()
        general.beginObject(); general.key("id"); general.int(1)
        general.key("quantities"); general.beginArray(); general.endArray()
        general.key("times"); general.beginArray(); general.endArray()
        general.endObject()
        #expect(literal.bytes == general.bytes)
        var pretty = JSONWriter(pretty: true)
        pretty.beginObject(key: "id"); pretty.int(1)
        let prettyWritten = pretty.literalMembers(#","quantities":[],"times":[]"#)
        #expect(!prettyWritten)
        pretty.endObject()
        #expect(!pretty.bytes.contains(UInt8(ascii: "q")))
    }

    /// Absent optional members after others (`,"cue":null`) are one literal in compact
    /// output: present and absent, compact and pretty, they must come out as writing the
    /// key and then the value or `null` does.
    @Test func absentOptionalLiteralsMatchKeyAndNullWriting() {
        let text = Array("said \"the minister\" today".utf8)
        let span = Span(start: 5, end: 19)
        for pretty in [false, true] {
            for present in [false, true] {
                text.withUnsafeBufferPointer { t in
                    var e = DocumentEncoder.Encoder(
                        w: JSONWriter(pretty: pretty), text: t, offsets: DocumentEncoder.OffsetMap(text: text, unit: .utf8),
                        escapes: DocumentEncoder.EscapeIndex(text: t))
                    e.w.beginObject(key: "id"); e.w.int(1)
                    e.optionalSpan("cue", #","cue":null"#, present ? span : nil)
                    e.optionalString("role", #","role":null"#, present ? "spokes\"person" : nil)
                    e.optionalDouble("value", #","value":null"#, present ? 2.5 : nil)
                    e.w.nextKey("last"); e.w.bool(true)
                    e.w.endObject()
                    var r = JSONWriter(pretty: pretty)
                    r.beginObject()
                    r.key("id"); r.int(1)
                    r.key("cue")
                    if present {
                        r.beginObject()
                        r.key("start"); r.int(5)
                        r.key("end"); r.int(19)
                        r.key("text"); r.string(utf8: UnsafeBufferPointer(rebasing: t[5..<19]))
                        r.endObject()
                    } else {
                        r.null()
                    }
                    r.key("role"); if present { r.string("spokes\"person") } else { r.null() }
                    r.key("value"); if present { r.double(2.5) } else { r.null() }
                    r.key("last"); r.bool(true)
                    r.endObject()
                    #expect(e.w.bytes == r.bytes, "present \(present) pretty \(pretty)")
                }
            }
        }
    }

    @Test func integersWrittenInPlaceMatchStrings() {
        var values = [Int.min, Int.min + 1, Int.max, 0, -0]
        var p = 1
        for _ in 0..<19 {
            values += [p - 1, p, p + 1, -p, -(p - 1), 2 * p, 5 * p - 1]
            if p > Int.max / 10 { break }
            p *= 10
        }
        for v in -1_000...100_000 { values.append(v) }
        for v in values {
            var w = JSONWriter()
            w.int(v)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
        }
    }

    /// Strings of up to 32 bytes are checked as whole words and copied at once: at every
    /// length around that limit, with a byte to escape at every position (or none), as
    /// small and as heap-allocated Strings, they must come out as escaping each byte would.
    @Test func shortStringsMatchEscapingEveryByte() {
        let letters = Array("Ministry of Defence spokesperson Anna said".utf8)
        for length in 0...40 {
            let plain = Array(letters[0..<length])
            var cases = [plain]
            for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
                for at in 0..<max(length, 1) where length > 0 {
                    var bytes = plain
                    bytes[at] = special
                    cases.append(bytes)
                }
            }
            for bytes in cases {
                let string = String(decoding: bytes, as: UTF8.self)
                var w = JSONWriter()
                w.string(string)
                #expect(w.bytes == Self.referenceEscaped(bytes), "\(bytes)")
            }
        }
    }

    /// A modality with no cues is written as one literal in compact output: it must be
    /// what writing its members one by one gives, compact and pretty.
    @Test func cuelessModalityLiteralMatchesMemberByMemberWriting() {
        let text: [UInt8] = []
        for status in ModalityStatus.allCases {
            for pretty in [false, true] {
                text.withUnsafeBufferPointer { t in
                    var e = DocumentEncoder.Encoder(
                        w: JSONWriter(pretty: pretty), text: t, offsets: DocumentEncoder.OffsetMap(text: text, unit: .utf8),
                        escapes: DocumentEncoder.EscapeIndex(text: t))
                    e.w.beginArray()
                    e.modality(status)
                    e.modality(status)
                    e.w.endArray()
                    var r = JSONWriter(pretty: pretty)
                    r.beginArray()
                    for _ in 0..<2 {
                        r.beginObject()
                        r.key("status"); r.string(status.rawValue)
                        r.key("cues"); r.beginArray(); r.endArray()
                        r.endObject()
                    }
                    r.endArray()
                    #expect(e.w.bytes == r.bytes, "\(status) pretty \(pretty)")
                }
            }
        }
    }

    /// Span offsets of one to four digits are written inline, longer ones by the general
    /// integer writer: spans at the edges of each length, as objects and as members.
    @Test func spanOffsetsOfEveryLengthMatchKeyByKeyWriting() {
        let text = Array(String(repeating: "The \"quick\" fox.\n", count: 700).utf8)
        let edges = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 9999, 10000, 10001, text.count - 1, text.count]
        text.withUnsafeBufferPointer { t in
            var e = Self.encoder(t, text)
            var r = JSONWriter()
            e.w.beginArray()
            r.beginArray()
            for lo in edges {
                for hi in edges where hi >= lo && hi - lo <= 40 {
                    e.spanObject(Span(start: lo, end: hi))
                    e.w.beginObject()
                    e.w.key("id"); e.w.int(lo)
                    e.spanFields(Span(start: lo, end: hi))
                    e.w.endObject()
                    Self.referenceSpan(&r, text, lo, hi)
                    Self.referenceSpan(&r, text, lo, hi, id: lo)
                }
            }
            e.w.endArray()
            r.endArray()
            #expect(e.w.bytes == r.bytes)
        }
    }
}
