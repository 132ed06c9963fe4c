#!/usr/bin/env python3
"""Writes the held-out articles and their gold files from the annotated sources in sources.py.

Every offset is computed here from the bytes written, so spans are exact. Run after editing
sources.py:  python3 eval/heldout/build.py   (stdlib only)."""
import json, os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sources import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))


def render(a):
    sep = a.get("sep", "\n\n")
    parts = []
    for role, sents in a["blocks"]:
        text = " ".join(s for _, s in sents)
        if a.get("wrap") and role in ("paragraph", "lead"):
            text = "\n".join(textwrap.wrap(text, a["wrap"], break_long_words=False, break_on_hyphens=False))
        parts.append(text)
    nl = "\r\n" if sep.startswith("\r") else "\n"
    if a.get("wrap"):
        parts = [p.replace("\n", nl) for p in parts]
    return sep.join(parts) + nl


def find(data, text, nth):
    # Spaces in the annotated text match any whitespace run, so hard-wrapped and CRLF text is found.
    pat = re.compile(b"\\s+".join(re.escape(w) for w in text.encode("utf-8").split(b" ")))
    hits = list(pat.finditer(data))
    if len(hits) <= nth:
        raise SystemExit(f"{text!r} occurrence {nth} not found")
    m = hits[nth]
    return m.start(), m.end(), m.group().decode("utf-8")


def main():
    for a in ARTICLES:
        body = render(a)
        data = body.encode("utf-8")
        with open(os.path.join(HERE, "articles", a["name"] + ".txt"), "wb") as f:
            f.write(data)
        words = len(re.findall(r"\w+", body))
        assert 250 <= words <= 600, (a["name"], words)
        gold = {"doc": a["name"] + ".txt", "published": a.get("published"), "blocks": [], "sentences": [],
                "attributions": [], "quantities": [], "times": [], "modality": [], "checkworthiness": []}
        for role, sents in a["blocks"]:
            gold["blocks"].append({"role": role, "starts_with": " ".join(sents[0][1].split()[:6])})
            for label, s in sents:
                gold["sentences"].append(s)
                if label in ("CFS", "UFS", "NFS"):
                    gold["checkworthiness"].append({"sentence_start": " ".join(s.split()[:8]), "label": label})
        for sp, aliases, cue, content, kind, *req in a["attributions"]:
            assert set(re.findall(r"\w+", content)) <= set(re.findall(r"\w+", body)), content
            gold["attributions"].append({"speaker": sp, "aliases": aliases, "cue": cue, "content": content,
                                         "kind": kind, "required": req[0] if req else True})
        for q in a["quantities"]:
            text, nth, value, qual, unit, kind = q[:6]
            extra = q[6] if len(q) > 6 else {}
            s, e, t = find(data, text, nth)
            g = {"text": t, "value": value, "unit": unit, "qualifier": qual, "kind": kind,
                 "required": extra.get("required", True), "start": s, "end": e}
            if qual == "up_to":
                g["high"] = value
            if qual in ("at_least", "more_than"):
                g["low"] = value
            if qual == "range":
                g["low"], g["high"] = extra["low"], extra["high"]
            gold["quantities"].append(g)
        for text, nth, value, kind, *req in a["times"]:
            s, e, t = find(data, text, nth)
            gold["times"].append({"text": t, "value": value, "kind": kind,
                                  "required": req[0] if req else True, "start": s, "end": e})
        for start, status, cues in a["modality"]:
            assert any(x.startswith(start) for x in gold["sentences"]), start
            gold["modality"].append({"sentence_start": start, "status": status, "cues": cues})
        for key in ("quantities", "times"):
            for x in gold[key]:
                assert data[x["start"]:x["end"]].decode() == x["text"]
        with open(os.path.join(HERE, "gold", a["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{a['name']}: {words} words, {len(gold['sentences'])} sentences")


if __name__ == "__main__":
    main()
