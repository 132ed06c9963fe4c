"""Spans are Python str indices: checked on non-ASCII text against the library's own
code-point offsets and against the span texts."""

from __future__ import annotations

import dataclasses
import json

import pytest

import claimkit


def all_spans(obj):
    """Every Span reachable from a result object."""
    if isinstance(obj, claimkit.Span):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for field in dataclasses.fields(obj):
            yield from all_spans(getattr(obj, field.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from all_spans(item)


TEXTS = [
    "“Curly quotes,” said Zoë. Café 🌊 wave.",
    "Émile said: «Ça coûte 3 €». Then 😀😀 twice.\n\nNew block — with a dash.",
    "李明说：“我们会在三年内完成。” He said it on Monday.",
    "Plain ASCII only. Two sentences.",
    "🌊" * 50 + " end. " + "é" * 10 + ".",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_text_matches_the_document_text(text):
    doc = claimkit.extract(text)
    spans = list(all_spans(doc))
    assert spans, "expected at least the sentence spans"
    for span in spans:
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text


@pytest.mark.parametrize("text", TEXTS)
def test_str_indices_equal_the_librarys_code_point_offsets(text):
    doc = claimkit.extract(text)
    raw = json.loads(claimkit.extract_json(text, options={"offset_unit": "codepoint"}))
    assert [(s.span.start, s.span.end) for s in doc.sentences] == [(s["start"], s["end"]) for s in raw["sentences"]]
    assert [(b.span.start, b.span.end) for b in doc.blocks] == [(b["start"], b["end"]) for b in raw["blocks"]]
    # And an extractor that itself writes code points gives the same Document.
    assert claimkit.extract(text, options={"offset_unit": "codepoint"}) == doc


def test_byte_offsets_differ_from_str_indices_on_non_ascii():
    text = "Zoë said “yes”. Second 🌊 sentence."
    raw = json.loads(claimkit.extract_json(text))
    doc = claimkit.extract(text)
    second_bytes = raw["sentences"][1]["start"]
    second = doc.sentences[1].span
    assert second_bytes == len(text[: second.start].encode("utf-8"))
    assert second_bytes > second.start
    assert second.text.startswith("Second")


def test_repaired_input_spans_index_the_repaired_text():
    data = "Caf\xe9 owners said \x93no\x94 today.".encode("latin-1")  # Windows-1252, not UTF-8
    doc = claimkit.extract(data)
    assert "Café" in doc.text and "“no”" in doc.text
    assert any(d.code == "invalid_utf8_repaired" for d in doc.diagnostics)
    for span in all_spans(doc):
        assert doc.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII only, said the mayor. Prices rose 4% in May.",
        "“Sparse” non-ASCII — a few quotes, €5 and Zoë, said Ana Pérez on Monday.",
        "李明说，“我们会重建。” 他说费用为 300 万元。" * 5,  # dense: the offsets are collected instead
        "Emoji 🌊 and astral 𝔘 characters, said Zoë. “Up to 300 homes,” she said.",
    ],
)
def test_fast_and_standard_json_readers_build_the_same_document(text, monkeypatch):
    """With orjson installed documents are read by it (offsets mapped by binary search); the
    standard library path (offsets collected while parsing) must give the same Document."""
    from claimkit import _model

    json_text = claimkit.extract_json(text)
    fast = _model.document_from_json(json_text, text)
    monkeypatch.setattr(_model, "_fast_loads", None)
    standard = _model.document_from_json(json_text, text)
    assert fast == standard
    for span in [s.span for s in fast.sentences] + [c.content for c in fast.claims] + [q.span for q in fast.quantities]:
        assert fast.text[span.start:span.end] == span.text
