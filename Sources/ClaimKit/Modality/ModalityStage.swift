/// Hedged, denied, conditional, question. (First version: everything asserted.)
enum ModalityStage {
    static func run(_ document: inout Document) {}
}
