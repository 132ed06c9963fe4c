// Generated from data/lexicons/en/year-context.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let yearContext: StaticString = #####"""
# Words before a four-digit figure that make it a year (`in 1961`, `until about 1990`).
# Read by: dates (TimeStage).
in|since|until|till|by|from|of|during|before|after|year|early|late|mid|around|about|circa|and|to|through|between|spring|summer|autumn|fall|winter|season|fiscal|election|the|since|back|whereas|yet|as|than|c|ca|end|start|beginning|middle|half|quarter|budget|vintage|class|census|olympics|cup|games|world|elections|census
"""#####
}
