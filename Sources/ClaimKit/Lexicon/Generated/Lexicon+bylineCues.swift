// Generated from data/lexicons/en/byline_cues.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let bylineCues: StaticString = #####"""
# Openings of bylines: `By Jane Doe`, `Written by Jane Doe`. The rest of a short line after
# the cue names the authors. Read by: structure (document authors).
by
written by
words by
reporting by
story by
author
authors
"""#####
}
