import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// Runs a batch of records on N POSIX threads and returns their output lines in input order.
///
/// Plain pthreads, not Dispatch or Swift Concurrency: the command shares the library's rule of
/// staying fork-safe and predictable. Each batch is a fork-join: threads take records by index
/// (i ≡ t mod N), write into their own slots, and are joined before the batch is written.
final class ParallelBatch: @unchecked Sendable {
    struct Record {
        var bytes: [UInt8]
        var line: Int
        var oversized: Bool
    }

    let processor: RecordProcessor
    let jobs: Int
    private var records: [Record] = []
    private var outputs: UnsafeMutableBufferPointer<[UInt8]> = .init(start: nil, count: 0)

    init(processor: RecordProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    func run(_ batch: [Record]) -> [[UInt8]] {
        records = batch
        outputs = .allocate(capacity: batch.count)
        _ = outputs.initialize(from: repeatElement([], count: batch.count))
        defer {
            outputs.deinitialize()
            outputs.deallocate()
            outputs = .init(start: nil, count: 0)
        }
        let threads = min(jobs, batch.count)
        if threads <= 1 {
            work(0, 1)
        } else {
            var ids: [pthread_t] = []
            var started: [Int] = []
            for t in 1..<threads {
                let ctx = Unmanaged.passRetained(WorkerContext(batch: self, index: t, count: threads)).toOpaque()
                var tid = pthread_t()
                if pthread_create(&tid, nil, { arg in
                    guard let arg else { return nil }
                    let ctx = Unmanaged<WorkerContext>.fromOpaque(arg).takeRetainedValue()
                    ctx.batch.work(ctx.index, ctx.count)
                    return nil
                }, ctx) == 0 {
                    ids.append(tid)
                    started.append(t)
                } else {
                    Unmanaged<WorkerContext>.fromOpaque(ctx).release()
                }
            }
            work(0, threads)
            for tid in ids { pthread_join(tid, nil) }
            // A thread that could not start: do its share here, so nothing is lost.
            for t in 1..<threads where !started.contains(t) { work(t, threads) }
        }
        return Array(outputs)
    }

    fileprivate func work(_ index: Int, _ count: Int) {
        var i = index
        while i < records.count {
            let r = records[i]
            outputs[i] = processor.process(r.bytes[...], line: r.line, oversized: r.oversized)
            i += count
        }
    }
}

private final class WorkerContext {
    let batch: ParallelBatch
    let index: Int
    let count: Int
    init(batch: ParallelBatch, index: Int, count: Int) {
        self.batch = batch
        self.index = index
        self.count = count
    }
}
