// Generated from data/lexicons/en/colon_labels.txt by scripts/generate-lexicons. Do not edit.
extension LexiconData {
    static let colonLabels: StaticString = #####"""
# Words that open a line as a label, not a speaker, before a colon (`Photo: …`, `Update: …`,
# `Read more: …`): a line `Name: text` is attributed to Name unless Name is one of these.
# Read by: attribution (the colon-lead rule).
photo|photos|picture|pictures|image|images|video|videos|graphic|map|chart|credit|source|sources
update|updated|breaking|watch|read|listen|related|more|see|also|note|editor|editors|correction|clarification
opinion|analysis|comment|commentary|review|interview|exclusive|live|report|poll|quiz|explainer|factbox|timeline|q|a
warning|disclaimer|advertisement|sponsored|subscribe|share|tags|topics|filed|posted|published|contact|email|follow
day|week|part|chapter|episode|step|question|answer|example|bottom|line|the
"""#####
}
