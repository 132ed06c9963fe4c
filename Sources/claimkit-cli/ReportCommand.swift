import ArgumentParser
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// `claimkit report`: one self-contained HTML page for fact-checkers.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML page that shows each article with its claims, speakers, numbers and dates marked.",
        discussion: """
            Each FILE is an article (text or HTML) or a document JSON written by 'claimkit
            extract' (also a JSON array or JSON Lines of them); a directory stands for the files
            in it. The page is self-contained (inline style and script, no network access):
            the article text with quotes, speakers, cues, numbers, dates and hedges marked, a
            side panel of claims ranked by check-worthiness, and details on hover or click. With
            several articles it starts with the claims that agree or conflict across them.

            Examples:
              claimkit report article.txt -o report.html
              claimkit report a.txt b.html c.json -o today.html --date 2024-06-20
              claimkit extract --jsonl day.jsonl > docs.jsonl && claimkit report docs.jsonl -o day.html
              claimkit report articles/ -o - > report.html
              claimkit report documents.jsonl --format text
            """
    )

    @Argument(help: "Articles, document JSON files or directories ('-' for standard input).", completion: .file())
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Where to write the page ('-' for standard output).", completion: .file(extensions: ["html"]))
    var output: String?

    @Option(name: .customLong("date"), help: "Reference date YYYY-MM-DD for articles' relative dates.")
    var referenceDate: String?

    @Option(name: .customLong("input-format"), help: "How to read articles: text, html or auto.")
    var inputFormat: InputFormat = .auto

    @Option(help: "The page's title.")
    var title: String?

    /// `text` prints the claims tables instead (handy for saved document JSON in a terminal).
    enum Format: String, CaseIterable, ExpressibleByArgument { case html, text }

    @Option(help: "html (the page) or text (a table of claims per article, to standard output).")
    var format: Format = .html

    func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError("give at least one article or document JSON, e.g. 'claimkit report article.txt -o report.html'")
        }
        try validateReferenceDate(referenceDate)
        _ = try InputPaths.expand(files)
        if format == .text {
            if let output, output != "-" { throw ValidationError("--format text prints to standard output; drop '-o \(output)' or use '> \(output)'") }
            return
        }
        if output == nil && isatty(1) != 0 {
            throw ValidationError("say where to write the page, e.g. '-o report.html' (or '-o -' for standard output)")
        }
    }

    func run() throws {
        let paths = try InputPaths.expand(files)
        let extractor: Extractor
        do { extractor = try Extractor(options: ExtractionOptions(includeText: true)) } catch { throw ValidationError(error.description) }
        let sources = ReportSources(extractor: extractor, referenceDate: referenceDate, inputFormat: inputFormat)
        let (documents, failed) = sources.load(paths)
        guard !documents.isEmpty else {
            writeError("claimkit: nothing to report: no input could be read")
            throw ExitCode(1)
        }
        if format == .text {
            let width = Terminal.width()
            for (i, d) in documents.enumerated() {
                if i > 0 { StandardOutput.write([0x0A]) }
                StandardOutput.write(Array(ClaimTable.render(ReportDocument(json: d.json, name: d.name), width: width).utf8))
            }
            StandardOutput.flush()
            if failed { throw ExitCode(1) }
            return
        }
        let page = ReportBuilder.page(documents, title: title)
        if let output, output != "-" {
            guard FileWriter.write(page, to: output) else {
                writeError("claimkit: cannot write '\(output)': \(FileReader.lastErrorMessage()). Check that its directory exists and is writable.")
                throw ExitCode(1)
            }
            writeError("claimkit: wrote \(output) (\(documents.count) article\(documents.count == 1 ? "" : "s"), \(page.count / 1024 + 1) KB)")
        } else {
            StandardOutput.write(page)
            StandardOutput.flush()
        }
        if failed { throw ExitCode(1) }
    }
}

/// Builds the page from document JSON values (shared by `report` and `extract --format html`).
enum ReportBuilder {
    static func page(_ documents: [(name: String, json: JSONValue)], title: String?) -> [UInt8] {
        let docs = documents.map { ReportDocument(json: $0.json, name: $0.name) }
        let comparison = documents.count > 1 ? Comparator.compare(json: documents.map(\.json)) : nil
        let defaultTitle = docs.count == 1 ? "claimkit report: " + docs[0].displayName : "claimkit report: \(docs.count) articles"
        return ReportPage(documents: docs, comparison: comparison, pageTitle: title ?? defaultTitle).html()
    }
}

/// Writes a whole file (POSIX; created 0644, truncated).
enum FileWriter {
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, buf.count - offset)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// `--date` check with a message that says what to write.
func validateReferenceDate(_ date: String?) throws {
    if let date, ISODate(parsing: date) == nil {
        throw ValidationError("--date must be a calendar date written YYYY-MM-DD (e.g. --date 2024-06-20), not '\(date)'")
    }
}

extension InputFormat: ExpressibleByArgument {}
