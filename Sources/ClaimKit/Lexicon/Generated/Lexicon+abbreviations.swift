// Generated from data/lexicons/en/abbreviations.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let abbreviations: StaticString = #####"""
# Abbreviations that end with a period which does not end the sentence (forms without the
# final period, matched case-insensitively). Read by: structure (sentence segmenter).
# Attribute kind:
#   title  - comes before a name: the next word never starts a new sentence (Mr. Smith).
#   number - comes before a number: no boundary when a digit follows (p. 55, No. 10).
#   (none) - ends a sentence only when the next word is a typical sentence opener
#            (sentence_starters.txt) and the sentence so far has more than three words.
# Multi-period forms (U.S., e.g., a.m.) are recognised by shape and need no entry.
mr	kind=title
mrs	kind=title
ms	kind=title
messrs	kind=title
dr	kind=title
prof	kind=title
rev	kind=title
fr	kind=title
hon	kind=title
gen	kind=title
lt	kind=title
col	kind=title
maj	kind=title
capt	kind=title
cpt	kind=title
cmdr	kind=title
adm	kind=title
sgt	kind=title
cpl	kind=title
pvt	kind=title
sen	kind=title
rep	kind=title
gov	kind=title
pres	kind=title
amb	kind=title
supt	kind=title
insp	kind=title
det	kind=title
st	kind=title
mt	kind=title
ft	kind=title
pt	kind=title
sr	kind=title
jr
esq
no	kind=number
nos	kind=number
n°	kind=number
nr	kind=number
p	kind=number
pp	kind=number
vol	kind=number
vols	kind=number
fig	kind=number
figs	kind=number
art	kind=number
ch	kind=number
chap	kind=number
sec	kind=number
para	kind=number
op	kind=number
ed	kind=number
approx	kind=number
ca	kind=number
est	kind=number
tel	kind=number
rt	kind=number
hwy	kind=number
inc
ltd
co
corp
llc
plc
bros
dept
univ
assn
assoc
govt
intl
natl
etc
vs
v
al
cf
viz
ave
blvd
rd
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
mon
tue
tues
wed
thu
thur
thurs
fri
sat
sun
min
max
mins
hr
hrs
sq
oz
lb
lbs
kg
km
mi
yr
yrs
dist
cong
gal
mph
"""#####
}
