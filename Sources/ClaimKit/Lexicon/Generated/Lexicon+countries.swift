// Generated from data/lexicons/en/countries.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let countries: StaticString = #####"""
# Countries: canonical name|other names, then capital= and demonym= (adjective).
# A capital alone as a speaker (`Pyongyang denies`) stands for its country's government.
# Read by: attribution and entities.
North Korea|DPRK|N. Korea	capital=Pyongyang	demonym=North Korean
South Korea|ROK|S. Korea	capital=Seoul	demonym=South Korean
Russia|Russian Federation	capital=Moscow	demonym=Russian
Ukraine	capital=Kiev|Kyiv	demonym=Ukrainian
China|PRC	capital=Beijing	demonym=Chinese
Japan	capital=Tokyo	demonym=Japanese
United States|US|U.S.|USA|U.S.A.|America|United States of America	capital=Washington	demonym=American
United Kingdom|UK|U.K.|Britain|Great Britain	capital=London	demonym=British
France	capital=Paris	demonym=French
Germany	capital=Berlin	demonym=German
Italy	capital=Rome	demonym=Italian
Spain	capital=Madrid	demonym=Spanish
Portugal	capital=Lisbon	demonym=Portuguese
Netherlands|Holland	capital=Amsterdam	demonym=Dutch
Belgium	capital=Brussels	demonym=Belgian
Switzerland	capital=Bern	demonym=Swiss
Austria	capital=Vienna	demonym=Austrian
Poland	capital=Warsaw	demonym=Polish
Sweden	capital=Stockholm	demonym=Swedish
Norway	capital=Oslo	demonym=Norwegian
Denmark	capital=Copenhagen	demonym=Danish
Finland	capital=Helsinki	demonym=Finnish
Ireland	capital=Dublin	demonym=Irish
Greece	capital=Athens	demonym=Greek
Turkey|Türkiye	capital=Ankara	demonym=Turkish
Hungary	capital=Budapest	demonym=Hungarian
Romania	capital=Bucharest	demonym=Romanian
Czech Republic|Czechia	capital=Prague	demonym=Czech
Belarus	capital=Minsk	demonym=Belarusian
Georgia	capital=Tbilisi	demonym=Georgian
Armenia	capital=Yerevan	demonym=Armenian
Azerbaijan	capital=Baku	demonym=Azerbaijani
Kazakhstan	capital=Astana	demonym=Kazakh
Iran	capital=Tehran	demonym=Iranian
Iraq	capital=Baghdad	demonym=Iraqi
Syria	capital=Damascus	demonym=Syrian
Israel	capital=Jerusalem	demonym=Israeli
Lebanon	capital=Beirut	demonym=Lebanese
Jordan	capital=Amman	demonym=Jordanian
Saudi Arabia	capital=Riyadh	demonym=Saudi
Egypt	capital=Cairo	demonym=Egyptian
Qatar	capital=Doha	demonym=Qatari
United Arab Emirates|UAE	capital=Abu Dhabi	demonym=Emirati
Yemen	capital=Sanaa	demonym=Yemeni
Afghanistan	capital=Kabul	demonym=Afghan
Pakistan	capital=Islamabad	demonym=Pakistani
India	capital=New Delhi	demonym=Indian
Bangladesh	capital=Dhaka	demonym=Bangladeshi
Sri Lanka	capital=Colombo	demonym=Sri Lankan
Myanmar|Burma	capital=Naypyidaw	demonym=Burmese
Thailand	capital=Bangkok	demonym=Thai
Vietnam	capital=Hanoi	demonym=Vietnamese
Cambodia	capital=Phnom Penh	demonym=Cambodian
Laos	capital=Vientiane	demonym=Lao
Malaysia	capital=Kuala Lumpur	demonym=Malaysian
Singapore	capital=Singapore	demonym=Singaporean
Indonesia	capital=Jakarta	demonym=Indonesian
Philippines	capital=Manila	demonym=Filipino
Taiwan	capital=Taipei	demonym=Taiwanese
Mongolia	capital=Ulaanbaatar	demonym=Mongolian
Australia	capital=Canberra	demonym=Australian
New Zealand	capital=Wellington	demonym=New Zealander
Canada	capital=Ottawa	demonym=Canadian
Mexico	capital=Mexico City	demonym=Mexican
Brazil	capital=Brasilia	demonym=Brazilian
Argentina	capital=Buenos Aires	demonym=Argentine
Chile	capital=Santiago	demonym=Chilean
Colombia	capital=Bogota	demonym=Colombian
Venezuela	capital=Caracas	demonym=Venezuelan
Cuba	capital=Havana	demonym=Cuban
Peru	capital=Lima	demonym=Peruvian
South Africa	capital=Pretoria	demonym=South African
Nigeria	capital=Abuja	demonym=Nigerian
Kenya	capital=Nairobi	demonym=Kenyan
Ethiopia	capital=Addis Ababa	demonym=Ethiopian
Sudan	capital=Khartoum	demonym=Sudanese
Libya	capital=Tripoli	demonym=Libyan
Algeria	capital=Algiers	demonym=Algerian
Morocco	capital=Rabat	demonym=Moroccan
Tunisia	capital=Tunis	demonym=Tunisian
Serbia	capital=Belgrade	demonym=Serbian
Croatia	capital=Zagreb	demonym=Croatian
Bulgaria	capital=Sofia	demonym=Bulgarian
Moldova	capital=Chisinau	demonym=Moldovan
Lithuania	capital=Vilnius	demonym=Lithuanian
Latvia	capital=Riga	demonym=Latvian
Estonia	capital=Tallinn	demonym=Estonian
Slovakia	capital=Bratislava	demonym=Slovak
Slovenia	capital=Ljubljana	demonym=Slovenian
Scotland	capital=Edinburgh	demonym=Scottish
Wales	capital=Cardiff	demonym=Welsh
"""#####
}
