"""Shared fixtures: small articles written for these tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Plain text with curly quotes, accents, an emoji, a CJK name and figures.
ARTICLE = (
    "Harbour town votes to rebuild its sea wall\n"
    "\n"
    "By Inès Carvalho\n"
    "\n"
    "The council of Pörtvik voted on Tuesday to spend about €4.2 million on a new wall, "
    "after storms flooded more than 300 homes in January.\n"
    "\n"
    "“We cannot wait for the next storm 🌊,” said Mayor Zoë Åkesson. "
    "“The old wall is 80 years old.”\n"
    "\n"
    "Engineer 李明 said the work could take up to three years, according to the agency.\n"
)

HTML_ARTICLE = (
    "<!DOCTYPE html><html><head><title>Café owners protest – Local News</title></head>"
    "<body><article><h1>Café owners protest new rules</h1>"
    "<p>More than 40 café owners gathered on Friday, the association said.</p>"
    "<p>“It’s unfair,” said José Núñez, who runs a café near the station.</p>"
    "</article></body></html>"
)


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def html_article() -> str:
    return HTML_ARTICLE


def repository_root() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        if (parent / "Package.swift").is_file():
            return parent
    return None


@pytest.fixture
def repo_root() -> Path:
    root = repository_root()
    if root is None:
        pytest.skip("not inside the claimkit repository")
    return root


def example_articles() -> list[Path]:
    root = repository_root()
    if root is None:
        return []
    return sorted((root / "examples" / "articles").glob("*.txt"))


def cli_path() -> Path | None:
    """A built `claimkit` command: $CLAIMKIT_CLI, else one in the repository's build dirs."""
    given = os.environ.get("CLAIMKIT_CLI")
    if given:
        return Path(given)
    root = repository_root()
    if root is None:
        return None
    builds = sorted(root.glob(".build*/*/claimkit"), key=lambda p: p.stat().st_mtime, reverse=True)
    return next((p for p in builds if p.is_file() and os.access(p, os.X_OK)), None)
