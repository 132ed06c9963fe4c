import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

/// Turns one JSON Lines record into one output line: the document with its id echoed, or an
/// error object. Never throws and never drops a record: every input line gets exactly one
/// output line, in order (the contract pipelines rely on to join results back to inputs).
struct RecordProcessor: Sendable {
    let extractor: Extractor
    let defaultDate: String?
    let pretty: Bool

    /// `line` is the 1-based line number in the input stream.
    func process(_ record: ArraySlice<UInt8>, line: Int, oversized: Bool) -> [UInt8] {
        if oversized {
            return errorLine(id: nil, line: line, code: "input_too_large",
                             message: "record is larger than max_input_bytes (\(extractor.options.maxInputBytes)) allows")
        }
        var body = record
        if body.last == 0x0D { body = body.dropLast() }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return errorLine(id: nil, line: line, code: "empty_record", message: "empty line")
        }
        // Invalid UTF-8 inside a record is repaired like invalid UTF-8 in a file (unless
        // strict), so the id can still be read and the article still extracted.
        var repaired = false
        if !extractor.options.strictEncoding,
            let fixed = body.withUnsafeBufferPointer({ TextRepair.repairedUTF8($0) })
        {
            body = fixed[...]
            repaired = true
        }
        let value: JSONValue
        do {
            value = try body.withUnsafeBufferPointer { buf throws(JSONReader.ParseError) in try JSONReader.parse(buf) }
        } catch {
            let code = error.message == "invalid UTF-8" ? "invalid_utf8" : "invalid_json"
            return errorLine(id: nil, line: line, code: code, message: "record is not valid JSON: \(error.description)")
        }
        guard case .object = value else {
            return errorLine(id: nil, line: line, code: "invalid_record", message: "record must be a JSON object, not \(value.typeName)")
        }
        let id = value["id"]
        let textValue = value["text"]
        let htmlValue = value["html"]
        var format: InputFormat? = nil
        let content: String
        if let s = textValue?.stringValue {
            content = s
            format = .text
        } else if let s = htmlValue?.stringValue {
            content = s
            format = .html
        } else {
            return errorLine(id: id, line: line, code: "invalid_record",
                             message: "record needs a string \"text\" or \"html\" member")
        }
        var date = defaultDate
        if let d = value["date"], !d.isNull {
            guard let s = d.stringValue, ISODate(parsing: s) != nil else {
                return errorLine(id: id, line: line, code: "invalid_record", message: "\"date\" must be a date \"YYYY-MM-DD\"")
            }
            date = s
        }
        do {
            var document = try extractor.extract(content, context: ExtractionContext(referenceDate: date, inputFormat: format))
            if repaired {
                document.diagnostics.insert(
                    Diagnostic(code: "invalid_utf8_repaired",
                               message: "the record was not valid UTF-8 and was repaired (Windows-1252 where possible, U+FFFD otherwise)"),
                    at: 0)
            }
            return extractor.json(document, pretty: pretty, id: id, line: id == nil ? line : nil)
        } catch {
            return errorLine(id: id, line: line, code: Self.code(error.code), message: error.description)
        }
    }

    static func code(_ c: ClaimKitError.Code) -> String {
        switch c {
        case .invalidUTF8: "invalid_utf8"
        case .inputTooLarge: "input_too_large"
        case .invalidOptions: "invalid_options"
        case .invalidJSON: "invalid_json"
        case .invalidArgument: "invalid_argument"
        default: "internal_error"
        }
    }

    func errorLine(id: JSONValue?, line: Int, code: String, message: String) -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: 256)
        w.beginObject()
        if let id {
            w.key("id")
            write(id, into: &w)
        }
        w.key("line"); w.int(line)
        w.key("error")
        w.beginObject()
        w.key("code"); w.string(code)
        w.key("message"); w.string(message)
        w.endObject()
        w.endObject()
        return w.bytes
    }

    private func write(_ v: JSONValue, into w: inout JSONWriter) { w.value(v) }
}

/// Reads lines from a file descriptor in bounded memory: a line longer than `maxLine` is
/// reported as oversized (its bytes are skipped, not buffered).
struct LineReader {
    let fd: Int32
    let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false

    init(fd: Int32, maxLine: Int) {
        self.fd = fd
        self.maxLine = maxLine
    }

    /// The next line without its newline, and whether it was oversized; nil at the end.
    mutating func next() -> (ArraySlice<UInt8>, Bool)? {
        var oversized = false
        var searchFrom = start
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[start..<nl]
                start = nl + 1
                return (oversized ? [] : line, oversized)
            }
            if buffer.count - start > maxLine {
                // Too long: drop what we have, remember, keep reading to the newline.
                oversized = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if eof {
                if start < buffer.count || oversized {
                    let line = buffer[start...]
                    start = buffer.count
                    return (oversized ? [] : line, oversized)
                }
                return nil
            }
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            if !fill() { eof = true }
        }
    }

    private mutating func fill() -> Bool {
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + old }, chunk) }
            if n < 0 && errno == EINTR { continue }
            let got = max(0, n)
            buffer.removeSubrange((old + got)...)
            return got > 0
        }
    }
}
