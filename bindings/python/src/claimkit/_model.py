"""The result types: frozen dataclasses built from the interchange JSON.

Offsets in the JSON are UTF-8 byte offsets (or code points with ``offset_unit="codepoint"``).
Here every ``Span.start``/``Span.end`` is a Python ``str`` index into ``Document.text``, so
``document.text[span.start:span.end] == span.text`` always holds. The conversion is done once
per document, in one pass over the text, for the offsets that actually occur.

A Document's collections (``blocks``, ``sentences``, ``claims``, …) are built from the parsed
JSON the first time each is read, then kept: a batch that reads a few fields of each document
does not pay for the tens of thousands of objects it never looks at.

Readers ignore keys they do not know, and a missing key takes its empty value, so documents
from newer libraries still load.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

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


class _BuiltOnFirstRead:
    """The base of Document: its collections (``blocks`` … ``diagnostics``) may be left
    unset by ``document_from_json``, with their JSON in ``_pending``; the first read of one
    builds it and stores it in its slot, so every later read is a plain slot read."""

    __slots__ = ("_pending",)

    if not TYPE_CHECKING:  # to type checkers, a Document has exactly its fields

        def __getattr__(self, name):
            # Only called when normal lookup fails: an unset slot, or no such attribute.
            if name in _LAZY_FIELDS:
                try:
                    pending = object.__getattribute__(self, "_pending")
                except AttributeError:
                    pending = None
                if pending is not None:
                    if name not in pending.lists:  # another thread has just built it
                        return object.__getattribute__(self, name)
                    value = pending.build(name)
                    object.__setattr__(self, name, value)
                    # Set before forgetting the JSON: a thread reading the same field meanwhile
                    # finds either the JSON or the built value.
                    pending.lists.pop(name, None)
                    if not pending.lists:
                        try:
                            object.__delattr__(self, "_pending")
                        except AttributeError:  # another thread got there first
                            pass
                    return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


@dataclass(frozen=True, slots=True)
class Document(_BuiltOnFirstRead):
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


def _collect_offsets(lists: Iterable[Any]) -> set[Any]:
    """Every ``start``/``end`` in the parsed JSON below ``lists`` (the objects spans are made
    from): what a byte offset -> ``str`` index table needs when the text is dense in
    non-ASCII characters."""
    offsets: set[Any] = set()
    stack = list(lists)
    while stack:
        obj = stack.pop()
        if type(obj) is dict:
            start = obj.get("start")
            if start is not None:
                offsets.add(start)
                offsets.add(obj.get("end", start))
            stack.extend(v for v in obj.values() if type(v) is dict or type(v) is list)
        elif type(obj) is list:
            stack.extend(obj)
    return offsets


def _byte_to_str_index(text: str, offsets: set[Any]) -> Callable[[int], int]:
    """A function from the JSON's offsets (all of them in ``offsets``) to ``str`` indices."""
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


def _sparse_index(text: str) -> Callable[[int], int] | None:
    """Byte offset -> ``str`` index without knowing the offsets in advance, for text that is
    ASCII or has few non-ASCII characters (news in English: quotes, dashes, currency signs):
    a binary search over where those characters start. None for text dense in non-ASCII
    characters (the caller then collects the offsets that occur)."""
    if text.isascii():
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


# Objects are made with ``object.__new__`` and the slots' own setters rather than the frozen
# dataclass ``__init__`` (which goes through ``object.__setattr__`` once per field): the same
# objects, in about half the time. Spans are most of the objects a document has.
_new = object.__new__
_SPAN_START, _SPAN_END, _SPAN_TEXT = (Span.__dict__[name].__set__ for name in ("start", "end", "text"))
_MODALITY_STATUS, _MODALITY_CUES = (Modality.__dict__[name].__set__ for name in ("status", "cues"))


