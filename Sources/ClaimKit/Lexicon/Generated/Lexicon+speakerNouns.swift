// Generated from data/lexicons/en/speaker_nouns.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let speakerNouns: StaticString = #####"""
# Nouns that head a speaker phrase without a name. type = anonymous (unnamed or collective
# people), document (reports, statements, polls), organisation (bodies named by a common noun),
# pronoun (resolved to an earlier speaker; number = sg/pl). Read by: attribution.
analysts|analyst	type=anonymous
officials|official	type=anonymous
sources|source	type=anonymous
experts|expert	type=anonymous
observers	type=anonymous
critics	type=anonymous
diplomats|diplomat	type=anonymous
residents	type=anonymous
witnesses|witness	type=anonymous
researchers	type=anonymous
economists	type=anonymous
scientists	type=anonymous
investigators	type=anonymous
authorities	type=anonymous
lawmakers	type=anonymous
legislators	type=anonymous
supporters	type=anonymous
opponents	type=anonymous
activists	type=anonymous
people	type=anonymous
insiders	type=anonymous
aides|aide	type=anonymous
advisers|advisors	type=anonymous
strategists	type=anonymous
commentators	type=anonymous
observers	type=anonymous
sides	type=anonymous
doctors	type=anonymous
voters	type=anonymous
democrats	type=anonymous
republicans	type=anonymous
others	type=anonymous
leaders|members|groups|lawyers|attorneys|prosecutors|reporters|journalists|organizers|protesters|delegates|senators|candidates|executives|employees|workers|students|teachers|parents|families|users|customers|residents|farmers|fans|allies|partners|donors|backers|conservatives|liberals|progressives|evangelicals|rivals|historians|scholars|pollsters|surveyed|respondents|participants	type=anonymous
percent|per cent|majority|minority|most|half|third|quarter	type=anonymous
many	type=anonymous
ministers|councillors|councilors|campaigners|unions|bosses|managers|firms|companies|banks|governments|mps|msps|meps|officers|agencies|regulators|charities|bodies|parties|clubs|teams|players|businesses|retailers|manufacturers|producers|investors|traders|dealers|consumers|shoppers|nurses|patients|unionists|ministries|councils	type=anonymous
another|few|several|both|one|those|someone|somebody|everyone|everybody|nobody|anyone	type=anonymous
some	type=anonymous
report|reports|suit|lawsuit|lawsuits|complaint|petition|legislation|bill|guidance|manifesto|proposal|proposals|paper|papers|review	type=document
statement|statements	type=document
study|studies	type=document
survey|surveys	type=document
poll|polls	type=document
document|documents	type=document
data	type=document
footage|video|videos|transcript|transcripts|slide|chart|map|average|audit|investigation|probe|index|evidence|estimates|projections|forecast|email|emails	type=document
memo	type=document
letter	type=document
filing	type=document
indictment	type=document
ruling	type=document
analysis	type=document
assessment	type=document
figures	type=document
records	type=document
research	type=document
article	type=document
release	type=document
communique	type=document
media	type=document
newspaper	type=document
website	type=document
ministry	type=organisation
firm|team|watchdog|regulator|charity|union|club|group|bank|board|body|family|commission|parliament|assembly|authority|inquiry|panel|tribunal	type=organisation
government	type=organisation
police	type=organisation
military	type=organisation
army	type=organisation
agency	type=organisation
company	type=organisation
campaign	type=organisation
committee	type=organisation
court	type=organisation
council	type=organisation
department	type=organisation
administration	type=organisation
embassy	type=organisation
office	type=organisation
party	type=organisation
spokesman|spokeswoman|spokesperson	type=anonymous
he|him	type=pronoun	number=sg	gender=m
she|her	type=pronoun	number=sg	gender=f
they|them	type=pronoun	number=pl
we	type=pronoun	number=pl	person=1
i	type=pronoun	number=sg	person=1
it	type=pronoun	number=sg	gender=n
who	type=pronoun	number=rel
"""#####
}
