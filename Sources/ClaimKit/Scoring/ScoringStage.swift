/// Check-worthiness per sentence and claim, and statement claims. (First version: all 0.)
enum ScoringStage {
    static func run(_ document: inout Document) {}
}
