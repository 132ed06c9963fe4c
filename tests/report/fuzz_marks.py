#!/usr/bin/env python3
"""Random documents with nesting and crossing spans: the report's marks must stay exact.

Usage: fuzz_marks.py CLAIMKIT WORK_DIR [N]

Writes N random documents (text mixing ASCII, accents, CJK, emoji, markup characters and line
breaks; claims, speakers, cues, numbers, dates, modality cues and sentences at random
character boundaries, half of them with code point offsets) as JSON Lines, runs
`claimkit report` on them and checks the page (parsed as HTML) for each document: the marked
text is exactly the document's text, and every mark's fragments join to exactly its span.
Prints `N passed, N failed`.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_report import normalise, parse  # noqa: E402

ALPHABET = list("abcdefgh ijklmnop qrstuv wxyz ") + ["é", "ü", "€", "日", "本", "🙂", "\n", "<", ">", "&", "\"", "'", "\u2028", "—"]


def span(rng, n, max_len=40):
    s = rng.randrange(0, n)
    e = min(n, s + rng.randint(1, max_len))
    return s, e


def build(rng, index):
    chars = [rng.choice(ALPHABET) for _ in range(rng.randint(20, 400))]
    text = "".join(chars)
    codepoints = rng.random() < 0.5
    b = [len("".join(chars[:i]).encode()) for i in range(len(chars) + 1)]

    def place(s, e):
        o = (s, e) if codepoints else (b[s], b[e])
        return {"start": o[0], "end": o[1], "text": "".join(chars[s:e])}

    n = len(chars)
    sentences = []
    for k in range(rng.randint(0, 6)):
        s, e = span(rng, n, 120)
        sentences.append({"id": f"s{k + 1}", **place(s, e), "modality": {"status": rng.choice(["asserted", "hedged"]),
                          "cues": [place(*span(rng, n, 6))]}, "checkworthiness": rng.random()})
    quantities = [{"id": f"q{k + 1}", **place(*span(rng, n, 8)), "value": k, "qualifier": "exact", "kind": "count"}
                  for k in range(rng.randint(0, 8))]
    times = [{"id": f"t{k + 1}", **place(*span(rng, n, 10)), "value": "2025-01-01", "kind": "date"} for k in range(rng.randint(0, 5))]
    claims = []
    for k in range(rng.randint(0, 8)):
        claims.append({
            "id": f"c{k + 1}", "kind": rng.choice(["quote", "reported", "statement"]), "rule": "fuzz",
            "speaker": {"name": f"Speaker {k} <b>", "type": "person", **place(*span(rng, n, 10))} if rng.random() < 0.7 else None,
            "cue": place(*span(rng, n, 6)) if rng.random() < 0.6 else None,
            "content": place(*span(rng, n, 150)),
            "medium": None,
            "modality": {"status": rng.choice(["asserted", "hedged", "denied", "question", "conditional"]),
                         "cues": [place(*span(rng, n, 6)) for _ in range(rng.randint(0, 2))]},
            "checkworthiness": round(rng.random(), 4), "quantities": [], "times": []})
    return {"id": f"fuzz{index}", "schema_version": 1, "offset_unit": "codepoint" if codepoints else "utf8",
            "text": text, "sentences": sentences, "claims": claims, "quantities": quantities, "times": times}


def main():
    claimkit, work = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    rng = random.Random(20251123)
    docs = [build(rng, i) for i in range(count)]
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, "fuzz.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    page = os.path.join(work, "fuzz.html")
    subprocess.run([claimkit, "report", src, "-o", page], check=True, capture_output=True)
    root = parse(page)
    panels = [n for n in root.walk() if n.tag == "div" and "text" in n.attrs.get("class", "").split()]
    passed = failed = 0
    fragments_total = marks_total = 0
    for i, (panel, d) in enumerate(zip(panels, docs)):
        problems = []
        if panel.text() != normalise(d["text"]):
            problems.append("text differs")
        frags = {}
        for n in panel.walk():
            if n is not panel and "data-r" in n.attrs:
                key = (n.attrs["data-r"], n.attrs.get("class", ""))
                frags[key] = frags.get(key, "") + n.text()
                fragments_total += 1
        marks_total += len(frags)
        for k, c in enumerate(d["claims"]):
            key = (f"{i}:c:{k}", f"m m-{c['kind']}")
            if key in frags and frags[key] != normalise(c["content"]["text"]):
                problems.append(f"claim {k}: {frags[key]!r} != {c['content']['text']!r}")
            if key not in frags and c["content"]["text"]:
                problems.append(f"claim {k} not marked")
        for k, q in enumerate(d["quantities"]):
            key = (f"{i}:q:{k}", "m m-number")
            if frags.get(key, "") != normalise(q["text"]) and not any(
                    (x["start"], x["end"]) == (q["start"], q["end"]) for x in d["quantities"][:k]):
                problems.append(f"quantity {k}: {frags.get(key)!r} != {q['text']!r}")
        if problems:
            failed += 1
            print(f"FAIL fuzz doc {i}: {problems[:2]}")
        else:
            passed += 1
    if len(panels) != len(docs):
        failed += 1
        print(f"FAIL fuzz: {len(panels)} panels for {len(docs)} documents")
    print(f"fuzz: {marks_total} marks drawn as {fragments_total} fragments in {len(docs)} documents")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
