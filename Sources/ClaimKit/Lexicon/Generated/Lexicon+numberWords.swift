// Generated from data/lexicons/en/number-words.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let numberWords: StaticString = #####"""
# Number words; t = class, v = value. Read by: numbers (QuantityStage via NumberWords).
# t=unit (0-9), teen (10-19), tens (20-90), hundred, scale (thousand and up),
# ordinal (v = the ordinal number; den=1 when the word also names a fraction's denominator),
# denom (fraction denominators that are not ordinals), dozen, article (a/an before a scale),
# vague (plural orders of magnitude: `tens of thousands`, `millions of`).
zero|nought|naught|nil	t=unit	v=0
one	t=unit	v=1
two	t=unit	v=2
three	t=unit	v=3
four	t=unit	v=4
five	t=unit	v=5
six	t=unit	v=6
seven	t=unit	v=7
eight	t=unit	v=8
nine	t=unit	v=9
ten	t=teen	v=10
eleven	t=teen	v=11
twelve	t=teen	v=12
thirteen	t=teen	v=13
fourteen	t=teen	v=14
fifteen	t=teen	v=15
sixteen	t=teen	v=16
seventeen	t=teen	v=17
eighteen	t=teen	v=18
nineteen	t=teen	v=19
twenty	t=tens	v=20
thirty	t=tens	v=30
forty|fourty	t=tens	v=40
fifty	t=tens	v=50
sixty	t=tens	v=60
seventy	t=tens	v=70
eighty	t=tens	v=80
ninety	t=tens	v=90
hundred	t=hundred	v=100
thousand	t=scale	v=1000
million	t=scale	v=1000000
billion	t=scale	v=1000000000
trillion	t=scale	v=1000000000000
lakh|lakhs|lac	t=scale	v=100000
crore|crores	t=scale	v=10000000
dozen|dozens|dz|dzs|doz|dozs	t=dozen	v=12
first|firsts	t=ordinal	v=1
second	t=ordinal	v=2
third|thirds	t=ordinal	v=3	den=1
fourth|fourths	t=ordinal	v=4	den=1
fifth|fifths	t=ordinal	v=5	den=1
sixth|sixths	t=ordinal	v=6	den=1
seventh|sevenths	t=ordinal	v=7	den=1
eighth|eighths	t=ordinal	v=8	den=1
ninth|ninths	t=ordinal	v=9	den=1
tenth|tenths	t=ordinal	v=10	den=1
eleventh|elevenths	t=ordinal	v=11	den=1
twelfth|twelfths	t=ordinal	v=12	den=1
thirteenth|thirteenths	t=ordinal	v=13	den=1
fourteenth|fourteenths	t=ordinal	v=14	den=1
fifteenth|fifteenths	t=ordinal	v=15	den=1
sixteenth|sixteenths	t=ordinal	v=16	den=1
seventeenth|seventeenths	t=ordinal	v=17	den=1
eighteenth|eighteenths	t=ordinal	v=18	den=1
nineteenth|nineteenths	t=ordinal	v=19	den=1
twentieth|twentieths	t=ordinal	v=20	den=1
thirtieth|thirtieths	t=ordinal	v=30	den=1
fortieth|fortieths	t=ordinal	v=40	den=1
fiftieth|fiftieths	t=ordinal	v=50	den=1
sixtieth|sixtieths	t=ordinal	v=60	den=1
seventieth|seventieths	t=ordinal	v=70	den=1
eightieth|eightieths	t=ordinal	v=80	den=1
ninetieth|ninetieths	t=ordinal	v=90	den=1
hundredth|hundredths	t=ordinal	v=100	den=1
thousandth|thousandths	t=ordinal	v=1000	den=1
millionth|millionths	t=ordinal	v=1000000	den=1
billionth|billionths	t=ordinal	v=1000000000	den=1
trillionth|trillionths	t=ordinal	v=1000000000000	den=1
half|halves	t=denom	v=2
quarter|quarters	t=denom	v=4
a|an	t=article	v=1
tens	t=vague	v=10
hundreds	t=vague	v=100
thousands	t=vague	v=1000
millions	t=vague	v=1000000
billions	t=vague	v=1000000000
trillions	t=vague	v=1000000000000
scores	t=vague	v=20
few|several|couple	t=few	v=0
"""#####
}
