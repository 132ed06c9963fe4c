import ArgumentParser
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract claims from articles and print JSON documents (or a table, or an HTML page).",
        discussion: """
            With FILE arguments, prints one JSON document per file (text or HTML; '-' reads
            standard input; a directory stands for the files in it). With --jsonl, reads JSON
            Lines records {"id": …, "text": …} ("html" instead of "text"; optional "date")
            from the files or standard input and writes one line per record, in order: the
            document with "id" echoed, or an error object {"id": …, "error": {"code": …,
            "message": …}}. A progress line goes to standard error when it is a terminal.

            Output formats (--format): json (default; --pretty indents), jsonl (one document
            per line), text (a table of claims for the terminal), html (the page 'claimkit
            report' writes).

            Examples:
              claimkit extract article.txt --pretty
              claimkit extract page.html --date 2024-06-20 --format text
              claimkit extract articles/ --format jsonl > documents.jsonl
              claimkit extract article.txt --format html > article.html
              cat articles.jsonl | claimkit extract --jsonl --jobs 2 > documents.jsonl
              claimkit extract --jsonl big.jsonl --skip 120000 >> documents.jsonl
            """
    )

    /// What `extract` prints.
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case json, jsonl, text, html
    }

    @Argument(help: "Article files or directories ('-' for standard input).", completion: .file())
    var files: [String] = []

    @Option(name: .customLong("date"), help: "Reference date YYYY-MM-DD for relative dates.")
    var referenceDate: String?

    @Option(help: "Output: json, jsonl, text (a table of claims) or html (a report page).")
    var format: OutputFormat = .json

    @Option(name: .customLong("input-format"), help: "How to read the input: text, html or auto.")
    var inputFormat: InputFormat = .auto

    @Option(help: "Extractor options as JSON, e.g. '{\"offset_unit\": \"codepoint\"}'.")
    var options: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Flag(help: "Read JSON Lines records and write one JSON line per record.")
    var jsonl = false

    // `.unconditional` so that `--skip -1` reaches the range check (and its message) instead
    // of being read as an unknown flag.
    @Option(parsing: .unconditional, help: "With --jsonl: worker threads, 1 to 256 (output stays in input order).")
    var jobs: Int?

    @Option(parsing: .unconditional, help: "With --jsonl: skip the first N input lines (to resume a killed run).")
    var skip: Int?

    func validate() throws {
        try validateReferenceDate(referenceDate)
        do { _ = try ExtractionOptions(json: options) } catch {
            throw ValidationError("--options: \(error.description); write a JSON object, e.g. --options '{\"offset_unit\": \"codepoint\"}'")
        }
        _ = try InputPaths.expand(files)
        if let jobs {
            guard jsonl else { throw ValidationError("--jobs only applies to --jsonl input; add --jsonl or drop --jobs") }
            guard jobs >= 1, jobs <= 256 else {
                throw ValidationError("--jobs must be between 1 and 256, not \(jobs); try --jobs 2 (about one per core)")
            }
        }
        if let skip {
            guard jsonl else { throw ValidationError("--skip only applies to --jsonl input; add --jsonl or drop --skip") }
            guard skip >= 0 else {
                throw ValidationError("--skip must be 0 or more (the number of input lines already done), not \(skip)")
            }
        }
        if jsonl && (format == .text || format == .html) {
            throw ValidationError("--jsonl writes JSON Lines; for a \(format.rawValue) view, write documents first and then run 'claimkit report documents.jsonl -o report.html'")
        }
        if pretty && format != .json {
            throw ValidationError("--pretty only applies to --format json")
        }
    }

    func run() throws {
        let extractor: Extractor
        do {
            var opts = try ExtractionOptions(json: options)
            opts.inputFormat = inputFormat
            // The HTML page shows the text, so it needs the text in the JSON.
            if format == .html || format == .text { opts.includeText = true }
            extractor = try Extractor(options: opts)
        } catch {
            throw ValidationError("--options: \(error.description)")
        }
        let inputs = files.isEmpty ? ["-"] : try InputPaths.expand(files)
        if jsonl {
            let processor = RecordProcessor(extractor: extractor, defaultDate: referenceDate, pretty: false)
            try streamJSONL(inputs, processor: processor)
            return
        }
        var failed = false
        var pageDocuments: [(name: String, json: JSONValue)] = []
        let width = Terminal.width()
        for path in inputs {
            guard let bytes = FileReader.readAll(path) else {
                writeError("claimkit: cannot read '\(path)': \(FileReader.lastErrorMessage()). Check the path (use '-' for standard input).")
                failed = true
                continue
            }
            let document: Document
            do {
                document = try bytes.withUnsafeBufferPointer { buf throws(ClaimKitError) in
                    try extractor.extract(bytes: buf, context: ExtractionContext(referenceDate: referenceDate))
                }
            } catch {
                writeError("claimkit: \(path): \(error.description)")
                failed = true
                continue
            }
            let name = path == "-" ? "standard input" : path
            switch format {
            case .json, .jsonl:
                StandardOutput.writeLine(extractor.json(document, pretty: pretty))
            case .html:
                if let value = try? JSONReader.parse(extractor.json(document)) { pageDocuments.append((name, value)) }
            case .text:
                guard let value = try? JSONReader.parse(extractor.json(document)) else { continue }
                if path != inputs.first { StandardOutput.write([0x0A]) }
                StandardOutput.write(Array(ClaimTable.render(ReportDocument(json: value, name: name), width: width).utf8))
            }
        }
        if format == .html && !pageDocuments.isEmpty {
            StandardOutput.write(ReportBuilder.page(pageDocuments, title: nil))
        }
        StandardOutput.flush()
        if failed { throw ExitCode(1) }
    }
}

