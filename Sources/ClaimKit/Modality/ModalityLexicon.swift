/// The modality cue phrases (hedges.txt, denials.txt, conditionals.txt, question-words.txt),
/// as token-hash sequences indexed by their first word. Built once, lazily.
struct ModalityLexicon: Sendable {
    struct Phrase: Sendable {
        var hashes: [UInt32]
        /// nil: a phrase that cancels shorter cues at the same word (`could not`).
        var status: ModalityStatus?
    }

    /// First-word hash → phrases starting with it, longest first.
    var byFirstWord: [UInt32: [Phrase]] = [:]
    var concessive: Set<UInt32> = []
    var notBeforeIf: Set<UInt32> = []
    var questionWords: Set<UInt32> = []
    let ifHash = ModalityTokenizer.hashes("if").first ?? 0
    let mayHash = ModalityTokenizer.hashes("may").first ?? 0

    static let shared = ModalityLexicon()

    init() {
        for data in [LexiconData.hedges, LexiconData.denials, LexiconData.conditionals] {
            for entry in Lexicon.entries(data) {
                let role = entry.attributes["role"]
                for form in entry.forms {
                    let hashes = ModalityTokenizer.hashes(form)
                    guard let first = hashes.first else { continue }
                    if role == "concessive" {
                        if hashes.count == 1 { concessive.insert(first) }
                        continue
                    }
                    if role == "not_before_if" {
                        notBeforeIf.insert(first)
                        continue
                    }
                    let status: ModalityStatus? =
                        switch entry.attributes["status"] {
                        case "hedged": .hedged
                        case "denied": .denied
                        case "conditional": .conditional
                        default: nil
                        }
                    byFirstWord[first, default: []].append(Phrase(hashes: hashes, status: status))
                }
            }
        }
        for k in byFirstWord.keys {
            byFirstWord[k]?.sort { $0.hashes.count > $1.hashes.count }
        }
        for entry in Lexicon.entries(LexiconData.questionWords) {
            for form in entry.forms {
                if let h = ModalityTokenizer.hashes(form).first { questionWords.insert(h) }
            }
        }
    }
}
