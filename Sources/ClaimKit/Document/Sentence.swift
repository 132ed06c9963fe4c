/// One sentence, by exact span. Every block is made of sentences, whatever its role.
public struct Sentence: Sendable, Hashable {
    public var span: Span
    /// Index into `Document.blocks`.
    public var block: Int
    /// The most marked status of any clause in the sentence.
    public var modality: Modality
    /// 0...1: how much a fact-checker should look at this sentence; 0.5 is the decision threshold.
    public var checkworthiness: Double

    public init(span: Span, block: Int, modality: Modality = .asserted, checkworthiness: Double = 0) {
        self.span = span
        self.block = block
        self.modality = modality
        self.checkworthiness = checkworthiness
    }
}
