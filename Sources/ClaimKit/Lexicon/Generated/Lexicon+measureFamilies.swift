// Generated from data/lexicons/en/measure_families.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let measureFamilies: StaticString = #####"""
# Families of counted things and units: claims about members of one family measure the same
# kind of thing and are compared (first form = the family's name). Singular and plural forms.
# Read by: compare (grouping claims across articles).
munitions|shell|shells|artillery shell|artillery shells|missile|missiles|ballistic missile|ballistic missiles|rocket|rockets|munition|munitions|ammunition|round|rounds|bomb|bombs|drone|drones
containers|container|containers|shipping container|shipping containers
troops|troop|troops|soldier|soldiers|fighter|fighters|personnel
people|person|people|resident|residents|civilian|civilians|citizen|citizens|inhabitant|inhabitants|passenger|passengers|commuter|commuters|traveller|travellers|traveler|travelers|visitor|visitors|tourist|tourists|spectator|spectators|fan|fans|patient|patients|student|students|pupil|pupils|child|children|adult|adults|voter|voters|customer|customers|user|users|household|households|refugee|refugees|migrant|migrants
deaths|death|deaths|dead|fatality|fatalities|killed|victim|victims|casualty|casualties
jobs|job|jobs|worker|workers|employee|employees|staff
years|year|years
months|month|months
weeks|week|weeks
days|day|days
hours|hour|hours
percent|percent|per cent|%|percentage point|percentage points
money|dollar|dollars|euro|euros|pound|pounds|yen|yuan|rouble|roubles|ruble|rubles|won
vehicles|vehicle|vehicles|car|cars|lorry|lorries|truck|trucks
votes|vote|votes|seat|seats
"""#####
}
