/// An HTML byte buffer whose only way to add untrusted text is escaped.
///
/// Every string that comes from an article or a document goes through `text(_:)` (element
/// content and attribute values alike): `& < > " '` become entities, and control characters
/// that HTML forbids become U+FFFD, so no article can open a tag, close an attribute or end a
/// script. `raw(_:)` is only for markup this file's callers spell out themselves.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Trusted markup written by the report code (never article or document text).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Trusted markup built from constants and numbers.
    mutating func rawString(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    mutating func append(_ other: HTMLBuffer) { bytes.append(contentsOf: other.bytes) }

    /// Untrusted text, escaped for element content and quoted attribute values.
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { appendEscaped($0) }
    }

    /// Untrusted UTF-8 bytes (a slice of an article), escaped.
    mutating func text(utf8 s: ArraySlice<UInt8>) {
        s.withUnsafeBufferPointer { appendEscaped($0) }
    }

    /// An integer (safe by construction).
    mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

    private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
        for b in s {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            // Tab, newline and carriage return are text; other C0 controls and NUL are not
            // allowed in HTML: show them as the replacement character.
            case 0x09, 0x0A, 0x0D: bytes.append(b)
            case 0x00..<0x20, 0x7F: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: bytes.append(b)
            }
        }
    }
}

/// JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&` and the JS line
/// separators U+2028/U+2029 are written as `\u` escapes, so no string in the data can spell
/// `</script>` or `<!--` and end the block early. Those characters can only occur inside JSON
/// strings (they are not JSON syntax), so rewriting the bytes is exact.
enum ScriptSafeJSON {
    static func escape(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 16)
        var i = 0
        let n = json.count
        func put(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        while i < n {
            let b = json[i]
            switch b {
            case UInt8(ascii: "<"): put("\\u003c")
            case UInt8(ascii: ">"): put("\\u003e")
            case UInt8(ascii: "&"): put("\\u0026")
            case 0xE2 where i + 2 < n && json[i + 1] == 0x80 && (json[i + 2] == 0xA8 || json[i + 2] == 0xA9):
                put(json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return out
    }
}

/// Truncates a string to at most `limit` characters, adding an ellipsis when it cut.
func truncated(_ s: String, to limit: Int) -> String {
    guard limit > 1, s.count > limit else { return s }
    return String(s.prefix(limit - 1)) + "…"
}
