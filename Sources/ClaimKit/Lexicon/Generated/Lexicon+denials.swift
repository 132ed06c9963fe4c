// Generated from data/lexicons/en/denials.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let denials: StaticString = #####"""
# Denial cues: the claim is denied by its speaker or by the sentence.
# Read by: Modality/ModalityLexicon.swift (same matching as hedges.txt).
# Known limits: `rejected` and `dismissed` have other senses (a rejected bill, a dismissed
# employee) that are counted as denials too unless passive (see role=passive_aux); plain
# negation (`not`) is not a denial. status=none: a denial that was not made (`refused to deny`).
deny|denies|denied|denying|denial|denials	status=denied
reject|rejects|rejected|rejecting	status=denied
dismiss|dismisses|dismissed|dismissing	status=denied
refute|refutes|refuted|refuting|rebut|rebuts|rebutted	status=denied
did not deny|didn't deny|does not deny|doesn't deny|would not deny|wouldn't deny|refused to deny|declined to deny|failed to deny|refusing to deny	status=none
not true|isn't true|wasn't true|aren't true|untrue|is false|was false|are false|were false|baseless|groundless	status=denied
# role=passive_aux: a denial verb in the passive after one of these (optionally with an -ly
# adverb between) tells what happened to a thing, not that someone denied a claim
# (`ballots were wrongly rejected`, `the appeal was dismissed`).
is|are|was|were|be|been|being|get|gets|got	role=passive_aux
"""#####
}
