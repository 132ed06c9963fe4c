"""The result types: frozen dataclasses built from the interchange JSON.

Offsets in the JSON are UTF-8 byte offsets (or code points with ``offset_unit="codepoint"``).
Here every ``Span.start``/``Span.end`` is a Python ``str`` index into ``Document.text``, so
``document.text[span.start:span.end] == span.text`` always holds. The conversion is done once
per document, in one pass over the text, for the offsets that actually occur.

Readers ignore keys they do not know, and a missing key takes its empty value, so documents
from newer libraries still load.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

# orjson parses the (large) document JSON several times faster than the standard library;
# it is optional (pip install orjson, or the binding's "fast" extra).
_fast_loads: Callable[[str | bytes], Any] | None
try:
    from orjson import loads as _fast_loads  # type: ignore[no-redef, import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the environment
    _fast_loads = None

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "Span",
    "Modality",
    "Block",
    "Sentence",
    "Speaker",
    "Claim",
    "Quantity",
    "TimeExpression",
    "Entity",
    "Diagnostic",
    "Document",
    "RECORD_COLUMNS",
]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of ``str`` indices into ``Document.text``, and its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Modality:
    """How firmly something is claimed.

    ``status`` is ``"asserted"``, ``"hedged"``, ``"conditional"``, ``"denied"`` or
    ``"question"``; ``cues`` are the words that set it.
    """

    status: str
    cues: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text separated from its neighbours by line structure or HTML elements.

    ``role`` is ``lead``, ``heading``, ``paragraph``, ``caption``, ``credit``, ``dateline``,
    ``source`` or ``boilerplate``; ``sentences`` are sentence ids (``"s1"``, …).
    """

    id: str
    role: str
    span: Span
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its modality and check-worthiness (0–1; 0.5 is the threshold)."""

    id: str
    block: str
    span: Span
    modality: Modality
    checkworthiness: float


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is speaking: a resolved name (never a bare pronoun) and what is known about them.

    ``type`` is ``person``, ``organisation``, ``group``, ``anonymous`` or ``document``;
    ``span`` is the mention in the claim's sentence, when there is one.
    """

    name: str
    type: str
    role: str | None = None
    organisation: str | None = None
    entity: str | None = None
    members: tuple[str, ...] = ()
    resolution: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A quote, reported speech or a statement in the author's voice (``kind``)."""

    id: str
    kind: str
    sentence: str
    rule: str
    speaker: Speaker | None
    cue: Span | None
    content: Span
    medium: Span | None
    modality: Modality
    checkworthiness: float
    quantities: tuple[str, ...] = ()
    times: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its qualifier (``exact``, ``up_to``, ``at_least``, ``approximate``, …)
    and what it counts."""

    id: str
    sentence: str
    span: Span
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    qualifier_cue: Span | None
    unit: str | None
    unit_span: Span | None
    kind: str
    currency: str | None
    vague: bool
    rule: str


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date or time, resolved to ISO 8601 in ``value`` where possible."""

    id: str
    sentence: str
    span: Span
    value: str | None
    kind: str
    relative: bool
    anchor: str
    rule: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or country with all its mentions."""

    id: str
    name: str
    type: str
    role: str | None
    organisation: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something noticed about messy input that did not stop extraction."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Everything claimkit found in one article.

    ``text`` is what every span indexes: the input itself for plain text, the extracted
    article text for HTML, the repaired text for input that was not valid UTF-8.
    """

    text: str
    schema_version: int
    claimkit_version: str
    input_format: str
    language: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    reference_date: str | None
    reference_anchor: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...]
    times: tuple[TimeExpression, ...]
    entities: tuple[Entity, ...]
    diagnostics: tuple[Diagnostic, ...]
    #: The record's id, echoed from the input (``extract_many`` with ``{"id", "text"}`` records,
    #: or a document JSON that carries one); None otherwise.
    id: Any = None
    #: The interchange JSON this document was built from, kept so it can be handed back to the
    #: library (``claimkit.compare``) or stored without re-encoding. See ``to_json``.
    _json: str | bytes = field(default=b"", repr=False, compare=False)

    @property
    def quotes(self) -> tuple[Claim, ...]:
        """The claims that are direct quotes."""
        return tuple(c for c in self.claims if c.kind == "quote")

    @staticmethod
    def from_json(json_text: str | bytes, text: str | None = None) -> Document:
        """A Document from interchange JSON (``extract_json``, ``claimkit extract``, a stored
        file). ``text`` is the article the offsets refer to, needed for ``str`` spans only when
        the JSON does not carry it (plain text input without ``include_text``); without it,
        each span still has its text from the JSON."""
        return document_from_json(json_text, text)

    def to_json(self) -> str:
        """The interchange JSON the library wrote for this document, unchanged (offsets in its
        ``offset_unit``, UTF-8 bytes by default), with the record's ``id`` when it has one.

        Raises
        ------
        ValueError
            For a Document built by hand rather than by claimkit.
        """
        raw = self._json
        if not raw:
            raise ValueError("claimkit: this Document was not made by claimkit, so it has no JSON")
        return raw if isinstance(raw, str) else raw.decode("utf-8")

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per claim, ready for a table (see ``RECORD_COLUMNS`` for the keys).

        ``article_id`` is the document's ``id``; speaker fields are None for statements in the
        author's voice; ``quantity_texts``/``quantity_values``/``quantity_units`` are parallel
        lists for the numbers in the claim (a value is None when it is vague).

        Examples
        --------
        >>> rows = claimkit.extract(text).to_records()
        >>> [(r["speaker_name"], r["content"]) for r in rows]
        """
        quantities = {q.id: q for q in self.quantities}
        records: list[dict[str, Any]] = []
        for c in self.claims:
            qs = [quantities[q] for q in c.quantities if q in quantities]
            speaker = c.speaker
            records.append({
                "article_id": self.id,
                "claim_id": c.id,
                "kind": c.kind,
                "speaker_name": speaker.name if speaker else None,
                "speaker_type": speaker.type if speaker else None,
                "speaker_role": speaker.role if speaker else None,
                "cue": c.cue.text if c.cue else None,
                "content": c.content.text,
                "content_start": c.content.start,
                "content_end": c.content.end,
                "modality": c.modality.status,
                "checkworthiness": c.checkworthiness,
                "quantity_texts": [q.span.text for q in qs],
                "quantity_values": [q.value for q in qs],
                "quantity_units": [q.unit for q in qs],
            })
        return records

    def to_dataframe(self) -> pandas.DataFrame:
        """This document's claims as a pandas DataFrame (one row per claim; columns
        ``RECORD_COLUMNS``). Needs pandas."""
        from ._frames import to_dataframe

        return to_dataframe([self])


#: The keys of ``Document.to_records()`` and the columns of ``to_dataframe``, in order.
RECORD_COLUMNS = (
    "article_id",
    "claim_id",
    "kind",
    "speaker_name",
    "speaker_type",
    "speaker_role",
    "cue",
    "content",
    "content_start",
    "content_end",
    "modality",
    "checkworthiness",
    "quantity_texts",
    "quantity_values",
    "quantity_units",
)


# ---- JSON -> model -------------------------------------------------------------------------

# UTF-8 continuation bytes: deleting them leaves one byte per code point.
_CONTINUATION = bytes(range(0x80, 0xC0))


class _OffsetCollector:
    """A ``json.loads`` object hook that notes every ``start``/``end`` while parsing."""

    __slots__ = ("offsets",)

    def __init__(self) -> None:
        self.offsets: set[int] = set()

    def __call__(self, obj: dict[str, Any]) -> dict[str, Any]:
        start = obj.get("start")
        if start is not None:
            self.offsets.add(start)
            self.offsets.add(obj.get("end", start))
        return obj


def _byte_to_str_index(text: str, raw: Mapping[str, Any], offsets: set[int]) -> Callable[[int], int]:
    """A function from the JSON's offsets (all of them in ``offsets``) to ``str`` indices."""
    if raw.get("offset_unit") == "codepoint":
        return _identity
    data = text.encode("utf-8", "surrogatepass")
    if len(data) == len(text):  # ASCII: bytes are characters
        return _identity
    table: dict[int, int] = {}
    previous_byte = 0
    chars = 0
    for offset in sorted(o for o in offsets if type(o) is int):
        clamped = min(max(offset, 0), len(data))
        chars += len(data[previous_byte:clamped].translate(None, _CONTINUATION))
        previous_byte = clamped
        table[offset] = chars
    return table.__getitem__


