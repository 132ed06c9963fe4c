import ArgumentParser
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract claims from articles and print JSON documents.",
        discussion: """
            With FILE arguments, prints one JSON document per file (text or HTML; '-' reads
            standard input). With --jsonl, reads JSON Lines records {"id": …, "text": …}
            ("html" instead of "text"; optional "date") from the files or standard input and
            writes one line per record, in order: the document with "id" echoed, or an error
            object {"id": …, "error": {"code": …, "message": …}}.
            """
    )

    @Argument(help: "Article files ('-' for standard input).")
    var files: [String] = []

    @Option(name: .customLong("date"), help: "Reference date YYYY-MM-DD for relative dates.")
    var referenceDate: String?

    @Option(help: "Input format: text, html or auto.")
    var format: String = "auto"

    @Option(help: "Extractor options as JSON, e.g. '{\"offset_unit\": \"codepoint\"}'.")
    var options: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Flag(help: "Read JSON Lines records and write one JSON line per record.")
    var jsonl = false

    @Option(help: "With --jsonl: worker threads (output stays in input order).")
    var jobs: Int = 1

    @Option(help: "With --jsonl: skip the first N input lines (to resume a killed run).")
    var skip: Int = 0

    func run() throws {
        let extractor: Extractor
        do {
            var opts = try ExtractionOptions(json: options)
            guard let f = InputFormat(rawValue: format) else {
                throw ValidationError("--format must be text, html or auto, not '\(format)'")
            }
            opts.inputFormat = f
            extractor = try Extractor(options: opts)
        } catch let error as ClaimKitError {
            throw ValidationError(error.description)
        }
        if let referenceDate, ISODate(parsing: referenceDate) == nil {
            throw ValidationError("--date must be a date YYYY-MM-DD, not '\(referenceDate)'")
        }
        let inputs = files.isEmpty ? ["-"] : files
        if jsonl {
            guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
            guard skip >= 0 else { throw ValidationError("--skip must not be negative") }
            let processor = RecordProcessor(extractor: extractor, defaultDate: referenceDate, pretty: false)
            try streamJSONL(inputs, processor: processor)
            return
        }
        var failed = false
        for path in inputs {
            guard let bytes = FileReader.readAll(path) else {
                writeError("claimkit: cannot read '\(path)': \(FileReader.lastErrorMessage())")
                failed = true
                continue
            }
            do {
                let document = try bytes.withUnsafeBufferPointer { buf throws(ClaimKitError) in
                    try extractor.extract(bytes: buf, context: ExtractionContext(referenceDate: referenceDate))
                }
                var json = extractor.json(document, pretty: pretty)
                json.append(0x0A)
                StandardOutput.write(json)
            } catch {
                writeError("claimkit: \(path): \(error.description)")
                failed = true
            }
        }
        StandardOutput.flush()
        if failed { throw ExitCode(1) }
    }
}

extension Extract {
    /// Streams records through the extractor in batches: memory stays bounded by the batch,
    /// whatever the length of the stream.
    func streamJSONL(_ inputs: [String], processor: RecordProcessor) throws {
        let batcher = ParallelBatch(processor: processor, jobs: jobs)
        // A record may hold JSON escapes, so allow some slack over the text limit.
        let maxLine = processor.extractor.options.maxInputBytes &* 2 &+ 4096
        let batchBytes = 4 << 20
        var line = 0
        var batch: [ParallelBatch.Record] = []
        var pending = 0
        func flushBatch() {
            for out in batcher.run(batch) {
                var o = out
                o.append(0x0A)
                StandardOutput.write(o)
            }
            StandardOutput.flush()
            batch.removeAll(keepingCapacity: true)
            pending = 0
        }
        var failed = false
        for path in inputs {
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
            guard fd >= 0 else {
                writeError("claimkit: cannot read '\(path)': \(FileReader.lastErrorMessage())")
                failed = true
                continue
            }
            var reader = LineReader(fd: fd, maxLine: maxLine)
            while let (bytes, oversized) = reader.next() {
                line += 1
                if line <= skip { continue }
                batch.append(.init(bytes: Array(bytes), line: line, oversized: oversized))
                pending += bytes.count
                if batch.count >= 64 * jobs || pending >= batchBytes { flushBatch() }
            }
            if fd != 0 { close(fd) }
        }
        if !batch.isEmpty { flushBatch() }
        if failed { throw ExitCode(1) }
    }
}
