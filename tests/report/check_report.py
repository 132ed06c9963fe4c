#!/usr/bin/env python3
"""Checks a claimkit report page against the documents it was made from.

Usage: check_report.py --dom DOM.html --page PAGE.html [--log CHROMIUM_STDERR] [--label NAME]
                       DOC.json|DOCS.jsonl...   (the documents, in the order given to `claimkit report`)

DOM.html is the page after its script ran (`chromium --dump-dom`); PAGE.html the file itself.
Prints one `ok`/`FAIL` line per check and, last, `N passed, N failed`; exits 1 on failure.

Checks:
- the script ran to its end (body data-ready="1"), no console errors or CSP refusals;
- nothing from the documents became markup: only the page's own elements and attributes exist,
  exactly two <script> elements, no event-handler attributes, no <img>, the title is not
  "INJECTED" (the hostile test article tries to set it);
- each article's marked text is exactly the document's text (the marks lose and add nothing);
- each mark's fragments join to exactly its span's text (claims, speakers, cues, numbers, dates),
  so marks that cross were split correctly;
- every speaker name and every number text of the documents is in the page;
- the claims panel lists every claim, sorted by check-worthiness;
- every in-page link points at an element that exists.
"""
import argparse
import html
import html.parser
import json
import re
import sys

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "div", "h1", "h2", "h3", "h4", "p", "nav", "a",
    "span", "section", "details", "summary", "ul", "ol", "li", "code", "b", "small", "aside", "button", "script",
    "dl", "dt", "dd",  # the details card, built by the page's script
}
ALLOWED_ATTRS = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "data-r", "data-doc", "style",
    "title", "tabindex", "type", "hidden", "aria-label", "data-ready", "data-selftest",
}
VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "area", "base", "col", "embed", "source", "track"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(path):
    b = TreeBuilder()
    b.feed(open(path, encoding="utf-8").read())
    b.close()
    return b.root


