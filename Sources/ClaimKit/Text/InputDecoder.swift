/// Turns caller bytes into the valid UTF-8 text every later stage scans.
///
/// Valid UTF-8 passes through untouched (the common case, one linear scan). Otherwise, by
/// default, each invalid sequence is repaired: a run of bytes that reads as Windows-1252
/// (the usual culprit in scraped news: `\x93quoted\x94`, `caf\xe9`) is mapped through that
/// code page; anything else becomes U+FFFD. One diagnostic reports how many bytes were
/// repaired and where the first one was. In strict mode the first invalid byte is an error.
enum InputDecoder {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            // Eight ASCII bytes at a time (most of an English text).
            while i &+ 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let len = sequenceLength(bytes, at: i)
            if len == 0 { return i }
            i += len
        }
        return nil
    }

    /// Length of the valid UTF-8 sequence starting at `i` (2...4), or 0 when it is not valid.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && bytes[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(bytes[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(bytes[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(bytes[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(bytes[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default:
            return 0
        }
    }

    struct Result {
        var text: [UInt8]
        var repaired: Bool
        var diagnostics: [Diagnostic]
    }

    /// Validates or repairs `input`. Throws `.invalidUTF8` in strict mode.
    static func decode(_ input: UnsafeBufferPointer<UInt8>, strict: Bool) throws(ClaimKitError) -> Result {
        var diagnostics: [Diagnostic] = []
        // A byte-order mark stays in the text (offsets keep matching the input); the
        // scanners treat it as white space.
        let start = 0
        let body = input
        guard let firstBad = firstInvalidOffset(body) else {
            return Result(text: Array(body), repaired: false, diagnostics: diagnostics)
        }
        if strict {
            throw ClaimKitError(.invalidUTF8, "input is not valid UTF-8", byteOffset: firstBad + start)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        var i = 0
        var repairedCount = 0
        var usedReplacement = false
        while i < body.count {
            let b = body[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let len = sequenceLength(body, at: i)
            if len > 0 {
                out.append(contentsOf: body[i..<(i + len)])
                i += len
                continue
            }
            repairedCount += 1
            if let scalar = windows1252(b) {
                appendUTF8(scalar, to: &out)
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                usedReplacement = true
            }
            i += 1
        }
        diagnostics.append(
            Diagnostic(
                code: "invalid_utf8_repaired",
                message: "\(repairedCount) byte(s) were not valid UTF-8 and were repaired "
                    + (usedReplacement ? "(Windows-1252 where possible, U+FFFD otherwise)" : "as Windows-1252")
                    + "; first at input byte \(firstBad + start); offsets refer to the repaired text",
                span: nil))
        return Result(text: out, repaired: true, diagnostics: diagnostics)
    }

    /// Windows-1252 reading of a byte ≥ 0x80, nil for the five undefined positions.
    static func windows1252(_ b: UInt8) -> UInt32? {
        if b >= 0xA0 { return UInt32(b) }
        switch b {
        case 0x80: return 0x20AC
        case 0x82: return 0x201A
        case 0x83: return 0x0192
        case 0x84: return 0x201E
        case 0x85: return 0x2026
        case 0x86: return 0x2020
        case 0x87: return 0x2021
        case 0x88: return 0x02C6
        case 0x89: return 0x2030
        case 0x8A: return 0x0160
        case 0x8B: return 0x2039
        case 0x8C: return 0x0152
        case 0x8E: return 0x017D
        case 0x91: return 0x2018
        case 0x92: return 0x2019
        case 0x93: return 0x201C
        case 0x94: return 0x201D
        case 0x95: return 0x2022
        case 0x96: return 0x2013
        case 0x97: return 0x2014
        case 0x98: return 0x02DC
        case 0x99: return 0x2122
        case 0x9A: return 0x0161
        case 0x9B: return 0x203A
        case 0x9C: return 0x0153
        case 0x9E: return 0x017E
        case 0x9F: return 0x0178
        default: return nil
        }
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(truncatingIfNeeded: scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        } else if scalar < 0x10000 {
            out.append(UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        }
    }
}

/// Encoding repair for callers that hold bytes outside a document (JSON Lines records).
public enum TextRepair {
    /// The bytes with invalid UTF-8 repaired (Windows-1252, else U+FFFD), or nil when they
    /// are valid UTF-8 already.
    public static func repairedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard InputDecoder.firstInvalidOffset(bytes) != nil else { return nil }
        return (try? InputDecoder.decode(bytes, strict: false))?.text
    }
}
