import Testing

@testable import ClaimKit

/// The check-worthiness scan is written for speed (digit runs read whole, classes and years
/// set straight into the dense bits, separator bits from small tables). These tests hold it to
/// a plain byte-at-a-time reading of the trainer's feature rules (`scripts/train-checkworthiness`,
/// `features`), written here again without any of those shortcuts.
private struct Recorder: CheckworthinessHashSink {
    var hashes: [UInt32] = []
    mutating func add(_ hash: UInt32) { hashes.append(hash) }
}

/// The trainer's loop, one byte per step: (hashes in order, dense bits, token count).
private func plainFeatures(_ data: [UInt8]) -> ([UInt32], UInt32, Int) {
    typealias F = CheckworthinessFeatures
    let n = data.count
    var hashes: [UInt32] = []
    var dense: UInt32 = 0
    func set(_ k: Int) { dense |= 1 << UInt32(k) }
    var prev = F.startHash
    var tokens = 0, caps = 0, digitRun = 0, runStart = 0
    var classes: UInt8 = 0
    var inToken = false, year = false
    var uh: UInt32 = 0, bh: UInt32 = 0
    var i = 0
    while i <= n {
        let c: UInt8 = i < n ? data[i] : 0x20
        var width = 1
        var sep = true
        var byte = c
        if c == 0xE2 && i + 2 < n && data[i + 1] == 0x80 && (0x90...0xBF).contains(data[i + 2]) {
            width = 3
            if data[i + 2] == 0x9C || data[i + 2] == 0x9D { set(F.Dense.hasQuoteMark) }
        } else if c == 0xE2 && i + 2 < n && data[i + 1] == 0x82 && data[i + 2] == 0xAC {
            width = 3
            set(F.Dense.hasMoney)
        } else if c == 0xC2 && i + 1 < n && (data[i + 1] == 0xA0 || data[i + 1] == 0xA3) {
            width = 2
            if data[i + 1] == 0xA3 { set(F.Dense.hasMoney) }
        } else if (0x41...0x5A).contains(c) {
            sep = false
            byte = c + 32
        } else if (0x61...0x7A).contains(c) || c >= 0x80 {
            sep = false
        } else if (0x30...0x39).contains(c) {
            sep = false
            byte = 0x30
        }
        if i < n {
            switch c {
            case 0x25: set(F.Dense.hasPercent)
            case 0x3F: set(F.Dense.questionMark)
            case 0x24: set(F.Dense.hasMoney)
            case 0x22: set(F.Dense.hasQuoteMark)
            default: break
            }
        }
        if (0x30...0x39).contains(c) && i < n {
            if digitRun == 0 { runStart = i }
            digitRun += 1
            set(F.Dense.hasDigit)
        } else {
            if digitRun == 4 {
                let two = Array(data[runStart..<(runStart + 2)])
                if two == Array("19".utf8) || two == Array("20".utf8) { year = true }
            }
            digitRun = 0
        }
        if sep {
            if inToken {
                hashes.append(uh)
                hashes.append(bh)
                classes |= F.classes.lookup(uh)
                prev = uh
                tokens += 1
                inToken = false
            }
            i += width
            continue
        }
        if !inToken {
            inToken = true
            uh = F.fnvOffset
            bh = F.fnv(prev, 0x20)
            if (0x41...0x5A).contains(c) && tokens > 0 { caps += 1 }
        }
        uh = F.fnv(uh, byte)
        bh = F.fnv(bh, byte)
        i += 1
    }
    if year { set(F.Dense.hasYear) }
    if caps >= 1 { set(F.Dense.hasCapitalised) }
    if caps >= 3 { set(F.Dense.manyCapitalised) }
    for k in 0..<F.classNames.count where classes & (1 << UInt8(k)) != 0 { set(F.Dense.firstClass + k) }
    switch tokens {
    case ..<6: set(F.Dense.lengthLT6)
    case ..<12: set(F.Dense.length6to11)
    case ..<20: set(F.Dense.length12to19)
    case ..<35: set(F.Dense.length20to34)
    default: set(F.Dense.lengthGE35)
    }
    return (hashes, dense, tokens)
}

private func fastFeatures(_ data: [UInt8], _ lo: Int, _ hi: Int) -> ([UInt32], UInt32, Int) {
    var sink = Recorder()
    let f = data.withUnsafeBufferPointer { CheckworthinessFeatures.scan($0, lo, hi, into: &sink) }
    return (sink.hashes, f.bits, f.tokens)
}

private let scanFixtures = [
    "The city council approved a budget of $4.2 million for 2025, up 12% from last year.",
    "In 1998 and 20201 and 1920s, 19 or 2003-04: years? \"Quoted\" “curly” ‘single’ — dash… end",
    "Sales hit €5bn and £300m (up 7.5%), said Ms O'Neill; MPs say we should act now.",
    "Zürich café prices\u{00A0}rose 3x in 1999—2001, while ÉCOLE staff 2019a b2019 x1999y.",
    "ALL CAPS HEADLINE WITH 4 WORDS AND 2020",
    "trailing digits 2021",
    "£",
    "\u{E2}",
    "a\u{E2}\u{80}",
    "",
    "   ",
]

@Test func scoringScanMatchesThePlainTrainerLoop() {
    for text in scanFixtures {
        let bytes = Array(text.utf8)
        let plain = plainFeatures(bytes)
        let fast = fastFeatures(bytes, 0, bytes.count)
        #expect(fast.0 == plain.0, "hashes differ: \(text)")
        #expect(fast.1 == plain.1, "dense bits differ: \(text)")
        #expect(fast.2 == plain.2, "token counts differ: \(text)")
    }
}

/// Random texts over the bytes the rules single out (digits, capitals, separators, the lead
/// bytes of the UTF-8 separators), each scanned whole and as a slice of a longer buffer (the
/// bytes past the slice's end must not change what the scan reads).
@Test func scoringScanMatchesThePlainLoopOnRandomTexts() {
    let alphabet: [UInt8] = Array("ab zZA0192%?$\"',.-".utf8) + [0xE2, 0x80, 0x82, 0x9C, 0xAC, 0xC2, 0xA0, 0xA3, 0xC3, 0xA9]
    var rng = SplitMix(seed: 7)
    for _ in 0..<3000 {
        let n = Int(rng.next() % 40)
        var bytes: [UInt8] = []
        for _ in 0..<n { bytes.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
        let plain = plainFeatures(bytes)
        let whole = fastFeatures(bytes, 0, bytes.count)
        #expect(whole.0 == plain.0 && whole.1 == plain.1 && whole.2 == plain.2, "\(bytes)")
        // The same bytes inside a buffer with more on either side.
        let before = (0..<Int(rng.next() % 4)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        let after = (0..<Int(rng.next() % 4)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        let padded = before + bytes + after
        let slice = fastFeatures(padded, before.count, before.count + bytes.count)
        #expect(slice.0 == plain.0 && slice.1 == plain.1 && slice.2 == plain.2, "\(padded)")
    }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
