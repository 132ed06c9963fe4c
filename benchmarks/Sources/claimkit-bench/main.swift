// Throughput of each stage and of the whole pipeline, on one core, with peak memory.
//
// Reads the BBC corpus (../shared/corpus/bbc-news, *.txt) and the HTML pages of
// ../shared/data/trafilatura-eval/html; skips cleanly when they are absent. Prints MB/s and
// documents/s per stage (a stage's time is the difference between runs with and without it),
// JSON writing, the whole pipeline at 1, 10 and 100 MB of input, and peak RSS.
import ClaimKit

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(0), &usage)  // RUSAGE_SELF
    return Double(usage.ru_maxrss) / 1024
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

/// Files under `dir` whose names end with `suffix`, recursively, sorted.
func files(under dir: String, suffix: String) -> [String] {
    var result: [String] = []
    guard let d = opendir(dir) else { return [] }
    defer { closedir(d) }
    while let entry = readdir(d) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name == "." || name == ".." { continue }
        let path = dir + "/" + name
        var st = stat()
        guard stat(path, &st) == 0 else { continue }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            result += files(under: path, suffix: suffix)
        } else if name.hasSuffix(suffix) {
            result.append(path)
        }
    }
    return result.sorted()
}

func argument(_ name: String, default value: String) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return value
}

let corpusDir = argument("--corpus", default: "../shared/corpus/bbc-news")
let htmlDir = argument("--html", default: "../shared/data/trafilatura-eval/html")
let repeats = Int(argument("--repeats", default: "3")) ?? 3
/// `--only NAME` runs one configuration once and exits (for profilers such as callgrind):
/// structure, dates, attribution, modality, full, json.
let only = argument("--only", default: "")
/// `--limit N`: only the first N documents (sorted by path).
let limit = Int(argument("--limit", default: "0")) ?? 0

let allFiles = files(under: corpusDir, suffix: ".txt")
let corpus = (limit > 0 ? Array(allFiles.prefix(limit)) : allFiles).compactMap(readFile)
guard !corpus.isEmpty else {
    print("skipped: no corpus at \(corpusDir) (pass --corpus DIR)")
    exit(0)
}
let corpusBytes = corpus.reduce(0) { $0 + $1.count }
let mb = Double(corpusBytes) / 1e6
print("corpus: \(corpus.count) documents, \(String(format2(mb))) MB (\(corpusDir))")

func format2(_ v: Double) -> String {
    let r = (v * 100).rounded() / 100
    return r.description
}

/// Best-of-N seconds to run `body` over the corpus.
func time(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        let t0 = now()
        body()
        best = min(best, now() - t0)
    }
    return best
}

func extractor(_ stages: Stages) -> Extractor {
    // Options are valid by construction here.
    (try? Extractor(options: ExtractionOptions(inputFormat: .text, stages: stages))) ?? { exit(1) }()
}

nonisolated(unsafe) var sink = 0
func run(_ e: Extractor, _ docs: [[UInt8]], json: Bool = false) {
    for d in docs {
        d.withUnsafeBufferPointer { buf in
            if let doc = try? e.extract(bytes: buf) {
                sink &+= doc.sentences.count
                if json { sink &+= e.json(doc).count }
            }
        }
    }
}

if !only.isEmpty {
    let configs: [String: (Stages, Bool)] = [
        "structure": ([], false), "dates": ([.numbers, .dates], false), "attribution": ([.attribution], false),
        "modality": ([.modality, .scoring], false), "full": (.all, false), "json": (.all, true),
    ]
    guard let (stages, json) = configs[only] else {
        print("unknown --only \(only); one of \(configs.keys.sorted())")
        exit(2)
    }
    let e = extractor(stages)
    // `--repeats N` with `--only`: best of N runs, for quick comparisons of two builds.
    if CommandLine.arguments.contains("--repeats") {
        let s = time { run(e, corpus, json: json) }
        print("\(only) (one core, best of \(repeats)): \(format2(mb / s)) MB/s  (checksum \(sink % 1000))")
        exit(0)
    }
    run(e, corpus, json: json)
    print("ran \(only) once (checksum \(sink % 1000))")
    exit(0)
}

