// Generated from data/lexicons/en/weekdays.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let weekdays: StaticString = #####"""
# Day names; attribute n = 0 for Monday … 6 for Sunday (ISODate.weekday).
# Read by: dates (relative days), structure (date lines).
monday|mon|mon.	n=0
tuesday|tue|tue.|tues|tues.	n=1
wednesday|wed|wed.	n=2
thursday|thu|thu.|thur|thur.|thurs|thurs.	n=3
friday|fri|fri.	n=4
saturday|sat|sat.	n=5
sunday|sun|sun.	n=6
"""#####
}
