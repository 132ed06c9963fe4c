/// Reads a figure written in digits: `1,234,567`, `12,34,567.89`, `40 000`, `4.8`, `.08`,
/// `1.3e6`.
///
/// Bounded by construction: at most 17 significant digits are accumulated (the rest only
/// shift the exponent), the exponent is clamped, and the value is computed with Double
/// arithmetic, so a megabyte of digits or `1e999999` gives an infinite value (which callers
/// drop with a diagnostic), never a trap.
///
/// A comma is a thousands separator in well-formed groups (`1,234`, `12,34,567`) and a decimal
/// comma only where it cannot be one (`5,00`, `1.111,11`); `192.168.1.2` is read as separate
/// integers.
struct Numeral {
    var start: Int
    var end: Int
    var value: Double
    /// Digits before the decimal point.
    var integerDigits: Int
    /// No separators, decimals or exponent: a bare run of digits (a year candidate).
    var plain: Bool
    var isInteger: Bool
}

enum NumeralReader {
    /// Powers of ten that are exact in Double.
    static let exactPowers: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `m × 10^e`, saturating to infinity or zero for out-of-range exponents.
    static func scale(_ m: Double, _ e: Int) -> Double {
        if m == 0 { return 0 }
        if e >= 0 {
            if e <= 22 { return m * exactPowers[e] }
            if e > 400 { return .infinity }
            var v = m
            var k = e
            while k > 0 {
                let step = min(k, 22)
                v *= exactPowers[step]
                k -= step
            }
            return v
        }
        let a = -e
        if a <= 22 { return m / exactPowers[a] }
        if a > 400 { return 0 }
        var v = m
        var k = a
        while k > 0 {
            let step = min(k, 22)
            v /= exactPowers[step]
            k -= step
        }
        return v
    }

    /// Accumulates digits into a mantissa of at most 17 significant digits.
    struct Accumulator {
        var mantissa: Double = 0
        var significant = 0
        /// Power of ten to apply to the mantissa.
        var exponent = 0

        mutating func integerDigit(_ d: UInt8) {
            if significant < 17 {
                mantissa = mantissa * 10 + Double(d)
                if mantissa != 0 { significant += 1 }
            } else if exponent < 100_000 {
                exponent += 1
            }
        }

        mutating func fractionDigit(_ d: UInt8) {
            if significant < 17 {
                mantissa = mantissa * 10 + Double(d)
                if mantissa != 0 { significant += 1 }
                exponent -= 1
            }
        }
    }

    /// The length of a group separator that may sit inside a figure: NBSP, narrow NBSP,
    /// thin space, or a plain space.
    @inline(__always)
    static func spaceSeparatorLength(_ s: TextScan, _ i: Int) -> Int {
        guard i < s.n else { return 0 }
        let b = s.t[i]
        if b == 0x20 { return 1 }
        if b == 0xC2, s.byte(i + 1) == 0xA0 { return 2 }
        if b == 0xE2, s.byte(i + 1) == 0x80, s.byte(i + 2) == 0xAF || s.byte(i + 2) == 0x89 { return 3 }
        return 0
    }

    /// Digits from `i` (bounded only by the text: each byte is read once).
    @inline(__always)
    static func digitRunEnd(_ s: TextScan, _ i: Int) -> Int {
        var j = i
        while j < s.n && ByteClass.isDigit(s.t[j]) { j += 1 }
        return j
    }

    /// `^23`, `^-1`, `^+23`, `^--23` at `i`: the integer exponent (clamped) and its end.
    static func power(_ s: TextScan, _ i: Int) -> (Int, Int)? {
        guard s.byte(i) == 0x5E else { return nil }
        var k = i + 1
        var negative = false
        var signs = 0
        while signs < 2, s.byte(k) == 0x2D || s.byte(k) == 0x2B {
            if s.byte(k) == 0x2D { negative.toggle() }
            k += 1
            signs += 1
        }
        let e = digitRunEnd(s, k)
        guard e > k, e - k <= 4, !s.isAlpha(e) else { return nil }
        var v = 0
        for m in k..<e { v = v * 10 + Int(s.t[m] &- 0x30) }
        return (negative ? -v : v, e)
    }