class _Builder:
    """Makes the objects of one document from its parsed JSON; spans get ``str`` indices."""

    __slots__ = ("text", "index", "span", "required_span", "modality", "_plain_modality")

    def __init__(self, text: str, index: Callable[[int], int]) -> None:
        self.text = text
        self.index = index
        plain: dict[str, Modality] = {}
        # Most modalities are a bare status without cues: one frozen object per status serves
        # the whole document.
        self._plain_modality = plain
        new, span_class, set_start, set_end, set_text = _new, Span, _SPAN_START, _SPAN_END, _SPAN_TEXT
        identity = index is _identity

        def span(obj: Any) -> Span | None:
            """A Span from an object with start/end (and text), or None."""
            if type(obj) is not dict:
                return None
            start = obj.get("start")
            end = obj.get("end")
            if type(start) is not int or type(end) is not int:
                return None
            if not identity:
                start, end = index(start), index(end)
            piece = obj.get("text")
            made = new(span_class)
            set_start(made, start)
            set_end(made, end)
            set_text(made, piece if type(piece) is str else text[start:end])
            return made

        def required_span(obj: Any) -> Span:
            return span(obj) or Span(0, 0, "")

        def modality(obj: Any) -> Modality:
            if type(obj) is not dict:
                status: Any = "asserted"
                cues: Any = None
            else:
                status = obj.get("status", "asserted")
                cues = obj.get("cues")
            if cues:
                made = new(Modality)
                _MODALITY_STATUS(made, str(status))
                _MODALITY_CUES(made, tuple([required_span(c) for c in cues]))
                return made
            if type(status) is not str:
                return Modality(str(status))
            shared = plain.get(status)
            if shared is None:
                shared = plain[status] = Modality(status)
            return shared

        self.span = span
        self.required_span = required_span
        self.modality = modality

    def blocks(self, items: Iterable[Any]) -> tuple[Block, ...]:
        required_span = self.required_span
        return tuple([
            Block(o.get("id", ""), o.get("role", "paragraph"), required_span(o), tuple(o.get("sentences", ())))
            for o in items
        ])

    def sentences(self, items: Iterable[Any]) -> tuple[Sentence, ...]:
        required_span, modality = self.required_span, self.modality
        return tuple([
            Sentence(
                o.get("id", ""),
                o.get("block", ""),
                required_span(o),
                modality(o.get("modality")),
                float(o.get("checkworthiness", 0.0)),
            )
            for o in items
        ])

    def speaker(self, o: Any) -> Speaker | None:
        if type(o) is not dict:
            return None
        get = o.get
        return Speaker(
            get("name", ""),
            get("type", "person"),
            get("role"),
            get("organisation"),
            get("entity"),
            tuple(get("members", ())),
            get("resolution"),
            self.span(o),
        )

    def claims(self, items: Iterable[Any]) -> tuple[Claim, ...]:
        span, required_span, modality, speaker = self.span, self.required_span, self.modality, self.speaker
        made: list[Claim] = []
        for o in items:
            get = o.get
            made.append(Claim(
                get("id", ""),
                get("kind", "statement"),
                get("sentence", ""),
                get("rule", ""),
                speaker(get("speaker")),
                span(get("cue")),
                required_span(get("content")),
                span(get("medium")),
                modality(get("modality")),
                float(get("checkworthiness", 0.0)),
                tuple(get("quantities", ())),
                tuple(get("times", ())),
            ))
        return tuple(made)

    def quantities(self, items: Iterable[Any]) -> tuple[Quantity, ...]:
        span, required_span = self.span, self.required_span
        made: list[Quantity] = []
        for o in items:
            get = o.get
            made.append(Quantity(
                get("id", ""),
                get("sentence", ""),
                required_span(o),
                _float(get("value")),
                _float(get("low")),
                _float(get("high")),
                get("qualifier", "exact"),
                span(get("qualifier_cue")),
                get("unit"),
                span(get("unit_span")),
                get("kind", "count"),
                get("currency"),
                bool(get("vague", False)),
                get("rule", ""),
            ))
        return tuple(made)

    def times(self, items: Iterable[Any]) -> tuple[TimeExpression, ...]:
        required_span = self.required_span
        return tuple([
            TimeExpression(
                o.get("id", ""),
                o.get("sentence", ""),
                required_span(o),
                o.get("value"),
                o.get("kind", "date"),
                bool(o.get("relative", False)),
                o.get("anchor", "none"),
                o.get("rule", ""),
            )
            for o in items
        ])

    def entities(self, items: Iterable[Any]) -> tuple[Entity, ...]:
        required_span = self.required_span
        return tuple([
            Entity(
                o.get("id", ""),
                o.get("name", ""),
                o.get("type", "person"),
                o.get("role"),
                o.get("organisation"),
                tuple([required_span(m) for m in o.get("mentions", ())]),
            )
            for o in items
        ])

    def diagnostics(self, items: Iterable[Any]) -> tuple[Diagnostic, ...]:
        span = self.span
        return tuple([Diagnostic(o.get("code", ""), o.get("message", ""), span(o)) for o in items])


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


