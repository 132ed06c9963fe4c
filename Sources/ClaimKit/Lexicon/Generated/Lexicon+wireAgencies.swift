// Generated from data/lexicons/en/wire_agencies.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let wireAgencies: StaticString = #####"""
# News and wire agencies, as named in source lines (`Reuters, AP, DPA`) and photo credits.
# The first form is the canonical name. Read by: structure (source lines, credits).
Reuters
AP|Associated Press
AFP|Agence France-Presse|Agence France Presse
DPA|Deutsche Presse-Agentur
DW|Deutsche Welle
EPA
ANSA
EFE
Xinhua
TASS
RIA Novosti|RIA
Interfax
Yonhap
Kyodo
KCNA
PTI|Press Trust of India
IANS
ANI
UNI
Bernama
Anadolu|Anadolu Agency|AA
BBC
CNN
CNBC
Bloomberg
UPI|United Press International
PA|Press Association|PA Media
CP|Canadian Press|The Canadian Press
AAP|Australian Associated Press
NTB
TT
STT
APA
Belga
Lusa
KNA
Sputnik
TN
IRNA
Tanjug
HINA
MTI
PAP
CTK
BTA
Agerpres
WAFA
Antara
"""#####
}
