/// The modality cue phrases (hedges.txt, denials.txt, conditionals.txt, question-words.txt),
/// as token-hash sequences indexed by their first word. Built once, lazily.
struct ModalityLexicon: Sendable {
    struct Phrase: Sendable {
        var hashes: [UInt32]
        /// nil: a phrase that cancels shorter cues at the same word (`could not`).
        var status: ModalityStatus?
    }

    /// Phrase groups: the phrases sharing a first word, longest first.
    var groups: [[Phrase]] = []
    /// First-word hash → index into `groups`.
    var byFirstWord = TokenHashTable(capacity: 512)
    var concessive = TokenHashTable(capacity: 64)
    var notBeforeIf = TokenHashTable(capacity: 64)
    var questionWords = TokenHashTable(capacity: 64)
    let ifHash = ModalityTokenizer.hashes("if").first ?? 0
    let mayHash = ModalityTokenizer.hashes("may").first ?? 0

    static let shared = ModalityLexicon()

    init() {
        var byFirst: [UInt32: [Phrase]] = [:]
        for data in [LexiconData.hedges, LexiconData.denials, LexiconData.conditionals] {
            for entry in Lexicon.entries(data) {
                let role = entry.attributes["role"]
                for form in entry.forms {
                    let hashes = ModalityTokenizer.hashes(form)
                    guard let first = hashes.first else { continue }
                    if role == "concessive" {
                        if hashes.count == 1 { concessive.set(first, 1) }
                        continue
                    }
                    if role == "not_before_if" {
                        notBeforeIf.set(first, 1)
                        continue
                    }
                    let status: ModalityStatus? =
                        switch entry.attributes["status"] {
                        case "hedged": .hedged
                        case "denied": .denied
                        case "conditional": .conditional
                        default: nil
                        }
                    byFirst[first, default: []].append(Phrase(hashes: hashes, status: status))
                }
            }
        }
        for (first, phrases) in byFirst.sorted(by: { $0.key < $1.key }) {
            byFirstWord.set(first, Int32(groups.count))
            groups.append(phrases.sorted { $0.hashes.count > $1.hashes.count })
        }
        for entry in Lexicon.entries(LexiconData.questionWords) {
            for form in entry.forms {
                if let h = ModalityTokenizer.hashes(form).first { questionWords.set(h, 1) }
            }
        }
    }
}
