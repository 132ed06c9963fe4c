/// How the claims of a group relate.
public enum Relation: String, Sendable {
    /// The same value or statement.
    case agree
    /// Different values for the same measure, or asserted in one article and denied in another.
    case conflict
    /// About the same subject; neither the same nor contradictory (values that can both hold).
    case related
}

/// Claims from different articles that concern the same subject, and how they relate.
public struct ClaimGroup: Sendable {
    public struct Member: Sendable {
        /// Index into the compared documents.
        public var document: Int
        /// The claim's id in its document (`c3`), or a sentence id (`s7`) for a number the
        /// article states outside any claim.
        public var claim: String
        public var text: String
        public var span: Span
        public var modality: String
        public var amounts: [String]
        public var speaker: String?
    }

    public var relation: Relation
    /// What the claims share: `measure`, `speaker` or `denial`.
    public var basis: String
    /// The shared measure family, when the basis is a measure.
    public var measure: String?
    /// Canonical names of the shared entities (or the shared speaker).
    public var entities: [String]
    /// A sentence for people: what is shared, the figures with their qualifiers, and why the
    /// relation was chosen.
    public var reason: String
    public var members: [Member]
}

/// The result of comparing documents.
public struct Comparison: Sendable {
    /// The documents' ids (echoed from their JSON, or `d1`, `d2`, … when they had none).
    public var documents: [JSONValue]
    /// Entities found in more than one document: canonical name and the documents.
    public var entities: [(name: String, documents: [Int])]
    public var groups: [ClaimGroup]
}
