import ArgumentParser
import ClaimKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group claims from several articles that concern the same thing; say where they agree or conflict.",
        discussion: """
            Each FILE is an article (text or HTML) or a document JSON written by 'claimkit
            extract'. With --jsonl, each line of the inputs is an article record {"id", "text"}
            (or "html") or a document JSON line. Prints one comparison JSON:
            {"schema_version", "documents", "entities", "groups": [{"relation", "reason", "claims"}]}.

            Examples:
              claimkit compare a.txt b.txt --pretty
              claimkit extract --jsonl day.jsonl | claimkit compare --jsonl
            """
    )

    @Argument(help: "Articles or document JSON files ('-' for standard input).")
    var files: [String] = []

    @Flag(help: "Read JSON Lines (article records or documents).")
    var jsonl = false

    @Option(name: .customLong("date"), help: "Reference date YYYY-MM-DD for articles' relative dates.")
    var referenceDate: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw ValidationError(error.description) }
        if let referenceDate, ISODate(parsing: referenceDate) == nil {
            throw ValidationError("--date must be a date YYYY-MM-DD, not '\(referenceDate)'")
        }
        var documents: [JSONValue] = []
        var failed = false
        let context = ExtractionContext(referenceDate: referenceDate)
        // An input that is a document already is compared as it is; anything else is extracted.
        func add(_ bytes: [UInt8], id: JSONValue) {
            if let v = try? JSONReader.parse(bytes), v["schema_version"] != nil {
                documents.append(v)
                return
            }
            if let v = try? JSONReader.parse(bytes), let text = v["text"]?.stringValue ?? v["html"]?.stringValue {
                let format: InputFormat = v["text"] != nil ? .text : .html
                var date = referenceDate
                if let d = v["date"]?.stringValue, ISODate(parsing: d) != nil { date = d }
                if let doc = try? extractor.extract(text, context: ExtractionContext(referenceDate: date, inputFormat: format)),
                    let parsed = try? JSONReader.parse(extractor.json(doc, id: v["id"] ?? id))
                {
                    documents.append(parsed)
                    return
                }
            }
            do {
                let doc = try bytes.withUnsafeBufferPointer { buf throws(ClaimKitError) in try extractor.extract(bytes: buf, context: context) }
                documents.append(try JSONReader.parse(extractor.json(doc, id: id)))
            } catch {
                writeError("claimkit: \(id): \(error)")
                failed = true
            }
        }
        let inputs = files.isEmpty ? ["-"] : files
        for path in inputs {
            guard let bytes = FileReader.readAll(path) else {
                writeError("claimkit: cannot read '\(path)': \(FileReader.lastErrorMessage())")
                failed = true
                continue
            }
            if jsonl {
                var n = 0
                for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
                    n += 1
                    add(Array(line), id: .string("\(path):\(n)"))
                }
            } else {
                add(bytes, id: .string(path))
            }
        }
        var out = Comparator.compare(json: documents).json(pretty: pretty)
        out.append(0x0A)
        StandardOutput.write(out)
        StandardOutput.flush()
        if failed { throw ExitCode(1) }
    }
}
