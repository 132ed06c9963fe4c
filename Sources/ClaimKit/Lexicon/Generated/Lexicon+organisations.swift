// Generated from data/lexicons/en/organisations.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let organisations: StaticString = #####"""
# Organisations and news media that speak or carry speech. media=1 marks outlets (a medium
# when they are told something). Organisation-name endings are in org_suffixes.txt.
# Read by: attribution and entities.
KCNA|Korean Central News Agency	media=1
Reuters	media=1
AP|Associated Press	media=1
AFP|Agence France-Presse	media=1
Bloomberg	media=1
CNBC	media=1
CNN	media=1
BBC	media=1
Xinhua	media=1
TASS	media=1
RIA Novosti|RIA	media=1
Interfax	media=1
Yonhap	media=1
Kyodo	media=1
Sputnik	media=1
DPA	media=1
Deutsche Welle|DW	media=1
Fox News|Fox	media=1
NBC	media=1
ABC	media=1
CBS	media=1
MSNBC	media=1
NPR	media=1
The New York Times|New York Times	media=1
The Washington Post|Washington Post	media=1
The Wall Street Journal|Wall Street Journal	media=1
Financial Times	media=1
The Guardian|Guardian	media=1
Politico	media=1
Axios	media=1
Al Jazeera	media=1
Reuters TV	media=1
NATO
United Nations|UN|U.N.
European Union|EU
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
Pentagon
Kremlin
White House
State Department
FBI
CIA
Congress
Senate
Parliament
Supreme Court
Downing Street
"""#####
}
