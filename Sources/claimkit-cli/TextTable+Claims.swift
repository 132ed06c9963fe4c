/// The `--format text` view of documents: a header line per article and a table of its claims,
/// in text order, for reading in a terminal.
enum ClaimTable {
    static func render(_ doc: ReportDocument, width: Int) -> String {
        var out = "== " + TextTable.clean(doc.name)
        if let title = doc.title { out += " — " + TextTable.clean(title) }
        out = TextTable.fit(out, to: width) + "\n"
        let counts = [
            (doc.claims.count, "claim"), (doc.speakerNames.count, "speaker"), (doc.quantities.count, "number"),
            (doc.times.count, "date"), (doc.sentences.count, "sentence"), (doc.diagnostics.count, "diagnostic"),
        ]
        out += counts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ") + "\n"
        guard !doc.claims.isEmpty else { return out + "(no claims found)\n" }
        var table = TextTable(columns: [
            .init(title: "id", maxWidth: 5),
            .init(title: "kind", maxWidth: 9),
            .init(title: "speaker", maxWidth: 22),
            .init(title: "cue", maxWidth: 14),
            .init(title: "content", maxWidth: 0, flexible: true),
            .init(title: "modality", maxWidth: 11),
            .init(title: "score", maxWidth: 5, alignRight: true),
            .init(title: "numbers", maxWidth: 24),
        ])
        for c in doc.claims {
            let numbers = c.quantities.compactMap { doc.quantities[safe: $0]?.place.text }.joined(separator: "; ")
            table.add([
                c.id, c.kind, c.speaker?.name ?? "—", c.cue?.text ?? "", c.content.text, c.modality,
                ReportFormat.score(c.checkworthiness), numbers,
            ])
        }
        return out + table.render(width: width)
    }
}
