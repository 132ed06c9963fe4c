import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// Runs a batch of records on N POSIX threads and returns their output lines in input order.
///
/// Plain pthreads, not Dispatch or Swift Concurrency: the command shares the library's rule of
/// staying fork-safe and predictable. `start` launches N − 1 worker threads on the batch and
/// returns at once, so the caller can read the next batch (and write the previous one) while
/// they work; `finish` makes the caller the N-th worker and joins. Workers take the next
/// unclaimed record under a mutex (not a fixed share each), so a thread the busy machine
/// descheduled, or a long article, does not leave the others idle at the join.
final class ParallelBatch: Sendable {
    struct Record {
        var bytes: [UInt8]
        var line: Int
        var oversized: Bool
    }

    let processor: RecordProcessor
    let jobs: Int

    init(processor: RecordProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// Starts `batch` on the worker threads (none with one job: all of it runs in `finish`).
    func start(_ batch: [Record]) -> Run {
        let run = Run(records: batch, processor: processor)
        let threads = min(jobs, batch.count)
        for _ in 1..<max(1, threads) {
            let ctx = Unmanaged.passRetained(run).toOpaque()
            var tid = pthread_t()
            if pthread_create(&tid, nil, { arg in
                guard let arg else { return nil }
                Unmanaged<Run>.fromOpaque(arg).takeRetainedValue().work()
                return nil
            }, ctx) == 0 {
                run.threads.append(tid)
            } else {
                // Could not start: the caller does this share in `finish`.
                Unmanaged<Run>.fromOpaque(ctx).release()
            }
        }
        return run
    }

    /// Runs a batch to the end on this thread and the workers; output lines in input order.
    func run(_ batch: [Record]) -> [[UInt8]] { start(batch).finish() }

    /// One batch in flight. Only `next` is shared while workers run (under `lock`); each
    /// output slot is written by the one thread that claimed its index, and read after the
    /// joins.
    final class Run: @unchecked Sendable {
        let records: [Record]
        let processor: RecordProcessor
        fileprivate var threads: [pthread_t] = []
        private let outputs: UnsafeMutableBufferPointer<[UInt8]>
        private let lock: UnsafeMutablePointer<pthread_mutex_t>
        private var next = 0

        init(records: [Record], processor: RecordProcessor) {
            self.records = records
            self.processor = processor
            outputs = .allocate(capacity: records.count)
            _ = outputs.initialize(from: repeatElement([], count: records.count))
            lock = .allocate(capacity: 1)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deinitialize(count: 1)
            lock.deallocate()
            outputs.deinitialize()
            outputs.deallocate()
        }

        /// The index of the next record nobody has taken, or nil when all are taken.
        private func claim() -> Int? {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            guard next < records.count else { return nil }
            next += 1
            return next - 1
        }

        fileprivate func work() {
            while let i = claim() {
                let r = records[i]
                outputs[i] = processor.process(r.bytes[...], line: r.line, oversized: r.oversized)
            }
        }

        /// Works on what is left, waits for the workers, and returns the output lines in order.
        func finish() -> [[UInt8]] {
            work()
            for tid in threads { pthread_join(tid, nil) }
            threads.removeAll()
            return Array(outputs)
        }
    }
}
