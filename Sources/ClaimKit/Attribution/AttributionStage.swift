/// Quotes and reported speech with resolved speakers. (First version: finds nothing.)
enum AttributionStage {
    static func run(_ document: inout Document) {}
}
