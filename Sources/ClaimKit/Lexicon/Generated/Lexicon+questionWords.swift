// Generated from data/lexicons/en/question-words.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let questionWords: StaticString = #####"""
# Words that open a question: a heading that starts with one is a question even without `?`.
# Read by: Modality/ModalityLexicon.swift. Known limits: a heading such as `Which way now`
# is a question; `How to vote` is counted as one too.
what|why|how|who|whom|whose|when|where|which
is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had
"""#####
}
