// Generated from data/lexicons/en/relative-dates.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let relativeDates: StaticString = #####"""
# Relative day and period words; t = what they are, v = offset or part of day.
# Read by: dates (TimeStage). Resolved against the reference date.
today|tonight	t=day	v=0
yesterday	t=day	v=-1
tomorrow	t=day	v=1
last|past|previous	t=shift	v=-1
next|coming	t=shift	v=1
this	t=shift	v=0
week	t=period	v=week
month	t=period	v=month
year	t=period	v=year
weekend	t=period	v=weekend
early|late	t=part	v=edge
morning|afternoon|evening|night|overnight	t=part	v=daypart
ago	t=ago	v=-1
noon|midday|noonish	t=clock	v=12
midnight	t=clock	v=0
gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|ct|cst|cdt|mt|mst|jst|kst|ist|aest|aedt|hkt|sgt|msk|eet|eest|wib	t=zone	v=0
following|upcoming	t=shift	v=1
tmrw|tmr|tomoz	t=day	v=1
"""#####
}
