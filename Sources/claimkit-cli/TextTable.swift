/// A plain-text table for terminals: fixed columns, one flexible column that takes the width
/// left over, cells cut with an ellipsis to fit.
///
/// Cells are sanitised first: article text may hold control characters (an ESC could drive the
/// terminal), tabs and line breaks, so every C0/C1 control becomes a space and runs of spaces
/// collapse. Widths count terminal columns: combining marks take none, East Asian wide and
/// full-width characters (and emoji) take two.
struct TextTable {
    struct Column {
        var title: String
        /// Largest width; the flexible column ignores it and takes what is left.
        var maxWidth: Int
        var flexible: Bool = false
        var alignRight: Bool = false
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(columns: [Column]) { self.columns = columns }

    mutating func add(_ row: [String]) { rows.append(row.map(Self.clean)) }

    /// The table as lines no wider than `width` (when the fixed columns leave room).
    func render(width: Int) -> String {
        let gap = 2
        var widths = columns.indices.map { c in
            min(columns[c].maxWidth, rows.reduce(Self.width(columns[c].title)) { max($0, Self.width($1[safe: c] ?? "")) })
        }
        if let flex = columns.firstIndex(where: \.flexible) {
            let fixed = widths.enumerated().reduce(0) { $0 + ($1.offset == flex ? 0 : $1.element) } + gap * (columns.count - 1)
            let natural = rows.reduce(Self.width(columns[flex].title)) { max($0, Self.width($1[safe: flex] ?? "")) }
            widths[flex] = max(12, min(natural, width - fixed))
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (c, w) in widths.enumerated() {
                let cell = Self.fit(cells[safe: c] ?? "", to: w)
                let pad = String(repeating: " ", count: max(0, w - Self.width(cell)))
                let last = c == widths.count - 1
                parts.append(columns[c].alignRight ? pad + cell : cell + (last ? "" : pad))
            }
            var l = parts.joined(separator: String(repeating: " ", count: gap))
            while l.hasSuffix(" ") { l.removeLast() }
            out += l + "\n"
        }
        line(columns.map(\.title))
        line(widths.map { String(repeating: "─", count: $0) })
        for row in rows { line(row) }
        return out
    }

    // MARK: - Text measures

    /// Control characters become spaces; whitespace runs collapse; ends are trimmed.
    static func clean(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for u in s.unicodeScalars {
            let v = u.value
            let isSpace = v < 0x20 || (v >= 0x7F && v < 0xA0) || u.properties.isWhitespace || v == 0x2028 || v == 0x2029
            if isSpace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(u)
                lastSpace = false
            }
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Terminal columns a string takes.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of u: Unicode.Scalar) -> Int {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let v = u.value
        if u.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// Cuts a string to `limit` columns, ending in `…` when it cut.
    static func fit(_ s: String, to limit: Int) -> String {
        guard width(s) > limit else { return s }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for ch in s {
            let w = width(String(ch))
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
