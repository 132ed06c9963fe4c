/// Options and context from JSON, the form every interface shares (C, Python, command line).
///
/// Unknown keys and wrongly typed values are errors that name the field: a typo in an option
/// should not silently fall back to a default.
extension ExtractionOptions {
    public static let jsonKeys = ["strict_encoding", "max_input_bytes", "offset_unit", "include_text", "input_format", "stages"]

    public init(json: String?) throws(ClaimKitError) {
        self.init()
        guard let json, !JSONReader.isBlank(json) else { return }
        let value: JSONValue
        do { value = try JSONReader.parse(json) } catch {
            throw ClaimKitError(.invalidOptions, "options are not valid JSON: \(error.message)", byteOffset: error.offset)
        }
        guard let members = value.objectValue else {
            throw ClaimKitError(.invalidOptions, "options must be a JSON object, not \(value.typeName)")
        }
        for (key, v) in members {
            switch key {
            case "strict_encoding": strictEncoding = try Self.bool(v, key)
            case "include_text": includeText = try Self.bool(v, key)
            case "max_input_bytes":
                guard let d = v.doubleValue, d >= 1, d <= 9.0e15, let n = Int(exactly: d) else {
                    throw ClaimKitError(.invalidOptions, "option 'max_input_bytes' must be a positive integer, got \(Self.show(v))")
                }
                maxInputBytes = n
            case "offset_unit":
                guard let s = v.stringValue, let u = OffsetUnit(rawValue: s) else {
                    throw ClaimKitError(.invalidOptions, "option 'offset_unit' must be \"utf8\" or \"codepoint\", got \(Self.show(v))")
                }
                offsetUnit = u
            case "input_format":
                guard let s = v.stringValue, let f = InputFormat(rawValue: s) else {
                    throw ClaimKitError(.invalidOptions, "option 'input_format' must be \"text\", \"html\" or \"auto\", got \(Self.show(v))")
                }
                inputFormat = f
            case "stages":
                guard let items = v.arrayValue else {
                    throw ClaimKitError(.invalidOptions, "option 'stages' must be an array of stage names, got \(Self.show(v))")
                }
                var set: Stages = []
                for item in items {
                    guard let name = item.stringValue, let stage = Stages.names.first(where: { $0.0 == name })?.1 else {
                        let known = Stages.names.map(\.0).joined(separator: ", ")
                        throw ClaimKitError(.invalidOptions, "option 'stages' has an unknown stage \(Self.show(item)); known: \(known)")
                    }
                    set.insert(stage)
                }
                stages = set
            default:
                throw ClaimKitError(
                    .invalidOptions, "unknown option '\(key)'; known options: \(Self.jsonKeys.joined(separator: ", "))")
            }
        }
    }

    static func bool(_ v: JSONValue, _ key: String) throws(ClaimKitError) -> Bool {
        guard let b = v.boolValue else {
            throw ClaimKitError(.invalidOptions, "option '\(key)' must be true or false, got \(show(v))")
        }
        return b
    }

    static func show(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return "\"\(s.prefix(40))\""
        case .number(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        default: return v.typeName
        }
    }
}

extension ExtractionContext {
    public static let jsonKeys = ["reference_date", "input_format"]

    /// Context from JSON: `{"reference_date": "2024-06-20", "input_format": "html"}`.
    public init(json: String?) throws(ClaimKitError) {
        self.init()
        guard let json, !JSONReader.isBlank(json) else { return }
        let value: JSONValue
        do { value = try JSONReader.parse(json) } catch {
            throw ClaimKitError(.invalidArgument, "context is not valid JSON: \(error.message)", byteOffset: error.offset)
        }
        guard let members = value.objectValue else {
            throw ClaimKitError(.invalidArgument, "context must be a JSON object, not \(value.typeName)")
        }
        for (key, v) in members {
            switch key {
            case "reference_date":
                if v.isNull { continue }
                guard let s = v.stringValue, ISODate(parsing: s) != nil else {
                    throw ClaimKitError(.invalidArgument, "context 'reference_date' must be a date \"YYYY-MM-DD\", got \(ExtractionOptions.show(v))")
                }
                referenceDate = s
            case "input_format":
                guard let s = v.stringValue, let f = InputFormat(rawValue: s) else {
                    throw ClaimKitError(.invalidArgument, "context 'input_format' must be \"text\", \"html\" or \"auto\", got \(ExtractionOptions.show(v))")
                }
                inputFormat = f
            default:
                throw ClaimKitError(.invalidArgument, "unknown context key '\(key)'; known: \(Self.jsonKeys.joined(separator: ", "))")
            }
        }
    }
}
