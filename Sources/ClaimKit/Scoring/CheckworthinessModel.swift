import CClaimKitModel

/// The trained check-worthiness model (logistic regression), read once from the C blob that
/// `scripts/train-checkworthiness` generates into `Sources/CClaimKitModel`.
///
/// Blob layout (little endian): `CKCW`, u32 version, u32 bits, u32 dense count, f32 bias,
/// f32 scale, f32 dense weights, i16 hashed weights (× scale). A missing or malformed blob
/// gives an empty model that scores everything 0 (and `isLoaded` false), never a trap.
struct CheckworthinessModel: Sendable {
    let bits: Int
    let bias: Double
    let scale: Double
    let dense: [Double]
    let hashed: [Int16]
    let isLoaded: Bool

    static let shared = CheckworthinessModel(
        bytes: UnsafeBufferPointer(
            start: claimkit_checkworthiness_model_bytes(), count: claimkit_checkworthiness_model_length()))

    init(bytes b: UnsafeBufferPointer<UInt8>) {
        func u32(_ at: Int) -> UInt32 {
            guard at + 4 <= b.count else { return 0 }
            return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
        }
        func f32(_ at: Int) -> Double { Double(Float(bitPattern: u32(at))) }
        let magicOK = b.count >= 24 && b[0] == 0x43 && b[1] == 0x4B && b[2] == 0x43 && b[3] == 0x57
        let bits = Int(u32(8))
        let nd = Int(u32(12))
        let needed = 24 + 4 * nd + 2 * (1 << min(bits, 30))
        guard magicOK, u32(4) == 1, bits > 0, bits <= 24, nd == CheckworthinessFeatures.Dense.count,
            b.count >= needed
        else {
            self.bits = 1
            bias = 0
            scale = 0
            dense = Array(repeating: 0, count: CheckworthinessFeatures.Dense.count)
            hashed = [0, 0]
            isLoaded = false
            return
        }
        self.bits = bits
        bias = f32(16)
        scale = f32(20)
        dense = (0..<nd).map { f32(24 + 4 * $0) }
        let base = 24 + 4 * nd
        let n = 1 << bits
        hashed = [Int16](unsafeUninitializedCapacity: n) { out, count in
            #if _endian(little)
                // The blob's layout is the host's: one copy (the table is loaded at startup,
                // and a per-entry loop cost more than a small document's whole analysis).
                UnsafeMutableRawBufferPointer(out).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(b)[base..<(base + 2 * n)]))
            #else
                for k in 0..<n {
                    out[k] = Int16(bitPattern: UInt16(b[base + 2 * k]) | UInt16(b[base + 2 * k + 1]) << 8)
                }
            #endif
            count = n
        }
        isLoaded = true
    }

    /// Probability that the text `t[lo..<hi]` is check-worthy; 0.5 is the decision threshold.
    /// Features are presences: a bucket hit twice in the text counts once (`scratch` remembers
    /// which were hit; the integer sum of their weights is exact, as in the trainer).
    func score(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ scratch: inout Scratch) -> Double {
        var unused: UInt32 = 0
        return score(t, lo, hi, &scratch, features: &unused)
    }

    /// Also returns the dense feature bits (`CheckworthinessFeatures.Dense`) in `features`.
    func score(
        _ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ scratch: inout Scratch, features: inout UInt32
    ) -> Double {
        features = 0
        guard isLoaded, lo < hi, lo >= 0, hi <= t.count else { return 0 }
        // A text of n bytes has at most n + 1 hashes (two per token, and a token and the
        // separator after it take two bytes or more).
        scratch.prepare(buckets: 1 << bits, hashesAtMost: hi - lo + 1)
        let mask = UInt32((1 << bits) - 1)
        let (f, zq) = hashed.withUnsafeBufferPointer { w in
            scratch.withBuffers { seen, hit in
                var sink = Presence(seen: seen, hit: hit, weights: w, mask: mask)
                let f = CheckworthinessFeatures.scan(t, lo, hi, into: &sink)
                // Empty the bit set for the next text: only the words this one touched.
                for k in 0..<sink.count { seen[Int(hit[k] >> 6)] = 0 }
                return (f, sink.sum)
            }
        }
        features = f.bits
        var z = bias
        // Only the bits that are set, lowest first: the same additions in the same order as
        // a loop over every dense feature.
        var rest = f.bits
        while rest != 0 {
            let k = rest.trailingZeroBitCount
            rest &= rest &- 1
            if k < dense.count { z += dense[k] }
        }
        z += Double(zq) * scale
        return Sigmoid.of(z)
    }

    /// Adds each bucket's weight the first time the text hits it: a bit per bucket (2^bits
    /// bits, 32 KB for 18 bits: one load, test and store per hash), and the buckets hit, in
    /// `hit`, to clear the bits afterwards. The integer sum does not depend on the order.
    struct Presence: CheckworthinessHashSink {
        let seen: UnsafeMutableBufferPointer<UInt64>
        let hit: UnsafeMutableBufferPointer<UInt32>
        let weights: UnsafeBufferPointer<Int16>
        let mask: UInt32
        var count = 0
        var sum = 0

        @inline(__always) mutating func add(_ h: UInt32) {
            let key = h & mask
            let word = Int(key >> 6)
            let bit: UInt64 = 1 << UInt64(key & 63)
            let w = seen[word]
            // No test of `count` against `hit.count`: `score` gives `hit` room for every hash
            // the text can have (n + 1 for n bytes), and this sink is used nowhere else.
            guard w & bit == 0 else { return }
            seen[word] = w | bit
            hit[count] = key
            count &+= 1
            sum &+= Int(weights[Int(key)])
        }
    }

    /// Scores a string (tests and tools).
    func score(_ text: String) -> Double {
        var scratch = Scratch()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { score($0, 0, $0.count, &scratch) }
    }

    /// The buckets the current text has hit, as a bit set that each text leaves empty, and
    /// the list of buckets hit. One per stage run, reused sentence after sentence.
    struct Scratch {
        private var seen: [UInt64] = []
        private var hit: [UInt32] = []

        /// Sizes the buffers once for texts of up to `bytes` bytes, so that `prepare` need not
        /// grow them sentence after sentence.
        mutating func reserve(textBytes bytes: Int, buckets: Int) {
            prepare(buckets: buckets, hashesAtMost: bytes + 1)
        }

        /// Makes room for `buckets` bits and `n` hits.
        @inline(__always) mutating func prepare(buckets: Int, hashesAtMost n: Int) {
            let words = max(1, buckets >> 6)
            if seen.count < words { seen = Array(repeating: 0, count: words) }
            if hit.count < n { hit = Array(repeating: 0, count: max(n, 2 * hit.count)) }
        }

        /// Drops the hit list when a long text made it hold more than `n` entries (the bit set
        /// has the model's fixed size and is left empty by every text, so it is kept).
        mutating func trim(keepingHits n: Int) {
            if hit.count > n { hit = [] }
        }

        /// Runs `body` with the buffers (no copy-on-write checks in the hot loop).
        @inline(__always) mutating func withBuffers<R>(
            _ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>) -> R
        ) -> R {
            seen.withUnsafeMutableBufferPointer { s in
                hit.withUnsafeMutableBufferPointer { h in body(s, h) }
            }
        }
    }
}

/// The logistic function without Foundation or libm: exp by range reduction to
/// `r` in [-ln2/2, ln2/2] and a Taylor series (error below 1e-15 relative).
enum Sigmoid {
    static func of(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? 0.5 : (z > 0 ? 1 : 0) }
        if z > 40 { return 1 }
        if z < -40 { return 0 }
        return 1 / (1 + exp(-z))
    }

    static func exp(_ x: Double) -> Double {
        let ln2 = 0.693_147_180_559_945_309_417_232
        let kd = (x / ln2).rounded()
        let r = x - kd * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...18 {
            term *= r / Double(n)
            sum += term
        }
        // |x| ≤ 40 here, so k is small and exact.
        let k = Int(exactly: kd) ?? 0
        return Double(sign: .plus, exponent: k, significand: sum)
    }
}
