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
    // Sized for a typical article, so the tables rarely grow while it is read.
    private var byName = U64Map<Int>(capacity: 32)
    /// Each word of a person's full name → that person (latest wins).
    private var personWord = U64Map<Int>(capacity: 32)
    /// What the index tracks per entity, in one array (one append per new entity).
    private struct Tracked {
        /// Start of the latest mention (by position), -1 before the first.
        var lastMention = -1
        /// Start of the first mention added, and the mention added last (a repeat is dropped).
        var firstAdded = -1
        var lastAdded = Span(start: -1, end: -1)
        var mentions = 0
        var isPerson: Bool
    }
    private var tracked: [Tracked] = []
    /// Every mention as it was added; `finish()` splits them per entity, each entity's array
    /// allocated once at its final size instead of growing one mention at a time.
    private var mentionLog: [(entity: Int, span: Span)] = []
    /// The people mentioned most recently, newest last (descriptions resolve among these).
    private var recentPeople: [Int] = []

    init() {
        entities.reserveCapacity(16)
        nationality.reserveCapacity(16)
        tracked.reserveCapacity(16)
        mentionLog.reserveCapacity(32)
    }

    /// Empties the index for another document, keeping its tables and arrays (their contents
    /// are all cleared: nothing of the previous document can be found again).
    mutating func reset() {
        entities.removeAll(keepingCapacity: true)
        // `finish` moved the entities out (to the document), so this one is new storage.
        entities.reserveCapacity(16)
        nationality.removeAll(keepingCapacity: true)
        byName.removeAll()
        personWord.removeAll()
        tracked.removeAll(keepingCapacity: true)
        mentionLog.removeAll(keepingCapacity: true)
        recentPeople.removeAll(keepingCapacity: true)
    }

    /// The largest of the index's tables and arrays, in entries (`PipelineScratch.trim`).
    var footprint: Int {
        max(byName.capacity, personWord.capacity, nationality.capacity, tracked.capacity, mentionLog.capacity)
    }

    /// Finds or adds an entity for a name (key: hash of its words).
    mutating func entity(named name: consuming String, key: UInt64, type: EntityType) -> Int {
        if let e = byName[key] { return e }
        let e = entities.count
        entities.append(Entity(name: name, type: type))
        nationality.append(-1)
        tracked.append(Tracked(isPerson: type == .person))
        byName[key] = e
        return e
    }

    mutating func addMention(_ e: Int, _ span: Span) {
        guard e >= 0 && e < entities.count else { return }
        // Mentions live apart from the entities until the end, so adding one never copies an
        // entity (an `Entity` read elsewhere would share its storage).
        // Updated in a local and stored once: each `tracked[e].x = …` checked the array's
        // uniqueness again.
        var m = tracked[e]
        if m.mentions == 0 || m.lastAdded != span {
            if m.mentions == 0 { m.firstAdded = span.start }
            m.lastAdded = span
            m.mentions += 1
            mentionLog.append((e, span))
        }
        m.lastMention = max(m.lastMention, span.start)
        tracked[e] = m
        if m.isPerson, recentPeople.last != e {
            if let i = recentPeople.firstIndex(of: e) { recentPeople.remove(at: i) }
            recentPeople.append(e)
            if recentPeople.count > 24 { recentPeople.removeFirst() }
        }
    }

    /// True when the entity was mentioned before `offset`.
    func mentioned(_ e: Int, before offset: Int) -> Bool {
        guard e >= 0 && e < tracked.count else { return false }
        let m = tracked[e]
        return m.lastMention >= 0 && (m.lastMention < offset || (m.mentions > 0 && m.firstAdded < offset))
    }

    /// The entities with their mentions, in order of first appearance. Moves them out of the
    /// index (which is done with), so setting the mentions does not copy every entity.
    mutating func finish() -> [Entity] {
        var out = entities
        entities = []
        for i in out.indices { out[i].mentions.reserveCapacity(tracked[i].mentions) }
        for m in mentionLog { out[m.entity].mentions.append(m.span) }
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
