// Generated from data/lexicons/en/checkworthiness-features.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let checkworthinessFeatures: StaticString = #####"""
# Word classes for the dense features of the check-worthiness model; attribute class = feature.
# Read by: scripts/train-checkworthiness (training) and Scoring/CheckworthinessFeatures.swift
# (inference). Forms are single tokens as the model's tokeniser makes them: lower-case ASCII,
# digits as 0, apostrophes split words. Changing this file changes the model: retrain.
said|says|say|told|tell|tells|according|reported|reports|announced|stated|claimed|claims|added|noted|warned|insisted|confirmed	class=attribution
i|we|me|my|our|us|myself|ourselves	class=first_person
you|your|yours	class=second_person
more|most|less|least|than|fewer|higher|lower|highest|lowest|largest|biggest|smallest|greatest|record|doubled|tripled|increase|increased|decrease|decreased|rose|fell|cut|grew|percent|million|billion|trillion	class=comparative
january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|year|years|month|months|week|weeks|decade|century	class=time_word
think|believe|feel|hope|wish|want|thank|thanks|great|wonderful|terrible|love	class=opinion
"""#####
}
