import Testing

@testable import ClaimKit

/// Errors found on held-out news text (line breaks, sports scores, head nouns, verbs after a
/// figure, mobile generations, years before nouns), each pinned with our own sentences.
private func newsQuantities(_ text: String) throws -> [(text: String, q: Quantity)] {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.numbers, .dates]))
    let doc = try extractor.extract(text)
    return doc.quantities.map { (doc.string($0.span), $0) }
}

@Test func quantityNeverCrossesLineBreak() throws {
    let qs = try newsQuantities("The fund paid 5\n\npounds later.\nShe counted 12\nboats and 7\r\nships.")
    for (text, q) in qs {
        #expect(!text.contains("\n") && !text.contains("\r"))
        #expect(q.unit?.contains("\n") != true)
    }
    #expect(qs.contains { $0.text == "5" && $0.q.unit == nil })
}

@Test func sportsScoresAreNotRanges() throws {
    let text = "Rovers lost 0-2 Town FC\n\nTown FC went top. United beat City 3-1 at home. A 2-0 win lifted them. The game ended 0-0."
    let qs = try newsQuantities(text)
    #expect(qs.allSatisfy { $0.q.qualifier != .range })
    #expect(qs.allSatisfy { !$0.text.contains("-") })
    // Level scores and even odds are not intervals either.
    let level = try newsQuantities("It finished 1-1 after a 2-2 stalemate, a 50-50 call.")
    #expect(level.allSatisfy { $0.q.qualifier != .range })
    // Real ranges stay ranges.
    let r = try newsQuantities("Children aged 5-10 years took part, and 2-3 people per house.")
    #expect(r.first?.q.qualifier == .range && r.first?.q.unit == "years")
}

@Test func headNounAfterProperNameModifier() throws {
    let q = try #require(try newsQuantities("The group wants to open up to six New Jersey style casinos soon.").first)
    #expect(q.text == "up to six New Jersey style casinos")
    #expect(q.q.unit == "New Jersey style casinos")
    // A single capitalised plural still ends the phrase before a verb.
    let p = try #require(try newsQuantities("About 40 Danes voted for it.").first)
    #expect(p.q.unit == "Danes")
}

@Test func verbAfterFigureIsNotItsUnit() throws {
    let qs = try newsQuantities("The spare 30 million went to roads. Another 12 came later. Over 9 million people own a bike.")
    #expect(qs.count == 3)
    #expect(qs[0].text == "30 million" && qs[0].q.unit == nil)
    #expect(qs[1].q.unit == nil)
    #expect(qs[2].q.unit == "people" && qs[2].text == "Over 9 million people")
}

@Test func speedUnitWithSlash() throws {
    let q = try #require(try newsQuantities("Trucks must keep below 60 km/h near the school.").first)
    #expect(q.text.hasSuffix("60 km/h"))
    #expect(q.q.unit == "km/h" && q.q.value == 60 && q.q.kind == .measure)
}

@Test func articleOrdinalBeforeContentWordIsNotFraction() throws {
    let qs = try newsQuantities("Smith added a third late on. Sales fell by a third. A third of staff left.")
    #expect(!qs.contains { $0.q.unit == "late" })
    #expect(qs.filter { $0.q.rule == "fraction" }.count == 2)
    #expect(qs.first { $0.text.lowercased().hasPrefix("third") || $0.text == "third" }.map { $0.q.kind == .ordinal } ?? true)
}

@Test func mobileGenerationsAreNotBillions() throws {
    let qs = try newsQuantities("Operators sold 3G handsets and built 5G masts in 4 towns.")
    #expect(!qs.contains { ($0.q.value ?? 0) >= 1_000_000_000 })
    #expect(qs.count == 1 && qs.first?.q.value == 4)
}

@Test func titleAfterOrdinalIsNotCounted() throws {
    let qs = try newsQuantities("First Minister Ann Reid opened the first bridge.")
    #expect(!qs.contains { $0.q.unit?.contains("Minister") == true })
    #expect(qs.contains { $0.text == "first bridge" && $0.q.kind == .ordinal })
}

@Test func yearBeforeNounIsNotACount() throws {
    let qs = try newsQuantities("The 2006 festival and its 1970 prices drew 3000 visitors.")
    #expect(qs.count == 1)
    #expect(qs.first?.q.value == 3000 && qs.first?.q.unit == "visitors")
}

@Test func nameAfterLowerCaseWordsEndsTheCountedThing() throws {
    let q = try #require(try newsQuantities("It was the first time Ms Hale had won.").first)
    #expect(q.text == "first time" && q.q.unit == "time")
}

@Test func clockTimeWithZoneIsNotACount() throws {
    let qs = try newsQuantities("Trading resumes at 1400 GMT with 200 brokers.")
    #expect(qs.count == 1 && qs.first?.q.value == 200)
}

@Test func bahtIsMoney() throws {
    let q = try #require(try newsQuantities("The bank lent around 40bn baht to farmers.").first)
    #expect(q.q.kind == .money && q.q.currency == "THB" && q.q.value == 40_000_000_000)
}
