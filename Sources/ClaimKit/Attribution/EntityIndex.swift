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
    private var byName: [UInt64: Int] = [:]
    /// Each word of a person's full name → that person (latest wins).
    private var personWord: [UInt64: Int] = [:]

    /// Finds or adds an entity for a name (key: hash of its words).
    mutating func entity(named name: String, key: UInt64, type: EntityType) -> Int {
        if let e = byName[key] { return e }
        let e = entities.count
        entities.append(Entity(name: name, type: type))
        nationality.append(-1)
        byName[key] = e
        return e
    }

    mutating func addMention(_ e: Int, _ span: Span) {
        guard e >= 0 && e < entities.count else { return }
        if entities[e].mentions.last != span { entities[e].mentions.append(span) }
    }

    mutating func registerPersonWords(_ e: Int, _ wordHashes: [UInt64]) {
        guard wordHashes.count >= 2 else { return }
        for h in wordHashes { personWord[h] = e }
    }

    func person(forWord h: UInt64) -> Int? { personWord[h] }

    func lookup(_ key: UInt64) -> Int? { byName[key] }

    /// The latest-mentioned person whose role or nationality fits a description such as
    /// `the Russian leader` (`role` word hash, `country` index, either may be absent).
    func describedPerson(roleWords: [String], country: Int, before offset: Int) -> Int? {
        var best: Int?
        var bestPos = -1
        for (i, e) in entities.enumerated() where e.type == .person {
            guard let m = e.mentions.last(where: { $0.start < offset }) else { continue }
            var fits = false
            if country >= 0 && nationality[i] == country { fits = true }
            if let r = e.role?.lowercased(), roleWords.contains(where: { r.contains($0) }) {
                fits = country < 0 || nationality[i] == country || nationality[i] < 0 ? true : fits
            }
            if fits && m.start > bestPos {
                best = i
                bestPos = m.start
            }
        }
        return best
    }
}
