/// The report page's inline style sheet and script (no external assets: the page works offline
/// and its Content-Security-Policy forbids any network access).
///
/// The script reads the JSON data block with `JSON.parse` and builds the details card with
/// `textContent` only, so document strings are never parsed as markup. It sets
/// `data-ready="1"` on `<body>` when it has wired everything up, and with `#ck-selftest` in
/// the address shows every object's card once and sets `data-selftest` (for the browser test).
enum ReportAssets {
    /// Legend entries: CSS classes of a sample mark and its label.
    static let legend: [(String, String)] = [
        ("m m-quote", "quote"),
        ("m m-reported", "reported speech"),
        ("m m-statement", "statement"),
        ("m m-speaker", "speaker"),
        ("m m-cue", "cue (said, told)"),
        ("m m-number", "number"),
        ("m m-date", "date"),
        ("m m-hedge h-hedged", "hedge"),
        ("m m-hedge h-conditional", "condition"),
        ("m m-hedge h-denied", "denial"),
        ("m m-hedge h-question", "question"),
        ("s s-hi", "check-worthy sentence"),
    ]

    static let style = """
        :root{--ink:#1d2430;--muted:#5b6675;--line:#dde2e8;--bg:#f4f5f7;--paper:#fff;--accent:#2f5bd3}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        a{color:var(--accent)}
        [id]{scroll-margin-top:190px}
        header.top{background:var(--paper);border-bottom:1px solid var(--line);padding:18px 32px 14px;position:sticky;top:0;z-index:5}
        header.top h1{font-size:20px;margin:0}
        .sub{margin:2px 0 10px;color:var(--muted);font-size:13px}
        .toc{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;margin-bottom:8px}
        .legend{display:flex;flex-wrap:wrap;gap:8px 14px;font:14px/1.6 Georgia,"Times New Roman",serif}
        .legend>span{white-space:nowrap}
        .article{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:24px;padding:24px 32px;align-items:start}
        .main{min-width:0}
        .meta h2{font:600 24px/1.25 Georgia,"Times New Roman",serif;margin:0 0 4px}
        .meta p{margin:0 0 6px;color:var(--muted);font-size:13px}
        .counts span{margin-right:14px}.counts b{color:var(--ink)}
        .note{background:#fff8e1;border:1px solid #f0d68a;padding:6px 10px;border-radius:6px}
        .diag{font-size:13px;color:var(--muted);margin-bottom:8px}
        .text{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:28px 40px;white-space:pre-wrap;overflow-wrap:anywhere;
          font:17px/1.75 Georgia,"Times New Roman",serif;max-width:52em;box-shadow:0 1px 2px rgba(0,0,0,.04)}
        .b-heading,.b-lead{font-weight:700}.b-lead{font-size:1.12em}
        .b-caption,.b-credit,.b-dateline,.b-source{color:var(--muted);font-style:italic;font-size:.92em}
        .b-boilerplate{color:#9aa3ae;font-size:.9em}
        .s{border-radius:3px}.s-hi{box-shadow:inset 0 -2px 0 #f5c2c0}
        .m{border-radius:3px;cursor:pointer}
        .m-quote{background:#fff1bf}
        .m-reported{background:#e2efff}
        .m-statement{background:#eef0f3}
        .m-speaker{font-weight:700;color:#6d28a8;box-shadow:inset 0 -2px 0 #c9a3ef}
        .m-cue{color:#0b6e69;font-style:italic;box-shadow:inset 0 -2px 0 #7dd3c8}
        .m-medium{color:#0b6e69;box-shadow:inset 0 -1px 0 #7dd3c8}
        .m-number{background:#dcf5e4;outline:1px solid #3aa65f;outline-offset:-1px;padding:0 1px}
        .m-date{background:#e7ecff;outline:1px dashed #4a63d8;outline-offset:-1px;padding:0 1px}
        .m-hedge{text-decoration:underline wavy 1.5px;text-underline-offset:3px}
        .h-hedged{text-decoration-color:#e07b00;color:#9a4d00}
        .h-conditional{text-decoration-color:#b8860b;color:#7a5a00}
        .h-denied{text-decoration-color:#d92d20;color:#b42318;font-weight:600}
        .h-question{text-decoration-color:#7c3aed;color:#5b21b6}
        .sel{outline:2px solid #f97316!important;outline-offset:0}
        .flash{animation:flash 1.2s ease-out}
        @keyframes flash{0%{background:#ffd8a8}100%{}}
        .side{position:sticky;top:150px;max-height:calc(100vh - 170px);overflow:auto;background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:14px 14px 6px}
        .side h3{margin:0 0 10px;font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .empty{color:var(--muted);font-style:italic}
        ol.claims{list-style:none;margin:0;padding:0}
        .claim{border:1px solid var(--line);border-left:4px solid #c4cad3;border-radius:8px;padding:8px 10px;margin-bottom:8px;cursor:pointer;background:#fff}
        .claim:hover,.claim:focus,.claim.sel{border-color:#f0a35e;outline:none}
        .claim.k-quote{border-left-color:#f2c94c}.claim.k-reported{border-left-color:#6ea8fe}.claim.k-statement{border-left-color:#9aa3ae}
        .score{display:flex;align-items:center;gap:8px;font-size:12px;color:var(--muted)}
        .bar{flex:1;height:6px;background:#edf0f3;border-radius:3px;overflow:hidden}
        .bar>span{display:block;height:100%;border-radius:3px}
        .bar>.hi{background:linear-gradient(90deg,#f59e0b,#dc2626)}.bar>.lo{background:#9fb3c8}
        .num{font-variant-numeric:tabular-nums;min-width:2.6em;text-align:right}
        .who{margin:4px 0 2px;font-size:13px;display:flex;flex-wrap:wrap;gap:4px 8px;align-items:baseline}
        .kind{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        .speaker{font-weight:700;color:#6d28a8}.role{color:var(--muted)}.cue{font-style:italic;color:#0b6e69}
        .mod{font-size:11px;padding:0 6px;border-radius:9px;background:#fde7d9;color:#9a4d00}
        .mod-denied{background:#fee4e2;color:#b42318}.mod-question{background:#ede4ff;color:#5b21b6}.mod-conditional{background:#fdf3d0;color:#7a5a00}
        a.content{display:block;color:var(--ink);text-decoration:none;font:14px/1.45 Georgia,"Times New Roman",serif}
        .chips{margin-top:4px;display:flex;flex-wrap:wrap;gap:4px}
        .chip{font-size:12px;padding:0 6px;border-radius:4px}
        .chip.n{background:#dcf5e4;color:#1e6b3a}.chip.t{background:#e7ecff;color:#2d3f9a}.chip small{opacity:.75}
        .compare{padding:20px 32px 4px}
        .compare h2{font:600 22px/1.3 Georgia,serif;margin:0 0 8px}
        .shared{color:var(--muted);font-size:13px}
        .group{background:var(--paper);border:1px solid var(--line);border-left:5px solid #9aa3ae;border-radius:10px;margin:10px 0;padding:10px 14px}
        .rel-agree{border-left-color:#16a34a}.rel-conflict{border-left-color:#dc2626}.rel-related{border-left-color:#d4a017}
        .ghead{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:baseline}
        .relation{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.05em}
        .rel-agree .relation{color:#16a34a}.rel-conflict .relation{color:#dc2626}.rel-related .relation{color:#a07a00}
        .basis{color:var(--muted);font-size:13px}.reason{flex-basis:100%;margin:2px 0 8px}
        .gcols{display:grid;gap:12px}
        .gdoc{font-size:12px;color:var(--muted);border-bottom:1px solid var(--line);margin-bottom:4px}
        .gm{font:14px/1.45 Georgia,serif;margin:4px 0}
        .card{position:fixed;right:20px;bottom:20px;width:420px;max-height:62vh;overflow:auto;background:#fffdf8;border:1px solid #e2c79b;
          border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.18);padding:12px 16px;z-index:10;font-size:14px}
        .card h4{margin:0 0 6px;font-size:15px}
        .card dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 10px;margin:0}
        .card dt{color:var(--muted)}.card dd{margin:0;overflow-wrap:anywhere}
        .card ul{margin:0;padding-left:18px}
        #ck-close{position:absolute;right:8px;top:4px;border:0;background:none;font-size:20px;cursor:pointer;color:var(--muted)}
        @media (max-width:1000px){.article{grid-template-columns:1fr}.side{position:static;max-height:none}.text{padding:18px}}
        @media print{header.top{position:static}.side{position:static;max-height:none}.card{display:none}}
        """

