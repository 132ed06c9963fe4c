/// One sentence, by exact span. Every block is made of sentences, whatever its role.
public struct Sentence: Sendable, Hashable {
    public var span: Span
    /// 0...1: how much a fact-checker should look at this sentence; 0.5 is the decision threshold.
    public var checkworthiness: Double
    /// The most marked status of any clause in the sentence.
    public var modality: Modality
    /// Index into `Document.blocks`.
    public var block: Int
}

extension Sentence {
    // Builds through the synthesized memberwise initializer, which has other labels
    // (`checkworthiness` is declared before `block`): see `Document.init(text:inputFormat:)`.
    public init(span: Span, block: Int, modality: Modality = .asserted, checkworthiness: Double = 0) {
        self.init(span: span, checkworthiness: checkworthiness, modality: modality, block: block)
    }
}
