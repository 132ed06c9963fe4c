"""extract_json is the interchange JSON: the same bytes as the command line, and valid
against spec/schema/claimkit.schema.json."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import claimkit
from conftest import ARTICLE, HTML_ARTICLE, cli_path, example_articles, repository_root

CASES = [
    ([], {}),
    (["--date", "2024-06-20"], {"reference_date": "2024-06-20"}),
    (["--pretty"], {"pretty": True}),
    (["--input-format", "text"], {"input_format": "text"}),
    (["--options", '{"offset_unit": "codepoint", "include_text": true}'],
     {"options": {"offset_unit": "codepoint", "include_text": True}}),
]


@pytest.mark.parametrize("flags, kwargs", CASES)
@pytest.mark.parametrize("name", ["article", "html", "repaired"])
def test_byte_identical_to_the_command_line(tmp_path, name, flags, kwargs):
    cli = cli_path()
    if cli is None:
        pytest.skip("no built `claimkit` command (set CLAIMKIT_CLI or build it)")
    data = {
        "article": ARTICLE.encode("utf-8"),
        "html": HTML_ARTICLE.encode("utf-8"),
        "repaired": "Caf\xe9 owners said \x93no\x94.".encode("latin-1"),
    }[name]
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    expected = subprocess.run([str(cli), "extract", *flags, str(path)], check=True, capture_output=True).stdout
    assert expected.endswith(b"\n")
    assert claimkit.extract_json(data, **kwargs).encode("utf-8") == expected[:-1]


@pytest.mark.parametrize("path", example_articles(), ids=lambda p: p.name)
def test_example_articles_match_the_command_line(path):
    cli = cli_path()
    if cli is None:
        pytest.skip("no built `claimkit` command")
    expected = subprocess.run([str(cli), "extract", str(path)], check=True, capture_output=True).stdout
    assert claimkit.extract_json(path.read_bytes()).encode("utf-8") == expected[:-1]


def schema():
    """A validator for spec/schema/claimkit.schema.json ($CLAIMKIT_SCHEMA overrides the path)."""
    root = repository_root()
    given = os.environ.get("CLAIMKIT_SCHEMA")
    path = Path(given) if given else (root / "spec" / "schema" / "claimkit.schema.json" if root else None)
    if path is None or not path.is_file():
        pytest.skip("spec/schema/claimkit.schema.json not present")
    jsonschema = pytest.importorskip("jsonschema")
    document_schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(document_schema)
    cls.check_schema(document_schema)
    return cls(document_schema)


@pytest.mark.parametrize(
    "text, options",
    [
        (ARTICLE, {}),
        (HTML_ARTICLE, {}),
        ("", {}),
        (ARTICLE, {"offset_unit": "codepoint", "include_text": True}),
        ("Caf\xe9 \x93quoted\x94.".encode("latin-1"), {}),
    ],
)
def test_output_validates_against_the_schema(text, options):
    validator = schema()
    document = json.loads(claimkit.extract_json(text, options=options, reference_date="2024-06-20"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_json_is_stable_across_calls():
    first = claimkit.extract_json(ARTICLE)
    assert all(claimkit.extract_json(ARTICLE) == first for _ in range(20))
