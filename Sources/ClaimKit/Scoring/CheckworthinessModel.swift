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
        hashed = (0..<(1 << bits)).map { k in
            Int16(bitPattern: UInt16(b[base + 2 * k]) | UInt16(b[base + 2 * k + 1]) << 8)
        }
        isLoaded = true
    }

    /// Probability that the text `t[lo..<hi]` is check-worthy; 0.5 is the decision threshold.
    func score(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Double {
        guard isLoaded, lo < hi else { return 0 }
        let mask = UInt32((1 << bits) - 1)
        var zh = 0.0
        let scale = self.scale
        let f = hashed.withUnsafeBufferPointer { w in
            CheckworthinessFeatures.scan(t, lo, hi) { h in
                zh += Double(w[Int(h & mask)]) * scale
            }
        }
        var z = bias
        for k in 0..<dense.count where f.bits & (1 << UInt32(k)) != 0 {
            z += dense[k]
        }
        z += zh
        return Sigmoid.of(z)
    }

    /// Scores a string (tests and tools).
    func score(_ text: String) -> Double {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { score($0, 0, $0.count) }
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
