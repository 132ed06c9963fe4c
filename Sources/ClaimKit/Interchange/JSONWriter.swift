/// A small, fast JSON writer into a byte buffer.
///
/// It writes exactly what it is told, in order: callers own key order and nesting. Strings
/// are escaped per RFC 8259 (control characters as `\u00XX`, `"` and `\\`); runs that need
/// no escaping are copied in bulk. Doubles print as integers when they are whole and small
/// enough, otherwise with up to 17 significant digits; non-finite values become `null`.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already has a member (needs a comma before the next).
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Containers

    public mutating func beginObject() { beforeValue(); bytes.append(UInt8(ascii: "{")); open() }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { beforeValue(); bytes.append(UInt8(ascii: "[")); open() }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ k: StaticString) {
        beforeMember()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func key(_ k: String) {
        beforeMember()
        appendEscaped(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: - Values

    public mutating func string(_ s: String) { beforeValue(); appendEscaped(s) }

    /// Writes bytes that are valid UTF-8 as a JSON string.
    public mutating func string(utf8 s: ArraySlice<UInt8>) {
        beforeValue()
        s.withUnsafeBufferPointer { appendEscaped($0) }
    }

    public mutating func string(utf8 s: UnsafeBufferPointer<UInt8>) { beforeValue(); appendEscaped(s) }

    public mutating func int(_ v: Int) { beforeValue(); appendInt(v) }

    /// Writes `prefix` and then `number` in decimal as one JSON string (ids such as `"s12"`),
    /// without building a String. `prefix` must need no escaping (letters).
    public mutating func string(_ prefix: StaticString, _ number: Int) {
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
        appendInt(number)
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func bool(_ v: Bool) {
        beforeValue()
        if v { appendASCII("true") } else { appendASCII("false") }
    }

    public mutating func null() { beforeValue(); appendASCII("null") }

    public mutating func double(_ v: Double) {
        beforeValue()
        guard v.isFinite else { appendASCII("null"); return }
        if v == v.rounded(), abs(v) < 9.0e15 {
            // Whole numbers print without a fraction: 4800000, not 4.8e6.
            appendInt(Int(v))
        } else {
            appendASCII(v.description)
        }
    }

    /// A double rounded to a few decimals, for scores (0.9134…, not 0.91340000000000001).
    public mutating func double(_ v: Double, decimals: Int) {
        beforeValue()
        guard v.isFinite else { appendASCII("null"); return }
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 9)) { scale *= 10 }
        let r = (v * scale).rounded() / scale
        if r == r.rounded(), abs(r) < 9.0e15 { appendInt(Int(r)) } else { appendASCII(r.description) }
    }

    /// Splices already-encoded JSON (one value) in place.
    public mutating func raw(_ json: [UInt8]) { beforeValue(); bytes.append(contentsOf: json) }

    // MARK: - Internals

    private mutating func open() {
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let had = hasMember.popLast() ?? false
        depth -= 1
        if pretty && had { newline() }
        bytes.append(c)
    }

    private mutating func beforeMember() {
        if let last = hasMember.last, last { bytes.append(UInt8(ascii: ",")) }
        if !hasMember.isEmpty { hasMember[hasMember.count - 1] = true }
        if pretty { newline() }
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        // An array element (or the top-level value).
        if !hasMember.isEmpty { beforeMember() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func appendASCII(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func appendInt(_ v: Int) {
        if v == 0 { bytes.append(UInt8(ascii: "0")); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = v.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while n > 0 && count < 20 {
                buf[count] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
                count += 1
            }
        }
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buf in
            var k = count - 1
            while k >= 0 {
                bytes.append(buf[k])
                k -= 1
            }
        }
    }

    private mutating func appendEscaped(_ s: String) {
        var s = s
        s.withUTF8 { appendEscaped($0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether any of the eight bytes in `w` is below 0x20, `"` or `\\` (SWAR: a byte that
    /// is zero after subtracting or xor-ing sets its high bit; bytes ≥ 0x80 never match).
    @inline(__always) private static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- 0x20 &* ones) & ~w & high
        let q = w ^ (0x22 &* ones)
        let quote = (q &- ones) & ~q & high
        let b = w ^ (0x5C &* ones)
        let backslash = (b &- ones) & ~b & high
        return (control | quote | backslash) != 0
    }

    private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let n = s.count
        let raw = UnsafeRawBufferPointer(s)
        while i < n {
            // Skip eight plain bytes at a time (most of a text); the byte loop below finds
            // the one to escape when a word has any.
            while i &+ 8 <= n && !JSONWriter.needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i &+= 8
            }
            guard i < n else { break }
            let b = s[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i])) }
            bytes.append(UInt8(ascii: "\\"))
            switch b {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), 48, 48])
                bytes.append(JSONWriter.hex[Int(b >> 4)])
                bytes.append(JSONWriter.hex[Int(b & 0xF)])
            }
            i += 1
            runStart = i
        }
        if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<n])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
