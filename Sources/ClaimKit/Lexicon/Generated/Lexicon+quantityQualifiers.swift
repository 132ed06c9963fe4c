// Generated from data/lexicons/en/quantity-qualifiers.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let quantityQualifiers: StaticString = #####"""
# Words that bound a figure; q = the qualifier, pos = before (default) or after the figure.
# Read by: numbers (QuantityStage). Longest phrase wins.
up to|as many as|as much as|no more than|not more than|at most|a maximum of|maximum of|as high as|a total of up to|up to about	q=up_to
at least|no fewer than|no less than|not less than|a minimum of|minimum of|at minimum	q=at_least
more than|over|above|in excess of|upwards of|upward of|greater than|higher than|just over|well over|exceeding|some more than|beyond	q=more_than
less than|fewer than|under|below|lower than|just under|well under|shy of|short of	q=less_than
about|around|some|nearly|roughly|almost|an estimated|estimated|approximately|approx|close to|circa|just about|more or less|about some|an approximate|approaching|near|just shy of	q=approximate
or more|or above|or over|plus|or higher|or greater	q=at_least	pos=after
or less|or fewer|or under|or lower|or below	q=up_to	pos=after
or so|odd	q=approximate	pos=after
"""#####
}
