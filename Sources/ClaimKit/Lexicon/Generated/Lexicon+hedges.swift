// Generated from data/lexicons/en/hedges.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let hedges: StaticString = #####"""
# Hedge cues: words and phrases that make a claim less than asserted.
# Read by: Modality/ModalityLexicon.swift. Phrases match whole tokens, case-insensitively;
# apostrophes (' or ’) inside words are kept (`couldn't`). At each word the longest phrase wins.
# status=hedged marks a hedge; status=none is a longer phrase that cancels a shorter hedge
# (`could not` is inability, not a hedge). role=concessive: a sentence opening with it
# (`While X may praise …, Y`) concedes rather than hedges, so hedges before its first comma
# do not count. Known limits: no syntax, so `may` as a month is only caught when capitalised
# mid-sentence or before a number; epistemic `must`, `would` and `can` are not hedges here.
may|might|could|may have|might have|could have|may well|might well	status=hedged
could not|couldn't|could never|could hardly|might not have been able|could no longer|could not longer|could still not	status=none
likely|unlikely|most likely|more likely|less likely|probably|possibly|perhaps|maybe	status=hedged
reportedly|allegedly|alleged|apparently|purportedly|supposedly|presumably|potentially|seemingly|arguably	status=hedged
unclear|not clear|uncertain|unconfirmed|unverified|not known|not yet known|it is possible|it's possible|it is possible that	status=hedged
seems|seem|seemed|seems to|seem to|seemed to|appears to|appear to|appeared to|it appears|appears that	status=hedged
believed to|thought to|said to be|understood to be|alleged to|reported to|rumoured to|rumored to|expected to|likely to	status=hedged
i think|i believe|we think|we believe|i suspect|we suspect|i guess|i assume|i suppose|i expect|i doubt	status=hedged
did not rule out|did not even rule out|does not rule out|do not rule out|would not rule out|will not rule out|could not rule out|cannot rule out|can't rule out|didn't rule out|doesn't rule out|don't rule out|won't rule out|wouldn't rule out|not ruling out|has not ruled out|have not ruled out|hasn't ruled out|haven't ruled out|refused to rule out|declined to rule out|did not exclude	status=hedged
did not rule it out|does not rule it out|would not rule it out|will not rule it out|could not rule it out|cannot rule it out|didn't rule it out|doesn't rule it out|won't rule it out|wouldn't rule it out|refused to rule it out|declined to rule it out|did not rule that out|would not rule that out|wouldn't rule that out|did not rule them out|would not rule them out|wouldn't rule them out	status=hedged
while|whilst|although|though|even though	role=concessive
# role=past_clause: a temporal conjunction; `could` right after it and a subject pronoun tells
# what someone was able to do (`before they could reach the roof`), not a possibility. With
# subject=noun, a determiner and a noun may stand between (`until the crews could`); not for
# `before`/`after`, which are prepositions just as often (`repairs after the storm could take`).
before|after|whenever	role=past_clause
until|till|once	role=past_clause	subject=noun
"""#####
}