def normalise(text):
    """What a browser's DOM holds for a text: line ends folded, controls shown as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\ufffd", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dom", required=True)
    ap.add_argument("--page", required=True)
    ap.add_argument("--log")
    ap.add_argument("--label", default="report")
    ap.add_argument("docs", nargs="+")
    a = ap.parse_args()
    docs = []
    for p in a.docs:  # a .jsonl file holds one document per line
        if p.endswith(".jsonl"):
            docs += [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]
        else:
            docs.append(json.load(open(p, encoding="utf-8")))
    passed = failed = 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {a.label}: {name}")
        else:
            failed += 1
            print(f"FAIL {a.label}: {name}" + (f": {detail}" if detail else ""))

    dom = parse(a.dom)
    nodes = list(dom.walk())
    body = next((n for n in nodes if n.tag == "body"), None)
    check("script ran to the end (data-ready)", body is not None and body.attrs.get("data-ready") == "1")
    selftest = body.attrs.get("data-selftest") if body is not None else None
    if selftest is not None:
        check("details card filled for every marked object (#ck-selftest)", selftest.startswith("ok"), selftest)
        card = next((n for n in nodes if n.attrs.get("id") == "ck-card-body"), None)
        if docs[0].get("claims") and card is not None:
            want = max(docs[0].get("claims", []), key=lambda c: c["checkworthiness"])
            card_text = card.text()
            check("card shows the top claim with its speaker", normalise(want["content"]["text"]) in card_text
                  and (not want.get("speaker") or normalise(want["speaker"]["name"]) in card_text), card_text[:120])
    if a.log:
        log = open(a.log, encoding="utf-8", errors="replace").read()
        bad = [l for l in log.splitlines() if re.search(r"CONSOLE|Uncaught|Refused to|Content.Security.Policy", l)]
        check("no console errors or CSP refusals", not bad, "; ".join(bad[:3]))

    # --- Injection -----------------------------------------------------------------------
    title = next((n.text() for n in nodes if n.tag == "title"), "")
    check("title not changed by injected script", "INJECTED" != title.strip() and not title.startswith("INJECTED"), title)
    tags = {n.tag for n in nodes if n.tag != "#root"}
    check("only the page's own elements", tags <= ALLOWED_TAGS, str(sorted(tags - ALLOWED_TAGS)))
    attrs = {k for n in nodes for k in n.attrs}
    check("only the page's own attributes (no on* handlers)", attrs <= ALLOWED_ATTRS, str(sorted(attrs - ALLOWED_ATTRS)))
    scripts = [n for n in nodes if n.tag == "script"]
    check("exactly two <script> elements (data, page script)", len(scripts) == 2 and scripts[0].attrs.get("type") == "application/json",
          str([s.attrs for s in scripts]))
    check("no <img> elements", "img" not in tags)
    hrefs = [n.attrs["href"] for n in nodes if n.tag == "a" and "href" in n.attrs]
    check("links are in-page anchors only", all(h.startswith("#") for h in hrefs), str([h for h in hrefs if not h.startswith("#")][:3]))
    ids = {n.attrs["id"] for n in nodes if "id" in n.attrs}
    missing = [h for h in hrefs if h[1:] not in ids]
    check("every in-page link has its target", not missing, str(missing[:5]))

    # The data block parses and holds the documents' strings unchanged.
    page = parse(a.page)
    data_node = next(n for n in page.walk() if n.tag == "script" and n.attrs.get("type") == "application/json")
    raw = data_node.text()
    check("data block has no raw < > & or U+2028", not re.search("[<>&\u2028\u2029]", raw))
    try:
        data = json.loads(raw)
        ok = all(len(data["docs"][i]["claims"]) == len(d.get("claims", [])) for i, d in enumerate(docs))
        ok = ok and all(c["content"] == d["claims"][k]["content"]["text"] for i, d in enumerate(docs)
                        for k, c in enumerate(data["docs"][i]["claims"]))
        check("data block parses and carries every claim unchanged", ok)
    except Exception as e:  # noqa: BLE001 - report any failure
        check("data block parses and carries every claim unchanged", False, repr(e))

    # --- Text and marks ------------------------------------------------------------------
    texts = [n for n in nodes if n.tag == "div" and "text" in n.attrs.get("class", "").split()]
    check("one text panel per document", len(texts) == len(docs), f"{len(texts)} panels, {len(docs)} documents")
    # Per-document checks are folded into one line each (a page may hold hundreds of articles).
    text_bad, marks_bad, n_marks, n_frags = [], [], 0, 0
    for i, (panel, d) in enumerate(zip(texts, docs)):
        if "text" not in d:
            continue
        got = panel.text()
        want = normalise(d["text"])
        if got != want:
            text_bad.append(next((f"doc {i + 1}: first difference at {k}: {got[k:k + 30]!r} vs {want[k:k + 30]!r}"
                                  for k in range(min(len(got), len(want))) if got[k] != want[k]),
                                 f"doc {i + 1}: lengths {len(got)} vs {len(want)}"))
        # Fragments of each mark, joined in order, must be exactly the span's text.
        frags = {}
        for n in panel.walk():
            if n is panel or "data-r" not in n.attrs:
                continue
            # The page's script adds "sel" to the selected object's marks: not part of the style.
            key = (n.attrs["data-r"], " ".join(c for c in n.attrs.get("class", "").split() if c not in ("sel", "flash")))
            frags[key] = frags.get(key, "") + n.text()
            n_frags += 1
        codepoints = d.get("offset_unit") == "codepoint"
        source = d["text"] if codepoints else d["text"].encode()

        def valid(o):
            if not o or not (0 <= o["start"] < o["end"] <= len(source)):
                return False
            seg = source[o["start"]:o["end"]]
            return (seg if codepoints else seg.decode("utf-8", "replace")) == o["text"]
        expected = []
        for k, c in enumerate(d.get("claims", [])):
            kind = c["kind"] if c["kind"] in ("quote", "reported", "statement") else "statement"
            if valid(c["content"]):
                expected.append(((f"{i}:c:{k}", f"m m-{kind}"), c["content"]["text"]))
        for k, q in enumerate(d.get("quantities", [])):
            if valid(q):
                expected.append(((f"{i}:q:{k}", "m m-number"), q["text"]))
        for k, t in enumerate(d.get("times", [])):
            if valid(t):
                expected.append(((f"{i}:t:{k}", "m m-date"), t["text"]))
        n_marks += len(expected)
        marks_bad += [f"doc {i + 1}: {key}: {frags.get(key)!r} != {w!r}" for key, w in expected if frags.get(key) != normalise(w)]
    check(f"marked text equals the document text ({len(texts)} documents)", not text_bad, "; ".join(text_bad[:2]))
    check(f"{n_marks} claim, number and date marks join to their exact span text", not marks_bad, "; ".join(marks_bad[:2]))
    print(f"     {a.label}: {n_frags} mark fragments in the text")

    # --- Content present -----------------------------------------------------------------
    page_text = normalise(dom.text())
    names = {c["speaker"]["name"] for d in docs for c in d.get("claims", []) if c.get("speaker")}
    missing = sorted(n for n in names if normalise(n) not in page_text)
    check(f"all {len(names)} speaker names are in the page", not missing, str(missing[:5]))
    numbers = {q["text"] for d in docs for q in d.get("quantities", [])}
    missing = sorted(n for n in numbers if normalise(n) not in page_text)
    check(f"all {len(numbers)} number texts are in the page", not missing, str(missing[:5]))

    # --- Claims panel --------------------------------------------------------------------
    sides = [n for n in nodes if n.tag == "div" and n.attrs.get("class") == "side"]
    panel_bad = []
    for i, (side, d) in enumerate(zip(sides, docs)):
        items = [n for n in side.walk() if n.tag == "li" and "claim" in n.attrs.get("class", "").split()]
        scores = [float(next(x for x in it.walk() if x.attrs.get("class") == "num").text()) for it in items]
        if len(items) != len(d.get("claims", [])) or scores != sorted(scores, reverse=True):
            panel_bad.append(f"doc {i + 1}: {len(items)} items, scores {scores[:6]}")
    n_claims = sum(len(d.get("claims", [])) for d in docs)
    check(f"claims panels list all {n_claims} claims, by check-worthiness", len(sides) == len(docs) and not panel_bad,
          "; ".join(panel_bad[:2]))

    if len(docs) > 1:
        check("comparison section present", "compare" in ids)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
