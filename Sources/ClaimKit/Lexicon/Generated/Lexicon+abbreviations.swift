// Generated from data/lexicons/en/abbreviations.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let abbreviations: StaticString = #####"""
# Words written with a final period that does not end a sentence (`Mr.`, `Gen.`); single
# capital letters (initials) and dotted acronyms (`U.S.`) are recognised without a list.
# Forms are given without the period. Read by: attribution (tokens).
mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|lt|col|sgt|capt|cmdr|adm|maj|pres|jr|sr|inc|corp|co|ltd|no|vs|etc|approx|dept|univ|est|mt|ft|rev|hon|messrs|fig|vol|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec
"""#####
}
