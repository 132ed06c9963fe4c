/// Dates and times of day, absolute and relative, resolved to ISO 8601.
/// (First version: finds nothing. The dates issue fills it in.)
enum TimeStage {
    static func run(_ document: inout Document, context: ExtractionContext) {
        if let ref = context.referenceDate {
            document.referenceDate = ref
            document.referenceAnchor = .reference
        } else if let published = document.published {
            document.referenceDate = published
            document.referenceAnchor = .published
        }
    }
}