def _identity(offset: int) -> int:
    return offset


def _document_text(raw: Mapping[str, Any], input_text: str | None) -> str:
    text = raw.get("text")
    if isinstance(text, str):
        return text
    return input_text if input_text is not None else ""


_NON_ASCII = re.compile("[^\x00-\x7f]")


def _sparse_index(text: str, raw: Mapping[str, Any]) -> Callable[[int], int] | None:
    """Byte offset -> ``str`` index without knowing the offsets in advance, for text that is
    ASCII or has few non-ASCII characters (news in English: quotes, dashes, currency signs):
    a binary search over where those characters start. None for text dense in non-ASCII
    characters (the caller then collects the offsets while parsing)."""
    if raw.get("offset_unit") == "codepoint" or text.isascii():
        return _identity
    positions = [m.start() for m in _NON_ASCII.finditer(text)]
    if len(positions) * 16 > len(text):
        return None
    starts: list[int] = []  # byte offset where each non-ASCII character starts
    extra: list[int] = []  # bytes beyond one per character, up to and including it
    total = 0
    for i in positions:
        starts.append(i + total)
        total += len(text[i].encode("utf-8", "surrogatepass")) - 1
        extra.append(total)

    def index(offset: int) -> int:
        k = bisect_left(starts, offset)  # non-ASCII characters that start before the offset
        return offset - extra[k - 1] if k else offset

    return index


