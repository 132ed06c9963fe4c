// Generated from data/lexicons/en/time_zone_words.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let timeZoneWords: StaticString = #####"""
# Capitalised words that follow a clock time inside a sentence (`5 p.m. Eastern time`).
# After `a.m.`/`p.m.` any other capitalised word opens a new sentence (`at 5 p.m. Officials
# left`); weekday and month names and short capital codes (ET, GMT) do not. Read by: structure.
eastern
pacific
central
mountain
atlantic
local
greenwich
universal
moscow
beijing
british
summer
standard
daylight
"""#####
}
