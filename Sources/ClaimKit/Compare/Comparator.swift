/// Groups claims from different articles that concern the same subject and labels each group
/// agree, conflict or related.
///
/// Three ways claims meet:
/// - **measure**: they carry amounts of the same family (`shells` and `missiles` are both
///   munitions; `years`; `percent`) and share an entity (after cross-article identity). Amounts
///   become intervals by their qualifier (`up to 4.8 million` = [0, 4.8M], `at least 3 million`
///   = [3M, ∞)): equal values agree, disjoint intervals conflict, overlapping ones can both
///   hold (related).
/// - **speaker**: the same named speaker (not an anonymous one) in several articles.
/// - **denial**: a claim denied in one article and asserted in another, sharing an entity and
///   content words.
///
/// Scale: claims are bucketed by (measure family, entity), by speaker and by entity; within a
/// bucket each claim is compared only with its neighbours in a sorted window, so the cost grows
/// as n log n in the number of claims, never with every pair.
public enum Comparator {
    static let window = 8
    static let maxGroupMembers = 40

    /// Compares extracted documents. `ids` name them in the output (default `d1`, `d2`, …).
    public static func compare(_ documents: [Document], ids: [JSONValue]? = nil) -> Comparison {
        let inputs = documents.enumerated().map { i, d in
            ComparableDocument(d, index: i, id: ids.flatMap { i < $0.count ? $0[i] : nil } ?? .string("d\(i + 1)"))
        }
        return compare(inputs)
    }

    /// Compares documents given as interchange JSON (a JSON array of documents, or the
    /// documents of a JSON Lines stream). Each document's `id` names it in the output.
    public static func compare(json documents: [JSONValue]) -> Comparison {
        compare(documents.enumerated().map { ComparableDocument(json: $1, index: $0) })
    }

    static func compare(_ docs: [ComparableDocument]) -> Comparison {
        let identity = EntityIdentity(docs)
        // Flatten claims with their canonical entity sets and content words.
        var claims: [Prepared] = []
        for d in docs {
            for c in d.claims {
                var names = Set(c.entityNames.compactMap { identity.canonical($0) })
                names.formUnion(identity.described(in: c.text))
                names.formUnion(AliasScanner.mentions(in: c.text))
                let speaker = c.speakerName.flatMap { name -> String? in
                    guard c.speakerType != "anonymous", c.speakerType != "group" else { return nil }
                    return identity.canonical(name)
                }
                let units = c.amounts.compactMap(\.unit).joined(separator: " ")
                claims.append(Prepared(claim: c, entities: names, speaker: speaker, words: ContentWords.of(c.text, excluding: names, units: units)))
            }
        }
        var groups: [ClaimGroup] = []
        groups += measureGroups(claims)
        groups += speakerGroups(claims)
        groups += denialGroups(claims)
        var entityDocs: [String: Set<Int>] = [:]
        for p in claims { for e in p.entities { entityDocs[e, default: []].insert(p.claim.document) } }
        let shared = entityDocs.filter { $0.value.count > 1 }.map { (name: $0.key, documents: $0.value.sorted()) }
            .sorted { $0.name < $1.name }
        return Comparison(documents: docs.map(\.id), entities: shared, groups: groups)
    }

    struct Prepared {
        var claim: ComparableClaim
        var entities: Set<String>
        var speaker: String?
        var words: Set<String>
    }

    // MARK: - Measures

