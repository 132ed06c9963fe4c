// Generated from data/lexicons/en/credit_cues.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let creditCues: StaticString = #####"""
# Words that mark a photo or media credit line (`Anthony Wallace | AFP | Getty Images`,
# `Photo: Jane Doe / Reuters`). A short line without a final period that contains one of
# these, with a separator (| or /) or as its opening word, is a credit.
# Attribute at=start: the cue opens the line (`Photo: …`). Read by: structure, HTML captions.
getty images
getty
shutterstock
alamy
afp
reuters
ap photo
ap
epa
epa-efe
efe
dpa
anadolu
sipa
zuma
zuma press
rex
rex features
pa wire
pa images
pa media
bloomberg
nurphoto
sopa images
imago
xinhua
sputnik
yonhap
kcna
istock
istockphoto
associated press
pool
handout
file photo
courtesy
photo	at=start
photos	at=start
photograph	at=start
photo credit	at=start
image	at=start
images	at=start
picture	at=start
pictures	at=start
credit	at=start
credits	at=start
source	at=start
video	at=start
illustration	at=start
graphic	at=start
©	at=start
(c)	at=start
copyright	at=start
"""#####
}
