/// Tests on eight bytes at once (one 64-bit load), for the structure stage's word scans: a
/// word runs on for several bytes, so finding its end a lane at a time costs less than a
/// compare and branch per byte.
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
}