    static func measureGroups(_ claims: [Prepared]) -> [ClaimGroup] {
        // Bucket (family, entity) → [(claim index, amount index)].
        var buckets: [String: [(Int, Int)]] = [:]
        var keys: [String: (family: String, entity: String)] = [:]
        for (i, p) in claims.enumerated() {
            for (a, amount) in p.claim.amounts.enumerated() {
                guard amount.kind != "ordinal", let family = MeasureFamily.of(amount) else { continue }
                for e in p.entities {
                    let key = family + "\u{1}" + e
                    buckets[key, default: []].append((i, a))
                    keys[key] = (family, e)
                }
            }
        }
        // Union claims whose amounts meet in a bucket; remember each edge's verdict.
        var uf = UnionFind(claims.count)
        var edges: [Edge] = []
        for key in buckets.keys.sorted() {
            guard var members = buckets[key], let k = keys[key] else { continue }
            guard members.count > 1 else { continue }
            members.sort { AmountInterval(claims[$0.0].claim.amounts[$0.1]).key < AmountInterval(claims[$1.0].claim.amounts[$1.1]).key }
            for x in members.indices {
                var y = x + 1
                while y < members.count && y <= x + window {
                    let (ci, ai) = members[x]
                    let (cj, aj) = members[y]
                    y += 1
                    guard ci != cj, distinctSources(claims[ci], claims[cj]) else { continue }
                    let a = claims[ci].claim.amounts[ai]
                    let b = claims[cj].claim.amounts[aj]
                    let verdict = AmountInterval.compare(a, b)
                    // Different values only count as a conflict about the same thing: the
                    // claims must share content words (or the same counted thing). Figures of
                    // a named family (munitions, troops…) within an order of magnitude of each
                    // other are worth showing side by side even without shared words.
                    let sameThing = a.unit.map(ContentWords.fold) == b.unit.map(ContentWords.fold)
                    let overlap = claims[ci].words.intersection(claims[cj].words).count
                    let worded = overlap >= 2 || (sameThing && overlap >= 1)
                    switch verdict.relation {
                    case .agree: break
                    case .conflict: if !worded { continue }
                    case .related:
                        if !worded && !(MeasureFamily.isNamed(k.family) && AmountInterval.comparableMagnitude(a, b)) { continue }
                    }
                    uf.union(ci, cj)
                    edges.append(Edge(a: ci, b: cj, family: k.family, entity: k.entity, relation: verdict.relation, reason: verdict.reason))
                }
            }
        }
        return assemble(edges, claims: claims, uf: &uf, basis: "measure")
    }

    /// Claims from different articles, or from different speakers within one article (a
    /// minister's figure and an intelligence report's in the same story).
    static func distinctSources(_ a: Prepared, _ b: Prepared) -> Bool {
        if a.claim.document != b.claim.document { return true }
        guard let x = a.claim.speakerName, let y = b.claim.speakerName else { return false }
        return EntityIdentity.fold(x) != EntityIdentity.fold(y)
    }

    struct Edge {
        var a: Int
        var b: Int
        var family: String
        var entity: String
        var relation: Relation
        var reason: String
    }

    static func assemble(_ edges: [Edge], claims: [Prepared], uf: inout UnionFind, basis: String) -> [ClaimGroup] {
        var byRoot: [Int: [Edge]] = [:]
        var order: [Int] = []
        for e in edges {
            let r = uf.find(e.a)
            if byRoot[r] == nil { order.append(r) }
            byRoot[r, default: []].append(e)
        }
        var groups: [ClaimGroup] = []
        for r in order {
            guard let es = byRoot[r] else { continue }
            var memberSet: [Int] = []
            var seen = Set<Int>()
            for e in es { for m in [e.a, e.b] where seen.insert(m).inserted { memberSet.append(m) } }
            memberSet.sort { (claims[$0].claim.document, claims[$0].claim.span.start) < (claims[$1].claim.document, claims[$1].claim.span.start) }
            let relation: Relation =
                es.contains { $0.relation == .conflict } ? .conflict : es.allSatisfy { $0.relation == .agree } ? .agree : .related
            let families = Array(Set(es.map(\.family))).sorted()
            let entities = Array(Set(es.map(\.entity))).sorted()
            var reasons: [String] = []
            for e in es where !reasons.contains(e.reason) && reasons.count < 3 { reasons.append(e.reason) }
            let about = "\(families.joined(separator: ", ")) about \(entities.joined(separator: ", "))"
            let reason = "\(relation == .agree ? "Same figure" : relation == .conflict ? "Conflicting figures" : "Figures that can both hold") for \(about): " + reasons.joined(separator: "; ")
            groups.append(
                ClaimGroup(relation: relation, basis: basis, measure: families.joined(separator: ", "), entities: entities,
                           reason: reason, members: memberSet.prefix(maxGroupMembers).map { member(claims[$0]) }))
        }
        return groups
    }

    static func member(_ p: Prepared) -> ClaimGroup.Member {
        ClaimGroup.Member(document: p.claim.document, claim: p.claim.claimID, text: p.claim.text, span: p.claim.span,
                          modality: p.claim.modality, amounts: p.claim.amounts.map(\.text), speaker: p.speaker)
    }

    // MARK: - Speakers

