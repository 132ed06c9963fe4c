"""The public surface: names, types, immutability, versions."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import pickle
import threading

import pytest

import claimkit


def test_all_names_exist():
    for name in claimkit.__all__:
        assert hasattr(claimkit, name), name


def test_versions_match():
    assert claimkit.library_version() == claimkit.__version__
    major, minor, patch = (int(p) for p in claimkit.__version__.split("."))
    assert claimkit.library_version_number() == major * 1_000_000 + minor * 1_000 + patch


def test_extract_returns_document(article):
    doc = claimkit.extract(article)
    assert isinstance(doc, claimkit.Document)
    assert doc.text == article
    assert doc.schema_version == 1
    assert doc.claimkit_version == claimkit.__version__
    assert doc.input_format == "text"
    assert len(doc.sentences) >= 5
    assert len(doc.blocks) >= 4
    assert all(isinstance(s, claimkit.Sentence) for s in doc.sentences)
    assert all(isinstance(b, claimkit.Block) for b in doc.blocks)
    for collection in (doc.blocks, doc.sentences, doc.claims, doc.quantities, doc.times, doc.entities, doc.diagnostics):
        assert isinstance(collection, tuple)
    # Every sentence belongs to a block that lists it.
    blocks = {b.id: b for b in doc.blocks}
    for s in doc.sentences:
        assert s.id in blocks[s.block].sentences
        assert 0.0 <= s.checkworthiness <= 1.0
        assert s.modality.status in {"asserted", "hedged", "conditional", "denied", "question"}


def test_results_are_frozen_slotted_dataclasses(article):
    doc = claimkit.extract(article)
    sentence = doc.sentences[0]
    for obj in (doc, sentence, sentence.span, sentence.modality):
        assert dataclasses.is_dataclass(obj)
        assert not hasattr(obj, "__dict__")  # slots=True
    with pytest.raises(dataclasses.FrozenInstanceError):
        sentence.span.start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = ""  # type: ignore[misc]


def test_collections_read_later_are_the_same_as_read_at_once(article):
    """A Document's collections are built on first read: every way of reading it (attribute,
    equality, repr, hash, pickle, copy, asdict, replace) must see the same values as a
    Document built by hand from them."""
    doc = claimkit.extract(article)
    values = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}
    assert values["claims"] and values["sentences"] and values["quantities"] and values["entities"]
    by_hand = claimkit.Document(**values)
    assert by_hand == doc
    assert doc.claims is doc.claims  # built once, then kept
    for reader in (
        lambda d: d,
        repr,
        hash,
        dataclasses.asdict,
        lambda d: pickle.loads(pickle.dumps(d)),
        copy.copy,
        copy.deepcopy,
        lambda d: dataclasses.replace(d, title="Other"),
    ):
        assert reader(claimkit.extract(article)) == reader(by_hand)
    unread = claimkit.extract(article)
    with pytest.raises(dataclasses.FrozenInstanceError):
        unread.claims = ()  # type: ignore[misc]
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        unread.nonexistent  # type: ignore[attr-defined]  # noqa: B018
    assert unread.claims == doc.claims
    assert pickle.loads(pickle.dumps(unread)).claims == doc.claims


def test_threads_reading_an_unread_collection_agree(article):
    docs = [claimkit.extract(article * 3) for _ in range(20)]
    expected = docs[0].claims
    seen: list[tuple[object, ...]] = []
    barrier = threading.Barrier(4)

    def read() -> None:
        barrier.wait()
        for d in docs[1:]:
            seen.append(d.claims)
            seen.append(d.entities)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == expected for v in seen[0::2])
    assert all(v == docs[0].entities for v in seen[1::2])
    # Once every collection has been read, the parsed JSON is let go.
    last = docs[1]
    assert hasattr(last, "_pending")
    for name in ("blocks", "sentences", "quantities", "times", "diagnostics"):
        getattr(last, name)
    assert not hasattr(last, "_pending")


def test_str_and_bytes_input_agree(article):
    assert claimkit.extract_json(article) == claimkit.extract_json(article.encode("utf-8"))
    assert claimkit.extract(article) == claimkit.extract(article.encode("utf-8"))
    assert claimkit.extract(bytearray(article.encode())) == claimkit.extract(memoryview(article.encode()))


def test_reference_date_accepts_date_objects(article):
    as_text = claimkit.extract_json(article, reference_date="2024-06-20")
    assert claimkit.extract_json(article, reference_date=datetime.date(2024, 6, 20)) == as_text
    assert claimkit.extract_json(article, reference_date=datetime.datetime(2024, 6, 20, 13, 5)) == as_text


def test_empty_input_gives_empty_document_with_diagnostic():
    doc = claimkit.extract("")
    assert doc.text == ""
    assert doc.sentences == () and doc.claims == ()
    assert [d.code for d in doc.diagnostics] == ["empty_input"]


def test_nul_bytes_are_text():
    text = "First part.\0 Second part.\0\0 End."
    doc = claimkit.extract(text)
    assert doc.text == text
    assert all(doc.text[s.span.start : s.span.end] == s.span.text for s in doc.sentences)
    assert '"text_length":%d' % len(text) in claimkit.extract_json(text)


def test_extractor_is_reusable_and_equals_module_functions(article):
    with claimkit.Extractor() as extractor:
        first = extractor.extract(article)
        assert extractor.extract(article) == first
        assert first == claimkit.extract(article)
        assert extractor.extract_json(article) == claimkit.extract_json(article)


def test_pretty_json(article):
    compact = claimkit.extract_json(article)
    pretty = claimkit.extract_json(article, pretty=True)
    assert "\n" in pretty and "\n" not in compact
    import json

    assert json.loads(pretty) == json.loads(compact)


def test_options_are_applied(article):
    with claimkit.Extractor(include_text=True) as extractor:
        import json

        assert json.loads(extractor.extract_json(article))["text"] == article
        assert extractor.options == {"include_text": True}
    # stages given as a set are accepted.
    with claimkit.Extractor(stages={"numbers", "dates"}) as extractor:
        assert extractor.extract(article).sentences


def test_html_input_spans_index_the_extracted_text(html_article):
    doc = claimkit.extract(html_article)
    assert doc.input_format == "html"
    assert "café owners" in doc.text
    if not any(d.code == "html_not_extracted" for d in doc.diagnostics):  # until HTML extraction lands
        assert "<p>" not in doc.text
    for s in doc.sentences:
        assert doc.text[s.span.start : s.span.end] == s.span.text
    forced_text = claimkit.extract(html_article, input_format="text")
    assert forced_text.input_format == "text" and forced_text.text == html_article


def test_quotes_property(article):
    doc = claimkit.extract(article)
    assert doc.quotes == tuple(c for c in doc.claims if c.kind == "quote")
