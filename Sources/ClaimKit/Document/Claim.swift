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
    /// The resolved name: a full name, never a bare pronoun.
    public var name: String
    public var role: String?
    public var organisation: String?
    public var type: SpeakerType
    /// The mention in this claim's sentence (a pronoun or a surname when resolved from those).
    public var span: Span?
    /// Index into `Document.entities`, when the speaker is a known entity.
    public var entity: Int?
    /// For a group speaker, the members' resolved names.
    public var members: [String]
    /// How the name was found: `mention`, `pronoun`, `short_name`, `continuation`, `apposition`.
    public var resolution: String?

    public init(
        name: String, role: String? = nil, organisation: String? = nil, type: SpeakerType,
        span: Span? = nil, entity: Int? = nil, members: [String] = [], resolution: String? = nil
    ) {
        self.name = name
        self.role = role
        self.organisation = organisation
        self.type = type
        self.span = span
        self.entity = entity
        self.members = members
        self.resolution = resolution
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
    /// Indexes into `Document.quantities` inside the content.
    public var quantities: [Int]
    /// Indexes into `Document.times` inside the content.
    public var times: [Int]
    /// The rule that produced it, e.g. `quote.cue_after`.
    public var rule: String

    public init(
        kind: ClaimKind, sentence: Int, speaker: Speaker? = nil, cue: Span? = nil, content: Span,
        medium: Span? = nil, modality: Modality = .asserted, checkworthiness: Double = 0,
        quantities: [Int] = [], times: [Int] = [], rule: String
    ) {
        self.kind = kind
        self.sentence = sentence
        self.speaker = speaker
        self.cue = cue
        self.content = content
        self.medium = medium
        self.modality = modality
        self.checkworthiness = checkworthiness
        self.quantities = quantities
        self.times = times
        self.rule = rule
    }
}
