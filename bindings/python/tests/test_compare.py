"""claimkit.compare: agree, conflict (figures; asserted vs denied) and related across two
hand-made documents (tests/compare/harbour-*.json, written by tests/compare/make-fixtures so
comparison is tested apart from extraction), every accepted input form, real output, errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import claimkit
from conftest import ARTICLE, cli_path, repository_root


def fixture_paths() -> list[Path]:
    root = repository_root()
    if root is None:
        pytest.skip("not inside the claimkit repository")
    paths = [root / "tests" / "compare" / f"harbour-{x}.json" for x in "ab"]
    if not all(p.is_file() for p in paths):
        pytest.skip("tests/compare fixtures not found")
    return paths


@pytest.fixture
def documents_json() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in fixture_paths()]


def group(result: claimkit.Comparison, basis: str, measure: str | None = None) -> claimkit.Group:
    found = [g for g in result.groups if g.basis == basis and (measure is None or g.measure == measure)]
    assert found, f"no {basis} group {measure or ''} in {[(g.basis, g.measure) for g in result.groups]}"
    return found[0]


def test_agree_conflict_and_related(documents_json):
    result = claimkit.compare(documents_json)
    assert isinstance(result, claimkit.Comparison)
    assert result.documents == ("harbour-a", "harbour-b")
    assert {"Eastgate", "Port Authority", "Norland"} <= {e.name for e in result.entities}
    assert all(e.documents == ("harbour-a", "harbour-b") for e in result.entities)

    vehicles = group(result, "measure", "vehicles")
    assert vehicles.relation == "agree"
    assert [c.amounts for c in vehicles.claims] == [("60,000 vehicles",), ("60,000 vehicles",)]

    money = group(result, "measure", "money")
    assert money.relation == "conflict"
    assert "at most 48,000,000" in money.reason and "exactly 75,000,000" in money.reason
    assert [c.document for c in money.claims] == ["harbour-a", "harbour-b"]

    denial = group(result, "denial")
    assert denial.relation == "conflict"
    assert denial.entities == ("Port Authority",)
    assert sorted(c.modality for c in denial.claims) == ["asserted", "denied"]
    assert all(c.speaker == "Port Authority" for c in denial.claims)

    munitions = group(result, "measure", "munitions")
    assert munitions.relation == "related"
    assert "can both hold" in munitions.reason

    assert {g.relation for g in result.by_relation("conflict")} == {"conflict"}
    assert len(result.by_relation("agree")) >= 1 and len(result.by_relation("related")) == 1


def test_group_claims_point_into_their_documents(documents_json):
    docs = {json.loads(d)["id"]: d.encode("utf-8") for d in documents_json}
    texts = {k: json.loads(v) for k, v in docs.items()}
    result = claimkit.compare(documents_json)
    for g in result.groups:
        assert g.id.startswith("g") and len(g.claims) >= 2
        for c in g.claims:
            claim = next(x for x in texts[c.document]["claims"] if x["id"] == c.claim)
            assert claim["content"]["text"] == c.text == c.span.text
            assert (claim["content"]["start"], claim["content"]["end"]) == (c.span.start, c.span.end)


def test_every_input_form_gives_the_same_comparison(documents_json):
    as_text = claimkit.compare(documents_json)
    as_bytes = claimkit.compare([d.encode("utf-8") for d in documents_json])
    as_dicts = claimkit.compare([json.loads(d) for d in documents_json])
    as_documents = claimkit.compare([claimkit.Document.from_json(d) for d in documents_json])
    from_generator = claimkit.compare(d for d in documents_json)
    assert as_text == as_bytes == as_dicts == as_documents == from_generator
    assert as_text.to_json() == as_documents.to_json()


def test_to_json_is_the_library_output_and_matches_the_command_line(documents_json, tmp_path):
    result = claimkit.compare(documents_json)
    raw = json.loads(result.to_json())
    assert raw["schema_version"] == 1 and len(raw["groups"]) == len(result.groups)
    assert json.loads(result.to_json(indent=2)) == raw
    cli = cli_path()
    if cli is None:
        pytest.skip("no claimkit command built")
    help_text = subprocess.run([str(cli), "--help"], capture_output=True, text=True).stdout
    if "compare" not in help_text:
        pytest.skip(f"{cli} has no compare subcommand")
    files = fixture_paths()
    out = subprocess.run([str(cli), "compare", *map(str, files)], capture_output=True, check=True)
    assert out.stdout.decode("utf-8").rstrip("\n") == result.to_json()


def test_schema(documents_json):
    jsonschema = pytest.importorskip("jsonschema")
    root = repository_root()
    schema_path = root / "spec" / "schema" / "comparison.schema.json" if root else None
    if schema_path is None or not schema_path.is_file():
        pytest.skip("comparison schema not found")
    jsonschema.validate(json.loads(claimkit.compare(documents_json).to_json()), json.loads(schema_path.read_text()))


def test_documents_keep_their_json_for_compare():
    doc = claimkit.extract(ARTICLE)
    assert json.loads(doc.to_json()) == json.loads(claimkit.extract_json(ARTICLE))
    assert doc.to_json() == claimkit.extract_json(ARTICLE)


def test_real_extraction_output_compares_without_error():
    second = ARTICLE.replace("300 homes", "450 homes").replace("Tuesday", "Wednesday")
    texts = [ARTICLE, second]
    from_texts = claimkit.compare(texts)
    assert from_texts.documents == ("d1", "d2")
    from_documents = claimkit.compare([claimkit.extract(t) for t in texts])
    from_json = claimkit.compare([claimkit.extract_json(t) for t in texts])
    assert from_texts == from_documents == from_json
    records = claimkit.compare([{"id": "one", "text": ARTICLE}, {"id": "two", "text": second, "date": "2024-06-20"}])
    assert records.documents == ("one", "two")
    many = claimkit.compare(claimkit.extract_many([ARTICLE, second, ARTICLE]))
    assert len(many.documents) == 3


def test_no_documents():
    result = claimkit.compare([])
    assert result.documents == () and result.groups == () and result.entities == ()


def test_malformed_document_json_raises_with_an_offset(documents_json):
    with pytest.raises(claimkit.InvalidInputError) as info:
        claimkit.compare([documents_json[0], '{"schema_version": 1, "claims": [}'])
    assert info.value.status == 5
    assert info.value.byte_offset is not None and info.value.byte_offset > 0
    # Not a claimkit document: a dict without schema_version is an article record, which needs text.
    with pytest.raises(TypeError):
        claimkit.compare([{"id": 1, "title": "no text"}])
    with pytest.raises(TypeError):
        claimkit.compare([3.5])  # type: ignore[list-item]


def test_an_extraction_error_in_the_input_is_named():
    error = claimkit.ExtractionError("x", 4, "invalid_record", "no text")
    with pytest.raises(ValueError, match="item 1 is an extraction error"):
        claimkit.compare([ARTICLE, error])
