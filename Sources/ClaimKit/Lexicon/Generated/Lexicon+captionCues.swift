// Generated from data/lexicons/en/caption_cues.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let captionCues: StaticString = #####"""
# Openings of photo captions (`In this photo released by …`, `File photo: …`). A block that
# starts with one of these is a caption wherever it stands; a block just before a credit
# line is a caption too. Read by: structure (block roles).
in this photo
in this group photo
in this handout photo
in this image
in this picture
in this file photo
in this undated photo
in this still image
in this video grab
in this screen grab
in this combination photo
in this aerial photo
this photo
this handout photo
this image
this picture
a handout photo
a handout picture
a still image
a screen grab
a combination picture
file photo
pictured
photo
image caption
caption
media caption
"""#####
}
