import ArgumentParser
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// File arguments: a directory stands for the (non-hidden) regular files directly in it, in
/// name order; `-` is standard input.
enum InputPaths {
    static func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for path in paths {
            guard path != "-", isDirectory(path) else {
                out.append(path)
                continue
            }
            let files = try filesIn(directory: path)
            guard !files.isEmpty else {
                throw ValidationError("directory '\(path)' has no files in it; pass article files (.txt, .html) or document JSON, or a directory that holds some")
            }
            out += files
        }
        return out
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    private static func filesIn(directory: String) throws -> [String] {
        guard let dir = opendir(directory) else {
            throw ValidationError("cannot list directory '\(directory)': \(FileReader.lastErrorMessage()); check its permissions")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var st = stat()
            if stat(full, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { names.append(full) }
        }
        return names.sorted()
    }
}

/// Turns report inputs into document JSON values: a file holding a document JSON (an object
/// with `schema_version`), a JSON array of them or JSON Lines of them is read as it is; any
/// other file is an article, extracted here (with its text included, so it can be shown).
struct ReportSources {
    let extractor: Extractor
    let referenceDate: String?
    let inputFormat: InputFormat?

    /// The documents, each with a name, and whether some input failed (reported on stderr).
    func load(_ paths: [String]) -> (documents: [(name: String, json: JSONValue)], failed: Bool) {
        var documents: [(name: String, json: JSONValue)] = []
        var failed = false
        for path in paths {
            guard let bytes = FileReader.readAll(path) else {
                writeError("claimkit: cannot read '\(path)': \(FileReader.lastErrorMessage()). Check the path (use '-' for standard input).")
                failed = true
                continue
            }
            let name = path == "-" ? "standard input" : path
            if let docs = Self.documents(in: bytes) {
                for (i, d) in docs.enumerated() { documents.append((docs.count == 1 ? name : "\(name) #\(i + 1)", d)) }
                continue
            }
            do {
                let document = try bytes.withUnsafeBufferPointer { buf throws(ClaimKitError) in
                    try extractor.extract(bytes: buf, context: ExtractionContext(referenceDate: referenceDate, inputFormat: inputFormat))
                }
                documents.append((name, try JSONReader.parse(extractor.json(document))))
            } catch {
                writeError("claimkit: \(path): \(error)")
                failed = true
            }
        }
        return (documents, failed)
    }

    /// Document JSON values in `bytes`, or nil when the bytes are not claimkit output.
    static func documents(in bytes: [UInt8]) -> [JSONValue]? {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        func isDocument(_ v: JSONValue) -> Bool { v["schema_version"] != nil }
        if let v = try? JSONReader.parse(bytes) {
            if isDocument(v) { return [v] }
            if let a = v.arrayValue, !a.isEmpty, a.allSatisfy(isDocument) { return a }
            return nil
        }
        // JSON Lines, as `claimkit extract --jsonl` writes them: keep the documents, skip
        // error lines.
        var docs: [JSONValue] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let v = try? JSONReader.parse(Array(line)) else { return nil }
            if isDocument(v) { docs.append(v) } else if v["error"] == nil { return nil }
        }
        return docs.isEmpty ? nil : docs
    }
}
