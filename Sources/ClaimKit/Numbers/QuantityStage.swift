/// Numbers with qualifiers and units. (First version: finds nothing. The numbers issue fills it in.)
enum QuantityStage {
    static func run(_ document: inout Document) {}
}
