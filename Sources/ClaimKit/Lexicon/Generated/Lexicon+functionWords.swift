// Generated from data/lexicons/en/function_words.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let functionWords: StaticString = #####"""
# Function words the attribution rules need to see. Attributes:
#   det=1       may open a noun phrase (`the`, `a`) and is kept in it.
#   stop=1      ends a speaker phrase when scanning left from a cue (`that`, `in`, `was`).
#   clause=1    after a comma, starts a new clause that ends a reported content (`, although`).
#   that=1      complementiser dropped from the front of a content (`said that …`).
#   adverb=1    may sit between speaker and cue (`X also said`, `X, however, said`).
#   lead=1      opens a leading adverbial, not a speaker (`In`, `On`, `Speaking`).
# Read by: attribution.
the|a|an	det=1
this|these|those	det=1	stop=1
his|her|its|their|our|my|your	det=1
several|many|few|both|all|other|another|each|most|more|some|one|two|three|four|five|six|seven|eight|nine|ten	det=1
that	stop=1	that=1
which|whom|whose|where|when|why|how|what|whether|if	stop=1
in|on|at|to|by|with|from|for|into|onto|about|after|before|during|over|under|since|until|without|through|via|against|among|between|near|than|like	stop=1	lead=1
as	stop=1	clause=1	lead=1
while|although|though|whereas|because|unless|but|so|yet|even	stop=1	clause=1	lead=1
or|nor	stop=1
is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should	stop=1
not|never|no|doesn't|don't|didn't|won't|can't|cannot|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't	stop=1
there|here|then|now|also|still|however|already|again|previously|repeatedly|recently|later|earlier|further|once|often|publicly|privately|reportedly|reportedly|separately|too|just|only	adverb=1
speaking|writing|asked|interviewed|responding|commenting|addressing|according	lead=1
last|this|next|yesterday|today|tomorrow|meanwhile|perhaps|instead|indeed|moreover|furthermore|finally|first|second|still|thus|hence|therefore|nevertheless|nonetheless|besides|overall|separately|similarly|likewise|elsewhere|earlier|later	lead=1
monday|tuesday|wednesday|thursday|friday|saturday|sunday	lead=1	stop=1
"""#####
}
