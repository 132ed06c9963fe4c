/// A strict RFC 8259 JSON reader for options, JSON Lines records and compare input.
///
/// Bounded: nesting deeper than `maxDepth` is an error, not a stack overflow. Errors carry
/// the byte offset. Strings must be valid UTF-8 (the input is validated first); `\u`
/// escapes are decoded, lone surrogates become U+FFFD.
public struct JSONReader {
    public static let maxDepth = 512

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// True when `text` holds nothing but JSON white space (space, tab, CR, LF): such options
    /// or context mean "none". Other Unicode spaces (NBSP, U+2028…) are not JSON: a parse error.
    public static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buf throws(ParseError) in try parse(buf) }
    }

    public static func parse(_ string: String) throws(ParseError) -> JSONValue {
        try parse(Array(string.utf8))
    }

    public static func parse(_ buf: UnsafeBufferPointer<UInt8>) throws(ParseError) -> JSONValue {
        if let bad = InputDecoder.firstInvalidOffset(buf) {
            throw ParseError(message: "invalid UTF-8", offset: bad)
        }
        var reader = Cursor(buf: buf)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.pos < buf.count { throw ParseError(message: "unexpected data after the JSON value", offset: reader.pos) }
        return value
    }

    struct Cursor {
        let buf: UnsafeBufferPointer<UInt8>
        var pos = 0

        mutating func skipSpace() {
            while pos < buf.count {
                let b = buf[pos]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { break }
            }
        }

        func fail(_ message: String) -> ParseError { ParseError(message: message, offset: pos) }

        mutating func value(depth: Int) throws(ParseError) -> JSONValue {
            guard depth < JSONReader.maxDepth else { throw fail("JSON nested too deeply") }
            guard pos < buf.count else { throw fail("unexpected end of JSON") }
            switch buf[pos] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fail("unexpected character in JSON")
            }
        }

        mutating func literal(_ word: StaticString) throws(ParseError) {
            let n = word.utf8CodeUnitCount
            guard pos + n <= buf.count else { throw fail("unexpected end of JSON") }
            var ok = true
            word.withUTF8Buffer { w in
                for k in 0..<n where buf[pos + k] != w[k] { ok = false }
            }
            guard ok else { throw fail("invalid literal") }
            pos += n
        }

        mutating func object(depth: Int) throws(ParseError) -> JSONValue {
            pos += 1
            var members: [(String, JSONValue)] = []
            skipSpace()
            if pos < buf.count && buf[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
            while true {
                skipSpace()
                guard pos < buf.count, buf[pos] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let k = try string()
                skipSpace()
                guard pos < buf.count, buf[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                pos += 1
                skipSpace()
                let v = try value(depth: depth + 1)
                members.append((k, v))
                skipSpace()
                guard pos < buf.count else { throw fail("unexpected end of JSON") }
                if buf[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if buf[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> JSONValue {
            pos += 1
            var items: [JSONValue] = []
            skipSpace()
            if pos < buf.count && buf[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard pos < buf.count else { throw fail("unexpected end of JSON") }
                if buf[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if buf[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard pos + 4 <= buf.count else { throw fail("truncated \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = buf[pos]
                let d: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 55)
                default: throw fail("invalid \\u escape")
                }
                v = v << 4 | d
                pos += 1
            }
            return v
        }

        mutating func string() throws(ParseError) -> String {
            pos += 1
            var out: [UInt8] = []
            var runStart = pos
            while pos < buf.count {
                let b = buf[pos]
                if b == UInt8(ascii: "\"") {
                    if out.isEmpty {
                        let s = String(decoding: UnsafeBufferPointer(rebasing: buf[runStart..<pos]), as: UTF8.self)
                        pos += 1
                        return s
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<pos]))
                    pos += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw fail("control character in string") }
                if b == UInt8(ascii: "\\") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<pos]))
                    pos += 1
                    guard pos < buf.count else { throw fail("unexpected end of JSON") }
                    let e = buf[pos]
                    pos += 1
                    switch e {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            if pos + 6 <= buf.count && buf[pos] == UInt8(ascii: "\\") && buf[pos + 1] == UInt8(ascii: "u") {
                                let save = pos
                                pos += 2
                                let low = try hex4()
                                if (0xDC00...0xDFFF).contains(low) {
                                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    pos = save
                                    scalar = 0xFFFD
                                }
                            } else {
                                scalar = 0xFFFD
                            }
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            scalar = 0xFFFD
                        }
                        InputDecoder.appendUTF8(scalar, to: &out)
                    default: throw fail("invalid escape")
                    }
                    runStart = pos
                    continue
                }
                pos += 1
            }
            throw fail("unterminated string")
        }

        mutating func number() throws(ParseError) -> Double {
            let start = pos
            if buf[pos] == UInt8(ascii: "-") { pos += 1 }
            func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
            guard pos < buf.count, isDigit(buf[pos]) else { throw fail("invalid number") }
            if buf[pos] == 48 { pos += 1 } else { while pos < buf.count && isDigit(buf[pos]) { pos += 1 } }
            if pos < buf.count && buf[pos] == UInt8(ascii: ".") {
                pos += 1
                guard pos < buf.count, isDigit(buf[pos]) else { throw fail("invalid number") }
                while pos < buf.count && isDigit(buf[pos]) { pos += 1 }
            }
            if pos < buf.count && (buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E")) {
                pos += 1
                if pos < buf.count && (buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-")) { pos += 1 }
                guard pos < buf.count, isDigit(buf[pos]) else { throw fail("invalid number") }
                while pos < buf.count && isDigit(buf[pos]) { pos += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
            guard let d = Double(text) else { throw ParseError(message: "invalid number", offset: start) }
            return d
        }
    }
}
