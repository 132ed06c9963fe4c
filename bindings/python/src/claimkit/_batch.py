"""Many articles: ``extract_many``, in this process or in a pool of worker processes.

Results come back in input order, one per input item. An item that cannot be extracted
(a record without text, input over ``max_input_bytes``, …) gives an ``ExtractionError`` in its
place: one bad article never ends a batch of a million.

With ``processes > 1`` the batch starts its own worker processes (``fork`` on Linux while this
process has one thread, else ``forkserver``) and owns them (see ``_pool``). The parent prepares
every item (UTF-8 bytes plus the context JSON), sends chunks of them to the workers, and pairs
the JSON that comes back with the item it still holds. At most a few chunks per worker are in
flight, so an endless input iterable uses bounded memory. Ctrl-C kills the workers, reaps them
and re-raises ``KeyboardInterrupt``; the process stays usable. A worker that dies costs only
the items it held (each gets an ``internal_error`` result) and is replaced.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import struct
from collections import deque
from collections.abc import Mapping as _MappingABC
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any, Deque, Iterable, Iterator, Literal, Mapping, Union, overload

from . import _native
from ._errors import ClaimkitError, InvalidInputError
from ._extractor import DateLike, Text, _context_json, _options_json
from ._model import Document, document_from_json
from ._pool import Outcome, Worker, WorkerDied, Workers, decode_outcomes, default_context, warm_up

__all__ = ["ExtractionError", "extract_many", "Item"]

#: An input item: the article text (``str`` or UTF-8 ``bytes``), or a record
#: ``{"id": ..., "text": ...}`` / ``{"id": ..., "html": ...}`` with an optional
#: ``"date": "YYYY-MM-DD"`` (the reference date for that article).
Item = Union[Text, Mapping[str, Any]]

_CODES = {
    1: "invalid_argument",
    2: "invalid_utf8",
    3: "input_too_large",
    4: "invalid_options",
    5: "invalid_json",
    6: "out_of_memory",
    7: "internal_error",
}


@dataclass(frozen=True, slots=True)
class ExtractionError:
    """Stands in the results of ``extract_many`` for an item that could not be extracted.

    Attributes
    ----------
    id : Any
        The record's ``"id"`` (None for plain texts or records without one).
    index : int
        The item's 0-based position in the input.
    code : str
        ``invalid_record`` (not a str/bytes/record, no ``text``/``html``, bad ``date``), or the
        library's status: ``invalid_utf8`` (strict mode), ``input_too_large``,
        ``invalid_argument``, ``internal_error``, …
    message : str
        What went wrong, in English.
    byte_offset : int or None
        Where in the item's UTF-8 bytes, when the problem has a place.
    """

    id: Any
    index: int
    code: str
    message: str
    byte_offset: int | None = None

    def to_json(self) -> str:
        """The error as the command line's JSON Lines error object:
        ``{"id": …, "line": index + 1, "error": {"code": …, "message": …}}``."""
        record: dict[str, Any] = {}
        if self.id is not None:
            record["id"] = self.id
        record["line"] = self.index + 1
        record["error"] = {"code": self.code, "message": self.message}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class _Job:
    """One prepared item: what the native call needs, and what the parent keeps."""

    index: int
    id: Any
    data: bytes
    context: bytes | None
    text: str | None  # the str the bytes came from (for str spans), None for bytes input


def _prepare(index: int, item: Item, default_date: DateLike) -> _Job | ExtractionError:
    """Turns an input item into a job, or into the error that stands in its place."""
    record_id: Any = None
    input_format: str | None = None
    date: DateLike = default_date
    content: Any = item
    # ``type(...) is`` first: this runs once per item in the one process every item passes
    # through, and an isinstance check against the Mapping ABC costs more than the rest.
    if type(item) is dict or (type(item) is not str and isinstance(item, _MappingABC)):
        record_id = item.get("id")
        if isinstance(item.get("text"), (str, bytes)):
            content = item["text"]
            input_format = "text"
        elif isinstance(item.get("html"), (str, bytes)):
            content = item["html"]
            input_format = "html"
        else:
            return ExtractionError(record_id, index, "invalid_record", 'record needs a str "text" or "html" member')
        if item.get("date") is not None:
            date = item["date"]
    try:
        if isinstance(content, str):
            data, text = content.encode("utf-8"), content
        elif isinstance(content, (bytes, bytearray, memoryview)):
            data, text = bytes(content), None
        else:
            return ExtractionError(
                record_id, index, "invalid_record", f"an item must be str, bytes or a record dict, not {type(content).__name__}"
            )
        return _Job(index, record_id, data, _context(date, input_format), text)
    except UnicodeEncodeError as exc:
        return ExtractionError(record_id, index, "invalid_record", f"text contains a lone surrogate at index {exc.start}")
    except ClaimkitError as exc:  # a bad date
        return ExtractionError(record_id, index, "invalid_record", exc.message)


# The context JSON of the (reference date, input format) pairs seen lately: a batch has few of
# them (one default date, or one date per day of news), and encoding one is most of the cost
# of preparing an item.
_CONTEXTS: dict[tuple[Any, str | None], bytes | None] = {}


def _context(date: DateLike, input_format: str | None) -> bytes | None:
    key = (date, input_format)
    try:
        return _CONTEXTS[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable date: not a date at all, and _context_json says so
        return _context_json(date, input_format)
    value = _context_json(date, input_format)  # raises for a bad date, which is not kept
    if type(date) is str or date is None or type(date) is _dt.date:
        if len(_CONTEXTS) >= 512:
            _CONTEXTS.clear()
        _CONTEXTS[key] = value
    return value


def _id_prefix(record_id: Any) -> bytes | None:
    """``{"id":<id>,`` to replace a document JSON's opening brace with, or None."""
    if record_id is None:
        return None
    if type(record_id) is str:  # what json.dumps(ensure_ascii=False) writes, without its set-up
        encoded = encode_basestring(record_id)
    elif type(record_id) is int:
        encoded = int.__repr__(record_id)
    else:
        encoded = json.dumps(record_id, ensure_ascii=False, separators=(",", ":"))
    return b'{"id":' + encoded.encode("utf-8") + b","


# ---- results ------------------------------------------------------------------------------


def _result(job: _Job, outcome: Outcome, as_json: bool) -> Document | str | ExtractionError:
    """The result for a job run in this process."""
    if isinstance(outcome, tuple):
        status, message, offset = outcome
        return ExtractionError(job.id, job.index, _CODES.get(status, "internal_error"), message, offset)
    prefix = _id_prefix(job.id)
    if prefix is not None:
        outcome = prefix + outcome[1:]
    if as_json:
        return outcome.decode("utf-8")
    text = job.text if job.text is not None else job.data.decode("utf-8", "replace")
    return document_from_json(outcome, text)


# ---- the generator ------------------------------------------------------------------------


@overload
def extract_many(
    items: Iterable[Item],
    processes: int = ...,
    *,
    as_json: Literal[False] = ...,
    reference_date: DateLike = ...,
    options: Mapping[str, Any] | None = ...,
    chunksize: int = ...,
    start_method: str | None = ...,
) -> Iterator[Document | ExtractionError]: ...


@overload
def extract_many(
    items: Iterable[Item],
    processes: int = ...,
    *,
    as_json: Literal[True],
    reference_date: DateLike = ...,
    options: Mapping[str, Any] | None = ...,
    chunksize: int = ...,
    start_method: str | None = ...,
) -> Iterator[str | ExtractionError]: ...


def extract_many(
    items: Iterable[Item],
    processes: int = 1,
    *,
    as_json: bool = False,
    reference_date: DateLike = None,
    options: Mapping[str, Any] | None = None,
    chunksize: int = 32,
    start_method: str | None = None,
) -> Iterator[Document | str | ExtractionError]:
    """Extracts many articles; yields one result per item, in input order.

    Parameters
    ----------
    items : iterable of str, bytes or dict
        Article texts, or records ``{"id": ..., "text": ...}`` (or ``"html"`` instead of
        ``"text"``) with an optional ``"date": "YYYY-MM-DD"``. Read lazily: a generator over a
        huge file works, with bounded memory.
    processes : int
        1 (default) runs in this process. N > 1 starts N worker processes (multiprocessing),
        each with its own extractor; use ``os.cpu_count()`` for all cores. Scripts using
        processes > 1 under the ``spawn`` start method (macOS, Windows) need the usual
        ``if __name__ == "__main__":`` guard.
    as_json : bool
        Yield the interchange JSON text of each document (the fast path: no Python objects
        are built) instead of ``Document`` objects. A record's ``id`` is the first member, as
        ``claimkit extract --jsonl`` writes it.
    reference_date : str or datetime.date, optional
        What relative dates resolve against, for items without their own ``"date"``.
    options : dict, optional
        Extractor options (see ``claimkit.Extractor``).
    chunksize : int
        Items sent to a worker at a time (processes > 1).
    start_method : {"fork", "spawn", "forkserver"}, optional
        The multiprocessing start method (default: the platform's).

    Yields
    ------
    Document, str or ExtractionError
        ``Document`` (or its JSON text with ``as_json=True``) per item, or an
        ``ExtractionError`` in the place of an item that failed.

    Raises
    ------
    InvalidOptionsError
        For bad ``options``, before anything is extracted.

    Examples
    --------
    >>> import claimkit
    >>> docs = claimkit.extract_many(texts)
    >>> df = claimkit.to_dataframe(docs)
    >>> for doc in claimkit.extract_many(({"id": i, "text": t} for i, t in rows), processes=4):
    ...     ...
    """
    if not isinstance(processes, int) or processes < 1:
        raise ValueError(f"claimkit: processes must be an int >= 1, not {processes!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"claimkit: chunksize must be an int >= 1, not {chunksize!r}")
    options_json = _options_json(options or {})
    # Checked here, so that bad options raise at once and not in every worker.
    extractor = _native.NativeExtractor(options_json)
    _check_date(reference_date)  # a bad default date raises here, not once per item
    if processes == 1:
        return _in_process(extractor, items, as_json, reference_date, close=True)
    extractor.close()
    return _in_pool(items, processes, as_json, reference_date, options_json, chunksize, start_method)


def _check_date(reference_date: DateLike) -> None:
    _context_json(reference_date, None)  # the type
    if isinstance(reference_date, str):
        try:
            _dt.date.fromisoformat(reference_date)
            ok = len(reference_date) == 10
        except ValueError:
            ok = False
        if not ok:
            raise InvalidInputError(f"reference_date must be a date 'YYYY-MM-DD', not {reference_date!r}", status=1)


def _in_process(
    extractor: _native.NativeExtractor, items: Iterable[Item], as_json: bool, default_date: DateLike, *, close: bool
) -> Iterator[Document | str | ExtractionError]:
    try:
        with extractor.session() as call:
            for index, item in enumerate(items):
                job = _prepare(index, item, default_date)
                if isinstance(job, ExtractionError):
                    yield job
                else:
                    yield _result(job, call(job.data, job.context), as_json)
    finally:
        if close:
            extractor.close()


def _in_pool(
    items: Iterable[Item],
    processes: int,
    as_json: bool,
    default_date: DateLike,
    options_json: bytes | None,
    chunksize: int,
    start_method: str | None,
) -> Iterator[Document | str | ExtractionError]:
    context = default_context(start_method)
    pool: Workers | None = None
    finished = False
    # (prepared chunk, the worker it went to or None when no item of it needs a worker)
    pending: Deque[tuple[list[_Job | ExtractionError], Worker | None]] = deque()
    max_pending = 3 * processes
    try:
        if context.get_start_method() == "fork":
            warm_up()
        # Workers start as the first chunks go out: the first one is at work while the
        # others are being started.
        pool = Workers(context, options_json, processes)
        source = enumerate(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_pending:
                chunk = [_prepare(index, item, default_date) for index, item in itertools.islice(source, chunksize)]
                if len(chunk) < chunksize:
                    exhausted = True
                if chunk:
                    jobs = [(j.data, j.context, _id_prefix(j.id)) for j in chunk if type(j) is _Job]
                    pending.append((chunk, pool.send(jobs) if jobs else None))
                if exhausted:
                    pool.no_more_tasks()
            if not pending:
                break
            chunk, worker = pending.popleft()
            frame = pool.receive(worker) if worker is not None else None
            outcomes: list[str | bytes | tuple[int, str, int | None]] | None = None
            failure = ""
            if isinstance(frame, memoryview):
                try:
                    outcomes = decode_outcomes(frame, as_json)
                except (ValueError, struct.error, UnicodeDecodeError) as exc:
                    failure = str(exc)
                pool.recycle(frame)  # the outcomes are copies
                if outcomes is not None and len(outcomes) != sum(type(j) is _Job for j in chunk):
                    failure, outcomes = "claimkit: a worker returned the wrong number of results", None
            elif isinstance(frame, WorkerDied):
                failure = str(frame)
            next_outcome = iter(outcomes or ())
            for job in chunk:
                if isinstance(job, ExtractionError):
                    yield job
                elif outcomes is None:
                    yield ExtractionError(job.id, job.index, "internal_error", failure)
                else:
                    outcome = next(next_outcome)
                    if type(outcome) is str:
                        yield outcome  # as_json: the worker already put the id in
                    elif isinstance(outcome, tuple):
                        status, message, offset = outcome
                        yield ExtractionError(job.id, job.index, _CODES.get(status, "internal_error"), message, offset)
                    else:
                        text = job.text if job.text is not None else job.data.decode("utf-8", "replace")
                        yield document_from_json(outcome, text)
        finished = True
    finally:
        # Normal end: let workers exit. Ctrl-C, an error, or the consumer stopping early
        # (generator closed): kill the workers now, without waiting for queued chunks.
        if pool is not None:
            pool.stop(graceful=finished)
