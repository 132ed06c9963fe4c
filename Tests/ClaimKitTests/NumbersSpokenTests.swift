import Testing

@testable import ClaimKit

/// Spoken fractions and ratios, figure-less shares, decimal commas and the other number forms
/// added for issue 4, each on sentences written for these tests.
private func spoken(_ text: String) throws -> [(text: String, q: Quantity)] {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.numbers, .dates]))
    let doc = try extractor.extract(text)
    return doc.quantities.map { (doc.string($0.span), $0) }
}

private func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
}

@Test func spokenFractionWithCompoundDenominator() throws {
    let a = try #require(try spoken("Only one twenty-fifth of the grant reached the schools.").first)
    #expect(a.text.hasPrefix("one twenty-fifth") && close(a.q.value, 0.04))
    let b = try #require(try spoken("The panel kept three twenty-firsts of the seats.").first)
    #expect(close(b.q.value, 3.0 / 21))
    // A tens word joins a one-to-nine ordinal; `and` keeps it in the numerator.
    let c = try #require(try spoken("He quoted one hundred thirty fifths.").first)
    #expect(close(c.q.value, 100.0 / 35))
    let d = try #require(try spoken("He quoted one hundred and thirty fifths.").first)
    #expect(close(d.q.value, 26))
    // `two fifths` is no compound ordinal: the whole run is the numerator.
    let e = try #require(try spoken("She wrote one hundred thirty-two fifths.").first)
    #expect(close(e.q.value, 26.4))
    // A count and multiplier can open the denominator when the numerator stands apart.
    let f = try #require(try spoken("It was one one hundred and fifth.").first)
    #expect(close(f.q.value, 1.0 / 105))
}

@Test func spokenFractionNumeratorsWithScalesAndMixedNumbers() throws {
    let a = try #require(try spoken("The error was a hundred trillionths.").first)
    #expect(close(a.q.value, 1e-10))
    let b = try #require(try spoken("The rod measured two and fifty-four hundredths.").first)
    #expect(close(b.q.value, 2.54))
    let c = try #require(try spoken("They counted ninety-five hundred fifths.").first)
    #expect(close(c.q.value, 1900))
    // The ordinary readings are unchanged.
    let d = try #require(try spoken("It cost two thirds of a million.").first)
    #expect(close(d.q.value, 2_000_000.0 / 3))
    let e = try #require(try spoken("It cost a quarter million dollars.").first)
    #expect(close(e.q.value, 250_000))
    let f = try #require(try spoken("The talks lasted one and a half years.").first)
    #expect(close(f.q.value, 1.5) && f.q.kind == .duration)
    let g = try #require(try spoken("The fund grew to one million and a half.").first)
    #expect(close(g.q.value, 1_500_000))
}

@Test func singularCompoundOrdinalBeforeNounIsARank() throws {
    let qs = try spoken("She threw a twenty-first birthday party.")
    #expect(!qs.contains { close($0.q.value, 1.0 / 21) })
    let t = try spoken("Turnout reached a twenty-first of the roll.")
    #expect(t.contains { close($0.q.value, 1.0 / 21) })
}

@Test func oneInFiveIsARatio() throws {
    let a = try #require(try spoken("One in five adults never vote.").first)
    #expect(close(a.q.value, 0.2) && a.q.unit == "adults")
    let b = try #require(try spoken("Nearly 3 in 10 firms cut staff.").first)
    #expect(close(b.q.value, 0.3) && b.q.qualifier == .approximate)
    // A year after `in` is a date, not a denominator.
    let c = try spoken("He was one in 1992 and again later.")
    #expect(!c.contains { close($0.q.value, 1.0 / 1992) })
}

@Test func halfAfterABoundIsAnAmount() throws {
    let a = try #require(try spoken("More than half of the nurses voted.").first)
    #expect(close(a.q.value, 0.5) && a.q.qualifier == .moreThan)
    let b = try #require(try spoken("Nearly half said no.").first)
    #expect(close(b.q.value, 0.5) && b.q.qualifier == .approximate)
    // A half of a match or an hour is not a share.
    let c = try spoken("They scored in the second half after half-time.")
    #expect(!c.contains { close($0.q.value, 0.5) })
}

@Test func percentWithoutFigureIsVagueShare() throws {
    let a = try #require(try spoken("Only a small percentage of voters turned out.").first)
    #expect(a.text == "percentage" && a.q.kind == .percent && a.q.value == nil && a.q.vague)
    let b = try #require(try spoken("The chart shows the % of growth.").first)
    #expect(b.text == "%" && b.q.kind == .percent && b.q.value == nil)
    // With a figure the share keeps its value; percentage points are not a bare share.
    let c = try spoken("Rates rose 2 percentage points, then by a percentage point.")
    #expect(c.count == 1 && c.first?.q.value == 2)
    let d = try spoken("Support rose 5 per cent.")
    #expect(d.count == 1 && d.first?.q.value == 5 && d.first?.q.kind == .percent)
}

@Test func decimalCommaWhereNoThousandsGroupFits() throws {
    let a = try spoken("The rate was 1,3 and the fee 5,00.")
    #expect(a.count == 2 && close(a[0].q.value, 1.3) && close(a[1].q.value, 5))
    let b = try #require(try spoken("The bill came to 1.111,11 in total.").first)
    #expect(close(b.q.value, 1111.11))
    // Thousands groups, lists and chemical names keep their reading.
    let c = try #require(try spoken("Some 1,234 people came.").first)
    #expect(c.q.value == 1234)
    let d = try spoken("They played 4,4,2 and used 1,3-butadiene.")
    #expect(!d.contains { close($0.q.value, 4.4) || close($0.q.value, 1.3) })
}

