// Generated from data/lexicons/en/speech_tags.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let speechTags: StaticString = #####"""
# Speech verbs that follow a quoted question or exclamation as its tag
# (`"Who will pay?" Reyes asked.`): after `?"` / `!"`, a capitalised name or a pronoun and one
# of these verbs continue the sentence instead of starting a new one.
# Read by: structure (SentenceSegmenter).
said|says|asked|asks|told|tells|added|adds|replied|replies|shouted|shouts|cried|cries
yelled|yells|screamed|screams|demanded|demands|wondered|wonders|exclaimed|exclaims
insisted|insists|wrote|writes|continued|continues|explained|explains|whispered|whispers
answered|answers|joked|jokes|pleaded|pleads|recalled|recalls|remarked|remarks|declared|declares
"""#####
}
