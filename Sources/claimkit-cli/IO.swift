#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with POSIX calls (no Foundation in the command line either).
enum FileReader {
    static func readAll(_ path: String) -> [UInt8]? {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { if fd != 0 { close(fd) } }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }

    static func lastErrorMessage() -> String {
        guard let s = strerror(errno) else { return "error \(errno)" }
        return String(cString: s)
    }
}

/// Buffered standard output; flushes in large writes.
enum StandardOutput {
    nonisolated(unsafe) static var buffer: [UInt8] = []

    static func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// `bytes` and a newline: appending the newline to a document's JSON first would copy
    /// the whole document into a bigger array.
    static func writeLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return Glibc.write(1, base + offset, buf.count - offset)
            }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

func writeError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
}
