/// What sort of claim.
public enum ClaimKind: String, Sendable, CaseIterable {
    /// Direct speech inside quote marks, attributed to a speaker.
    case quote
    /// Reported (indirect) speech: `X said that …`, `according to X`.
    case reported
    /// A checkable assertion in the author's own voice.
    case statement
}

/// Who is speaking.
public enum SpeakerType: String, Sendable, CaseIterable {
    case person
    case organisation
    /// Several named people or bodies (`Brady and Cha`).
    case group
    /// Unnamed or collective: `analysts`, `officials`, `sources`.
    case anonymous
    /// A report, a statement, a document.
    case document
}

/// The resolved speaker of an attribution.
public struct Speaker: Sendable, Hashable {
    /// For a group speaker, the members' resolved names.
    public var members: [String]
    public var role: String?
    public var organisation: String?
    public var type: SpeakerType
    /// The mention in this claim's sentence (a pronoun or a surname when resolved from those).
    public var span: Span?
    /// Index into `Document.entities`, when the speaker is a known entity.
    public var entity: Int?
    /// The resolved name: a full name, never a bare pronoun.
    public var name: String
    /// How the name was found: `mention`, `pronoun`, `short_name`, `continuation`, `apposition`.
    public var resolution: String?
}

extension Speaker {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`members` is declared first and `name` late): see `Document.init(text:inputFormat:)`.
    public init(
        name: String, role: String? = nil, organisation: String? = nil, type: SpeakerType,
        span: Span? = nil, entity: Int? = nil, members: [String] = [], resolution: String? = nil
    ) {
        self.init(
            members: members, role: role, organisation: organisation, type: type, span: span, entity: entity,
            name: name, resolution: resolution)
    }
}

/// A claim: an attribution (quote or reported speech) or a statement in the author's voice.
public struct Claim: Sendable, Hashable {
    public var kind: ClaimKind
    /// Index into `Document.sentences` of the sentence the content starts in.
    public var sentence: Int
    public var speaker: Speaker?
    /// The attribution cue: `said`, `according to`, `told`.
    public var cue: Span?
    public var content: Span
    /// The channel apart from the speaker: `on Reuters TV`, `told CNBC`.
    public var medium: Span?
    public var modality: Modality
    public var checkworthiness: Double
    /// Indexes into `Document.times` inside the content.
    public var times: [Int]
    /// Indexes into `Document.quantities` inside the content.
    public var quantities: [Int]
    /// The rule that produced it, e.g. `quote.cue_after`.
    public var rule: String
}

extension Claim {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`times` is declared before `quantities`): see `Document.init(text:inputFormat:)`.
    public init(
        kind: ClaimKind, sentence: Int, speaker: Speaker? = nil, cue: Span? = nil, content: Span,
        medium: Span? = nil, modality: Modality = .asserted, checkworthiness: Double = 0,
        quantities: [Int] = [], times: [Int] = [], rule: String
    ) {
        self.init(
            kind: kind, sentence: sentence, speaker: speaker, cue: cue, content: content, medium: medium,
            modality: modality, checkworthiness: checkworthiness, times: times, quantities: quantities, rule: rule)
    }
}