let structureOnly = time { run(extractor([]), corpus) }

// `--stage attribution` (or numbers, modality): time that one stage against structure alone
// and stop, for a quick figure while working on one stage.
let stageOnly = argument("--stage", default: "")
if !stageOnly.isEmpty {
    let stages: Stages
    switch stageOnly {
    case "attribution": stages = [.attribution]
    case "numbers": stages = [.numbers, .dates]
    case "modality": stages = [.modality, .scoring]
    default:
        print("--stage: expected attribution, numbers or modality")
        exit(2)
    }
    let withStage = time { run(extractor(stages), corpus) }
    let s = withStage - structureOnly
    print("\(stageOnly) (alone, one core, best of \(repeats)): \(format2(mb / s)) MB/s  (checksum \(sink % 1000))")
    exit(0)
}
let withDates = time { run(extractor([.numbers, .dates]), corpus) }
let withAttribution = time { run(extractor([.attribution]), corpus) }
let withModality = time { run(extractor([.modality, .scoring]), corpus) }
let full = time { run(extractor(.all), corpus) }
let fullJSON = time { run(extractor(.all), corpus, json: true) }

func row(_ name: String, _ seconds: Double) {
    let name = name.padding(46)
    // A stage that costs less than the run-to-run noise has no meaningful rate of its own.
    guard seconds > structureOnly * 0.01 else {
        print("\(name)   (below timing resolution: under 1% of the structure stage)")
        return
    }
    let s = seconds
    print("\(name) \(format2(mb / s).leftPad(9)) MB/s \(format2(Double(corpus.count) / s).leftPad(10)) docs/s")
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

print("\nstage (one core, best of \(repeats))              MB/s       docs/s")
row("blocks + sentences", structureOnly)
row("numbers + dates (alone)", withDates - structureOnly)
row("attribution (alone)", withAttribution - structureOnly)
row("modality + scoring (alone)", withModality - structureOnly)
row("JSON writing (alone)", fullJSON - full)
row("whole pipeline, JSON out", fullJSON)

// Cost against input size: the whole pipeline at about 1, 10 and 100 MB.
print("\nscale (whole pipeline, JSON out)")
let all = extractor(.all)
for target in [1, 10, 100] {
    var docs: [[UInt8]] = []
    var bytes = 0
    var i = 0
    while bytes < target * 1_000_000 {
        let d = corpus[i % corpus.count]
        docs.append(d)
        bytes += d.count
        i += 1
    }
    let t0 = now()
    run(all, docs, json: true)
    let s = now() - t0
    print("  \(String(target).leftPad(3)) MB: \(format2(Double(bytes) / 1e6 / s).leftPad(8)) MB/s")
}

// HTML pages: HTML in, blocks and sentences out.
let pages = files(under: htmlDir, suffix: ".html").compactMap(readFile)
if pages.isEmpty {
    print("\nhtml: skipped (no pages at \(htmlDir))")
} else {
    let htmlBytes = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
    let htmlExtractor = (try? Extractor(options: ExtractionOptions(inputFormat: .html, stages: []))) ?? { exit(1) }()
    let htmlFull = (try? Extractor(options: ExtractionOptions(inputFormat: .html))) ?? { exit(1) }()
    let reps = 20
    let t0 = now()
    for _ in 0..<reps { run(htmlExtractor, pages) }
    let s = now() - t0
    let t1 = now()
    for _ in 0..<reps { run(htmlFull, pages, json: true) }
    let s1 = now() - t1
    print("\nhtml: \(pages.count) pages, \(format2(htmlBytes)) MB")
    print("  HTML to blocks + sentences  \(format2(htmlBytes * Double(reps) / s).leftPad(8)) MB/s of HTML")
    print("  HTML, whole pipeline        \(format2(htmlBytes * Double(reps) / s1).leftPad(8)) MB/s of HTML")
}
print("\npeak RSS: \(format2(peakRSSMiB())) MiB   (checksum \(sink % 1000))")
