import Synchronization

/// Working storage the stages need for one document and that no result keeps: token buffers,
/// per-token flags, the entity tables, the check-worthiness bit set. Building it and freeing it
/// again cost every document several million instructions per 600 articles (allocation, and
/// the zero fill of the 32 KB bit set), so an extractor keeps a few of these between documents
/// (`ScratchPool`).
///
/// A stage moves a buffer out of the bundle into a local at its start and back at its end
/// (class properties are reached through exclusivity checks and would share storage with a
/// copy), so its loops run on plain locals as before. Every stage leaves nothing of a document
/// in a buffer that the next one could read: each buffer is either refilled before use or
/// emptied by the stage (see each field). One bundle serves one document on one thread.
final class PipelineScratch {
    /// Attribution: the current block's tokens and lists (overwritten block by block).
    var tokens = TokenScratch()
    /// Attribution: tokens already used by a claim, and the cue memo (both refilled for each
    /// document by `AttributionReader.reserve`).
    var used: [Bool] = []
    var cueMemo: [UInt64] = []
    /// Attribution: the current block's quotes and sentences (each block empties them first).
    var quotes: [PairedQuote] = []
    var sentenceRanges: [(Int, Int)] = []
    /// Attribution: the entity tables, emptied (`EntityIndex.reset`) before each document.
    /// nil while a document holds them, or before the first.
    var entities: EntityIndex?
    /// Scoring: the presence bit set (every text clears the bits it set) and hit list.
    var checkworthiness = CheckworthinessModel.Scratch()
    /// Scoring: dense feature bits per sentence (refilled per document).
    var features: [UInt32] = []
    /// Scoring: the statement pass's flags and clause buffers (`StatementBuffers`).
    var statements = StatementBuffers()
    /// Modality and scoring: the scanner's word buffer (emptied before each use).
    var modalityTokens: [ModalityToken] = []
    /// Claim linking: the quantities' and times' spans (refilled per document).
    var quantitySpans: [Span] = []
    var timeSpans: [Span] = []

    init() {}

    /// Largest buffers a bundle keeps for the next document, in elements. A document with a
    /// longer block or sentence, or more entities, makes its buffers grow past these; they are
    /// dropped when it is done, so a pool of bundles stays a few hundred KB each whatever it has
    /// read (a 100 MB input does not leave 100 MB-sized buffers behind). Ordinary news articles
    /// stay well below (their longest paragraph is a few hundred tokens).
    static let keepTokens = 8192
    static let keepBytes = 32768
    static let keepEntries = 4096

    /// Drops every buffer that grew past the limits above.
    func trim() {
        if tokens.tokenCapacity > Self.keepTokens || tokens.listEntries > Self.keepBytes {
            tokens = TokenScratch()
        }
        if used.capacity > Self.keepTokens { used = [] }
        if cueMemo.capacity > Self.keepTokens { cueMemo = [] }
        if quotes.capacity > Self.keepEntries { quotes = [] }
        if sentenceRanges.capacity > Self.keepEntries { sentenceRanges = [] }
        if let e = entities, e.footprint > Self.keepEntries { entities = nil }
        checkworthiness.trim(keepingHits: Self.keepBytes)
        if features.capacity > Self.keepEntries { features = [] }
        statements.trim(Self.keepEntries)
        if modalityTokens.capacity > Self.keepEntries { modalityTokens = [] }
        if quantitySpans.capacity > Self.keepEntries { quantitySpans = [] }
        if timeSpans.capacity > Self.keepEntries { timeSpans = [] }
    }
}

/// A few `PipelineScratch` bundles kept between documents by one extractor.
///
/// An extractor is shared by threads (the CLI's `--jobs`, the C API) and the Python binding
/// forks worker processes, so the pool takes no lock: each slot is an atomic pointer to a
/// bundle (a retained reference) or nil. `take` empties the first full slot it finds with one
/// atomic exchange, so two threads can never get the same bundle; with every slot empty (more
/// documents in flight than slots) it makes a fresh bundle, as a document did before the pool.
/// `give` puts a bundle into the first empty slot with a compare-and-exchange, or frees it when
/// all are full. Nothing waits, so nothing can deadlock, and a child forked while another thread
/// held a bundle only lacks that one (it stays unreachable in the child: a bounded leak).
/// Acquire/release ordering makes a bundle's writes by the thread that gave it visible to the
/// thread that takes it.
final class ScratchPool: Sendable {
    // Four slots: enough for the usual thread count on one machine (the CLI's --jobs defaults
    // to the cores); more concurrent documents still work, they just allocate as before.
    // A bundle's address as an integer, 0 for none (pointers are not `Sendable`; the pool
    // owns the retained reference the address stands for).
    private let slot0 = Atomic<UInt>(0)
    private let slot1 = Atomic<UInt>(0)
    private let slot2 = Atomic<UInt>(0)
    private let slot3 = Atomic<UInt>(0)

    init() {}

    /// A bundle for one document: a kept one, or a new one.
    func take() -> PipelineScratch {
        if let s = take(slot0) ?? take(slot1) ?? take(slot2) ?? take(slot3) { return s }
        return PipelineScratch()
    }

    /// Returns a bundle after its document (trimmed first), or frees it when every slot is full.
    func give(_ scratch: PipelineScratch) {
        scratch.trim()
        let p = UInt(bitPattern: Unmanaged.passRetained(scratch).toOpaque())
        if put(p, slot0) || put(p, slot1) || put(p, slot2) || put(p, slot3) { return }
        Self.release(p)
    }

    private func take(_ slot: borrowing Atomic<UInt>) -> PipelineScratch? {
        // A plain load first: an empty slot costs no read-modify-write.
        guard slot.load(ordering: .relaxed) != 0 else { return nil }
        let p = slot.exchange(0, ordering: .acquiring)
        guard let raw = UnsafeMutableRawPointer(bitPattern: p) else { return nil }
        return Unmanaged<PipelineScratch>.fromOpaque(raw).takeRetainedValue()
    }

    private func put(_ p: UInt, _ slot: borrowing Atomic<UInt>) -> Bool {
        slot.compareExchange(expected: 0, desired: p, ordering: .releasing).exchanged
    }

    private static func release(_ p: UInt) {
        guard let raw = UnsafeMutableRawPointer(bitPattern: p) else { return }
        Unmanaged<PipelineScratch>.fromOpaque(raw).release()
    }

    deinit {
        // No other thread can hold the pool now; release what the slots still own.
        Self.release(slot0.exchange(0, ordering: .acquiring))
        Self.release(slot1.exchange(0, ordering: .acquiring))
        Self.release(slot2.exchange(0, ordering: .acquiring))
        Self.release(slot3.exchange(0, ordering: .acquiring))
    }
}
