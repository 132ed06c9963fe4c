// Generated from data/lexicons/en/org_suffixes.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let orgSuffixes: StaticString = #####"""
# Last words of organisation names (`… University`, `… Center`); a capitalised name ending in
# one is an organisation. place=1 marks places instead. Read by: entities.
university|college|institute|institution|center|centre|agency|ministry|council|party
committee|department|office|bank|corp|corp.|inc|inc.|ltd|ltd.|group|consultants|consulting
organization|organisation|union|nations|studies|foundation|association|commission|court
army|forces|navy|times|post|news|tv|network|journal|company|fund|board|authority|service
services|federation|league|club|alliance|coalition|administration|government|parliament
images|pictures|assembly|congress|senate|police|guard|command|school|press|media|channel|radio|airlines
square	place=1
airport	place=1
station	place=1
street	place=1
avenue	place=1
city	place=1
province	place=1
region	place=1
river	place=1
sea	place=1
ocean	place=1
island	place=1
islands	place=1
mountains	place=1
building	place=1
palace	place=1
"""#####
}
