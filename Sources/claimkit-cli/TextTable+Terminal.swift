#if canImport(Glibc)
import Glibc
#endif

/// What the command line needs to know about the terminal it writes to.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Columns of the terminal on `fd`; else `$COLUMNS`; else 120 (for pipes and files).
    static func width(_ fd: Int32 = 1) -> Int {
        var size = winsize()
        if isatty(fd) != 0, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        if let s = getenv("COLUMNS").map({ String(cString: $0) }), let n = Int(s), n >= 40, n <= 1000 { return n }
        return 120
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A one-line progress report on standard error for long `--jsonl` runs, redrawn in place.
/// It only draws when standard error is a terminal, so pipes and log files never get it.
struct ProgressLine {
    let enabled: Bool
    private let started: Double
    private var lastDraw: Double = 0
    private var drawn = false

    init(enabled: Bool = Terminal.isTerminal(2)) {
        self.enabled = enabled
        started = Terminal.now()
    }

    /// Redraws at most ten times a second.
    mutating func update(records: Int, bytes: Int, force: Bool = false) {
        guard enabled else { return }
        let t = Terminal.now()
        guard force || t - lastDraw >= 0.1 else { return }
        lastDraw = t
        let elapsed = max(t - started, 0.001)
        let rate = Int((Double(records) / elapsed).rounded())
        let mb = Double(bytes) / 1_048_576
        let tenths = Int((mb * 10).rounded())
        let mbText = "\(tenths / 10).\(tenths % 10)"
        write("\r\u{1B}[K" + "claimkit: \(records) records, \(mbText) MB, \(rate) records/s, \(Int(elapsed)) s")
        drawn = true
    }

    /// Clears the line so the next message starts clean.
    mutating func finish() {
        guard enabled, drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    private func write(_ s: String) {
        var s = s
        s.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
