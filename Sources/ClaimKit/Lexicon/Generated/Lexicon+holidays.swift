// Generated from data/lexicons/en/holidays.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let holidays: StaticString = #####"""
# Holidays with a date; forms are written with apostrophes and dots dropped (`new years day`
# matches `New Year's Day`). m/d = fixed month and day; rule = easter or thanksgiving
# (fourth Thursday of November) with off = days after it. Read by: dates (TimeStage).
christmas|christmas day|xmas	m=12	d=25
christmas eve	m=12	d=24
new year|new years day|new year day|new years	m=1	d=1
new years eve	m=12	d=31
independence day	m=7	d=4
halloween	m=10	d=31
valentines day|valentine day	m=2	d=14
st patricks day|saint patricks day|saint patrick|st patrick	m=3	d=17
earth day	m=4	d=22
international workers day|may day	m=5	d=1
boxing day	m=12	d=26
easter|easter sunday|easter day	rule=easter	off=0
easter monday	rule=easter	off=1
good friday	rule=easter	off=-2
thanksgiving|thanksgiving day	rule=thanksgiving	off=0
black friday	rule=thanksgiving	off=1
"""#####
}
