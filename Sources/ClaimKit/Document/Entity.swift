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
    public var mentions: [Span]
    public var type: EntityType
    /// Title or role where the article gives one: `Defense Minister`.
    public var role: String?
    public var organisation: String?
}

extension Entity {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`mentions` is declared before `type`): see `Document.init(text:inputFormat:)`.
    public init(name: String, type: EntityType, mentions: [Span] = [], role: String? = nil, organisation: String? = nil) {
        self.init(name: name, mentions: mentions, type: type, role: role, organisation: organisation)
    }
}