extension Extract {
    /// Streams records through the extractor in batches: memory stays bounded by the batch,
    /// whatever the length of the stream.
    func streamJSONL(_ inputs: [String], processor: RecordProcessor) throws {
        let batcher = ParallelBatch(processor: processor, jobs: jobs ?? 1)
        let jobs = jobs ?? 1
        let skip = skip ?? 0
        var progress = ProgressLine()
        var records = 0
        var bytesRead = 0
        // A record may hold JSON escapes, so allow some slack over the text limit.
        let maxLine = processor.extractor.options.maxInputBytes &* 2 &+ 4096
        let batchBytes = 4 << 20
        var line = 0
        var batch: [ParallelBatch.Record] = []
        var pending = 0
        // The batch the workers are on while this thread reads the next one and writes the
        // one before: reading and writing overlap with extraction instead of stalling it.
        var running: (run: ParallelBatch.Run, count: Int, bytes: Int)? = nil
        func write(_ outputs: [[UInt8]], count: Int, bytes: Int) {
            for out in outputs { StandardOutput.writeLine(out) }
            StandardOutput.flush()
            records += count
            bytesRead += bytes
            progress.update(records: records, bytes: bytesRead)
        }
        /// Finishes the batch in flight (this thread works on it too) and writes it.
        func finishRunning() {
            guard let r = running else { return }
            running = nil
            write(r.run.finish(), count: r.count, bytes: r.bytes)
        }
        /// Finishes the batch in flight, starts this one, and writes the finished one's
        /// output while this one runs.
        func flushBatch() {
            let previous = running
            running = nil
            let outputs = previous?.run.finish()
            running = (batcher.start(batch), batch.count, pending)
            batch = []
            pending = 0
            if let previous, let outputs { write(outputs, count: previous.count, bytes: previous.bytes) }
        }
        var failed = false
        for path in inputs {
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
            guard fd >= 0 else {
                let reason = FileReader.lastErrorMessage()
                progress.finish()
                writeError("claimkit: cannot read '\(path)': \(reason). Check the path (use '-' for standard input).")
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
        finishRunning()
        progress.finish()
        if failed { throw ExitCode(1) }
    }
}
