// Generated from data/lexicons/en/currencies.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let currencies: StaticString = #####"""
# Currency symbols, codes and names; c = ISO 4217 code, name = the unit claimkit reports,
# minor=1 for a hundredth of the main unit (cents, pence). Symbols and codes go before the
# figure (`$5`, `USD 5`), names after it (`5 dollars`); `pre=0` marks names only found after.
# Read by: numbers (QuantityStage).
$|us$|usd$|u.s$|u.s.$|usd|dollar|dollars|us dollars	c=USD	name=dollars
£|gbp|pound|pounds|sterling|pounds sterling	c=GBP	name=pounds
€|eur|euro|euros	c=EUR	name=euros
¥|jpy|yen	c=JPY	name=yen
yuan|cny|rmb|renminbi	c=CNY	name=yuan
₹|inr|rupee|rupees|rs	c=INR	name=rupees
₩|krw|won	c=KRW	name=won	pre=0
₽|rub|rouble|roubles|ruble|rubles	c=RUB	name=roubles
c$|cad|canadian dollars	c=CAD	name=Canadian dollars
a$|australian dollars	c=AUD	name=Australian dollars
nz$|nzd	c=NZD	name=New Zealand dollars
hk$|hkd	c=HKD	name=Hong Kong dollars
chf|franc|francs|swiss francs	c=CHF	name=francs
sek|kronor|krona	c=SEK	name=kronor
r$|brl|real|reais	c=BRL	name=reais
zar|rand	c=ZAR	name=rand
thb|baht	c=THB	name=baht	pre=0
naira|ngn|₦	c=NGN	name=naira
cent|cents|¢	c=USD	name=cents	minor=1
penny|pence|p	c=GBP	name=pence	minor=1
us dollar|u.s. dollars|u.s. dollar	c=USD	name=dollars
chinese yuan|kuai|元	c=CNY	name=yuan
lira|liras|lire|turkish lira	c=TRY	name=lira
peseta|pesetas	c=ESP	name=pesetas
markka|markkaa|finnish markka	c=FIM	name=markkaa
guilder|guilders|dutch guilders	c=NLG	name=guilders
peso|pesos	c=MXN	name=pesos
bitcoin|bitcoins|btc|₿	c=XBT	name=bitcoins
satoshi|satoshis	c=XBT	name=satoshis	minor=1
₡|colon|colones	c=CRC	name=colones
₾|lari	c=GEL	name=lari
₭|kip	c=LAK	name=kip
mxn$|mex$|mxn	c=MXN	name=pesos
aud$|aud	c=AUD	name=Australian dollars
cad$	c=CAD	name=Canadian dollars
nzd$	c=NZD	name=New Zealand dollars
musd	c=USD	name=dollars	mult=1000000
meur	c=EUR	name=euros	mult=1000000
mgbp	c=GBP	name=pounds	mult=1000000
maud	c=AUD	name=Australian dollars	mult=1000000
"""#####
}
