/// The article's people, organisations, places and countries, built while reading it.
///
/// Names come from runs of capitalised words, split at titles (`Defense Minister`), demonyms
/// (`South Korean`) and `and`; lexicons say which runs are countries, capitals, organisations or
/// media; a run ending in an organisation word (`… University`) is an organisation, one ending
/// in a place word (`… Square`) a place; other runs of two or more words are people. A single
/// word is an entity only when a lexicon knows it, it is an acronym, or it is part of a person
/// already seen (`Won-sik` → Shin Won-sik), which is how short names resolve.
/// Limits: title-case headings can yield false people; no cross-article knowledge.
struct EntityIndex {
    var entities: [Entity] = []
    /// Country index (into the country lexicon) a person is associated with, -1 when none.
    var nationality: [Int] = []
    private var byName = U64Map<Int>()
    /// Each word of a person's full name → that person (latest wins).
    private var personWord = U64Map<Int>()
    /// Start of each entity's latest mention.
    private var lastMention: [Int] = []
    private var mentionLists: [[Span]] = []
    private var isPerson: [Bool] = []
    /// The people mentioned most recently, newest last (descriptions resolve among these).
    private var recentPeople: [Int] = []

    /// Finds or adds an entity for a name (key: hash of its words).
    mutating func entity(named name: String, key: UInt64, type: EntityType) -> Int {
        if let e = byName[key] { return e }
        let e = entities.count
        entities.append(Entity(name: name, type: type))
        nationality.append(-1)
        lastMention.append(-1)
        mentionLists.append([])
        isPerson.append(type == .person)
        byName[key] = e
        return e
    }

    mutating func addMention(_ e: Int, _ span: Span) {
        guard e >= 0 && e < entities.count else { return }
        // Mentions live apart from the entities until the end, so appending never copies an
        // entity's whole list (an `Entity` read elsewhere would share it).
        if mentionLists[e].last != span { mentionLists[e].append(span) }
        lastMention[e] = max(lastMention[e], span.start)
        if isPerson[e], recentPeople.last != e {
            if let i = recentPeople.firstIndex(of: e) { recentPeople.remove(at: i) }
            recentPeople.append(e)
            if recentPeople.count > 24 { recentPeople.removeFirst() }
        }
    }

    /// True when the entity was mentioned before `offset`.
    func mentioned(_ e: Int, before offset: Int) -> Bool {
        e >= 0 && e < lastMention.count && lastMention[e] >= 0 && (lastMention[e] < offset || mentionLists[e].first.map { $0.start < offset } == true)
    }

    /// The entities with their mentions, in order of first appearance. Moves them out of the
    /// index (which is done with), so setting the mentions does not copy every entity.
    mutating func finish() -> [Entity] {
        var out = entities
        entities = []
        for i in out.indices { out[i].mentions = mentionLists[i] }
        return out
    }

    /// Makes one word of a person's full name (of two or more words) lead to them.
    mutating func registerPersonWord(_ e: Int, _ h: UInt64) { personWord[h] = e }

    func person(forWord h: UInt64) -> Int? { personWord[h] }

    func lookup(_ key: UInt64) -> Int? { byName[key] }

    /// The latest-mentioned person whose role or nationality fits a description such as
    /// `the Russian leader` (`role` word hash, `country` index, either may be absent).
    func describedPerson(roleWords: [String], country: Int, before offset: Int) -> Int? {
        // Only the last few people mentioned: bounded work per description.
        for i in recentPeople.reversed() where mentioned(i, before: offset) {
            if country >= 0 && nationality[i] == country { return i }
            if let r = entities[i].role?.lowercased(), roleWords.contains(where: { r.contains($0) }),
                country < 0 || nationality[i] < 0
            {
                return i
            }
        }
        return nil
    }
}
