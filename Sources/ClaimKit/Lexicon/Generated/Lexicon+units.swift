// Generated from data/lexicons/en/units.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let units: StaticString = #####"""
# Units written after a figure. d = kind: duration (unit of time) or measure (physical);
# u = canonical unit. Read by: numbers (QuantityStage).
year|years|yr|yrs	d=duration	u=year
month|months|mth|mths	d=duration	u=month
week|weeks|wk|wks	d=duration	u=week
day|days	d=duration	u=day
hour|hours|hr|hrs|h	d=duration	u=hour
minute|minutes|min|mins	d=duration	u=minute
second|seconds|sec|secs	d=duration	u=second
decade|decades	d=duration	u=decade
century|centuries	d=duration	u=century
millennium|millennia	d=duration	u=millennium
fortnight|fortnights	d=duration	u=fortnight
night|nights	d=duration	u=night
km|kms|kilometre|kilometres|kilometer|kilometers	d=measure	u=kilometre
m|metre|metres|meter|meters	d=measure	u=metre
cm|centimetre|centimetres|centimeter|centimeters	d=measure	u=centimetre
mm|millimetre|millimetres|millimeter|millimeters	d=measure	u=millimetre
mile|miles|mi	d=measure	u=mile
ft|foot|feet	d=measure	u=foot
in|inch|inches	d=measure	u=inch
yd|yard|yards	d=measure	u=yard
kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes	d=measure	u=kilogram
g|gram|grams|gramme|grammes	d=measure	u=gram
mg|milligram|milligrams	d=measure	u=milligram
lb|lbs|pound|pounds	d=measure	u=pound
oz|ounce|ounces	d=measure	u=ounce
st|stone	d=measure	u=stone
t|ton|tons|tonne|tonnes|metric tons	d=measure	u=tonne
l|litre|litres|liter|liters	d=measure	u=litre
ml|millilitre|millilitres|milliliter|milliliters	d=measure	u=millilitre
gallon|gallons|gal	d=measure	u=gallon
barrel|barrels|bbl	d=measure	u=barrel
acre|acres	d=measure	u=acre
hectare|hectares|ha	d=measure	u=hectare
sq km|square kilometres|square kilometers|square kilometre|square kilometer|km2|sq mi	d=measure	u=square kilometre
degree|degrees|°c|°f|°	d=measure	u=degree
mph|kph|km/h	d=measure	u=speed
mw|megawatt|megawatts	d=measure	u=megawatt
gw|gigawatt|gigawatts	d=measure	u=gigawatt
kw|kilowatt|kilowatts	d=measure	u=kilowatt
kwh|gwh|mwh|twh	d=measure	u=energy
gb|gigabyte|gigabytes	d=measure	u=gigabyte
mb|megabyte|megabytes	d=measure	u=megabyte
tb|terabyte|terabytes	d=measure	u=terabyte
kb|kilobyte|kilobytes	d=measure	u=kilobyte
mbps|gbps	d=measure	u=bandwidth
ghz|mhz|hz	d=measure	u=frequency
calorie|calories|kcal	d=measure	u=calorie
square metre|square metres|square meter|square meters|sq m|m2|sqm	d=measure	u=square metre
square foot|square feet|sq ft	d=measure	u=square foot
square mile|square miles	d=measure	u=square mile
cubic foot|cubic feet|cubic metre|cubic metres|cubic meter|cubic meters	d=measure	u=cubic metre
microgram|micrograms|microgramme|microgrammes|µg|μg|mcg	d=measure	u=microgram
picometer|picometers|picometre|picometres	d=measure	u=picometre
decimetre|decimetres|decimeter|decimeters|dm	d=measure	u=decimetre
tablespoon|tablespoons|tbsp	d=measure	u=tablespoon
teaspoon|teaspoons|tsp	d=measure	u=teaspoon
cup|cups	d=measure	u=cup
pint|pints	d=measure	u=pint
bit|bits	d=measure	u=bit
byte|bytes	d=measure	u=byte
rad|radian|radians	d=measure	u=radian
kmph|km/hr|kph	d=measure	u=speed
knot|knots	d=measure	u=speed
"""#####
}
