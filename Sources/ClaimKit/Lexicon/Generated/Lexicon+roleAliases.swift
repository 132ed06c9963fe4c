// Generated from data/lexicons/en/role_aliases.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let roleAliases: StaticString = #####"""
# Descriptions that name one office-holder when an article also names the person: "the Russian
# president" is Vladimir Putin in an article that mentions "Russian President Vladimir Putin".
# Format: description<TAB>title=the title words that precede the name in a full mention.
# Read by: compare (cross-article entity identity).
the russian president|the russian leader|russia's president|russia's leader	title=president
the north korean leader|north korea's leader	title=leader
the south korean president|south korea's president	title=president
the us president|the american president|the u.s. president	title=president
the chinese president|china's president|the chinese leader	title=president
the prime minister|the british prime minister|britain's prime minister	title=prime minister
the defence minister|the defense minister	title=minister
"""#####
}
