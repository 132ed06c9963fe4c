import Testing

@testable import ClaimKit

/// Quantities found in one text, with the text of each span.
private func quantities(_ text: String) throws -> [(text: String, q: Quantity)] {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.numbers, .dates]))
    let doc = try extractor.extract(text)
    for q in doc.quantities {
        // Every span must be exact and inside the text.
        #expect(q.span.start >= 0 && q.span.end <= doc.text.count && q.span.start < q.span.end)
        #expect(q.sentence >= 0)
    }
    #expect(doc.quantities.map(\.span) == doc.quantities.map(\.span).sorted())
    return doc.quantities.map { (doc.string($0.span), $0) }
}

private func first(_ text: String) throws -> (text: String, q: Quantity)? {
    try quantities(text).first
}

@Test func boundsAndUnits() throws {
    let qs = try quantities("Officials said up to 12,500 trucks may carry up to 3.2 million mortar rounds.")
    #expect(qs.count == 2)
    #expect(qs[0].text == "up to 12,500 trucks")
    #expect(qs[0].q.qualifier == .upTo && qs[0].q.value == 12_500 && qs[0].q.high == 12_500)
    #expect(qs[0].q.unit == "trucks")
    #expect(qs[1].q.value == 3_200_000 && qs[1].q.unit == "mortar rounds")
}

@Test func lowerBoundAcrossClosingQuote() throws {
    let q = try #require(try first("The report counted “at least 2 million” old rifles stored abroad."))
    #expect(q.text == "at least 2 million")
    #expect(q.q.qualifier == .atLeast && q.q.low == 2_000_000 && q.q.value == 2_000_000)
    #expect(q.q.unit?.contains("rifles") == true)
    let cue = try #require(q.q.qualifierCue)
    #expect(cue.end <= q.q.span.end && cue.start == q.q.span.start)
}

@Test func wordNumbersAndScales() throws {
    #expect(try first("They ordered one million masks.")?.q.value == 1_000_000)
    #expect(try first("She bought a dozen apples.")?.q.value == 12)
    #expect(try first("Some half a million people marched.")?.q.value == 500_000)
    #expect(try first("He counted two hundred and sixty-one votes.")?.q.value == 261)
    #expect(try first("It was worth one and a half points.")?.q.value == 1.5)
    #expect(try first("Turnout rose by two thirds.")?.q.value.map { abs($0 - 2.0 / 3) < 1e-12 } == true)
}

@Test func moneyWithCurrency() throws {
    let pound = try #require(try first("The bridge cost £1.5bn to build."))
    #expect(pound.q.kind == .money && pound.q.currency == "GBP" && pound.q.value == 1_500_000_000)
    let dollar = try #require(try first("Investors added $2 billion last year."))
    #expect(dollar.text == "$2 billion" && dollar.q.currency == "USD" && dollar.q.value == 2_000_000_000)
    let euro = try #require(try first("Tickets cost 40 euros each."))
    #expect(euro.q.kind == .money && euro.q.currency == "EUR" && euro.q.value == 40)
}

@Test func rangesAndPercentages() throws {
    let pct = try #require(try first("Exports could grow 3-7% next year."))
    #expect(pct.text == "3-7%" && pct.q.kind == .percent && pct.q.qualifier == .range)
    #expect(pct.q.low == 3 && pct.q.high == 7 && pct.q.unit == "percent")
    let between = try #require(try first("The camp holds between 40 and 60 families."))
    #expect(between.q.qualifier == .range && between.q.low == 40 && between.q.high == 60)
    #expect(between.text.hasPrefix("between"))
    let from = try #require(try first("Sentences run from 2 to 4 years."))
    #expect(from.q.low == 2 && from.q.high == 4 && from.q.kind == .duration)
    let approx = try #require(try first("Nearly 45 percent of voters stayed home."))
    #expect(approx.q.qualifier == .approximate && approx.q.value == 45 && approx.q.kind == .percent)
}

