/// A read-mostly open-addressing map from 64-bit word hashes to small values.
///
/// The keys are already well-mixed FNV hashes, so the low bits index the table directly;
/// this avoids `Dictionary`'s per-lookup SipHash, which dominated the stage's profile.
/// Key 0 marks an empty slot (a real word hash of 0 is stored beside the table).
struct U64Map<Value>: @unchecked Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private var zeroValue: Value?
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = .filled(0, count: size)
        values = .filled(nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            if key == 0 { return zeroValue }
            // Read through pointers: every index is masked to the table size, which both arrays
            // always have (they are only ever replaced together), so the arrays' bounds checks
            // are redundant on this hot path (the tokenizer probes once per word).
            let m = mask
            return keys.withUnsafeBufferPointer { k in
                var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & m
                while true {
                    let x = k[i]
                    if x == key { return values.withUnsafeBufferPointer { $0[i] } }
                    if x == 0 { return nil }
                    i = (i &+ 1) & m
                }
            }
        }
        set {
            if key == 0 { zeroValue = newValue; return }
            guard let v = newValue else { return }  // removal is not needed by any caller
            if (count + 1) * 2 > keys.count { grow() }
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                let k = keys[i]
                if k == key { values[i] = v; return }
                if k == 0 {
                    keys[i] = key
                    values[i] = v
                    count += 1
                    return
                }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Number of slots (a reused map keeps them; see `removeAll`).
    var capacity: Int { keys.count }

    /// Empties the map and keeps its table (lookups do not depend on the table size, and
    /// `forEach`'s order is only used on lexicon tables, never on a reused map).
    mutating func removeAll() {
        keys.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        values.withUnsafeMutableBufferPointer { $0.update(repeating: nil) }
        zeroValue = nil
        count = 0
    }

    /// Calls `body` with every key and its value, in table order.
    func forEach(_ body: (UInt64, Value) -> Void) {
        if let z = zeroValue { body(0, z) }
        for (i, k) in keys.enumerated() where k != 0 {
            if let v = values[i] { body(k, v) }
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = .filled(0, count: size)
        values = .filled(nil, count: size)
        mask = size - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            if let v = oldValues[i] { self[k] = v }
        }
    }
}

extension Array {
    /// `Array(repeating:count:)` without its cost: that initialiser allocates through an
    /// unspecialised runtime path that looks up the storage type's metadata on every call (about
    /// 500 instructions, more than filling a small table), while `reserveCapacity` allocates
    /// through code specialised for `Element`. The reader makes its entity tables and per-token
    /// arrays once per document, so this is per-document cost.
    @inline(__always) static func filled(_ value: Element, count: Int) -> [Element] {
        var a: [Element] = []
        a.reserveCapacity(count)
        a.append(contentsOf: repeatElement(value, count: count))
        return a
    }

    /// Makes the array `count` copies of `value`, reusing its storage (a buffer kept from the
    /// previous document): the same contents as `filled`, without allocating when it fits.
    @inline(__always) mutating func refill(_ value: Element, count n: Int) {
        let n = Swift.max(0, n)
        if count > n { removeSubrange(n...) }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        if count < n {
            reserveCapacity(n)
            append(contentsOf: repeatElement(value, count: n - count))
        }
    }
}
