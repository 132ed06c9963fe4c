import Testing

@testable import ClaimKit

private func times(_ text: String, reference: String? = nil) throws -> [(text: String, t: TimeExpression)] {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.dates]))
    let doc = try extractor.extract(text, context: ExtractionContext(referenceDate: reference))
    #expect(doc.times.map(\.span) == doc.times.map(\.span).sorted())
    return doc.times.map { (doc.string($0.span), $0) }
}

@Test func absoluteDates() throws {
    let ts = try times("Signed on March 4, 2023 and ratified 9 May 2023; the 2023-05-20 update followed in July 2023.")
    #expect(ts.map(\.text) == ["March 4, 2023", "9 May 2023", "2023-05-20", "July 2023"])
    #expect(ts.map { $0.t.value } == ["2023-03-04", "2023-05-09", "2023-05-20", "2023-07"])
    #expect(ts[3].t.kind == .period)
    #expect(ts.allSatisfy { $0.t.anchor == .none && !$0.t.relative })
}

@Test func yearsInDateContext() throws {
    let ts = try times("The pact of 1955 lasted until about 1991, when 1500 soldiers left.")
    #expect(ts.map(\.text) == ["1955", "1991"])
    #expect(ts.map { $0.t.value } == ["1955", "1991"])
}

@Test func timesOfDay() throws {
    let ts = try times("Shortly after 4 a.m. the convoy left; it arrived at 14:30 GMT and again at 9.15pm.")
    #expect(ts.map(\.text) == ["4 a.m.", "14:30 GMT", "9.15pm"])
    #expect(ts.map { $0.t.value } == ["T04:00", "T14:30", "T21:15"])
}

@Test func relativeAgainstReference() throws {
    // 2024-03-14 is a Thursday.
    let ts = try times("Talks began on Monday, ended yesterday and resume next week.", reference: "2024-03-14")
    #expect(ts.map(\.text) == ["Monday", "yesterday", "next week"])
    #expect(ts[0].t.value == "2024-03-11" && ts[0].t.anchor == .reference && ts[0].t.relative)
    #expect(ts[1].t.value == "2024-03-13")
    #expect(ts[2].t.value == "2024-W12")
}

@Test func weekdayResolvesToContentDateWhenArticleIsAboutOtherDays() throws {
    // Published in December, but the story is about 12 and 11 March 2024 (a Tuesday and a Monday).
    let text = """
        December 2, 2024

        Crowds gathered early Tuesday morning in the square on March 12, 2024.

        A photo taken on March 12, 2024 shows the stage, built on Monday.
        """
    let ts = try times(text, reference: "2024-12-02")
    let tue = try #require(ts.first { $0.text.contains("Tuesday") })
    #expect(tue.text == "early Tuesday morning")
    #expect(tue.t.value == "2024-03-12" && tue.t.anchor == .content)
    let mon = try #require(ts.first { $0.text == "Monday" })
    #expect(mon.t.value == "2024-03-11")
}

@Test func unresolvedRelativeKeepsTextWithDiagnostic() throws {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.dates]))
    let doc = try extractor.extract("They met last week and again on Friday.")
    #expect(doc.times.count == 2)
    #expect(doc.times.allSatisfy { $0.value == nil && $0.relative })
    #expect(doc.diagnostics.contains { $0.code == "relative_date_unresolved" })
}

@Test func offsetsAndAgo() throws {
    let ts = try times("It closed three days ago and reopens 2 weeks from tomorrow.", reference: "2024-03-14")
    #expect(ts.map(\.text) == ["three days ago", "2 weeks from tomorrow"])
    #expect(ts.map { $0.t.value } == ["2024-03-11", "2024-03-29"])
}

@Test func isoWeekAndCalendarArithmetic() throws {
    #expect(TimeStage.isoWeek(try #require(ISODate(year: 2021, month: 1, day: 3))) == (2020, 53))
    #expect(TimeStage.isoWeek(try #require(ISODate(year: 2024, month: 12, day: 30))) == (2025, 1))
    #expect(TimeStage.shift(try #require(ISODate(year: 2024, month: 1, day: 31)), 1, .month)?.description == "2024-02-29")
}

@Test func pathologicalDateInputs() throws {
    let extractor = try Extractor(options: ExtractionOptions(stages: [.dates]))
    let d1 = try extractor.extract(String(repeating: "June ", count: 200_000) + String(repeating: "2024-", count: 100_000))
    #expect(d1.times.allSatisfy { $0.span.end <= d1.text.count })
    let d2 = try extractor.extract(String(repeating: "3 days from ", count: 50_000) + "tomorrow")
    #expect(d2.times.count <= 2)
    let d3 = try extractor.extract(String(repeating: "99:99 ", count: 100_000) + String(repeating: "31/31/9999 ", count: 50_000))
    #expect(d3.times.isEmpty)
}