    /// `base^p` by squaring (a few multiplications whatever `p`; saturates to ∞ or 0).
    static func raise(_ base: Double, _ p: Int) -> Double {
        var result = 1.0
        var b = base
        var n = min(abs(p), 9999)
        while n > 0 {
            if n & 1 == 1 { result *= b }
            b *= b
            n >>= 1
        }
        return p < 0 ? 1 / result : result
    }

    /// Most thousands groups a figure may have (`1,000,000,000,000,000,000,000` has seven).
    static let maxGroups = 8

    /// `5,00`, `1,3`, `1.111,11`: a decimal comma, as much of Europe writes figures. Read only
    /// when the comma cannot separate thousands (one or two digits after it and nothing figure-like
    /// after those), the figure is not inside a list (`1,2,3`, `4,4,2`) or a chemical name
    /// (`1,3-butadiene`), and any dots before it group thousands exactly. Returns the comma.
    static func decimalComma(_ s: TextScan, _ i: Int, _ firstEnd: Int) -> Int? {
        guard firstEnd - i <= 3 else { return nil }
        if (s.byte(i - 1) == 0x2C || s.byte(i - 1) == 0x2E) && s.isDigit(i - 2) { return nil }
        var k = firstEnd
        var dotGroups = 0
        while s.byte(k) == 0x2E && dotGroups < maxGroups {
            let ge = digitRunEnd(s, k + 1)
            guard ge - k - 1 == 3 else { return nil }
            k = ge
            dotGroups += 1
        }
        guard s.byte(k) == 0x2C else { return nil }
        let fe = digitRunEnd(s, k + 1)
        let len = fe - k - 1
        guard len == 1 || len == 2 else { return nil }
        if s.isAlnum(fe) { return nil }
        let b = s.byte(fe)
        if (b == 0x2C || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x3A) && s.isAlnum(fe + 1) { return nil }
        return k
    }

