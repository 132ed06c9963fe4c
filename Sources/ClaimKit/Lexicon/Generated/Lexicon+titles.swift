// Generated from data/lexicons/en/titles.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let titles: StaticString = #####"""
# Words that make up a person's title or role before or after a name (`Defense Minister`,
# `executive director`). Matched per word; a name starts after the last title word.
# Read by: attribution (speaker parsing) and entities.
president|vice|minister|secretary|leader|director|executive|professor|expert|analyst
advisor|adviser|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|chief|head
ambassador|senator|sen.|representative|rep.|governor|gov.|mayor|general|gen.|colonel|col.
admiral|commander|officer|premier|chancellor|king|queen|prince|princess|pope|economist
researcher|fellow|founder|co-founder|ceo|cfo|coo|manager|candidate|nominee|host|co-host
lawyer|attorney|judge|justice|mr.|mrs.|ms.|dr.|prof.|sir|lord|lady|dame|deputy|senior
correspondent|editor|author|scientist|diplomat|envoy|lawmaker|legislator|congressman
congresswoman|speaker|strategist|consultant|partner|president-elect|secretary-general
councillor|councilor|msp|mep|commissioner|inspector|coach|captain|boss|spokesperson|lieutenant|lt.|sergeant|sgt.
defense|defence|foreign|interior|finance|prime|state|military|political|campaign|press
national|security|intelligence|trade|economy|health|justice|associate|assistant|principal
chief-of-staff|staff|member|members|mp|official|officer|researcher|specialist|historian
policy|program|programme|research|studies|affairs|general|attorney-general|supreme
"""#####
}
