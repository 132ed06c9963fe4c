"""Comparing articles: ``claimkit.compare`` and the ``Comparison`` it returns.

The work is done by the C function ``claimkit_compare_json``; this module gathers the
documents' JSON (a ``Document`` keeps the JSON it was built from, so nothing is re-encoded),
passes it as JSON Lines, and reads the answer into frozen dataclasses. The JSON is specified
by ``spec/schema/comparison.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Union

from . import _native
from ._batch import ExtractionError, _Job, _prepare
from ._extractor import DateLike, _options_json
from ._model import Document, Span

__all__ = ["compare", "Comparison", "Group", "GroupClaim", "SharedEntity", "Comparable"]

#: What ``compare`` accepts per article: a ``Document``; its JSON text (as ``extract_json``
#: or ``claimkit extract`` wrote it); an article text (extracted first); a record
#: ``{"id", "text"|"html", "date"}`` (extracted first); or a parsed document dict.
Comparable = Union[Document, str, bytes, Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class GroupClaim:
    """One claim of a group.

    ``document`` is the id of the document it comes from (its ``id``, else ``"d1"``, ``"d2"``,
    … by input position); ``claim`` its id there (``"c3"``; ``"s7"`` for a number the article
    states outside any claim). ``span`` holds the offsets as the document's JSON gives them
    (UTF-8 bytes unless the document used ``offset_unit="codepoint"``) and the claim's text.
    ``amounts`` are the texts of its numbers; ``speaker`` the resolved speaker name, if any.
    """

    document: Any
    claim: str
    text: str
    span: Span
    modality: str
    speaker: str | None
    amounts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """Claims from different articles about the same subject, and how they relate.

    ``relation``: ``"agree"`` (the same figure or statement), ``"conflict"`` (figures that
    cannot both hold, or asserted in one article and denied in another) or ``"related"``
    (the same subject; values that can both hold). ``basis``: ``"measure"``, ``"speaker"`` or
    ``"denial"``; ``measure`` the shared measure family (e.g. ``"money"``) for a measure basis.
    ``reason`` says why, in a sentence, with the figures and their qualifiers.
    """

    id: str
    relation: str
    basis: str
    measure: str | None
    entities: tuple[str, ...]
    reason: str
    claims: tuple[GroupClaim, ...]


@dataclass(frozen=True, slots=True)
class SharedEntity:
    """An entity (canonical name) found in more than one of the compared documents."""

    name: str
    documents: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of ``claimkit.compare``: ``documents`` (their ids, in input order),
    ``entities`` found in several of them, and the ``groups`` of related claims."""

    documents: tuple[Any, ...]
    entities: tuple[SharedEntity, ...]
    groups: tuple[Group, ...]
    _json: str = field(default="", repr=False, compare=False)

    def to_json(self, *, indent: int | None = None) -> str:
        """The comparison JSON, exactly as the library wrote it (``claimkit compare`` prints
        the same), or re-indented with ``indent``."""
        if indent is None:
            return self._json
        return json.dumps(json.loads(self._json), indent=indent, ensure_ascii=False)

    def by_relation(self, relation: str) -> tuple[Group, ...]:
        """The groups with this relation (``"agree"``, ``"conflict"`` or ``"related"``)."""
        return tuple(g for g in self.groups if g.relation == relation)


