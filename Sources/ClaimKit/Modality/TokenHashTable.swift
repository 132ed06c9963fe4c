/// A small open-addressed map from token hashes (FNV-1a, `UInt32`) to `Int32` values, for cue
/// lookups in hot loops: no Hasher, no String, one or two array probes per word.
struct TokenHashTable: Sendable {
    private var keys: [UInt32]
    private var values: [Int32]
    private var used: [Bool]
    private let mask: Int
    /// `mask` as the keys' type: a probe masks the key without a conversion check.
    private let keyMask: UInt32
    private(set) var count = 0

    /// `capacity`: the most keys it will hold (the table keeps at most 1/4 full).
    init(capacity: Int) {
        var size = 16
        while size < 4 * max(1, capacity) && size < 1 << 24 { size <<= 1 }
        mask = size - 1
        keyMask = UInt32(truncatingIfNeeded: size - 1)
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
    }

    /// Sets the value of `key` (replacing any).
    mutating func set(_ key: UInt32, _ value: Int32) {
        var slot = Int(key & UInt32(mask))
        for _ in 0...mask {
            if !used[slot] {
                guard count < (mask + 1) / 2 else { return }
                used[slot] = true
                keys[slot] = key
                values[slot] = value
                count += 1
                return
            }
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) func get(_ key: UInt32) -> Int32? {
        var slot = Int(key & keyMask)
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    @inline(__always) func contains(_ key: UInt32) -> Bool { get(key) != nil }

    /// The table's arrays as buffers, for a loop that probes at every word: the arrays are
    /// read once for the whole loop rather than reloaded (and their bounds checked) per probe.
    struct Probe {
        fileprivate let keys: UnsafeBufferPointer<UInt32>
        fileprivate let values: UnsafeBufferPointer<Int32>
        fileprivate let used: UnsafeBufferPointer<Bool>
        fileprivate let mask: Int
        fileprivate let keyMask: UInt32

        /// The same answer as `TokenHashTable.get`.
        @inline(__always) func get(_ key: UInt32) -> Int32? {
            // The three buffers have `mask + 1` entries, and the slot is always masked.
            var slot = Int(key & keyMask)
            while used[slot] {
                if keys[slot] == key { return values[slot] }
                slot = (slot &+ 1) & mask
            }
            return nil
        }
    }

    /// Calls `body` with a probe of this table, valid only inside `body`.
    @inline(__always) func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try keys.withUnsafeBufferPointer { k in
            try values.withUnsafeBufferPointer { v in
                try used.withUnsafeBufferPointer { u in
                    try body(Probe(keys: k, values: v, used: u, mask: mask, keyMask: keyMask))
                }
            }
        }
    }
}
