import Testing

@testable import ClaimKit

@Suite("ISO dates")
struct DateArithmeticTests {
    @Test("day numbers round-trip and weekdays are right")
    func roundTrip() throws {
        let d = try #require(ISODate(parsing: "2024-06-19"))
        #expect(d.weekday == 2)  // a Wednesday
        #expect(ISODate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 12)?.description == "2024-07-01")
        #expect(ISODate(parsing: "2024-02-29") != nil)
        #expect(ISODate(parsing: "2023-02-29") == nil)
        #expect(ISODate(parsing: "1970-01-01")?.dayNumber == 0)
    }

    @Test("malformed dates are rejected", arguments: ["2024-6-19", "2024-13-01", "20240619", "abcd-ef-gh", ""])
    func malformed(_ s: String) { #expect(ISODate(parsing: s) == nil) }
}
