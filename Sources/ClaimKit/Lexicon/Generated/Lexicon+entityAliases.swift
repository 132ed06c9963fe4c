// Generated from data/lexicons/en/entity_aliases.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let entityAliases: StaticString = #####"""
# Names that refer to the same entity across articles (first form = canonical name).
# A capital city stands for its government when it acts as a speaker ("Pyongyang denies…").
# Read by: compare (cross-article entity identity).
North Korea|DPRK|Democratic People's Republic of Korea|Pyongyang|N. Korea
South Korea|Republic of Korea|ROK|Seoul|S. Korea
Russia|Russian Federation|Moscow|the Kremlin|Kremlin
United States|US|U.S.|USA|U.S.A.|America|Washington|the White House|White House
United Kingdom|UK|U.K.|Britain|Great Britain|London|Downing Street
China|People's Republic of China|PRC|Beijing
Ukraine|Kyiv|Kiev
Japan|Tokyo
France|Paris|the Elysee
Germany|Berlin
European Union|EU|E.U.|Brussels
United Nations|UN|U.N.
North Atlantic Treaty Organization|NATO|Nato
Korean Central News Agency|KCNA
"""#####
}
