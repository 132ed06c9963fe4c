/// Tests on eight bytes at once (one 64-bit load), for the word scans of the structure stage,
/// the number and date cue pass and the attribution word hash: a word runs on for several
/// bytes, so finding its end a lane at a time costs less than a compare and branch per byte.
enum ByteLanes {
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `t` from `i` (the caller checks `i + 8 <= t.count`), first byte lowest.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
    }

    /// 0x80 in each lane of `x` that holds an ASCII lower-case letter. The lanes' high bits are
    /// cleared before the adds, so no lane carries into the next.
    @inline(__always)
    static func lowerLanes(_ x: UInt64) -> UInt64 {
        let y = x & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = y &+ 0x1F1F_1F1F_1F1F_1F1F  // lane ≥ 0x80 when y ≥ 'a'
        let pastZ = y &+ 0x0505_0505_0505_0505  // lane ≥ 0x80 when y > 'z'
        return atLeastA & ~pastZ & ~x & high
    }

    /// 0x80 in each lane of `x` that holds an ASCII letter of either case.
    @inline(__always)
    static func letterLanes(_ x: UInt64) -> UInt64 {
        lowerLanes(x | 0x2020_2020_2020_2020)
    }

    /// The end of the run of lower-case ASCII letters in `t[from..<end]` (eight bytes at a time
    /// while they are all letters).
    @inline(__always)
    static func lowerRunEnd(_ t: UnsafeBufferPointer<UInt8>, from: Int, _ end: Int) -> Int {
        var k = from
        if let base = t.baseAddress {
            // Wrapping adds: `k` stays within the buffer (at most `end`), so none can overflow,
            // and the checks would cost a branch per step in this hot loop.
            while k &+ 8 <= end {
                let other = ~lowerLanes(load(base, k)) & high
                if other != 0 { return k &+ (other.trailingZeroBitCount &>> 3) }
                k &+= 8
            }
        }
        while k < end && t[k] &- 0x61 < 26 { k &+= 1 }
        return k
    }

    /// Index of the first line feed or carriage return in `t[from..<end]`, or `end`.
    @inline(__always)
    static func lineBreak(_ t: UnsafeBufferPointer<UInt8>, from: Int, _ end: Int) -> Int {
        var k = from
        if let base = t.baseAddress {
            while k &+ 8 <= end {
                let x = load(base, k)
                // Lanes below 0x0E (both breaks, and the rarer tab and other controls): a lane
                // borrows only from the lanes below it, so the lowest flagged lane is exact.
                let low = (x &- 0x0E0E_0E0E_0E0E_0E0E) & ~x & high
                if low != 0 {
                    let at = k &+ (low.trailingZeroBitCount &>> 3)
                    let b = base[at]
                    if b == 0x0A || b == 0x0D { return at }
                    k = at &+ 1
                    continue
                }
                k &+= 8
            }
        }
        while k < end {
            let b = t[k]
            if b == 0x0A || b == 0x0D { break }
            k += 1
        }
        return k
    }
}
