/// What an entity is.
public enum EntityType: String, Sendable, CaseIterable {
    case person
    case organisation
    case place
    case country
}

/// A person, organisation, place or country mentioned in the article, with every mention.
public struct Entity: Sendable, Hashable {
    /// The canonical (fullest) name within the article: `Shin Won-sik` for `Won-sik`.
    public var name: String
    public var type: EntityType
    public var mentions: [Span]
    /// Title or role where the article gives one: `Defense Minister`.
    public var role: String?
    public var organisation: String?

    public init(name: String, type: EntityType, mentions: [Span] = [], role: String? = nil, organisation: String? = nil) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.role = role
        self.organisation = organisation
    }
}
