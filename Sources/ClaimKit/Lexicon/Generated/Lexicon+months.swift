// Generated from data/lexicons/en/months.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let months: StaticString = #####"""
# Month names and their abbreviations; attribute n = month number.
# Read by: dates (absolute dates), structure (date lines).
january|jan|jan.	n=1
february|feb|feb.	n=2
march|mar|mar.	n=3
april|apr|apr.	n=4
may	n=5
june|jun|jun.	n=6
july|jul|jul.	n=7
august|aug|aug.	n=8
september|sep|sep.|sept|sept.	n=9
october|oct|oct.	n=10
november|nov|nov.	n=11
december|dec|dec.	n=12
"""#####
}