@Test func durationsOrdinalsAndVague() throws {
    let qs = try quantities("It was her second trip in 12 years, a three-day tour after two months of talks.")
    let kinds = qs.map { ($0.text, $0.q.kind) }
    #expect(kinds.contains { $0.0 == "second trip" && $0.1 == .ordinal })
    #expect(qs.contains { $0.text == "12 years" && $0.q.kind == .duration && $0.q.unit == "years" })
    #expect(qs.contains { $0.text == "three-day" && $0.q.kind == .duration && $0.q.unit == "day" && $0.q.value == 3 })
    #expect(qs.contains { $0.text == "two months" && $0.q.kind == .duration })
    let vague = try #require(try first("Hundreds of thousands of fans waited."))
    #expect(vague.q.vague && vague.q.value == nil && vague.q.qualifier == .approximate)
    #expect(vague.q.unit == "fans")
}

@Test func moreThanAndLessThan() throws {
    let more = try #require(try first("More than 300 homes flooded."))
    #expect(more.q.qualifier == .moreThan && more.q.low == 300)
    let less = try #require(try first("Fewer than 20 staff remain."))
    #expect(less.q.qualifier == .lessThan && less.q.value == 20)
    let orMore = try #require(try first("They want 50 seats or more."))
    #expect(orMore.q.qualifier == .atLeast)
}

@Test func yearsAndDatesAreNotQuantities() throws {
    let qs = try quantities("The treaty of 1961 was signed on June 3, 2024 by 2 delegates.")
    #expect(qs.map(\.text) == ["2 delegates"])
}

@Test func notNumbers() throws {
    #expect(try quantities("No one knows which one to pick; the F-16 and A380 flew.").isEmpty)
    #expect(try quantities("The team won 3-1 at home.").isEmpty)
    #expect(try quantities("See https://example.com/a?id=42&p=7 for more.").isEmpty)
}

@Test func powersAndFractions() throws {
    #expect(try first("The factor was 2.5^-1 overall.")?.q.value == 0.4)
    #expect(try first("About 1.3x10^6 cells.")?.q.value.map { abs($0 - 1_300_000) < 1e-6 } == true)
    #expect(try first("Add 3/4 of the flour.")?.q.value == 0.75)
    #expect(try first("It took 2 1/2 hours.")?.q.value == 2.5)
    #expect(try first("Only ½ remained.")?.q.value == 0.5)
    #expect(try quantities("The server at 10.0.0.1 failed.").map(\.q.value) == [10, 0, 0, 1])
}

@Test func negativeAndDecimals() throws {
    #expect(try first("The temperature fell to -12 degrees.")?.q.value == -12)
    #expect(try first("Growth was 0.25 points.")?.q.value == 0.25)
    #expect(try first("Set it to .5 of the total.")?.q.value == 0.5)
}

@Test func pathologicalInputsAreBounded() throws {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.numbers, .dates]))
    // A megabyte of digits: one number too large to represent, no trap.
    let digits = String(repeating: "9", count: 1 << 20)
    let d1 = try extractor.extract(digits)
    #expect(d1.quantities.allSatisfy { $0.value.map(\.isFinite) ?? true })
    // Huge exponents and long numbers.
    let d2 = try extractor.extract("1e999999 and 1e-999999 and " + String(repeating: "1", count: 10_000) + " items")
    #expect(d2.quantities.allSatisfy { $0.value.map(\.isFinite) ?? true })
    // Dash chains, nested ranges, separators.
    let d3 = try extractor.extract(String(repeating: "5--", count: 50_000) + " " + String(repeating: "1-2-3 to 4 ", count: 20_000))
    #expect(d3.quantities.count < 200_000)
    let d4 = try extractor.extract(String(repeating: "1,", count: 100_000) + String(repeating: "$", count: 100_000) + String(repeating: " between", count: 50_000))
    #expect(d4.quantities.allSatisfy { $0.span.end <= d4.text.count })
    let d5 = try extractor.extract(String(repeating: "one million and a half ", count: 20_000))
    #expect(d5.quantities.count > 0)
    // A flood of figures is capped, with a diagnostic.
    let d7 = try extractor.extract(String(repeating: "1,2,3,4,5,6,7,8,9,", count: 20_000))
    #expect(d7.quantities.count == QuantityStage.maxQuantities)
    #expect(d7.diagnostics.contains { $0.code == "too_many_quantities" })
    // Powers are computed by squaring: many huge exponents stay fast and finite or dropped.
    let d6 = try extractor.extract(String(repeating: "1^9999 1.5^-9999 2x10^9999 ", count: 20_000))
    #expect(d6.quantities.allSatisfy { $0.value.map(\.isFinite) ?? true })
}