class _Builder:
    def __init__(self, text: str, index: Callable[[int], int]) -> None:
        self.text = text
        self.index = index

    def span(self, obj: Any) -> Span | None:
        """A Span from an object with start/end (and text), or None."""
        if type(obj) is not dict:
            return None
        start = obj.get("start")
        end = obj.get("end")
        if type(start) is not int or type(end) is not int:
            return None
        index = self.index
        start, end = index(start), index(end)
        text = obj.get("text")
        return Span(start, end, text if type(text) is str else self.text[start:end])

    def required_span(self, obj: Mapping[str, Any] | None) -> Span:
        return self.span(obj) or Span(0, 0, "")

    def modality(self, obj: Any) -> Modality:
        if type(obj) is not dict:
            return Modality("asserted")
        cues = obj.get("cues")
        return Modality(str(obj.get("status", "asserted")), tuple(self.required_span(c) for c in cues) if cues else ())

    def block(self, o: Mapping[str, Any]) -> Block:
        return Block(o.get("id", ""), o.get("role", "paragraph"), self.required_span(o), tuple(o.get("sentences", ())))

    def sentence(self, o: Mapping[str, Any]) -> Sentence:
        return Sentence(
            o.get("id", ""),
            o.get("block", ""),
            self.required_span(o),
            self.modality(o.get("modality")),
            float(o.get("checkworthiness", 0.0)),
        )

    def speaker(self, o: Any) -> Speaker | None:
        if type(o) is not dict:
            return None
        return Speaker(
            name=o.get("name", ""),
            type=o.get("type", "person"),
            role=o.get("role"),
            organisation=o.get("organisation"),
            entity=o.get("entity"),
            members=tuple(o.get("members", ())),
            resolution=o.get("resolution"),
            span=self.span(o),
        )

    def claim(self, o: Mapping[str, Any]) -> Claim:
        return Claim(
            id=o.get("id", ""),
            kind=o.get("kind", "statement"),
            sentence=o.get("sentence", ""),
            rule=o.get("rule", ""),
            speaker=self.speaker(o.get("speaker")),
            cue=self.span(o.get("cue")),
            content=self.required_span(o.get("content")),
            medium=self.span(o.get("medium")),
            modality=self.modality(o.get("modality")),
            checkworthiness=float(o.get("checkworthiness", 0.0)),
            quantities=tuple(o.get("quantities", ())),
            times=tuple(o.get("times", ())),
        )

    def quantity(self, o: Mapping[str, Any]) -> Quantity:
        return Quantity(
            id=o.get("id", ""),
            sentence=o.get("sentence", ""),
            span=self.required_span(o),
            value=_float(o.get("value")),
            low=_float(o.get("low")),
            high=_float(o.get("high")),
            qualifier=o.get("qualifier", "exact"),
            qualifier_cue=self.span(o.get("qualifier_cue")),
            unit=o.get("unit"),
            unit_span=self.span(o.get("unit_span")),
            kind=o.get("kind", "count"),
            currency=o.get("currency"),
            vague=bool(o.get("vague", False)),
            rule=o.get("rule", ""),
        )

    def time(self, o: Mapping[str, Any]) -> TimeExpression:
        return TimeExpression(
            id=o.get("id", ""),
            sentence=o.get("sentence", ""),
            span=self.required_span(o),
            value=o.get("value"),
            kind=o.get("kind", "date"),
            relative=bool(o.get("relative", False)),
            anchor=o.get("anchor", "none"),
            rule=o.get("rule", ""),
        )

    def entity(self, o: Mapping[str, Any]) -> Entity:
        return Entity(
            id=o.get("id", ""),
            name=o.get("name", ""),
            type=o.get("type", "person"),
            role=o.get("role"),
            organisation=o.get("organisation"),
            mentions=tuple(self.required_span(m) for m in o.get("mentions", ())),
        )

    def diagnostic(self, o: Mapping[str, Any]) -> Diagnostic:
        return Diagnostic(o.get("code", ""), o.get("message", ""), self.span(o))


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def document_from_json(json_text: str | bytes, input_text: str | None, record_id: Any = None) -> Document:
    """Builds a Document from interchange JSON.

    Parameters
    ----------
    json_text : str or bytes
        The JSON one document is written as.
    input_text : str or None
        The text that was analysed, when the JSON does not carry it (it carries it for HTML
        and repaired input, or with ``include_text``).
    record_id : optional
        The record's id when the JSON does not carry one.
    """
    raw: Any = None
    index: Callable[[int], int] | None = None
    if _fast_loads is not None:
        try:
            raw = _fast_loads(json_text)
        except ValueError:  # e.g. an integer beyond 64 bits: the standard library reads it
            raw = None
    if isinstance(raw, dict):
        text = _document_text(raw, input_text)
        index = _sparse_index(text, raw)
    if index is None:  # no orjson, or text dense in non-ASCII: collect offsets while parsing
        collector = _OffsetCollector()
        raw = json.loads(json_text, object_hook=collector)
        if not isinstance(raw, dict):
            raise ValueError("claimkit: document JSON is not an object")
        text = _document_text(raw, input_text)
        index = _byte_to_str_index(text, raw, collector.offsets)
    b = _Builder(text, index)
    return Document(
        text=text,
        schema_version=int(raw.get("schema_version", 0)),
        claimkit_version=str(raw.get("claimkit_version", "")),
        input_format=str(raw.get("input_format", "text")),
        language=str(raw.get("language", "und")),
        title=raw.get("title"),
        published=raw.get("published"),
        authors=tuple(raw.get("authors", ())),
        sources=tuple(raw.get("sources", ())),
        reference_date=raw.get("reference_date"),
        reference_anchor=str(raw.get("reference_anchor", "none")),
        blocks=tuple(b.block(o) for o in raw.get("blocks", ())),
        sentences=tuple(b.sentence(o) for o in raw.get("sentences", ())),
        claims=tuple(b.claim(o) for o in raw.get("claims", ())),
        quantities=tuple(b.quantity(o) for o in raw.get("quantities", ())),
        times=tuple(b.time(o) for o in raw.get("times", ())),
        entities=tuple(b.entity(o) for o in raw.get("entities", ())),
        diagnostics=tuple(b.diagnostic(o) for o in raw.get("diagnostics", ())),
        id=raw.get("id", record_id),
        _json=json_text,
    )
