// Generated from data/lexicons/en/quantity-qualifiers.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let quantityQualifiers: StaticString = #####"""
# Words that bound a figure; q = the qualifier, pos = before (default) or after the figure.
# Read by: numbers (QuantityStage). Longest phrase wins.
up to|as many as|as much as|no more than|not more than|at most|a maximum of|maximum of|as high as|a total of up to|up to about|less than or equal to|smaller than or equal to|lower than or equal to|fewer than or equal to|smaller or equal than|less or equal than|lower or equal than|equal to or less than|equal to or smaller than|equal to or lower than|equal to or fewer than|at most or equal to	q=up_to
at least|no fewer than|no less than|not less than|a minimum of|minimum of|at minimum|greater than or equal to|more than or equal to|larger than or equal to|bigger than or equal to|higher than or equal to|greater or equal than|bigger or equal than|higher or equal than|larger or equal than|more or equal than|equal to or more than|equal to or greater than|equal to or higher than|equal to or larger than|equal to or bigger than|at least or equal to	q=at_least
more than|over|above|in excess of|upwards of|upward of|greater than|higher than|larger than|bigger than|just over|well over|exceeding|exceed|exceeds|exceeded|surpass|surpasses|surpassing|some more than|beyond	q=more_than
less than|fewer than|under|below|lower than|smaller than|just under|well under|shy of|short of	q=less_than
about|around|some|nearly|roughly|almost|an estimated|estimated|approximately|approx|close to|circa|just about|more or less|about some|an approximate|approaching|near|just shy of	q=approximate
or more|or above|or over|plus|or higher|or greater	q=at_least	pos=after
or less|or fewer|or under|or lower|or below	q=up_to	pos=after
or so|odd	q=approximate	pos=after
equal to|equals|equaling to|equalling to|equals to	q=exact
or equal|or equal to|and more|or greater than|or more than|and above	q=at_least	pos=after
"""#####
}
