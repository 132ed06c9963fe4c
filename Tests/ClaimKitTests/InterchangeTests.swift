import Testing

@testable import ClaimKit

@Suite("JSON reading and writing")
struct InterchangeTests {
    @Test("writer escapes control characters, quotes and backslashes")
    func escaping() {
        var w = JSONWriter()
        w.beginObject()
        w.key("s"); w.string("a\"b\\c\n\u{1}\u{7f}é")
        w.key("n"); w.double(4_800_000)
        w.key("f"); w.double(0.5)
        w.key("x"); w.double(.infinity)
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"s":"a\"b\\c\n\u0001\#u{7f}é","n":4800000,"f":0.5,"x":null}"#)
    }

    @Test("reader round-trips what the writer writes")
    func roundTrip() throws {
        var w = JSONWriter(pretty: true)
        w.beginArray()
        w.string("tab\there \u{1F600}"); w.int(-12); w.bool(true); w.null()
        w.beginObject(); w.endObject()
        w.endArray()
        let v = try JSONReader.parse(w.bytes)
        #expect(v == .array([.string("tab\there \u{1F600}"), .number(-12), .bool(true), .null, .object([])]))
    }

    @Test("reader decodes surrogate pairs and rejects malformed JSON", arguments: [
        (#"["\ud83d\ude00"]"#, true), (#"{"a":1,}"#, false), ("[1 2]", false), (#""\x""#, false),
        ("01", false), ("-", false), ("[1e5]", true), ("", false), ("{\"a\":\"\u{1}\"}", false),
    ])
    func malformed(_ input: String, _ ok: Bool) {
        let parsed = try? JSONReader.parse(input)
        #expect((parsed != nil) == ok)
    }

    @Test("deep nesting is an error, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONReader.ParseError.self) { try JSONReader.parse(deep) }
    }

    @Test("options JSON: unknown keys and wrong types name the field")
    func optionErrors() {
        for (json, field) in [
            (#"{"strict_encoding": "yes"}"#, "strict_encoding"), (#"{"max_input_bytes": -1}"#, "max_input_bytes"),
            (#"{"max_input_bytes": 1e300}"#, "max_input_bytes"), (#"{"offset_unit": "bytes"}"#, "offset_unit"),
            (#"{"stages": ["numbers", "magic"]}"#, "stages"), (#"{"colour": 1}"#, "colour"), ("[1]", "object"),
            ("{", "JSON"),
        ] {
            do {
                _ = try ExtractionOptions(json: json)
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.code == .invalidOptions)
                #expect(error.message.contains(field), "\(error.message)")
            }
        }
    }

    @Test("options JSON sets every option")
    func optionValues() throws {
        let o = try ExtractionOptions(json: #"{"strict_encoding": true, "max_input_bytes": 100, "offset_unit": "codepoint", "include_text": true, "input_format": "html", "stages": ["dates"]}"#)
        #expect(o.strictEncoding && o.maxInputBytes == 100 && o.offsetUnit == .codepoint && o.includeText)
        #expect(o.inputFormat == .html && o.stages == [.dates])
    }

    @Test("code-point offsets count characters, not bytes")
    func codepointOffsets() throws {
        let e = try Extractor(options: ExtractionOptions(offsetUnit: .codepoint))
        let d = try e.extract("\u{201c}Caf\u{e9}\u{201d} is open. Next one.")
        let json = try JSONReader.parse(e.json(d))
        let second = json["sentences"]?.arrayValue?.last
        #expect(second?["start"]?.doubleValue == 16)
        #expect(second?["text"]?.stringValue == "Next one.")
    }

    @Test("the same document always gives the same bytes")
    func deterministic() throws {
        let e = try Extractor()
        let text = "The council said on Tuesday it would spend up to 48 million euros. Critics disagreed."
        #expect(e.json(try e.extract(text)) == e.json(try e.extract(text)))
    }
}
