/// How firmly something is claimed.
public enum ModalityStatus: String, Sendable, CaseIterable, Comparable {
    case asserted
    case hedged
    case conditional
    case denied
    case question

    /// question > denied > conditional > hedged > asserted: a sentence takes the most marked.
    public var rank: Int {
        switch self {
        case .asserted: 0
        case .hedged: 1
        case .conditional: 2
        case .denied: 3
        case .question: 4
        }
    }

    public static func < (lhs: ModalityStatus, rhs: ModalityStatus) -> Bool { lhs.rank < rhs.rank }
}

/// A modality status with the words that set it.
public struct Modality: Sendable, Hashable {
    public var status: ModalityStatus
    public var cues: [Span]

    public init(status: ModalityStatus, cues: [Span] = []) {
        self.status = status
        self.cues = cues
    }

    public static let asserted = Modality(status: .asserted)
}