    static let script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("ck-data").textContent);
          var card = document.getElementById("ck-card");
          var body = document.getElementById("ck-card-body");
          var pinned = false, selected = null;
          function el(tag, text, cls) {
            var e = document.createElement(tag);
            if (text != null) e.textContent = String(text);
            if (cls) e.className = cls;
            return e;
          }
          function num(v) {
            if (v == null) return null;
            return Math.abs(v) >= 1000 ? v.toLocaleString("en-US") : String(v);
          }
          function quantityLine(q) {
            var parts = [q.text + " \\u2192"];
            if (q.low != null || q.high != null) parts.push((num(q.low) || "\\u2026") + "\\u2013" + (num(q.high) || "\\u2026"));
            else if (q.value != null) parts.push(num(q.value));
            if (q.qualifier && q.qualifier !== "exact") parts.push(q.qualifier.replace("_", " ") + (q.qualifier_cue ? " (\\u201c" + q.qualifier_cue + "\\u201d)" : ""));
            if (q.currency) parts.push(q.currency);
            if (q.unit) parts.push(q.unit);
            parts.push("[" + q.kind + (q.vague ? ", vague" : "") + "]");
            return parts.join(" ");
          }
          function timeLine(t) {
            return t.text + " \\u2192 " + (t.value || "unresolved") + " [" + t.kind + (t.relative ? ", relative to " + t.anchor + " date" : "") + "]";
          }
          function show(ref) {
            var p = String(ref).split(":"), doc = data.docs[+p[0]], i = +p[2];
            if (!doc) return;
            var dl = el("dl"), title = el("h4");
            function row(label, value) {
              if (value == null || value === "" || (value.length === 0)) return;
              dl.appendChild(el("dt", label));
              var dd = el("dd");
              if (Array.isArray(value)) {
                var ul = el("ul");
                value.forEach(function (v) { ul.appendChild(el("li", v)); });
                dd.appendChild(ul);
              } else dd.textContent = String(value);
              dl.appendChild(dd);
            }
            if (p[1] === "c") {
              var c = doc.claims[i];
              if (!c) return;
              title.textContent = c.kind.charAt(0).toUpperCase() + c.kind.slice(1) + " " + c.id + " \\u00b7 check-worthiness " + c.score.toFixed(2);
              if (c.speaker) {
                var s = c.speaker, who = s.name;
                var extra = [s.role, s.organisation].filter(Boolean).join(", ");
                if (extra) who += " (" + extra + ")";
                row("Speaker", who);
                row("Speaker type", s.type);
                if (s.members && s.members.length) row("Members", s.members.join(", "));
                if (s.mention && s.mention !== s.name) row("Mention", "\\u201c" + s.mention + "\\u201d" + (s.resolution ? " (" + s.resolution + ")" : ""));
              } else row("Speaker", "\\u2014 (author's voice)");
              row("Cue", c.cue);
              row("Medium", c.medium);
              row("Content", c.content);
              row("Modality", c.modality + (c.cues.length ? ": " + c.cues.map(function (x) { return "\\u201c" + x + "\\u201d"; }).join(", ") : ""));
              row("Numbers", c.quantities.map(function (q) { return doc.quantities[q] ? quantityLine(doc.quantities[q]) : "?"; }));
              row("Dates", c.times.map(function (t) { return doc.times[t] ? timeLine(doc.times[t]) : "?"; }));
              row("Rule", c.rule);
              row("Sentence", c.sentence);
            } else if (p[1] === "q") {
              var q = doc.quantities[i];
              if (!q) return;
              title.textContent = "Number " + q.id;
              row("Text", q.text);
              row("Value", num(q.value));
              if (q.low != null || q.high != null) row("Range", (num(q.low) || "\\u2026") + " \\u2013 " + (num(q.high) || "\\u2026"));
              row("Qualifier", q.qualifier + (q.qualifier_cue ? " (\\u201c" + q.qualifier_cue + "\\u201d)" : ""));
              row("Unit", q.unit);
              row("Kind", q.kind + (q.vague ? " (vague)" : ""));
              row("Currency", q.currency);
              row("Rule", q.rule);
            } else if (p[1] === "t") {
              var t = doc.times[i];
              if (!t) return;
              title.textContent = "Date " + t.id;
              row("Text", t.text);
              row("ISO value", t.value || "unresolved");
              row("Kind", t.kind);
              row("Relative", t.relative ? "yes, resolved against the " + t.anchor + " date" : "no");
              row("Rule", t.rule);
            } else if (p[1] === "s") {
              var st = doc.sentences[i];
              if (!st) return;
              title.textContent = "Sentence " + st.id + " \\u00b7 check-worthiness " + st.score.toFixed(2);
              row("Modality", st.modality + (st.cues.length ? ": " + st.cues.map(function (x) { return "\\u201c" + x + "\\u201d"; }).join(", ") : ""));
              row("Claims", st.claims.map(function (k) { var c2 = doc.claims[k]; return c2.id + " " + c2.kind + (c2.speaker ? " \\u2014 " + c2.speaker.name : ""); }));
            } else if (p[1] === "b") {
              title.textContent = "Block: " + doc.blocks[i];
            } else return;
            var where = el("p", doc.name);
            where.style.cssText = "margin:0 0 6px;color:#5b6675;font-size:12px";
            body.textContent = "";
            body.appendChild(title);
            body.appendChild(where);
            body.appendChild(dl);
            card.hidden = false;
          }
          function select(ref) {
            if (selected) document.querySelectorAll(".sel").forEach(function (e) { e.classList.remove("sel"); });
            selected = ref;
            if (ref) document.querySelectorAll('[data-r="' + ref + '"]').forEach(function (e) { e.classList.add("sel"); });
          }
          function markOf(e) { return e && e.closest ? e.closest(".text [data-r]") : null; }
          document.querySelectorAll(".text").forEach(function (t) {
            t.addEventListener("mouseover", function (ev) { var m = markOf(ev.target); if (m && !pinned) show(m.getAttribute("data-r")); });
            t.addEventListener("click", function (ev) {
              var m = markOf(ev.target);
              if (!m) return;
              pinned = true;
              show(m.getAttribute("data-r"));
              select(m.getAttribute("data-r"));
            });
          });
          function goTo(ref, anchor) {
            pinned = true;
            show(ref);
            select(ref);
            var target = anchor && document.getElementById(anchor);
            if (target) {
              target.scrollIntoView({ behavior: "smooth", block: "center" });
              target.classList.remove("flash");
              void target.offsetWidth;
              target.classList.add("flash");
            }
          }
          document.querySelectorAll(".claim").forEach(function (li) {
            var ref = li.getAttribute("data-r"), link = li.querySelector("a.content");
            var href = link && link.getAttribute("href"), anchor = href ? href.slice(1) : null;
            li.addEventListener("click", function (ev) { ev.preventDefault(); goTo(ref, anchor); });
            li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") goTo(ref, anchor); });
            li.addEventListener("mouseenter", function () { if (!pinned) show(ref); });
          });
          document.querySelectorAll(".gm a[data-r]").forEach(function (a) {
            a.addEventListener("click", function (ev) { ev.preventDefault(); goTo(a.getAttribute("data-r"), a.getAttribute("href").slice(1)); });
          });
          function close() { pinned = false; card.hidden = true; select(null); }
          document.getElementById("ck-close").addEventListener("click", close);
          document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close(); });
          // Test hook: with #ck-selftest in the address, fill the card for every marked object
          // (the browser test cannot hover), then leave the top claim of the first article shown.
          if (location.hash === "#ck-selftest") {
            var refs = {}, n = 0, errors = [];
            document.querySelectorAll("[data-r]").forEach(function (e) { refs[e.getAttribute("data-r")] = 1; });
            Object.keys(refs).forEach(function (r) {
              try { body.textContent = ""; show(r); if (!body.firstChild) errors.push(r); n++; } catch (e) { errors.push(r + ": " + e); }
            });
            var top = document.querySelector(".claim");
            if (top) { pinned = true; show(top.getAttribute("data-r")); select(top.getAttribute("data-r")); }
            document.body.setAttribute("data-selftest", errors.length ? "fail " + errors.slice(0, 5).join("; ") : "ok " + n);
          }
          document.body.setAttribute("data-ready", "1");
        })();
        """
}