def _comparison_from_json(raw_json: str) -> Comparison:
    raw = json.loads(raw_json)

    def member(o: Mapping[str, Any]) -> GroupClaim:
        span = o.get("span") or {}
        return GroupClaim(
            document=o.get("document"),
            claim=str(o.get("claim", "")),
            text=str(o.get("text", "")),
            span=Span(int(span.get("start", 0)), int(span.get("end", 0)), str(o.get("text", ""))),
            modality=str(o.get("modality", "asserted")),
            speaker=o.get("speaker"),
            amounts=tuple(o.get("amounts", ())),
        )

    return Comparison(
        documents=tuple(raw.get("documents", ())),
        entities=tuple(SharedEntity(e.get("name", ""), tuple(e.get("documents", ()))) for e in raw.get("entities", ())),
        groups=tuple(
            Group(
                id=str(g.get("id", "")),
                relation=str(g.get("relation", "")),
                basis=str(g.get("basis", "")),
                measure=g.get("measure"),
                entities=tuple(g.get("entities", ())),
                reason=str(g.get("reason", "")),
                claims=tuple(member(c) for c in g.get("claims", ())),
            )
            for g in raw.get("groups", ())
        ),
        _json=raw_json,
    )


def _looks_like_document(text: str | bytes) -> bool:
    """Document JSON (passed to the library, which reports malformed JSON with its offset),
    not an article: an object that names "schema_version", as every claimkit document does."""
    stripped = text.lstrip()
    if isinstance(stripped, str):
        return stripped[:1] == "{" and '"schema_version"' in stripped
    return stripped[:1] == b"{" and b'"schema_version"' in stripped


def _document_json(
    index: int, item: Comparable, extractor: _native.NativeExtractor, reference_date: DateLike
) -> bytes:
    if isinstance(item, Document):
        return item.to_json().encode("utf-8")
    if isinstance(item, (str, bytes)) and _looks_like_document(item):
        return item.encode("utf-8") if isinstance(item, str) else item
    if isinstance(item, ExtractionError):
        raise ValueError(f"claimkit.compare: item {index} is an extraction error ({item.code}: {item.message})")
    if isinstance(item, Mapping) and "schema_version" in item:
        return json.dumps(item, ensure_ascii=False).encode("utf-8")
    job = _prepare(index, item, reference_date)
    if isinstance(job, ExtractionError):
        raise TypeError(f"claimkit.compare: item {index}: {job.message}")
    assert isinstance(job, _Job)
    out = extractor.extract_json(job.data, job.context)
    if job.id is None:
        return out
    return b'{"id":' + json.dumps(job.id, ensure_ascii=False).encode("utf-8") + b"," + out[1:]


def compare(
    docs: Iterable[Comparable],
    *,
    reference_date: DateLike = None,
    options: Mapping[str, Any] | None = None,
) -> Comparison:
    """Groups claims from several articles that concern the same subject and says where they
    agree, conflict or are related.

    Parameters
    ----------
    docs : iterable of Document, JSON text, article text, record or dict
        ``Document`` objects (from ``extract``/``extract_many``), their JSON text (from
        ``extract_json``, ``extract_many(as_json=True)`` or ``claimkit extract``), or articles
        (``str`` texts, or records ``{"id", "text"|"html", "date"}``) which are extracted
        first. Documents are named by their ``id`` when they have one, else ``d1``, ``d2``, …
    reference_date : str or datetime.date, optional
        For articles extracted here: what relative dates resolve against.
    options : dict, optional
        For articles extracted here: extractor options.

    Returns
    -------
    Comparison

    Raises
    ------
    InvalidInputError
        When a JSON text is not a claimkit document (``byte_offset`` points into the JSON
        Lines built from the inputs).
    TypeError
        For an item of another type.

    Examples
    --------
    >>> result = claimkit.compare([text_a, text_b])
    >>> for group in result.by_relation("conflict"):
    ...     print(group.reason)
    """
    extractor: _native.NativeExtractor | None = None
    lines: list[bytes] = []
    try:
        for index, item in enumerate(docs):
            if isinstance(item, Document):
                lines.append(item.to_json().encode("utf-8"))
                continue
            if extractor is None:  # only when something must be extracted
                extractor = _native.NativeExtractor(_options_json(options or {}))
            lines.append(_document_json(index, item, extractor, reference_date))
    finally:
        if extractor is not None:
            extractor.close()
    raw = _native.compare_json(b"\n".join(lines))
    return _comparison_from_json(raw.decode("utf-8"))
