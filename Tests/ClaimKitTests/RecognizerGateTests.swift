import Testing

@testable import ClaimKit

/// Texts with times of day, relative dates, holidays, ratios and vague amounts next to the
/// ordinary figures and words that the cheap tests turn away.
private let gateTexts = [
    "At 7 the talks began; by 9:30 and 9.15pm, 1140 a.m. and 3 a.m. they had paused, at 11 at night too.",
    "It was 10 past 9, ten to five, half past seven o'clock, 20 min past eight in the evening, quarter to ten.",
    "In the morning at 7 she left; around 5 in the morning, 8 in the evening, 12 noon, 11ish, 7ampm, 9:00a.",
    "He will leave in two weeks and in 3 days; in 2004 prices rose 76% to $1.13bn, up 10 per cent in 12 months.",
    "One in five adults, 1 in twenty-one, two out of five, one over three; 2,000 people in 1992, 5 in 10.",
    "On Christmas Day 2020, Valentine's Day, New Year's Day, last Easter, May Day and new year plans met.",
    "A few hours, several days, a couple of weeks, few people, some 1990s fans; on 22/04 and 5/17/2018.",
    "The 4th of July, 19 June 2024, 12 of Nov, 2019-20, 14:30 GMT, 0900 BST, 3pm ET, 5 o\u{2019}clock.",
]

/// Runs `body` over every position where a run of digits or of letters starts.
private func eachRunStart(_ text: String, _ body: (TextScan, Int) -> Void) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { t in
        let s = TextScan(t)
        for i in 0..<t.count where ByteClass.isAlnum(t[i]) && !s.isAlnum(i - 1) {
            body(s, i)
        }
    }
}

/// The date rules that now run only when a cheap first test passes (`in` before, a word
/// after, a byte that can start a clock's tail, a holiday's first word) would have found
/// nothing where that test fails: at every figure and word of the fixtures, each rule is run
/// unguarded and compared with its test.
@Test func timeRuleGatesPassEveryMatch() {
    var matched = 0
    for text in gateTexts {
        eachRunStart(text) { s, i in
            let r = TimeRecognizer(s)
            if ByteClass.isDigit(s.t[i]) {
                let (holds, found) = r.digitGatesHold(at: i)
                #expect(holds, "figure at \(i) in \(text)")
                matched += found
            } else {
                let (holds, found) = r.holidayGateHolds(at: i)
                #expect(holds, "word at \(i) in \(text)")
                matched += found
            }
        }
    }
    // The fixtures do reach the guarded rules (not only the figures the tests turn away).
    #expect(matched >= 25, "\(matched) rule matches")
}

/// The same for the quantity rules behind a first-letter test: `ratio` (`in`, `out of`,
/// `over`) and `fewPlusTimeUnit` (`few`, `several`, `couple`).
@Test func quantityRuleGatesPassEveryMatch() {
    var matched = 0
    for text in gateTexts {
        eachRunStart(text) { s, i in
            let (holds, found) = QuantityRules(s).gatesHold(at: i)
            #expect(holds, "at \(i) in \(text)")
            matched += found
        }
    }
    #expect(matched >= 5, "\(matched) rule matches")
}
