import ClaimKit

/// Builds the self-contained report page: every article's text with its marks, a side panel of
/// claims ranked by check-worthiness, and (for several articles) the comparison groups.
///
/// All markup is built here, in Swift, from escaped text: the page's script only reads the
/// JSON data block to fill the details card (with `textContent`, never `innerHTML`). A
/// Content-Security-Policy allows no network access and only the page's own script, by hash.
struct ReportPage {
    var documents: [ReportDocument]
    var comparison: Comparison?
    var pageTitle: String

    func html() -> [UInt8] {
        var h = HTMLBuffer(capacity: documents.reduce(0) { $0 + $1.text.count * 3 } + 65536)
        let script = ReportAssets.script
        let scriptHash = ReportHash.base64(ReportHash.sha256(Array(script.utf8)))
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.rawString(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src 'sha256-\(scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        h.raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        h.text(pageTitle)
        h.raw("</title>\n<style>")
        h.rawString(ReportAssets.style)
        h.raw("</style>\n</head>\n<body>\n")
        header(&h)
        if documents.count > 1 { comparisonSection(&h) }
        for (d, doc) in documents.enumerated() { article(doc, index: d, &h) }
        h.raw("<aside id=\"ck-card\" class=\"card\" hidden><button type=\"button\" id=\"ck-close\" aria-label=\"Close\">×</button><div id=\"ck-card-body\"></div></aside>\n")
        h.raw("<script type=\"application/json\" id=\"ck-data\">")
        h.rawString(String(decoding: ScriptSafeJSON.escape(ReportData.json(documents)), as: UTF8.self))
        h.raw("</script>\n<script>")
        h.rawString(script)
        h.raw("</script>\n</body>\n</html>\n")
        return h.bytes
    }

    // MARK: - Header and legend

    private func header(_ h: inout HTMLBuffer) {
        h.raw("<header class=\"top\">\n<div class=\"brand\"><h1>")
        h.text(pageTitle)
        h.raw("</h1><p class=\"sub\">")
        let claimCount = documents.reduce(0) { $0 + $1.claims.count }
        h.rawString("\(documents.count) article\(documents.count == 1 ? "" : "s") · \(claimCount) claim\(claimCount == 1 ? "" : "s") · claimkit ")
        h.text(ClaimKitVersion.string)
        h.raw(" · hover or click a mark or a claim for details</p></div>\n")
        if documents.count > 1 {
            h.raw("<nav class=\"toc\">")
            if comparison != nil { h.raw("<a href=\"#compare\">Across articles</a>") }
            for (d, doc) in documents.enumerated() {
                h.rawString("<a href=\"#d\(d)\">")
                h.text(truncated(doc.displayName, to: 48))
                h.raw("</a>")
            }
            h.raw("</nav>\n")
        }
        h.raw("<div class=\"legend\" aria-label=\"Legend\">")
        for (cls, label) in ReportAssets.legend {
            h.rawString("<span class=\"\(cls)\">")
            h.text(label)
            h.raw("</span>")
        }
        h.raw("</div>\n</header>\n")
    }

    // MARK: - One article

    private func article(_ doc: ReportDocument, index d: Int, _ h: inout HTMLBuffer) {
        h.rawString("<section class=\"article\" id=\"d\(d)\">\n<div class=\"main\">\n<div class=\"meta\"><h2>")
        h.text(doc.displayName)
        h.raw("</h2><p>")
        var facts: [String] = []
        if doc.displayName != doc.name { facts.append(doc.name) }
        if let p = doc.published { facts.append("published \(p)") }
        if !doc.authors.isEmpty { facts.append("by " + doc.authors.joined(separator: ", ")) }
        if !doc.sources.isEmpty { facts.append("source " + doc.sources.joined(separator: ", ")) }
        if let r = doc.referenceDate { facts.append("dates resolved against \(r)") }
        h.text(facts.joined(separator: " · "))
        h.raw("</p><p class=\"counts\">")
        for (n, what) in [(doc.claims.count, "claim"), (doc.speakerNames.count, "speaker"), (doc.quantities.count, "number"),
                          (doc.times.count, "date"), (doc.sentences.count, "sentence")] {
            h.rawString("<span><b>\(n)</b> \(what)\(n == 1 ? "" : "s")</span>")
        }
        h.raw("</p>")
        if doc.textRebuilt {
            h.raw("<p class=\"note\">The document JSON carries no text (plain-text input): the text below is rebuilt from its blocks and sentences; spacing between them is approximate.</p>")
        }
        if !doc.diagnostics.isEmpty {
            h.rawString("<details class=\"diag\"><summary>\(doc.diagnostics.count) diagnostic\(doc.diagnostics.count == 1 ? "" : "s")</summary><ul>")
            for g in doc.diagnostics.prefix(200) {
                h.raw("<li><code>")
                h.text(g.code)
                h.raw("</code> ")
                h.text(g.message)
                h.raw("</li>")
            }
            h.raw("</ul></details>")
        }
        h.raw("</div>\n<div class=\"text\" data-doc=\"")
        h.int(d)
        h.raw("\">")
        MarkRenderer.render(text: doc.text, marks: ReportMarks.marks(doc, index: d), into: &h)
        h.raw("</div>\n</div>\n")
        claimPanel(doc, index: d, &h)
        h.raw("</section>\n")
    }

    private func claimPanel(_ doc: ReportDocument, index d: Int, _ h: inout HTMLBuffer) {
        h.raw("<div class=\"side\"><h3>Claims by check-worthiness</h3>\n")
        if doc.claims.isEmpty {
            h.raw("<p class=\"empty\">No claims found in this article.</p>")
        }
        h.raw("<ol class=\"claims\">\n")
        for c in doc.claimsByCheckworthiness {
            let claim = doc.claims[c]
            let percent = Int((claim.checkworthiness * 100).rounded())
            h.rawString("<li class=\"claim k-\(ReportMarks.kindClass(claim.kind))\" data-r=\"\(d):c:\(c)\" tabindex=\"0\">")
            h.rawString("<div class=\"score\" title=\"check-worthiness \(percent)%\"><span class=\"bar\"><span style=\"width:\(percent)%\" class=\"\(percent >= 50 ? "hi" : "lo")\"></span></span><span class=\"num\">")
            h.text(ReportFormat.score(claim.checkworthiness))
            h.raw("</span></div><div class=\"who\"><span class=\"kind\">")
            h.text(claim.kind)
            h.raw("</span>")
            if let s = claim.speaker {
                h.raw("<span class=\"speaker\">")
                h.text(s.name)
                h.raw("</span>")
                if let role = s.role {
                    h.raw("<span class=\"role\">")
                    h.text(role)
                    h.raw("</span>")
                }
            }
            if let cue = claim.cue {
                h.raw("<span class=\"cue\">")
                h.text(cue.text)
                h.raw("</span>")
            }
            if claim.modality != "asserted" {
                h.rawString("<span class=\"mod mod-\(ReportMarks.statusClass(claim.modality))\">")
                h.text(claim.modality)
                h.raw("</span>")
            }
            if let anchor = ReportMarks.anchor(claim: c, in: doc, index: d) {
                h.rawString("</div><a class=\"content\" href=\"#\(anchor)\">")
            } else {
                h.raw("</div><a class=\"content\">")
            }
            h.text(truncated(claim.content.text, to: 240))
            h.raw("</a>")
            if !claim.quantities.isEmpty || !claim.times.isEmpty {
                h.raw("<div class=\"chips\">")
                for q in claim.quantities where q < doc.quantities.count {
                    h.raw("<span class=\"chip n\">")
                    h.text(doc.quantities[q].place.text)
                    h.raw("</span>")
                }
                for t in claim.times where t < doc.times.count {
                    h.raw("<span class=\"chip t\">")
                    h.text(doc.times[t].place.text)
                    if let v = doc.times[t].value {
                        h.raw(" <small>")
                        h.text(v)
                        h.raw("</small>")
                    }
                    h.raw("</span>")
                }
                h.raw("</div>")
            }
            h.raw("</li>\n")
        }
        h.raw("</ol></div>\n")
    }

    // MARK: - Comparison

    private func comparisonSection(_ h: inout HTMLBuffer) {
        guard let comparison else { return }
        h.raw("<section class=\"compare\" id=\"compare\">\n<h2>Across articles</h2>\n")
        if !comparison.entities.isEmpty {
            h.raw("<p class=\"shared\">Named in several articles: ")
            for (i, e) in comparison.entities.prefix(40).enumerated() {
                if i > 0 { h.raw(", ") }
                h.raw("<b>")
                h.text(e.name)
                h.raw("</b>")
            }
            h.raw("</p>\n")
        }
        if comparison.groups.isEmpty {
            h.raw("<p class=\"empty\">No claims about the same figures, speakers or denials were found in more than one article.</p>\n")
        }
        let columns = documents.count
        for (g, group) in comparison.groups.enumerated() {
            let relation = ["agree", "conflict", "related"].contains(group.relation.rawValue) ? group.relation.rawValue : "related"
            h.rawString("<div class=\"group rel-\(relation)\" id=\"g\(g + 1)\"><div class=\"ghead\"><span class=\"relation\">")
            h.text(group.relation.rawValue)
            h.raw("</span><span class=\"basis\">")
            h.text(group.basis + (group.measure.map { ": " + $0 } ?? ""))
            h.raw("</span><p class=\"reason\">")
            h.text(group.reason)
            h.rawString("</p></div><div class=\"gcols\" style=\"grid-template-columns:repeat(\(columns),minmax(0,1fr))\">")
            for d in 0..<columns {
                h.raw("<div class=\"gcol\"><div class=\"gdoc\">")
                h.text(truncated(documents[d].displayName, to: 60))
                h.raw("</div>")
                for m in group.members where m.document == d { member(m, &h) }
                h.raw("</div>")
            }
            h.raw("</div></div>\n")
        }
        h.raw("</section>\n")
    }

    private func member(_ m: ClaimGroup.Member, _ h: inout HTMLBuffer) {
        let d = m.document
        guard d >= 0, d < documents.count else { return }
        let doc = documents[d]
        var target: (ref: String, anchor: String)?
        if let c = doc.claimIndex[m.claim], let anchor = ReportMarks.anchor(claim: c, in: doc, index: d) {
            target = ("\(d):c:\(c)", anchor)
        } else if let s = doc.sentenceIndex[m.claim], let anchor = ReportMarks.anchor(sentence: s, in: doc, index: d) {
            target = ("\(d):s:\(s)", anchor)
        }
        h.raw("<div class=\"gm\">")
        if let target {
            h.rawString("<a href=\"#\(target.anchor)\" data-r=\"\(target.ref)\">")
        } else {
            h.raw("<span>")
        }
        if let s = m.speaker {
            h.raw("<b>")
            h.text(s)
            h.raw(":</b> ")
        }
        h.text(truncated(m.text, to: 200))
        h.raw(target == nil ? "</span>" : "</a>")
        if m.modality != "asserted" {
            h.rawString("<span class=\"mod mod-\(ReportMarks.statusClass(m.modality))\">")
            h.text(m.modality)
            h.raw("</span>")
        }
        for a in m.amounts {
            h.raw("<span class=\"chip n\">")
            h.text(a)
            h.raw("</span>")
        }
        h.raw("</div>")
    }
}

/// Number formatting shared by the page and the text table.
enum ReportFormat {
    /// `0.83` style, two decimals.
    static func score(_ v: Double) -> String {
        let hundredths = Int((min(1, max(0, v.isFinite ? v : 0)) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
