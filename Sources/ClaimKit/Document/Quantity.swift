/// How a number is bounded by the words around it.
public enum Qualifier: String, Sendable, CaseIterable {
    case exact
    case upTo = "up_to"
    case atLeast = "at_least"
    case moreThan = "more_than"
    case lessThan = "less_than"
    case approximate
    case range
}

/// What a number measures.
public enum QuantityKind: String, Sendable, CaseIterable {
    case count
    case percent
    case money
    case duration
    case ordinal
    /// A physical measure with a unit: `5 km`, `30 degrees`.
    case measure
}

/// A number found in the text with its qualifier and what it counts.
///
/// The public initializer lives in an extension and hands its arguments to the memberwise one
/// (`span` is declared first so that the two differ): built by an initializer of its own, each
/// new value was copied once more (its strings retained) and the first destroyed (Swift 6.3):
/// about 200 instructions per quantity found.
public struct Quantity: Sendable, Hashable {
    public var span: Span
    public var sentence: Int
    /// The number as written, scaled (`4.8 million` → 4_800_000). For a bound, the bound.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var qualifier: Qualifier
    /// The words that set the qualifier: `up to`, `at least`.
    public var qualifierCue: Span?
    /// The counted thing or unit (`artillery shells`, `years`, `percent`).
    public var unit: String?
    public var unitSpan: Span?
    public var kind: QuantityKind
    /// ISO 4217 code for money.
    public var currency: String?
    /// `tens of thousands`, `millions of`: an order of magnitude, not a figure.
    public var vague: Bool
    public var rule: String
}

extension Quantity {
    public init(
        sentence: Int, span: Span, value: Double?, low: Double? = nil, high: Double? = nil,
        qualifier: Qualifier = .exact, qualifierCue: Span? = nil, unit: String? = nil,
        unitSpan: Span? = nil, kind: QuantityKind = .count, currency: String? = nil,
        vague: Bool = false, rule: String
    ) {
        self.init(
            span: span, sentence: sentence, value: value, low: low, high: high, qualifier: qualifier, qualifierCue: qualifierCue,
            unit: unit, unitSpan: unitSpan, kind: kind, currency: currency, vague: vague, rule: rule)
    }
}
