/// A small, fast JSON writer into a byte buffer.
///
/// It writes exactly what it is told, in order: callers own key order and nesting. Strings
/// are escaped per RFC 8259 (control characters as `\u00XX`, `"` and `\\`); runs that need
/// no escaping are copied in bulk. Doubles print as integers when they are whole and small
/// enough, otherwise with up to 17 significant digits; non-finite values become `null`.
///
/// The writer owns a raw buffer and is not copyable: every write is a capacity check and a
/// store, with none of an Array's per-append uniqueness checks (documents are mostly spans'
/// text, written piece by piece). `bytes` copies the result out once.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var depth = 0
    /// Whether each open container already has a member (needs a comma before the next):
    /// bit 0 is the innermost; containers deeper than 64 keep the bits shifted out in
    /// `deepMembers`.
    private var members: UInt64 = 0
    private var deepMembers: [Bool] = []
    private var afterKey = false
    /// False while writing into a buffer lent by `init(pretty:into:)`.
    private var owned = true

    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(64, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// Writes into `buffer`, which the caller owns, for as long as it has room; past that
    /// the writer moves what it has to a buffer of its own (`writtenInPlace` turns false).
    /// An encoder that writes straight into an Array's storage saves copying its output.
    init(pretty: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.pretty = pretty
        if let start = buffer.baseAddress, buffer.count >= 64 {
            base = start
            capacity = buffer.count
            owned = false
        } else {
            capacity = 64
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
        }
    }

    deinit { if owned { base.deallocate() } }

    /// The JSON written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Whether all the JSON is still in the buffer given to `init(pretty:into:)`, as its
    /// first `byteCount` bytes.
    var writtenInPlace: Bool { !owned }
    var byteCount: Int { count }

    // MARK: - Containers

    // Inlined (as are the key and id writers below): a document has a few hundred of each,
    // and as calls their bookkeeping cost more than the bytes they write.
    @inline(__always) public mutating func beginObject() { beforeValue(); put(UInt8(ascii: "{")); open() }
    @inline(__always) public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inline(__always) public mutating func beginArray() { beforeValue(); put(UInt8(ascii: "[")); open() }
    @inline(__always) public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key known at compile time, written as it is: it must need no escaping (the
    /// schema's keys are lower-case letters and underscores).
    ///
    /// Inlined so that the literal's length is a constant where it is called: the copy is
    /// then a couple of fixed-size moves, and the comma is stored unconditionally and kept
    /// or overwritten by advancing past it only when the object already has a member.
    @inline(__always) public mutating func key(_ k: StaticString) {
        guard !pretty, k.hasPointerRepresentation else { keyGeneral(k); return }
        let n = k.utf8CodeUnitCount
        ensure(n &+ 4)
        var at = count
        if depth > 0 {
            base[at] = UInt8(ascii: ",")
            at &+= Int(truncatingIfNeeded: members & 1)
            members |= 1
        }
        base[at] = UInt8(ascii: "\"")
        JSONWriter.move(k.utf8Start, base + (at &+ 1), n)
        base[at &+ 1 &+ n] = UInt8(ascii: "\"")
        base[at &+ 2 &+ n] = UInt8(ascii: ":")
        count = at &+ n &+ 3
        afterKey = true
    }

    /// A key known at compile time that is not its object's first: the caller has written
    /// a member of the object before it (with `key`, `beginObject(key:)` or another
    /// `nextKey`). In compact output its comma is then certain, so it is written with the
    /// key, without the member bookkeeping (the object's bit is already set). Pretty
    /// output takes `key`'s path.
    @inline(__always) mutating func nextKey(_ k: StaticString) {
        guard !pretty, k.hasPointerRepresentation else { keyGeneral(k); return }
        let n = k.utf8CodeUnitCount
        ensure(n &+ 4)
        let at = count
        base[at] = UInt8(ascii: ",")
        base[at &+ 1] = UInt8(ascii: "\"")
        JSONWriter.move(k.utf8Start, base + (at &+ 2), n)
        base[at &+ 2 &+ n] = UInt8(ascii: "\"")
        base[at &+ 3 &+ n] = UInt8(ascii: ":")
        count = at &+ n &+ 4
        afterKey = true
    }

    /// `beginObject` and then `key(k)`: an object whose first member is known, so that in
    /// compact output `{"k":` is written at once and the object's bit set without a test.
    @inline(__always) mutating func beginObject(key k: StaticString) {
        guard !pretty, k.hasPointerRepresentation else {
            beginObject()
            key(k)
            return
        }
        beforeValue()
        let n = k.utf8CodeUnitCount
        ensure(n &+ 4)
        let at = count
        base[at] = UInt8(ascii: "{")
        base[at &+ 1] = UInt8(ascii: "\"")
        JSONWriter.move(k.utf8Start, base + (at &+ 2), n)
        base[at &+ 2 &+ n] = UInt8(ascii: "\"")
        base[at &+ 3 &+ n] = UInt8(ascii: ":")
        count = at &+ n &+ 4
        open()
        members |= 1
        afterKey = true
    }

    private mutating func keyGeneral(_ k: StaticString) {
        beforeMember()
        if let k = JSONWriter.utf8(k) { putKey(k) } else { k.withUTF8Buffer { putKey($0) } }
        if pretty { put(UInt8(ascii: " ")) }
        afterKey = true
    }

    @inline(__always) private mutating func putQuoted(_ k: UnsafeBufferPointer<UInt8>) {
        ensure(k.count &+ 2)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        copy(k)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
    }

    @inline(__always) private mutating func putKey(_ k: UnsafeBufferPointer<UInt8>) {
        ensure(k.count &+ 3)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        copy(k)
        base[count] = UInt8(ascii: "\"")
        base[count &+ 1] = UInt8(ascii: ":")
        count &+= 2
    }

    // Disfavoured so that a literal key takes the StaticString path (a String would be built).
    @_disfavoredOverload
    public mutating func key(_ k: String) {
        beforeMember()
        appendEscaped(k)
        putKeyEnd()
    }

    // MARK: - Values

    // Inlined: the value's bookkeeping is a test where it is called, and the call goes
    // straight to the escaper (as a call of its own it cost a frame and a second jump).
    @inline(__always) public mutating func string(_ s: String) { beforeValue(); appendEscaped(s) }

    /// Writes bytes that are valid UTF-8 as a JSON string.
    public mutating func string(utf8 s: ArraySlice<UInt8>) {
        beforeValue()
        s.withUnsafeBufferPointer { appendEscaped($0) }
    }

    public mutating func string(utf8 s: UnsafeBufferPointer<UInt8>) { beforeValue(); appendEscaped(s) }

    /// `string(utf8:)`, told whether the bytes are known to need no escaping (`plain`),
    /// which skips looking at them.
    mutating func string(utf8 s: UnsafeBufferPointer<UInt8>, plain: Bool) {
        beforeValue()
        appendString(s, plain: plain)
    }

    @inline(__always) public mutating func int(_ v: Int) { beforeValue(); appendInt(v) }

    /// Writes a literal as a JSON string as it is: it must need no escaping (enum names).
    @inline(__always) public mutating func string(static s: StaticString) {
        beforeValue()
        if let p = JSONWriter.utf8(s) { putQuoted(p) } else { s.withUTF8Buffer { putQuoted($0) } }
    }

    /// The members `"start": start, "end": end, "text": text` of an object, as `key`, `int`
    /// and `string(utf8:)` would write them, in one step (every span object has them).
    public mutating func spanMembers(start: Int, end: Int, text: UnsafeBufferPointer<UInt8>) {
        spanMembers(start: start, end: end, text: text, plain: false)
    }

    /// `spanMembers`, told whether the text is known to need no escaping (`plain`).
    mutating func spanMembers(start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, plain: Bool) {
        spanMembers(start: start, end: end, text: text, plain: plain, object: false)
    }

    /// `spanMembers`; when `object`, in an object of their own (`{` … `}`), as
    /// `beginObject`, `spanMembers` and `endObject` would write them. `following` (with
    /// `object` false): the members follow others in their object, so in compact output
    /// their comma is certain (as for `nextKey`).
    // Transparent (always inlined): marked `@inline(__always)` it was still called, at the
    // cost of a call, its frame and its arguments per span, about a tenth of the work.
    @_transparent
    mutating func spanMembers(
        start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, plain: Bool, object: Bool, following: Bool = false
    ) {
        // Only the common case (compact, plain text) is written here, where it is called;
        // the rest is one call away.
        guard !pretty, plain, let from = text.baseAddress else {
            spanMembersGeneral(start: start, end: end, text: text, plain: plain, object: object, following: following)
            return
        }
        // Plain text (most spans): one room check for the head, the quoted text and the `}`.
        let n = text.count
        spanHead(start: start, end: end, object: object, following: following, extra: n &+ 3)
        base[count] = UInt8(ascii: "\"")
        JSONWriter.move(from, base + (count &+ 1), n)
        base[count &+ 1 &+ n] = UInt8(ascii: "\"")
        count &+= n &+ 2
        if object {
            base[count] = UInt8(ascii: "}")
            count &+= 1
        } else {
            afterKey = false
        }
    }

    /// `spanMembers` in pretty output or for text that may need escaping.
    @inline(never)
    private mutating func spanMembersGeneral(
        start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, plain: Bool, object: Bool, following: Bool
    ) {
        guard !pretty else {
            if object { beginObject() }
            key("start"); int(start)
            key("end"); int(end)
            key("text"); string(utf8: text)
            if object { endObject() }
            return
        }
        spanHead(start: start, end: end, object: object, following: following)
        appendString(text, plain: plain)
        spanTail(object: object)
    }

    /// `"start":N,"end":N,"text":` in compact output, before the span's text; with the
    /// object's `{` when `object` (a whole object needs no bookkeeping of its members), with
    /// a comma and no bookkeeping either when `following`.
    @inline(__always)
    private mutating func spanHead(start: Int, end: Int, object: Bool, following: Bool = false, extra: Int = 0) {
        if object {
            beforeValue()
        } else if !following {
            beforeMember()
        }
        // One check for the keys and both numbers (20 characters at most each), and the
        // `extra` bytes the caller writes next.
        ensure(65 &+ extra)
        if object {
            base[count] = UInt8(ascii: "{")
            count &+= 1
        } else if following {
            base[count] = UInt8(ascii: ",")
            count &+= 1
        }
        putFragment("\"start\":")
        writeOffset(start)
        putFragment(",\"end\":")
        writeOffset(end)
        putFragment(",\"text\":")
    }

    /// After a span's text: the object's `}` when `object`.
    @inline(__always)
    private mutating func spanTail(object: Bool) {
        if object {
            put(UInt8(ascii: "}"))
        } else {
            afterKey = false
        }
    }

    /// `spanMembers` for text whose bytes to escape are known: `escapes` holds their offsets,
    /// in order, counted so that `origin` is the text's first byte.
    mutating func spanMembers(
        start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, escapes: UnsafeBufferPointer<Int32>, origin: Int,
        object: Bool = false, following: Bool = false
    ) {
        guard !pretty else {
            spanMembers(start: start, end: end, text: text, plain: false, object: object)
            return
        }
        spanHead(start: start, end: end, object: object, following: following)
        appendEscaped(text, escapes: escapes, origin: origin)
        spanTail(object: object)
    }

    /// The string in quotes, escaping the bytes at `escapes` (offsets from `origin`) and
    /// copying the runs between them whole.
    private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>, escapes: UnsafeBufferPointer<Int32>, origin: Int) {
        let n = s.count
        guard let from = s.baseAddress else { appendEscaped(s); return }
        // Each escaped byte becomes at most six (\u00XX).
        ensure(n &+ 2 &+ 5 &* escapes.count)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        var run = 0
        for e in escapes {
            let i = Int(e) &- origin
            guard i >= run, i < n else { continue }
            JSONWriter.move(from + run, base + count, i &- run)
            count &+= i &- run
            writeEscaped(from[i])
            run = i &+ 1
        }
        JSONWriter.move(from + run, base + count, n &- run)
        count &+= n &- run
        base[count] = UInt8(ascii: "\"")
        count &+= 1
    }

    /// One byte as JSON writes it inside a string, into room made for six.
    @inline(__always) private mutating func writeEscaped(_ b: UInt8) {
        guard JSONWriter.needsEscape(b) else {
            base[count] = b
            count &+= 1
            return
        }
        base[count] = UInt8(ascii: "\\")
        switch b {
        case 0x22: base[count &+ 1] = 0x22
        case 0x5C: base[count &+ 1] = 0x5C
        case 0x0A: base[count &+ 1] = UInt8(ascii: "n")
        case 0x0D: base[count &+ 1] = UInt8(ascii: "r")
        case 0x09: base[count &+ 1] = UInt8(ascii: "t")
        default:
            base[count &+ 1] = UInt8(ascii: "u")
            base[count &+ 2] = 48
            base[count &+ 3] = 48
            JSONWriter.hex.withUTF8Buffer { h in
                base[count &+ 4] = h[Int(b >> 4)]
                base[count &+ 5] = h[Int(b & 0xF)]
            }
            count &+= 4
        }
        count &+= 2
    }

    /// Whether JSON escapes the byte in a string.
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }

    /// The bytes in quotes: copied as they are when `plain` (the caller knows none needs
    /// escaping), else escaped.
    @inline(__always) private mutating func appendString(_ s: UnsafeBufferPointer<UInt8>, plain: Bool) {
        guard plain else { appendEscaped(s); return }
        ensure(s.count &+ 2)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        copy(s)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
    }

    /// A literal into room already made.
    @inline(__always) private mutating func putFragment(_ s: StaticString) {
        if let p = JSONWriter.utf8(s) { copy(p) } else { s.withUTF8Buffer { putBytes($0) } }
    }

    /// Writes `letter` and then `number` in decimal as one JSON string (ids such as `"s12"`).
    /// `letter` must need no escaping (a letter).
    @inline(__always) mutating func string(letter: UInt8, _ number: Int) {
        beforeValue()
        ensure(24)
        base[count] = UInt8(ascii: "\"")
        base[count &+ 1] = letter
        count &+= 2
        writeInt(number)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
    }

    /// Writes `prefix` and then `number` in decimal as one JSON string (ids such as `"s12"`),
    /// without building a String. `prefix` must need no escaping (letters).
    @inline(__always) public mutating func string(_ prefix: StaticString, _ number: Int) {
        beforeValue()
        guard let p = JSONWriter.utf8(prefix) else {
            put(UInt8(ascii: "\""))
            prefix.withUTF8Buffer { putBytes($0) }
            appendInt(number)
            put(UInt8(ascii: "\""))
            return
        }
        // One check for all of it: quotes, prefix and at most 20 characters of number.
        ensure(p.count &+ 22)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        copy(p)
        writeInt(number)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
    }

    @inline(__always) public mutating func bool(_ v: Bool) {
        beforeValue()
        if v { putASCII("true") } else { putASCII("false") }
    }

    @inline(__always) public mutating func null() { beforeValue(); putASCII("null") }

    public mutating func double(_ v: Double) {
        beforeValue()
        guard v.isFinite else { putASCII("null"); return }
        // Whole (tested by truncating, which needs no call to libm's round) and small
        // enough: printed without a fraction, 4800000, not 4.8e6.
        if abs(v) < 9.0e15, Double(Int(v)) == v {
            appendInt(Int(v))
        } else {
            appendDescription(v)
        }
    }

    /// `double(v, decimals: 4)`, written where it is called for the usual scores (not
    /// negative, below 1e5): the same rounding and digits as that path, without its call
    /// and its tests of `decimals` and the sign.
    @inline(__always) mutating func score(_ v: Double) {
        // NaN fails the first test.
        guard v >= 0, v < 1e5 else {
            double(v, decimals: 4)
            return
        }
        beforeValue()
        let x = v * 10_000
        var k = Int(x)
        if x - Double(k) >= 0.5 { k &+= 1 }
        let whole = k / 10_000
        let part = k &- whole &* 10_000
        if part == 0 {
            appendInt(whole)
        } else {
            appendFourPlaces(negative: false, whole: UInt(bitPattern: whole), part: UInt(bitPattern: part))
        }
    }

    /// A double rounded to a few decimals, for scores (0.9134…, not 0.91340000000000001).
    public mutating func double(_ v: Double, decimals: Int) {
        beforeValue()
        guard v.isFinite else { putASCII("null"); return }
        if decimals == 4 && abs(v) < 1e5 {
            // Scores, the common case: as below with the divisions by constants.
            let x = v * 10_000
            var k = Int(x)
            let fraction = x - Double(k)
            if fraction >= 0.5 { k &+= 1 } else if fraction <= -0.5 { k &-= 1 }
            let m = k.magnitude
            let whole = m / 10_000
            let part = m &- whole &* 10_000
            if part == 0 {
                appendInt(k / 10_000)
            } else {
                appendFourPlaces(negative: k < 0, whole: whole, part: part)
            }
            return
        }
        let places = max(0, min(decimals, 9))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        if places <= 4 && abs(v) < 1e5 {
            // Scores: the rounding and the test for a whole number done on the integer
            // k = (v · 10^places).rounded(), as below but without libm's round: the value
            // written is the same (k / 10^places is whole exactly when r is).
            let x = v * scale
            var k = Int(x)
            let fraction = x - Double(k)
            if fraction >= 0.5 { k &+= 1 } else if fraction <= -0.5 { k &-= 1 }
            var unit = 1
            for _ in 0..<places { unit &*= 10 }
            if k % unit == 0 {
                appendInt(k / unit)
            } else {
                appendScaled(k, places: places)
            }
            return
        }
        let scaled = (v * scale).rounded()
        let r = scaled / scale
        if r == r.rounded(), abs(r) < 9.0e15 {
            appendInt(Int(r))
        } else if places <= 4 && abs(scaled) < 1e10 {
            // r is the double nearest to k / 10^places (k = scaled, exact; the division is
            // correctly rounded), so its shortest round-trip digits, which `description`
            // prints, are k's with the point put back and trailing zeros dropped: no
            // other decimal with at most four places is within an ulp of it.
            appendScaled(Int(scaled), places: places)
        } else {
            appendDescription(r)
        }
    }

    /// Writes `json`, members known at compile time that follow others in their object
    /// (it starts with a comma), as it is in compact output, and returns true; returns
    /// false without writing when the output is pretty.
    @inline(__always) mutating func literalMembers(_ json: StaticString) -> Bool {
        guard !pretty else { return false }
        putASCII(json)
        return true
    }

    /// Writes `json`, one whole value in compact JSON known at compile time, as it is, and
    /// returns true; returns false without writing when the output is pretty.
    @inline(__always) mutating func literalValue(_ json: StaticString) -> Bool {
        guard !pretty else { return false }
        beforeValue()
        putASCII(json)
        return true
    }

    /// Splices already-encoded JSON (one value) in place.
    public mutating func raw(_ json: [UInt8]) {
        beforeValue()
        json.withUnsafeBufferPointer { putBytes($0) }
    }

    // MARK: - Internals

    /// Makes room for `n` more bytes. (`count + n` cannot wrap: both are bounded by sizes
    /// of buffers in memory; written this way the count loaded here is the one the write
    /// after it uses.)
    @inline(__always) private mutating func ensure(_ n: Int) {
        if count &+ n > capacity { grow(n) }
    }

    private mutating func grow(_ n: Int) {
        let needed = count + n
        var newCapacity = max(64, capacity)
        while newCapacity < needed { newCapacity = newCapacity <= Int.max / 2 ? newCapacity * 2 : needed }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.update(from: base, count: count)
        if owned { base.deallocate() }
        owned = true
        base = fresh
        capacity = newCapacity
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        ensure(1)
        base[count] = b
        count &+= 1
    }

    @inline(__always) private mutating func putBytes(_ s: UnsafeBufferPointer<UInt8>) {
        ensure(s.count)
        copy(s)
    }

    /// Appends `s` into room already made. Short runs (ids, enum names, short spans) are
    /// copied with two overlapping eight-byte moves or byte by byte rather than a call to
    /// memcpy, which costs more than the copy itself at that size.
    @inline(__always) private mutating func copy(_ s: UnsafeBufferPointer<UInt8>) {
        let n = s.count
        guard let from = s.baseAddress, n > 0 else { return }
        JSONWriter.move(from, base + count, n)
        count &+= n
    }

    /// Copies `n` bytes (≥ 0). Up to 32 bytes are moved as overlapping words: no call, and
    /// when `n` is a constant (an inlined literal) only one of the branches is left.
    @inline(__always) private static func move(_ from: UnsafePointer<UInt8>, _ to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        if n > 32 {
            to.update(from: from, count: n)
        } else if n >= 16 {
            let src = UnsafeRawPointer(from)
            let dst = UnsafeMutableRawPointer(to)
            let a = src.loadUnaligned(as: UInt64.self)
            let b = src.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let c = src.loadUnaligned(fromByteOffset: n &- 16, as: UInt64.self)
            let d = src.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            dst.storeBytes(of: a, as: UInt64.self)
            dst.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            dst.storeBytes(of: c, toByteOffset: n &- 16, as: UInt64.self)
            dst.storeBytes(of: d, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 8 {
            let src = UnsafeRawPointer(from)
            let dst = UnsafeMutableRawPointer(to)
            let head = src.loadUnaligned(as: UInt64.self)
            let tail = src.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            dst.storeBytes(of: head, as: UInt64.self)
            dst.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let src = UnsafeRawPointer(from)
            let dst = UnsafeMutableRawPointer(to)
            let head = src.loadUnaligned(as: UInt32.self)
            let tail = src.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            dst.storeBytes(of: head, as: UInt32.self)
            dst.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        } else if n > 0 {
            to[0] = from[0]
            to[n &- 1] = from[n &- 1]
            if n == 3 { to[1] = from[1] }
        }
    }

    /// The bytes of a literal without a closure call (a literal always has a pointer).
    @inline(__always) private static func utf8(_ s: StaticString) -> UnsafeBufferPointer<UInt8>? {
        s.hasPointerRepresentation ? UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount) : nil
    }

    @inline(__always) private mutating func putASCII(_ s: StaticString) {
        if let p = JSONWriter.utf8(s) { putBytes(p) } else { s.withUTF8Buffer { putBytes($0) } }
    }

    /// `":"` after a key's closing quote (and a space when pretty).
    @inline(__always) private mutating func putKeyEnd() {
        put(UInt8(ascii: ":"))
        if pretty { put(UInt8(ascii: " ")) }
        afterKey = true
    }

    @inline(__always) private mutating func open() {
        if depth >= 64 { deepMembers.append(members >> 63 != 0) }
        members <<= 1
        depth &+= 1
    }

    @inline(__always) private mutating func close(_ c: UInt8) {
        // Compact, within the 64 levels kept in `members`: drop the container's bit.
        if !pretty && depth > 0 && depth <= 64 {
            members >>= 1
            depth &-= 1
            put(c)
        } else {
            closeGeneral(c)
        }
    }

    private mutating func closeGeneral(_ c: UInt8) {
        var had = false
        if depth > 0 {
            had = members & 1 != 0
            members >>= 1
            depth -= 1
            if depth >= 64, deepMembers.popLast() == true { members |= 1 << 63 }
        }
        if pretty && had { newline() }
        put(c)
    }

    @inline(__always) private mutating func beforeMember() {
        if depth > 0 {
            if members & 1 != 0 { put(UInt8(ascii: ",")) }
            members |= 1
        }
        if pretty { newline() }
    }

    @inline(__always) private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        // An array element (or the top-level value).
        if depth > 0 { beforeMember() }
    }

    private mutating func newline() {
        ensure(1 + 2 * depth)
        base[count] = UInt8(ascii: "\n")
        count &+= 1
        for _ in 0..<depth {
            base[count] = UInt8(ascii: " ")
            base[count &+ 1] = UInt8(ascii: " ")
            count &+= 2
        }
    }

    private mutating func appendDescription(_ v: Double) {
        var s = v.description
        s.withUTF8 { putBytes($0) }
    }

    /// Decimal digits of `v`, written in place (no String).
    @inline(__always) private mutating func appendInt(_ v: Int) {
        // 19 digits and a sign at most.
        ensure(20)
        writeInt(v)
    }

    /// `appendInt` into room already made (20 bytes). One digit (most ids) is one store,
    /// two (most of the rest) two bytes from the pair table, without a call.
    @inline(__always) private mutating func writeInt(_ v: Int) {
        if UInt(bitPattern: v) < 10 {
            base[count] = UInt8(truncatingIfNeeded: v) &+ 48
            count &+= 1
        } else if UInt(bitPattern: v) < 100, let pairs = JSONWriter.utf8(JSONWriter.digitPairs), pairs.count == 200 {
            base[count] = pairs[v &* 2]
            base[count &+ 1] = pairs[v &* 2 &+ 1]
            count &+= 2
        } else {
            writeLongInt(v)
        }
    }

    /// "00", "01", … "99": two digits per division by 100 (a computed literal: its address
    /// is a constant, with no lazy global to initialise).
    @inline(__always) private static var digitPairs: StaticString { "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899" }

    /// `writeInt` with the usual one to four digits (offsets in articles) written here
    /// from the pair table rather than by a call.
    @inline(__always) private mutating func writeOffset(_ v: Int) {
        guard UInt(bitPattern: v) < 10_000, let pairs = JSONWriter.utf8(JSONWriter.digitPairs), pairs.count == 200
        else {
            // Five digits or more, or negative: `writeInt`'s short paths cannot apply.
            writeLongInt(v)
            return
        }
        if v < 10 {
            base[count] = UInt8(truncatingIfNeeded: v) &+ 48
            count &+= 1
            return
        }
        writeTwoToFourDigits(v, pairs)
    }

    /// `v` in 10...9999 from the pair table (the caller has checked the range and made
    /// room).
    @inline(__always) private mutating func writeTwoToFourDigits(_ v: Int, _ pairs: UnsafeBufferPointer<UInt8>) {
        let high = v / 100
        let low = (v &- high &* 100) &* 2
        var at = count
        if high >= 10 {
            base[at] = pairs[high &* 2]
            base[at &+ 1] = pairs[high &* 2 &+ 1]
            at &+= 2
        } else if high > 0 {
            base[at] = UInt8(truncatingIfNeeded: high) &+ 48
            at &+= 1
        }
        base[at] = pairs[low]
        base[at &+ 1] = pairs[low &+ 1]
        count = at &+ 2
    }

    /// Right to left from the length counted first, two digits per division by 100.
    private mutating func writeLongInt(_ v: Int) {
        if v >= 10 && v < 10_000, let pairs = JSONWriter.utf8(JSONWriter.digitPairs), pairs.count == 200 {
            // Offsets and ids, mostly: two to four digits straight from the table.
            writeTwoToFourDigits(v, pairs)
            return
        }
        if v < 0 {
            base[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var n = v.magnitude
        // Offsets and ids have two to six digits: counted by comparison, the rest by a loop.
        var digits: Int
        if n < 10_000 {
            digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4
        } else if n < 1_000_000 {
            digits = n < 100_000 ? 5 : 6
        } else {
            digits = 7
            var limit: UInt = 10_000_000
            while digits < 20 && n >= limit {
                digits &+= 1
                if limit > UInt.max / 10 { break }
                limit &*= 10
            }
        }
        var at = count &+ digits
        count = at
        guard let pairs = JSONWriter.utf8(JSONWriter.digitPairs), pairs.count == 200 else {
            repeat {
                at &-= 1
                base[at] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
            } while n > 0
            return
        }
        while n >= 100 {
            let r = Int(truncatingIfNeeded: n % 100) &* 2
            n /= 100
            at &-= 2
            base[at] = pairs[r]
            base[at &+ 1] = pairs[r &+ 1]
        }
        // The first one or two digits.
        if n >= 10 {
            let r = Int(truncatingIfNeeded: n) &* 2
            base[at &- 2] = pairs[r]
            base[at &- 1] = pairs[r &+ 1]
        } else {
            base[at &- 1] = UInt8(truncatingIfNeeded: n) &+ 48
        }
    }

    /// `whole.part` with `part` (1...9999) as four decimals, trailing zeros dropped: what
    /// `appendScaled` writes for four places.
    @inline(__always) private mutating func appendFourPlaces(negative: Bool, whole: UInt, part: UInt) {
        // A sign, at most five whole digits (below 1e5), a point and four digits.
        ensure(12)
        if negative {
            base[count] = UInt8(ascii: "-")
            count &+= 1
        }
        writeInt(Int(bitPattern: whole))
        let high = Int(truncatingIfNeeded: part / 100)
        let low = Int(truncatingIfNeeded: part) &- high &* 100
        base[count] = UInt8(ascii: ".")
        guard let pairs = JSONWriter.utf8(JSONWriter.digitPairs), pairs.count == 200, high < 100 else {
            base[count &+ 1] = UInt8(truncatingIfNeeded: high / 10) &+ 48
            base[count &+ 2] = UInt8(truncatingIfNeeded: high % 10) &+ 48
            base[count &+ 3] = UInt8(truncatingIfNeeded: low / 10) &+ 48
            base[count &+ 4] = UInt8(truncatingIfNeeded: low % 10) &+ 48
            count &+= 1 &+ (low == 0 ? (high % 10 == 0 ? 1 : 2) : (low % 10 == 0 ? 3 : 4))
            return
        }
        // Two digits per table load; the trailing zeros are then read off the digits.
        let d2 = pairs[high &* 2 &+ 1]
        let d4 = pairs[low &* 2 &+ 1]
        base[count &+ 1] = pairs[high &* 2]
        base[count &+ 2] = d2
        base[count &+ 3] = pairs[low &* 2]
        base[count &+ 4] = d4
        let zero = UInt8(ascii: "0")
        let digits = low == 0 ? (d2 == zero ? 1 : 2) : (d4 == zero ? 3 : 4)
        count &+= 1 &+ digits
    }

    /// `k / 10^places` in decimal with trailing fraction zeros dropped (`k` not a multiple of
    /// 10^places, so there is a fraction).
    private mutating func appendScaled(_ k: Int, places: Int) {
        var unit = 1
        for _ in 0..<places { unit &*= 10 }
        let m = k.magnitude
        let whole = m / UInt(unit)
        var fraction = m % UInt(unit)
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        if k < 0 { put(UInt8(ascii: "-")) }
        appendInt(Int(whole))
        ensure(1 + digits)
        let dot = count
        base[dot] = UInt8(ascii: ".")
        var at = dot &+ digits
        while at > dot {
            base[at] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
            fraction /= 10
            at &-= 1
        }
        count = dot &+ 1 &+ digits
    }

    private mutating func appendEscaped(_ s: String) {
        // Native and small strings lend their bytes as they are (no copy of the String).
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
            // Short plain strings here, without a call to the general escaper.
            if !appendShortPlain(bytes) { appendEscaped(bytes) }
        }
        guard done == nil else { return }
        var s = s
        s.withUTF8 { appendEscaped($0) }
    }

    /// Writes `s` in quotes and returns true when it is short (at most 32 bytes) and
    /// needs no escaping; else writes nothing and returns false.
    @inline(__always) private mutating func appendShortPlain(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        guard n <= 32, let p = s.baseAddress, JSONWriter.shortIsPlain(p, n) else { return false }
        ensure(n &+ 2)
        base[count] = UInt8(ascii: "\"")
        JSONWriter.move(p, base + (count &+ 1), n)
        base[count &+ 1 &+ n] = UInt8(ascii: "\"")
        count &+= n &+ 2
        return true
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// Whether any of the eight bytes in `w` is below 0x20, `"` or `\\` (SWAR: a byte that
    /// is zero after subtracting or xor-ing sets its high bit; bytes ≥ 0x80 never match).
    @inline(__always) static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- 0x20 &* ones) & ~w & high
        let q = w ^ (0x22 &* ones)
        let quote = (q &- ones) & ~q & high
        let b = w ^ (0x5C &* ones)
        let backslash = (b &- ones) & ~b & high
        return (control | quote | backslash) != 0
    }

    /// Whether none of the `n` (at most 32) bytes at `p` needs escaping: read as up to four
    /// overlapping words, or (under eight bytes) packed into one with spaces, which never
    /// need escaping, in the bytes left over.
    @inline(__always) private static func shortIsPlain(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let raw = UnsafeRawPointer(p)
        if n > 16 {
            let a = raw.loadUnaligned(as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let c = raw.loadUnaligned(fromByteOffset: n &- 16, as: UInt64.self)
            let d = raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            return !needsEscape(a) && !needsEscape(b) && !needsEscape(c) && !needsEscape(d)
        }
        if n >= 8 {
            return !needsEscape(raw.loadUnaligned(as: UInt64.self))
                && !needsEscape(raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self))
        }
        if n >= 4 {
            let head = UInt64(raw.loadUnaligned(as: UInt32.self))
            let tail = UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
            return !needsEscape(head | tail << 32)
        }
        guard n > 0 else { return true }
        let w = UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n &- 1]) << 16 | 0x2020_2020_2000_0000
        return !needsEscape(w)
    }

    /// The high bit of each byte of `w` that is below 0x20, `"` or `\\`, and possibly of
    /// bytes above such a byte (a borrow): the lowest bit set is always exact.
    @inline(__always) static func escapeFlags(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (0x22 &* ones)
        let b = w ^ (0x5C &* ones)
        return ((w &- 0x20 &* ones) | (q &- ones) | (b &- ones)) & ~w & high
    }

    /// The number of leading bytes of `s` that need no escaping (`s.count` when none does).
    @inline(__always) private static func plainPrefix(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        let n = s.count
        guard let p = s.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(p)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // The flagged bytes of a word; the lowest flag is exact (no borrow reaches it), which
        // is all that is needed to find the first byte to escape.
        @inline(__always) func flags(_ w: UInt64) -> UInt64 {
            let control = (w &- 0x20 &* ones) & ~w & high
            let q = w ^ (0x22 &* ones)
            let b = w ^ (0x5C &* ones)
            return control | ((q &- ones) & ~q & high) | ((b &- ones) & ~b & high)
        }
        var i = 0
        while i &+ 8 <= n {
            let f = flags(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if f != 0 { return i &+ f.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        guard i < n else { return n }
        if n >= 8 {
            // The last eight bytes, overlapping the ones already seen (all plain).
            let f = flags(raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self))
            return f == 0 ? n : n &- 8 &+ f.trailingZeroBitCount >> 3
        }
        while i < n {
            let b = p[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return i }
            i &+= 1
        }
        return n
    }

    /// The string in quotes. Most strings need no escaping: they are found so with one
    /// pass of eight-byte words and copied whole; the rest continue byte by byte from the
    /// first byte to escape, copying plain runs in bulk.
    private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
        let n = s.count
        // Names, rules, units: most strings written are short and plain. Their bytes are
        // looked at as a few words and copied without the general loop.
        if appendShortPlain(s) { return }
        let plain = JSONWriter.plainPrefix(s)
        ensure(n &+ 2)
        base[count] = UInt8(ascii: "\"")
        count &+= 1
        copy(UnsafeBufferPointer(rebasing: s[0..<plain]))
        if plain == n {
            base[count] = UInt8(ascii: "\"")
            count &+= 1
            return
        }
        var runStart = plain
        var i = plain
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
                i &+= 1
                continue
            }
            if runStart < i { putBytes(UnsafeBufferPointer(rebasing: s[runStart..<i])) }
            ensure(6)
            writeEscaped(b)
            i &+= 1
            runStart = i
        }
        if runStart < n { putBytes(UnsafeBufferPointer(rebasing: s[runStart..<n])) }
        put(UInt8(ascii: "\""))
    }
}
