#!/usr/bin/env python3
"""Hand-annotated claimkit documents for the report tests.

The extraction stages are still being written, so the report cannot rely on them to produce
claims, numbers and dates. This script takes the real blocks and sentences from
`claimkit extract` and adds claims, speakers, cues, quantities, times, entities and modality
from the annotations below (written by hand for our own example articles), computing exact
UTF-8 byte offsets. The result is a document JSON as the schema defines it.

Usage: make_documents.py CLAIMKIT OUT_DIR [--schema spec/schema/claimkit.schema.json]
Writes OUT_DIR/<article>.json for each annotated article.

A place is written as a substring of the article ("3,000") or as [context, substring] when
the substring alone is not unique (the context must be unique and contain it).
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

VALMONT = {
    "path": "examples/articles/ferry-strike-valmont.txt",
    "id": "valmont-gazette",
    "entities": [
        ("Zoë Martín-Ibáñez", "person", ["Zoë Martín-Ibáñez", ["Martín-Ibáñez denied", "Martín-Ibáñez"]], "union branch chair"),
        ("Estuary Lines", "organisation", ["Estuary Lines"], None),
        ("Pieter Van Aalst", "person", ["Pieter Van Aalst"], "spokesperson"),
        ("Port Valmont", "place", [["Port Valmont walk", "Port Valmont"]], None),
    ],
    "quantities": [
        dict(text="3,000", value=3000, qualifier="approximate", qualifier_cue="about 3,000", unit="commuters", kind="count"),
        dict(text="€180,000", value=180000, qualifier="approximate", qualifier_cue="roughly", unit="euros", kind="money", currency="EUR"),
        dict(text="4%", value=4, unit="percent", kind="percent"),
        dict(text="40", value=40, qualifier="at_least", qualifier_cue="at least", unit="buses", kind="count"),
        dict(text="90 minutes", value=90, low=0, high=90, qualifier="up_to", qualifier_cue="up to", unit="minutes", kind="duration"),
        dict(text="three", value=3, unit="harbour ferries", kind="count"),
    ],
    "times": [
        dict(text="14 May 2025", value="2025-05-14", kind="date"),
        dict(text="Wednesday morning", value="2025-05-14", kind="date", relative=True, anchor="published"),
        dict(text="since January", value="2025-01", kind="period", relative=True, anchor="published"),
        dict(text="on Friday", value="2025-05-16", kind="date", relative=True, anchor="published"),
        dict(text="21 May", value="2025-05-21", kind="date", relative=True, anchor="published"),
        dict(text="last week", value="2025-W19", kind="period", relative=True, anchor="published"),
        dict(text="Thursday evening", value="2025-05-15", kind="date", relative=True, anchor="published"),
    ],
    "claims": [
        dict(kind="statement", content="Crews on the city's three harbour ferries stopped work on Wednesday morning, leaving about 3,000 commuters to find another way across the estuary",
             score=0.71, rule="statement.number"),
        dict(kind="quote", content="We have asked for a fair night rate since January, and the company keeps saying next quarter,",
             speaker=dict(name="Zoë Martín-Ibáñez", mention="Zoë Martín-Ibáñez", role="chair of the crew union's local branch", type="person"),
             cue=["said Zoë", "said"], score=0.58, rule="quote.cue_after"),
        dict(kind="quote", content="Nobody on these boats wants to strand a nurse on the wrong side of the water.",
             speaker=dict(name="Zoë Martín-Ibáñez", type="person", resolution="continuation"), score=0.22, rule="quote.continuation"),
        dict(kind="reported", content="the stoppage would cost it roughly €180,000 a day",
             speaker=dict(name="Estuary Lines", mention="Estuary Lines", type="organisation"), cue=["Lines, said", "said"],
             score=0.83, rule="reported.said_that"),
        dict(kind="reported", content="the company had offered a 4% rise and that talks could resume on Friday",
             speaker=dict(name="Pieter Van Aalst", mention="Pieter Van Aalst", role="spokesperson", organisation="Estuary Lines", type="person"),
             cue="told", medium="the Valmont Gazette", modality=("hedged", [["talks could", "could"]]), score=0.77, rule="reported.told_that"),
        dict(kind="reported", content="at least 40 extra buses will run on the bridge route until 21 May",
             speaker=dict(name="transport office", mention="the city's transport office", organisation="Port Valmont", type="organisation"),
             cue="According to", score=0.69, rule="reported.according_to"),
        dict(kind="reported", content="journeys may take up to 90 minutes at peak times",
             speaker=dict(name="officials", mention="Officials", type="anonymous"), cue="warned",
             modality=("hedged", [["journeys may", "may"]]), score=0.64, rule="reported.said_that"),
        dict(kind="reported", content="the union had refused to meet managers last week",
             speaker=dict(name="Zoë Martín-Ibáñez", mention=["Martín-Ibáñez denied", "Martín-Ibáñez"], type="person", resolution="short_name"),
             cue="denied", modality=("denied", ["denied"]), score=0.74, rule="reported.denied_that"),
        dict(kind="statement", content="Will the ferries run at the weekend?", modality=("question", ["?"]), score=0.12, rule="statement.question"),
        dict(kind="reported", content="it would decide on Thursday evening",
             speaker=dict(name="the union", mention=["The union said", "The union"], type="organisation"), cue=["union said", "said"],
             score=0.31, rule="reported.said_that"),
    ],
}

HARBOUR_POST = {
    "path": "examples/articles/ferry-strike-harbour-post.txt",
    "id": "harbour-post",
    "entities": [
        ("Zoë Martín-Ibáñez", "person", ["Zoë Martín-Ibáñez"], "union branch chair"),
        ("Estuary Lines", "organisation", ["Estuary Lines"], None),
        ("Marguerite Osei", "person", ["Marguerite Osei"], "chief executive"),
        ("Port Valmont", "place", ["Port Valmont"], None),
    ],
    "quantities": [
        dict(text="5,000", value=5000, qualifier="more_than", qualifier_cue="More than", unit="passengers", kind="count"),
        dict(text="6%", value=6, unit="percent", kind="percent"),
        dict(text="five months", value=5, unit="months", kind="duration"),
        dict(text="€1.2 million", value=1200000, low=0, high=1200000, qualifier="up_to", qualifier_cue="as much as", unit="euros", kind="money", currency="EUR"),
        dict(text="two", value=2, unit="people", kind="count"),
    ],
    "times": [
        dict(text="on Wednesday", value="2025-05-14", kind="date", relative=True, anchor="reference"),
        dict(text="last week", value="2025-W19", kind="period", relative=True, anchor="reference"),
        dict(text="a week", value=None, kind="period"),
    ],
    "claims": [
        dict(kind="reported", content="More than 5,000 passengers were left without a crossing on Wednesday after ferry crews in Port Valmont walked off the job",
             speaker=dict(name="Harbour Post", mention="the Harbour Post", type="organisation"), cue="has learned", score=0.81, rule="reported.has_learned"),
        dict(kind="reported", content="the company had already offered a 6% pay increase",
             speaker=dict(name="Marguerite Osei", mention="Marguerite Osei", role="chief executive", organisation="Estuary Lines", type="person"),
             cue=["Osei said", "said"], score=0.79, rule="reported.said_that"),
        dict(kind="quote", content="That is a generous offer in a difficult year,",
             speaker=dict(name="Marguerite Osei", mention=["she said", "she"], type="person", resolution="pronoun"), cue=["she said", "said"],
             score=0.35, rule="quote.cue_after"),
        dict(kind="quote", content="We will not be held to ransom by a dispute about one shift.",
             speaker=dict(name="Marguerite Osei", type="person", resolution="continuation"), score=0.18, rule="quote.continuation"),
        dict(kind="reported", content="crews had been patient for five months and would stay out until the company improved its offer",
             speaker=dict(name="Zoë Martín-Ibáñez", mention="Zoë Martín-Ibáñez", role="branch chair", type="person"),
             cue=["chair, said", "said"], score=0.52, rule="reported.said_that"),
        dict(kind="reported", content="The union refused to meet managers last week",
             speaker=dict(name="two people familiar with the talks", mention="two people familiar with the talks", type="anonymous"),
             cue="according to", score=0.76, rule="reported.according_to"),
        dict(kind="reported", content="the strike could cost the local economy as much as €1.2 million if it lasts a week",
             speaker=dict(name="analysts", mention="Analysts", type="anonymous"), cue="estimate",
             modality=("conditional", [["strike could", "could"], ["if it lasts", "if"]]), score=0.88, rule="reported.said_that"),
    ],
}

# Hostile strings inside the document JSON itself (not only in the text): ids, rules, names.
HOSTILE = {
    "path": "tests/report/hostile.txt",
    # Breaks the schema on purpose (ids and values with markup): not validated.
    "valid": False,
    "id": "hostile</script><script>document.title='INJECTED'</script>",
    "title": "Hostile <b>title</b></title><script>document.title='INJECTED'</script>",
    "entities": [("Mallory O'Hare", "person", [["said Mallory O'Hare", "Mallory O'Hare"]], None)],
    "quantities": [
        dict(text="12", value=12), dict(text="15", value=15),
        dict(text="25%", value=25, unit="percent", kind="percent"),
        dict(text="$3 million", value=3000000, unit="dollars", kind="money", currency="USD"),
        dict(text="30%", value=30, qualifier="approximate", qualifier_cue="closer to", unit="percent", kind="percent"),
        # Crosses the end of the first claim's content on purpose (the renderer must split).
        dict(text=["\"INJECTED\"</script>,” said", "</script>,” said"], value=None, unit="</script><img src=x onerror=alert(1)>", kind="count"),
    ],
    "times": [dict(text="3 March 2025", value="2025-03-03</script>", kind="date")],
    "claims": [
        dict(kind="quote", content="Nothing here is true</script><script>document.title=\"INJECTED\"</script>,",
             speaker=dict(name="Mallory O'Hare \"><img src=x onerror=\"document.title='INJECTED'\">", mention=["said Mallory O'Hare", "Mallory O'Hare"],
                          role="</dd><script>alert(1)</script>", type="person"),
             cue=["” said", "said"], score=0.91, rule="quote.</script><script>alert(1)</script>", id="c1\"><img src=x onerror=alert(1)>"),
        dict(kind="reported", content="12 < 15 && 7 > 3 are \"facts\" ' \" ` — and a line separator\u2028sits here",
             speaker=dict(name="Officials <script>alert(1)</script>", mention="Officials", type="anonymous"), cue=["Officials said", "said"],
             score=0.44, rule="reported.said_that"),
        # Crosses a sentence boundary and overlaps the claim above (marks must nest or split).
        dict(kind="statement", content=["separator\u2028sits here, and a paragraph", "separator\u2028sits here, and a paragraph"],
             score=0.05, rule="statement.overlap"),
        dict(kind="reported", content="The budget rose by 25% to $3 million",
             speaker=dict(name="Mallory O'Hare", mention=["O'Hare claimed", "O'Hare"], type="person", resolution="short_name"),
             cue="claimed", score=0.86, rule="reported.claimed"),
        dict(kind="reported", content="it may be “closer to 30%”",
             speaker=dict(name="aides", mention="aides", type="anonymous"), cue=["aides say", "say"],
             modality=("hedged", [["it may", "may"]]), score=0.47, rule="reported.said_that"),
    ],
}

ANNOTATED = [VALMONT, HARBOUR_POST, HOSTILE]


def locate(text: bytes, spec, after: int = 0):
    """Byte span of a place spec: "substring" or [unique context, substring]."""
    if isinstance(spec, list):
        context, sub = spec
        c = text.find(context.encode())
        if c < 0 or text.find(context.encode(), c + 1) >= 0:
            raise SystemExit(f"context not found or not unique: {context!r}")
        s = text.find(sub.encode(), c)
        if s < 0 or s + len(sub.encode()) > c + len(context.encode()):
            raise SystemExit(f"{sub!r} not inside {context!r}")
        return s, s + len(sub.encode())
    b = spec.encode()
    s = text.find(b, after)
    if s < 0:
        s = text.find(b)
    if s < 0:
        raise SystemExit(f"not found: {spec!r}")
    return s, s + len(b)


def place(text: bytes, spec, after: int = 0):
    s, e = locate(text, spec, after)
    return {"start": s, "end": e, "text": text[s:e].decode()}


def sentence_of(doc, offset):
    for s in doc["sentences"]:
        if s["start"] <= offset < s["end"]:
            return s
    return doc["sentences"][-1]


def build(claimkit: str, spec: dict) -> dict:
    path = os.path.join(ROOT, spec["path"])
    out = subprocess.run([claimkit, "extract", "--input-format", "text", "--options", '{"include_text": true}', path],
                         check=True, capture_output=True)
    doc = json.loads(out.stdout)
    text = doc["text"].encode()
    doc = {"id": spec["id"], **doc}
    if "title" in spec:
        doc["title"] = spec["title"]
    doc["entities"] = []
    for i, (name, etype, mentions, role) in enumerate(spec["entities"]):
        doc["entities"].append({"id": f"e{i + 1}", "name": name, "type": etype, "role": role, "organisation": None,
                                "mentions": [place(text, m) for m in mentions]})
    doc["quantities"] = []
    for i, q in enumerate(spec["quantities"]):
        p = place(text, q["text"])
        unit_span = None
        if q.get("unit") and text.find(q["unit"].encode(), p["end"]) >= 0 and text.find(q["unit"].encode(), p["end"]) < p["end"] + 3:
            unit_span = place(text, q["unit"], p["end"])
        cue = None
        if q.get("qualifier_cue"):
            cs = text.rfind(q["qualifier_cue"].encode(), 0, p["end"])
            if cs >= 0:
                cue = {"start": cs, "end": cs + len(q["qualifier_cue"].encode()), "text": q["qualifier_cue"]}
        doc["quantities"].append({
            "id": f"q{i + 1}", "sentence": sentence_of(doc, p["start"])["id"], **p,
            "value": q.get("value"), "low": q.get("low"), "high": q.get("high"),
            "qualifier": q.get("qualifier", "exact"), "qualifier_cue": cue, "unit": q.get("unit"), "unit_span": unit_span,
            "kind": q.get("kind", "count"), "currency": q.get("currency"), "vague": False, "rule": "hand.annotated"})
    doc["times"] = []
    for i, t in enumerate(spec["times"]):
        p = place(text, t["text"])
        doc["times"].append({"id": f"t{i + 1}", "sentence": sentence_of(doc, p["start"])["id"], **p, "value": t["value"],
                             "kind": t["kind"], "relative": t.get("relative", False), "anchor": t.get("anchor", "none"),
                             "rule": "hand.annotated"})
    doc["claims"] = []
    for i, c in enumerate(spec["claims"]):
        content = place(text, c["content"])
        sentence = sentence_of(doc, content["start"])
        speaker = None
        if "speaker" in c:
            s = c["speaker"]
            speaker = {"name": s["name"], "role": s.get("role"), "organisation": s.get("organisation"), "type": s["type"]}
            if s.get("resolution"):
                speaker["resolution"] = s["resolution"]
            if s.get("mention"):
                speaker.update(place(text, s["mention"]))
        status, cue_specs = c.get("modality", ("asserted", []))
        cues = [place(text, x, sentence["start"]) for x in cue_specs]
        inside = lambda o: content["start"] <= o["start"] and o["end"] <= content["end"]
        doc["claims"].append({
            "id": c.get("id", f"c{i + 1}"), "kind": c["kind"], "sentence": sentence["id"], "rule": c["rule"], "speaker": speaker,
            "cue": place(text, c["cue"]) if c.get("cue") else None, "content": content,
            "medium": place(text, c["medium"]) if c.get("medium") else None,
            "modality": {"status": status, "cues": cues}, "checkworthiness": c["score"],
            "quantities": [q["id"] for q in doc["quantities"] if inside(q)],
            "times": [t["id"] for t in doc["times"] if inside(t)]})
        rank = ["asserted", "hedged", "conditional", "denied", "question"]
        if rank.index(status) > rank.index(sentence["modality"]["status"]):
            sentence["modality"] = {"status": status, "cues": cues}
        sentence["checkworthiness"] = max(sentence["checkworthiness"], c["score"])
    return doc


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    claimkit, out_dir = sys.argv[1], sys.argv[2]
    schema = None
    if "--schema" in sys.argv:
        schema = json.load(open(sys.argv[sys.argv.index("--schema") + 1]))
    os.makedirs(out_dir, exist_ok=True)
    for spec in ANNOTATED:
        doc = build(claimkit, spec)
        # Every span must name its text exactly.
        text = doc["text"].encode()
        def check(o):
            if isinstance(o, dict):
                if "start" in o and "end" in o and "text" in o:
                    assert text[o["start"]:o["end"]].decode() == o["text"], o
                for v in o.values():
                    check(v)
            elif isinstance(o, list):
                for v in o:
                    check(v)
        check(doc)
        if schema is not None and spec.get("valid", True):
            try:
                import jsonschema
                jsonschema.validate(doc, schema)
            except ImportError:
                pass
        name = os.path.splitext(os.path.basename(spec["path"]))[0]
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        print(f"wrote {name}.json: {len(doc['claims'])} claims, {len(doc['quantities'])} numbers, {len(doc['times'])} dates")


if __name__ == "__main__":
    main()
