// Generated from data/lexicons/en/conditionals.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let conditionals: StaticString = #####"""
# Conditional cues: the claim holds only under a condition.
# Read by: Modality/ModalityLexicon.swift (same matching as hedges.txt).
# role=not_before_if: `if` right after these words opens an indirect question or a
# comparison (`asked if`, `as if`), not a condition. Known limits: `in case` and `in the event
# of` are left out (they usually name a contingency, not a condition on the claim).
if|even if|only if|unless|provided that|providing that|as long as|on condition that	status=conditional
as|ask|asks|asked|asking|wonder|wonders|wondered|wondering|see|know|knows|knew|check|checked|decide|decided|unclear|clear|whether|question	role=not_before_if
"""#####
}
