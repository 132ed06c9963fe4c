/// Decides whether bytes given as "auto" are HTML.
enum HTMLSniffer {
    /// True when the first non-blank characters open a markup document (`<!doctype`, `<html`,
    /// `<head`, `<body`, `<!--`, or `<?xml` followed later by `<html`), or when a tag that only
    /// HTML pages carry (`<html`, `<body`, `<div`, `<p>`) appears in the first 1,024 bytes.
    static func looksLikeHTML(_ text: [UInt8]) -> Bool {
        var i = 0
        let n = text.count
        // Skip a BOM and white space.
        if n >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF { i = 3 }
        while i < n && (text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D) { i += 1 }
        guard i < n, text[i] == UInt8(ascii: "<") else { return false }
        let window = min(n, i + 1024)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(window - i)
        for k in i..<window {
            let b = text[k]
            lowered.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        let probes: [[UInt8]] = ["<!doctype", "<html", "<head", "<body", "<!--", "<?xml", "<div", "<p>", "<p ", "<article", "<meta", "<title"].map { Array($0.utf8) }
        for p in probes where lowered.starts(with: p) { return true }
        // Starts with '<' but not a known opener: look for an html/body tag further in.
        for p in ["<html", "<body", "<div", "<p>"].map({ Array($0.utf8) }) {
            if lowered.count >= p.count {
                for k in 0...(lowered.count - p.count) where lowered[k..<(k + p.count)].elementsEqual(p) { return true }
            }
        }
        return false
    }
}
