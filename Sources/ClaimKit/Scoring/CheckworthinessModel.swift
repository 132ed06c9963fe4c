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
        let mask = UInt32((1 << bits) - 1)
        // A text of n bytes has at most n + 1 hashes, and there are only 2^bits buckets.
        scratch.prepare(distinctAtMost: min(hi - lo + 1, 1 << bits))
        var zq = 0
        let f = scratch.withBuffers { keys, stamps, distinct, generation in
            var buckets = Buckets(keys: keys, stamps: stamps, distinct: distinct, generation: generation, mask: mask)
            let f = CheckworthinessFeatures.scan(t, lo, hi, into: &buckets)
            let nd = buckets.count
            // Sum the weights after the scan: independent loads the CPU can overlap (the
            // weight table is bigger than the L1 and L2 caches).
            hashed.withUnsafeBufferPointer { w in
                for k in 0..<nd where Int(distinct[k]) < w.count { zq &+= Int(w[Int(distinct[k])]) }
            }
            return f
        }
        features = f.bits
        var z = bias
        for k in 0..<dense.count where f.bits & (1 << UInt32(k)) != 0 {
            z += dense[k]
        }
        z += Double(zq) * scale
        return Sigmoid.of(z)
    }

    /// The distinct buckets of one text, in `Scratch`'s buffers: `distinct[0..<count]` in the
    /// order first hit.
    struct Buckets: CheckworthinessHashSink {
        let keys: UnsafeMutableBufferPointer<UInt32>
        let stamps: UnsafeMutableBufferPointer<UInt16>
        let distinct: UnsafeMutableBufferPointer<UInt32>
        let generation: UInt16
        let mask: UInt32
        var count = 0

        @inline(__always) mutating func add(_ h: UInt32) {
            let key = h & mask
            let slots = keys.count - 1
            var slot = Int(truncatingIfNeeded: (key &* 2_654_435_761) >> 7) & slots
            while stamps[slot] == generation {
                if keys[slot] == key { return }
                slot = (slot + 1) & slots
            }
            stamps[slot] = generation
            keys[slot] = key
            if count < distinct.count {
                distinct[count] = key
                count += 1
            }
        }
    }

    /// Scores a string (tests and tools).
    func score(_ text: String) -> Double {
        var scratch = Scratch()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { score($0, 0, $0.count, &scratch) }
    }

    /// The set of buckets the current text has hit: an open-addressed table sized for the
    /// text (small, so it stays in cache, unlike a stamp per bucket), emptied by bumping a
    /// generation. One per stage run, reused sentence after sentence.
    struct Scratch {
        private var keys: [UInt32] = []
        private var stamps: [UInt16] = []
        private var distinct: [UInt32] = []
        private var generation: UInt16 = 0

        /// Sizes the table once for texts of up to `bytes` bytes, so that `prepare` need not
        /// grow it (and allocate and clear three arrays) sentence after sentence.
        mutating func reserve(textBytes bytes: Int, buckets: Int) {
            prepare(distinctAtMost: min(bytes + 1, buckets))
        }

        /// Makes room for `n` distinct keys (the table at most half full) and empties it.
        mutating func prepare(distinctAtMost n: Int) {
            var size = max(64, keys.count)
            while size < 2 * n { size <<= 1 }
            if size != keys.count {
                keys = Array(repeating: 0, count: size)
                stamps = Array(repeating: 0, count: size)
                distinct = Array(repeating: 0, count: size / 2)
                generation = 0
            }
            generation &+= 1
            if generation == 0 {
                for k in stamps.indices { stamps[k] = 0 }
                generation = 1
            }
        }

        /// Runs `body` with the table's buffers (no copy-on-write checks in the hot loop).
        mutating func withBuffers<R>(
            _ body: (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<UInt16>, UnsafeMutableBufferPointer<UInt32>, UInt16) -> R
        ) -> R {
            let g = generation
            return keys.withUnsafeMutableBufferPointer { k in
                stamps.withUnsafeMutableBufferPointer { s in
                    distinct.withUnsafeMutableBufferPointer { d in body(k, s, d, g) }
                }
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