    static func read(_ s: TextScan, _ i: Int) -> Numeral? {
        let t = s.t
        var acc = Accumulator()
        var j = i
        var integerDigits = 0
        var plain = true
        if s.byte(i) == 0x2E {
            guard s.isDigit(i + 1) else { return nil }
        } else {
            guard s.isDigit(i) else { return nil }
            let firstEnd = digitRunEnd(s, i)
            var groupsEnd = firstEnd
            var groupCount = 0
            // Thousands groups: `1,234,567` (threes) or `12,34,567` (Indian twos then a three).
            if firstEnd - i <= 3 {
                var k = firstEnd
                var twos = 0
                var threes = 0
                var lastLen = 0
                var sepKind: UInt8 = 0  // 0 none, 1 comma, 2 space-like
                while k < s.n {
                    let sep: Int
                    let kind: UInt8
                    if t[k] == 0x2C {
                        sep = 1
                        kind = 1
                    } else {
                        let l = spaceSeparatorLength(s, k)
                        guard l > 0 else { break }
                        sep = l
                        kind = 2
                    }
                    if sepKind != 0 && kind != sepKind { break }
                    let g = k + sep
                    let ge = digitRunEnd(s, g)
                    let len = ge - g
                    guard len == 2 || len == 3 else { break }
                    if kind == 2 && len != 3 { break }
                    // A group must not run into letters (`1,234th` is fine, `1 234km` too).
                    sepKind = kind
                    if len == 2 { twos += 1 } else { threes += 1 }
                    lastLen = len
                    k = ge
                    groupCount += 1
                    // No real figure has more groups than this; a longer chain is a list of
                    // numbers (or an attack), and bounding the walk keeps the stage linear
                    // when the recognizer retries at every position inside the chain.
                    if groupCount > maxGroups { break }
                    if len == 3 && kind == 2 { continue }
                    if len == 3 && twos == 0 { continue }
                    if len == 3 { break }  // Indian form ends with its three
                }
                // Valid: ends with a group of three; twos only in the Indian pattern.
                if groupCount > 0 && groupCount <= maxGroups && lastLen == 3 && (twos == 0 || threes == 1) {
                    groupsEnd = k
                } else {
                    groupCount = 0
                }
            }
            // Accumulate integer digits, skipping separators.
            var k = i
            while k < groupsEnd {
                let b = t[k]
                if ByteClass.isDigit(b) {
                    acc.integerDigit(b &- 0x30)
                    integerDigits += 1
                }
                k += 1
            }
            if groupCount > 0 { plain = false }
            j = groupsEnd
            // (Tested cheaply first: a comma, or a dot with a group of three and another separator.)
            if groupCount == 0, s.byte(firstEnd) == 0x2C || s.byte(firstEnd) == 0x2E && (s.byte(firstEnd + 4) == 0x2C || s.byte(firstEnd + 4) == 0x2E),
                let comma = decimalComma(s, i, firstEnd)
            {
                acc = Accumulator()
                integerDigits = 0
                var k = i
                while k < comma {
                    if ByteClass.isDigit(t[k]) {
                        acc.integerDigit(t[k] &- 0x30)
                        integerDigits += 1
                    }
                    k += 1
                }
                let fe = digitRunEnd(s, comma + 1)
                k = comma + 1
                while k < fe {
                    acc.fractionDigit(t[k] &- 0x30)
                    k += 1
                }
                let value = scale(acc.mantissa, acc.exponent)
                return Numeral(start: i, end: fe, value: value, integerDigits: integerDigits, plain: false, isInteger: value == value.rounded())
            }
        }
        var isInteger = true
        // Decimal part (not inside a dotted chain such as the `1.2` of `192.168.1.2`).
        let inDottedChain = s.byte(i - 1) == 0x2E && s.isDigit(i - 2)
        if !inDottedChain, s.byte(j) == 0x2E, s.isDigit(j + 1) {
            let fe = digitRunEnd(s, j + 1)
            // `192.168.1.2`, `1.2.3`: a dotted sequence, not a decimal.
            if s.byte(fe) == 0x2E, s.isDigit(fe + 1) {
                if j == i { return nil }
            } else {
                var k = j + 1
                while k < fe {
                    acc.fractionDigit(t[k] &- 0x30)
                    k += 1
                }
                j = fe
                plain = false
                isInteger = false
            }
        }
        guard j > i else { return nil }
        // Exponent: `1e10`, `-12e-1`, `12.32e+14`, only when nothing alphanumeric follows.
        if s.byte(j) == 0x65 || s.byte(j) == 0x45 {
            var k = j + 1
            var negative = false
            if s.byte(k) == 0x2B || s.byte(k) == 0x2D {
                negative = s.byte(k) == 0x2D
                k += 1
            }
            if s.isDigit(k) {
                let ee = digitRunEnd(s, k)
                if !s.isAlpha(ee) {
                    var e = 0
                    var m = k
                    while m < ee {
                        if e < 100_000 { e = e * 10 + Int(t[m] &- 0x30) }
                        m += 1
                    }
                    acc.exponent = negative ? acc.exponent - e : acc.exponent + e
                    j = ee
                    plain = false
                    isInteger = false
                }
            }
        }
        var value = scale(acc.mantissa, acc.exponent)
        // Powers: `1.1^23`, `2.5^-1`, `1.3x10^6`, `6.23×10^-4`.
        if let (p, pe) = power(s, j) {
            value = raise(value, p)
            j = pe
            plain = false
            isInteger = false
        } else if s.byte(j) == 0x78 || (s.byte(j) == 0xC3 && s.byte(j + 1) == 0x97) {
            let k = j + (s.byte(j) == 0x78 ? 1 : 2)
            if s.byte(k) == 0x31, s.byte(k + 1) == 0x30, let (p, pe) = power(s, k + 2) {
                value *= raise(10, p)
                j = pe
                plain = false
                isInteger = false
            }
        }
        if isInteger == false && value == value.rounded() && acc.exponent >= 0 { isInteger = true }
        return Numeral(start: i, end: j, value: value, integerDigits: integerDigits, plain: plain, isInteger: isInteger)
    }
}
