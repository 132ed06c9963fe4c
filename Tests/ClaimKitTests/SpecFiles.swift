#if canImport(Glibc)
import Glibc
#endif

/// Reads the repository's spec files with POSIX calls. Tests must not import Foundation: its
/// ICU module clashes with libxml2's headers in this target, and only a clean build shows it.
enum SpecFiles {
    /// The repository root, from this file's path (Tests/ClaimKitTests/SpecFiles.swift).
    static var root: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    /// File names in a folder below the root (not recursive), sorted; empty when it is missing.
    static func list(_ folder: String) -> [String] {
        guard let dir = opendir(root + "/" + folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of a file below the root, or nil.
    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(root + "/" + path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }
}
