// Generated from data/lexicons/en/clause-connectives.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let clauseConnectives: StaticString = #####"""
# Clause splitting for statement claims (Scoring/StatementClaims.swift).
# role=connective: after a comma, a word that may open a new clause with its own subject
# (`…, while Russia has reportedly provided …`). role=subject: a word that, right after the
# connective (or after a semicolon), shows the clause has its own subject; a capitalised word
# does too. Known limits: no parser; `, and the …` can split a list of noun phrases when the
# parts are long enough (each part needs four words).
while|whereas|but|and|although|though|yet|whilst	role=connective
he|she|it|they|we|i|you|this|these|those|there|the|its|his|her|their|our|my|a|an	role=subject
"""#####
}