class _Pending:
    """What a Document needs to build its collections when they are first read: the parsed
    JSON of each one not built yet, the text, and (once a span needs it) the builder."""

    __slots__ = ("lists", "text", "codepoints", "builder")

    def __init__(self, lists: dict[str, Any], text: str, codepoints: bool) -> None:
        self.lists = lists
        self.text = text
        self.codepoints = codepoints
        self.builder: _Builder | None = None

    def build(self, name: str) -> tuple[Any, ...]:
        builder = self.builder
        if builder is None:
            # The offset map is made once, for every collection (so the dense case sees all
            # the offsets, before any collection's JSON is let go).
            text = self.text
            index = _identity if self.codepoints else _sparse_index(text)
            if index is None:
                index = _byte_to_str_index(text, _collect_offsets(list(self.lists.values())))
            builder = self.builder = _Builder(text, index)
        items = self.lists.get(name)
        if not items:
            return ()
        # Something claimkit never writes (a collection that is not a list of objects) reads
        # as what it has that is, rather than failing on every read of the field.
        return getattr(builder, name)(o for o in items if type(o) is dict) if type(items) is list else ()


#: The Document fields built on first read, from the JSON kept until then.
_LAZY_FIELDS = ("blocks", "sentences", "claims", "quantities", "times", "entities", "diagnostics")


# The slots' own setters, for the fields document_from_json fills in (in its order).
_DOCUMENT_SETTERS = tuple(
    Document.__dict__[name].__set__
    for name in (
        "text", "schema_version", "claimkit_version", "input_format", "language", "title", "published",
        "authors", "sources", "reference_date", "reference_anchor", "id", "_json",
    )
) + (_BuiltOnFirstRead.__dict__["_pending"].__set__,)


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
    if _fast_loads is not None:
        try:
            raw = _fast_loads(json_text)
        except ValueError:  # e.g. an integer beyond 64 bits: the standard library reads it
            raw = None
    if not isinstance(raw, dict):
        raw = json.loads(json_text)
        if not isinstance(raw, dict):
            raise ValueError("claimkit: document JSON is not an object")
    text = _document_text(raw, input_text)
    get = raw.get
    document: Document = _new(Document)
    (set_text, set_schema_version, set_claimkit_version, set_input_format, set_language, set_title, set_published,
     set_authors, set_sources, set_reference_date, set_reference_anchor, set_id, set_json, set_pending) = _DOCUMENT_SETTERS
    set_text(document, text)
    set_schema_version(document, int(get("schema_version", 0)))
    set_claimkit_version(document, str(get("claimkit_version", "")))
    set_input_format(document, str(get("input_format", "text")))
    set_language(document, str(get("language", "und")))
    set_title(document, get("title"))
    set_published(document, get("published"))
    set_authors(document, tuple(get("authors", ())))
    set_sources(document, tuple(get("sources", ())))
    set_reference_date(document, get("reference_date"))
    set_reference_anchor(document, str(get("reference_anchor", "none")))
    set_id(document, get("id", record_id))
    set_json(document, json_text)
    # The collections stay JSON until they are read (most of a document's objects are there;
    # a batch that only filters on a few fields never pays for the rest).
    lists = {
        "blocks": get("blocks"),
        "sentences": get("sentences"),
        "claims": get("claims"),
        "quantities": get("quantities"),
        "times": get("times"),
        "entities": get("entities"),
        "diagnostics": get("diagnostics"),
    }
    set_pending(document, _Pending(lists, text, get("offset_unit") == "codepoint"))
    return document