@Test func indianAndBareScaleWords() throws {
    let a = try #require(try spoken("The plan costs three lakh crore rupees.").first)
    #expect(close(a.q.value, 3e12))
    let b = try #require(try spoken("He won hundred thousand dollars.").first)
    #expect(close(b.q.value, 100_000) && b.q.kind == .money)
    // `several hundred million` is not an exact hundred million.
    let c = try spoken("They need several hundred million pounds.")
    #expect(!c.contains { close($0.q.value, 100_000_000) && !$0.q.vague })
}

@Test func andDoesNotJoinANewHundredOrAZero() throws {
    let a = try spoken("Take 3 hundred and 2 hundred apples.")
    #expect(a.count == 2 && a[0].q.value == 300 && a[1].q.value == 200)
    let b = try #require(try spoken("It was 4 thousand 3 hundred and 0 then.").first)
    #expect(b.q.value == 4300)
}

@Test func hyphenatedDigitWordsAreSeparateDigits() throws {
    let qs = try spoken("The code was three-nought-four.")
    #expect(qs.map { $0.q.value } == [3, 0, 4])
    #expect(qs.allSatisfy { $0.q.qualifier != .range })
    // Two words joined by a hyphen stay a range.
    let r = try #require(try spoken("It takes two-three days.").first)
    #expect(r.q.qualifier == .range)
}

@Test func millionsAbbreviatedMM() throws {
    let a = try #require(try spoken("The target is US$ 1MM this year.").first)
    #expect(a.q.value == 1_000_000 && a.q.kind == .money)
    let b = try #require(try spoken("Use a 5mm drill.").first)
    #expect(b.q.value == 5 && b.q.kind == .measure)
}

private func futureTimes(_ text: String, reference: String) throws -> [(text: String, t: TimeExpression)] {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.dates]))
    let doc = try extractor.extract(text, context: ExtractionContext(referenceDate: reference))
    return doc.times.map { (doc.string($0.span), $0) }
}

@Test func weekdayInAClauseAboutTheFutureResolvesForward() throws {
    // 2024-03-14 is a Thursday.
    let a = try futureTimes("The bridge stays shut until Monday.", reference: "2024-03-14")
    #expect(a.first?.t.value == "2024-03-18")
    let b = try futureTimes("The minister will announce the plan on Tuesday.", reference: "2024-03-14")
    #expect(b.first?.t.value == "2024-03-19")
    let c = try futureTimes("Talks are expected to resume on Friday.", reference: "2024-03-14")
    #expect(c.first?.t.value == "2024-03-15")
    let d = try futureTimes("A march is planned for Saturday at noon.", reference: "2024-03-14")
    #expect(d.first?.t.value == "2024-03-16")
    // What was said on a day stays in the past, whatever the sentence says next.
    let e = try futureTimes("She said on Tuesday that she will resign.", reference: "2024-03-14")
    #expect(e.first?.t.value == "2024-03-12")
    let f = try futureTimes("Police said on Monday the road will reopen.", reference: "2024-03-14")
    #expect(f.first?.t.value == "2024-03-11")
    // The dots of `a.m.` do not end the sentence that holds the cue.
    let g = try futureTimes("The count will begin at 9 a.m. on Monday.", reference: "2024-03-14")
    #expect(g.first { $0.text.hasSuffix("Monday") }?.t.value == "2024-03-18")
}

@Test func ordinalAfterWeekdayAndCommaIsARankNotADay() throws {
    let a = try futureTimes("Nurses walked out on Wednesday, the first at the hospital since 2011.", reference: "2024-03-14")
    #expect(a.first?.text == "Wednesday" && a.first?.t.value == "2024-03-13")
    // Without the comma, or with `of` and a month, the day stands.
    let b = try futureTimes("It opens on Tuesday the nineteenth.", reference: "2024-03-14")
    #expect(b.first?.t.value == "2024-03-19")
}

@Test func shortWordsNeverShareAKeyWithLexiconForms() throws {
    // The running key once made `or` the unit `m2`, so `2 in 5 or more` lost its ratio.
    #expect(WordTable<Int>.key(Array("or".utf8)) != WordTable<Int>.key(Array("m2".utf8)))
    #expect(WordTable<Int>.key(Array("dean".utf8)) != WordTable<Int>.key(Array("dec.".utf8)))
    let q = try #require(try spoken("Perhaps 2 in 5 or more agree.").first)
    #expect(close(q.q.value, 0.4) && q.q.qualifier == .atLeast)
}

@Test func orPhraseBeforeAnotherFigureOpensASecondBound() throws {
    let a = try spoken("Bids were equal to 400 or less than 450 this year.")
    #expect(a.count == 2)
    #expect(a.first?.q.value == 400 && a.first?.q.qualifier == .exact && a.first?.q.qualifierCue != nil)
    #expect(a.last?.q.high == 450 && a.last?.q.qualifier == .lessThan)
    let b = try spoken("The fee was 90 or greater than 80.")
    #expect(b.count == 2 && b.first?.q.qualifier == .exact && b.last?.q.qualifier == .moreThan)
    // With nothing counted after it the phrase stays this figure's bound.
    let c = try #require(try spoken("About 3 million or more people came.").first)
    #expect(c.q.qualifier == .atLeast && c.q.low == 3_000_000)
}
