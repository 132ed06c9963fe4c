/// One identity per entity across documents.
///
/// Names are folded (case, a leading "the", a possessive "'s"), then mapped: through the alias
/// lexicon (`Pyongyang` → North Korea, `KCNA` → Korean Central News Agency); a short name to
/// the one full name in the collection that ends with it (`Won-sik` → Shin Won-sik, `Putin` →
/// Vladimir Putin; left alone when several full names would fit); and a description that an
/// article uses for a titled person (`the Russian president` → Vladimir Putin, when some article
/// gives him the role "Russian President").
struct EntityIdentity {
    static let aliases: [String: String] = {
        var t: [String: String] = [:]
        for e in Lexicon.entries(LexiconData.entityAliases) {
            for f in e.forms { t[fold(f)] = e.canonical }
        }
        return t
    }()

    /// Folded short name → canonical full name (only when unambiguous).
    private var shortNames: [String: String] = [:]
    /// Folded full name → display form.
    private var fullNames: [String: String] = [:]
    /// Folded role description ("russian president") → canonical name.
    private(set) var roles: [String: String] = [:]
    /// The same, keyed by the role's first word.
    private var rolesByFirstWord: [String: [(words: [String], name: String)]] = [:]

    init(_ documents: [ComparableDocument]) {
        var candidates: [String: Set<String>] = [:]
        var roleCandidates: [String: Set<String>] = [:]
        for d in documents {
            for c in d.claims {
                for name in c.entityNames {
                    let folded = Self.fold(name)
                    if Self.aliases[folded] != nil { continue }
                    let tokens = folded.split(separator: " ")
                    guard tokens.count >= 2 else { continue }
                    fullNames[folded] = name
                    // Every proper suffix and the first token can stand for the full name.
                    for k in 1..<tokens.count {
                        candidates[tokens[k...].joined(separator: " "), default: []].insert(folded)
                    }
                }
                for (name, role) in c.roles {
                    let r = Self.fold(role)
                    if r.split(separator: " ").count >= 2 { roleCandidates[r, default: []].insert(Self.fold(name)) }
                }
            }
        }
        for (short, fulls) in candidates where fulls.count == 1 {
            if let f = fulls.first, fullNames[short] == nil { shortNames[short] = f }
        }
        for (role, names) in roleCandidates where names.count == 1 {
            if let n = names.first { roles[role] = fullNames[n] ?? n }
        }
        for (role, name) in roles {
            let words = role.split(separator: " ").map(String.init)
            if let first = words.first { rolesByFirstWord[first, default: []].append((words, name)) }
        }
    }

    /// The canonical name for a mention, or nil for names that identify nothing (pronouns,
    /// empty strings).
    func canonical(_ name: String) -> String? {
        let folded = Self.fold(name)
        guard !folded.isEmpty else { return nil }
        if let a = Self.aliases[folded] { return a }
        if let full = shortNames[folded] { return fullNames[full] ?? full }
        if let full = fullNames[folded] { return full }
        return name
    }

    /// Canonical names of the people a text mentions by description ("the Russian president").
    /// Looks up each "the" followed by a known role's words, so the cost is linear in the text
    /// whatever the number of roles in the collection.
    func described(in text: String) -> [String] {
        guard !roles.isEmpty else { return [] }
        let words = Self.fold(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ";" }).map(String.init)
        var found = Set<String>()
        for i in words.indices where words[i] == "the" && i + 1 < words.count {
            guard let candidates = rolesByFirstWord[words[i + 1]] else { continue }
            for c in candidates {
                guard i + 1 + c.words.count <= words.count else { continue }
                if Array(words[(i + 1)..<(i + 1 + c.words.count)]) == c.words { found.insert(c.name) }
            }
        }
        return found.sorted()
    }

    /// Lower-cases ASCII, drops a leading "the " and a trailing possessive, folds curly
    /// apostrophes and runs of spaces.
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        var bytes = Array(s.utf8)
        // Curly apostrophe (E2 80 99) → '
        var i = 0
        var norm: [UInt8] = []
        norm.reserveCapacity(bytes.count)
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                norm.append(0x27)
                i += 3
                continue
            }
            norm.append(bytes[i])
            i += 1
        }
        bytes = norm
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(ByteClass.lower(b))
                lastSpace = false
            }
        }
        while out.last == 0x20 { out.removeLast() }
        var result = String(decoding: out, as: UTF8.self)
        if result.hasPrefix("the ") { result.removeFirst(4) }
        if result.hasSuffix("'s") { result.removeLast(2) }
        return result
    }
}