    static func speakerGroups(_ claims: [Prepared]) -> [ClaimGroup] {
        var bySpeaker: [String: [Int]] = [:]
        for (i, p) in claims.enumerated() {
            if let s = p.speaker, p.claim.kind == "quote" || p.claim.kind == "reported" { bySpeaker[s, default: []].append(i) }
        }
        var groups: [ClaimGroup] = []
        for speaker in bySpeaker.keys.sorted() {
            guard let members = bySpeaker[speaker] else { continue }
            let docs = Set(members.map { claims[$0].claim.document })
            guard docs.count > 1 else { continue }
            var relation = Relation.related
            var detail = "each article attributes statements to \(speaker)"
            // Same words from the same speaker in two articles: they agree; one denied: conflict.
            outer: for x in members.indices {
                for y in (x + 1)..<min(members.count, x + 1 + window) {
                    let a = claims[members[x]]
                    let b = claims[members[y]]
                    guard a.claim.document != b.claim.document else { continue }
                    let common = a.words.intersection(b.words)
                    let union = a.words.union(b.words)
                    guard !union.isEmpty, Double(common.count) / Double(union.count) >= 0.3 else { continue }
                    if (a.claim.modality == "denied") != (b.claim.modality == "denied") {
                        relation = .conflict
                        detail = "\(speaker) is reported asserting in one article what is denied in another"
                        break outer
                    }
                    relation = .agree
                    detail = "\(speaker) is reported saying the same in several articles"
                }
            }
            groups.append(
                ClaimGroup(relation: relation, basis: "speaker", measure: nil, entities: [speaker],
                           reason: "Same speaker, \(speaker), in \(docs.count) articles: \(detail)",
                           members: members.prefix(maxGroupMembers).map { member(claims[$0]) }))
        }
        return groups
    }

    // MARK: - Denials

    static func denialGroups(_ claims: [Prepared]) -> [ClaimGroup] {
        // Candidates share an entity or a content word: an inverted index over both, built in
        // one pass; only denied claims (few) look into it, each bucket read up to a cap.
        var index: [String: [Int]] = [:]
        for (i, p) in claims.enumerated() {
            for e in p.entities { index["e:" + e, default: []].append(i) }
            for w in p.words { index["w:" + w, default: []].append(i) }
        }
        var groups: [ClaimGroup] = []
        var seen = Set<[Int]>()
        for (i, p) in claims.enumerated() where p.claim.modality == "denied" {
            var best: (Int, Int)? = nil
            let keys = p.entities.sorted().map { "e:" + $0 } + p.words.sorted().map { "w:" + $0 }
            for key in keys {
                guard let bucket = index[key] else { continue }
                for j in bucket.prefix(256) where j != i {
                    let q = claims[j]
                    guard q.claim.document != p.claim.document, q.claim.modality != "denied", q.claim.modality != "question" else { continue }
                    let overlap = p.words.intersection(q.words).count
                    let sharedEntity = !p.entities.isDisjoint(with: q.entities)
                    // With a shared entity two content words are enough; without, the claims
                    // must say nearly the same thing.
                    let union = p.words.union(q.words).count
                    let close = sharedEntity ? overlap >= 2 : (overlap >= 3 && Double(overlap) / Double(max(1, union)) >= 0.5)
                    if close && overlap > (best?.1 ?? 0) { best = (j, overlap) }
                }
            }
            guard let (j, _) = best else { continue }
            let pair = [min(i, j), max(i, j)]
            guard seen.insert(pair).inserted else { continue }
            let shared = Array(p.entities.intersection(claims[j].entities)).sorted()
            let words = Array(p.words.intersection(claims[j].words)).sorted().prefix(4).joined(separator: ", ")
            let about = shared.isEmpty ? "" : ", about \(shared.joined(separator: ", "))"
            groups.append(
                ClaimGroup(relation: .conflict, basis: "denial", measure: nil, entities: shared,
                           reason: "Asserted in one article and denied in another\(about) (shared words: \(words))",
                           members: [member(claims[j]), member(p)].sorted { $0.document < $1.document }))
        }
        return groups
    }
}

/// Disjoint-set forest with path halving; union by size.
struct UnionFind {
    var parent: [Int]
    var size: [Int]
    init(_ n: Int) {
        parent = Array(0..<n)
        size = Array(repeating: 1, count: n)
    }
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
