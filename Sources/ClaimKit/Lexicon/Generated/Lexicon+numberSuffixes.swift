// Generated from data/lexicons/en/number-suffixes.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let numberSuffixes: StaticString = #####"""
# Scale abbreviations written after a figure (`£1.5bn`, `10k`, `$2m`, `10 bln`); v = multiplier.
# money=1: only after a currency amount (`$5m`), since a bare `5m` is usually metres.
# Read by: numbers (QuantityStage).
k|K	v=1000
m|M	v=1000000	money=1
mn|mln|mil|mio	v=1000000
b	v=1000000000
bn|bln|bil	v=1000000000
t	v=1000000000000	money=1
tn|trn|tln	v=1000000000000
g	v=1000000000
mm	v=1000000	money=1
"""#####
}
