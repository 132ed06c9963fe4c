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
            } catch let error as ClaimKitError {
                writeError("claimkit: \(path): \(error.description)")
                failed = true
            }
        }
        StandardOutput.flush()
        if failed { throw ExitCode(1) }
    }
}
