// Generated from data/lexicons/en/unit-stopwords.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let unitStopwords: StaticString = #####"""
# Words that end the counted-thing phrase after a figure (`10,000 containers being moved`):
# function words, common verbs and adverbs. Read by: numbers (QuantityStage).
a|an|the|this|that|these|those|its|their|his|her|our|your|my
of|in|on|at|to|from|by|for|with|without|into|onto|over|under|about|across|after|before|since|until|during|between|among|against|per|via|than|as|like|through|toward|towards|within|amid|despite|including|near|off|out|up|down|around
and|or|but|nor|so|yet|if|when|while|because|although|though|whereas|where|which|who|whom|whose|what|why|how|whether
is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|shall|should|can|could|may|might|must
said|says|say|told|according|reported|reportedly|also|only|just|still|already|even|now|then|ago|later|earlier|more|less|most|least|each|every|all|both|some|any|no|not|too|very|again|ever|never|each|respectively|apiece|alone|altogether|overall|total|instead
he|she|it|they|we|you|i|him|them|us|me|there|here|online|home|abroad|overseas|away|back|today|yesterday|tomorrow
one|two|three|four|five|six|seven|eight|nine|ten
# Common verbs (irregular pasts and bare presents) that follow a figure as its predicate:
# `the extra 20 million went`, `5 people came`.
late|early|ahead|indoors|outdoors|went|came|made|took|gave|got|go|goes|come|comes|make|makes|take|takes|get|gets|give|gives|fell|rose|grew|became|become|began|paid|spent|sold|bought|brought|kept|held|met|knew|thought|seem|seems|remain|remains|appear|appears|include|includes|mean|means
"""#####
}
