"""Many articles: ``extract_many``, in this process or in a pool of worker processes.

Results come back in input order, one per input item. An item that cannot be extracted
(a record without text, input over ``max_input_bytes``, …) gives an ``ExtractionError`` in its
place: one bad article never ends a batch of a million.

With ``processes > 1`` the batch starts its own worker processes (``fork`` on Linux while this
process has one thread, else ``forkserver``) and owns them: each builds one native extractor
and keeps it. The parent prepares every item (UTF-8 bytes plus the context JSON) and sends
chunks of them over the worker's own pipe; a worker sends back only the JSON bytes, and the
parent pairs them with the item it still holds (so the text never crosses a process boundary
twice). At most a few chunks per worker are in flight,
so an endless input iterable uses bounded memory. Workers ignore SIGINT: Ctrl-C reaches the
parent, which kills the workers, closes their pipes, reaps them and re-raises
``KeyboardInterrupt``; the process stays usable. A worker that dies costs only the items it
held (each gets an ``internal_error`` result) and is replaced. Works with the ``fork``,
``spawn`` and ``forkserver`` start methods (the library starts no threads and is safe after
fork).
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import itertools
import json
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import multiprocessing.process
import os
import pickle
import selectors
import signal
import struct
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Deque, Iterable, Iterator, Literal, Mapping, Union, overload

from . import _native
from ._errors import ClaimkitError, InvalidInputError
from ._extractor import DateLike, Text, _context_json, _options_json
from ._model import Document, document_from_json

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
    if isinstance(item, Mapping):
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
        return _Job(index, record_id, data, _context_json(date, input_format), text)
    except UnicodeEncodeError as exc:
        return ExtractionError(record_id, index, "invalid_record", f"text contains a lone surrogate at index {exc.start}")
    except ClaimkitError as exc:  # a bad date
        return ExtractionError(record_id, index, "invalid_record", exc.message)


# ---- the native call, in whichever process runs it ----------------------------------------

# (status, message, byte_offset) of a failed call; bytes for a successful one.
_Outcome = Union[bytes, "tuple[int, str, int | None]"]

# Frames on the pipes between the parent and a worker: an 8-byte little-endian length, then
# that many bytes. Parent to worker: a pickled list of jobs (small: the input text). Worker to
# parent (about nine times the input, JSON): a count, a table of (status, length, byte offset)
# per item, then the items' bytes end to end (the JSON, or the error message). The parent
# reads a frame straight into one buffer and decodes each JSON from its slice: no pickle, and
# no copy of the output besides the pipe's own.
_FRAME = struct.Struct("<Q")
_COUNT = struct.Struct("<I")
_ENTRY = struct.Struct("<iQq")  # status (0: JSON follows), byte length, error byte offset or -1


def _encode_outcomes(outcomes: list[_Outcome], prefixes: list[bytes | None]) -> list[bytes | memoryview]:
    """A worker's result frame as buffers to write in one ``writev``. The JSON is not copied:
    a record's ``{"id":…,`` prefix goes in as its own buffer, followed by the JSON without its
    opening brace."""
    table = bytearray(_COUNT.pack(len(outcomes)))
    pieces: list[bytes | memoryview] = []
    for outcome, prefix in zip(outcomes, prefixes):
        if isinstance(outcome, bytes):
            if prefix is None:
                table += _ENTRY.pack(0, len(outcome), -1)
                pieces.append(outcome)
            else:
                table += _ENTRY.pack(0, len(prefix) + len(outcome) - 1, -1)
                pieces += (prefix, memoryview(outcome)[1:])
        else:
            status, message, offset = outcome
            text = message.encode("utf-8", "replace")
            table += _ENTRY.pack(status or 7, len(text), -1 if offset is None else offset)
            pieces.append(text)
    size = len(table) + sum(len(p) for p in pieces)
    return [_FRAME.pack(size), bytes(table), *pieces]


def _decode_outcomes(frame: bytearray, as_json: bool) -> list[str | bytes | tuple[int, str, int | None]]:
    """The parent's side of ``_encode_outcomes``: JSON as str (``as_json``) or bytes, errors
    as ``(status, message, byte_offset)``."""
    view = memoryview(frame)
    (count,) = _COUNT.unpack_from(view)
    start = _COUNT.size
    position = start + count * _ENTRY.size
    decoded: list[str | bytes | tuple[int, str, int | None]] = []
    for status, length, offset in _ENTRY.iter_unpack(view[start:position]):
        piece = view[position:position + length]
        position += length
        if status == 0:
            decoded.append(str(piece, "utf-8") if as_json else bytes(piece))
        else:
            decoded.append((status, str(piece, "utf-8", "replace"), None if offset < 0 else offset))
    if position != len(view):
        raise ValueError("claimkit: malformed result frame from a worker")
    return decoded


def _run_chunk(call: _native.Session, jobs: list[tuple[bytes, bytes | None, bytes | None]]) -> list[bytes | memoryview]:
    """In a worker: extracts a chunk, and returns its result frame. Each record's id goes
    into its JSON here, so the parent (the one process every result passes through) does as
    little as possible."""
    outcomes: list[_Outcome] = []
    for data, context, _ in jobs:
        try:
            outcomes.append(call(data, context))
        except Exception as exc:  # noqa: BLE001 - one item's failure must not end the batch
            outcomes.append((7, f"{type(exc).__name__}: {exc}", None))
    return _encode_outcomes(outcomes, [prefix for _, _, prefix in jobs])


def _read_exact(fd: int, size: int) -> bytearray | None:
    """Blocking read of exactly ``size`` bytes; None at end of file (the parent is gone)."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        n = os.readv(fd, [view[got:]])
        if n == 0:
            return None
        got += n
    return buffer


def _write_all(fd: int, buffers: list[bytes | memoryview]) -> None:
    """Blocking ``writev`` of all the buffers (a pipe write may stop short: go on from there)."""
    views = [memoryview(b) for b in buffers if b]
    while views:
        written = os.writev(fd, views[:_IOV_MAX])
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views and written:
            views[0] = views[0][written:]


_IOV_MAX = 512  # below every platform's IOV_MAX (Linux 1024)


def _grow_pipe(fd: int) -> None:
    """Linux: a 1 MiB pipe buffer (the unprivileged maximum by default), so a worker can put
    a whole chunk's results in the pipe and start the next chunk while the parent is busy."""
    if hasattr(fcntl, "F_SETPIPE_SZ"):
        try:
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
        except OSError:  # a lower system limit: the default size still works
            pass


def _worker_main(
    tasks: multiprocessing.connection.Connection,
    results: multiprocessing.connection.Connection,
    options_json: bytes | None,
    inherited: list[int],
) -> None:
    """A worker process: one extractor for its whole life; reads chunks, writes outcomes,
    until its task pipe ends (or a zero-length frame). Everything blocks: the parent never
    lets both sides wait on each other (it reads every worker's results while it writes)."""
    # Ctrl-C is the parent's to handle. With fork and spawn, SIGINT was blocked while this
    # process was started (the mask is inherited), so no Ctrl-C lands here before it is ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # After fork: the parent's ends of earlier workers' pipes. Holding them would keep those
    # workers from seeing end of file when the parent closes or dies.
    for fd in inherited:
        try:
            os.close(fd)
        except OSError:
            pass
    task_fd, result_fd = tasks.fileno(), results.fileno()
    extractor = _native.NativeExtractor(options_json)
    with extractor.session() as call:
        while True:
            header = _read_exact(task_fd, _FRAME.size)
            if header is None:
                break
            (size,) = _FRAME.unpack(header)
            if size == 0:
                break
            payload = _read_exact(task_fd, size)
            if payload is None:
                break
            try:
                frame = _run_chunk(call, pickle.loads(payload))
            except Exception as exc:  # noqa: BLE001 - a bad frame: report it, keep serving
                frame = _encode_outcomes([(7, f"claimkit worker: {type(exc).__name__}: {exc}", None)], [None])
            _write_all(result_fd, frame)
    extractor.close()


def _id_prefix(record_id: Any) -> bytes | None:
    """``{"id":<id>,`` to replace a document JSON's opening brace with, or None."""
    if record_id is None:
        return None
    return b'{"id":' + json.dumps(record_id, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b","


# ---- results ------------------------------------------------------------------------------


def _result(job: _Job, outcome: _Outcome, as_json: bool) -> Document | str | ExtractionError:
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


class _WorkerDied(Exception):
    """Stands in a worker's queue of outcomes for each chunk it had when it died."""


class _Worker:
    """The parent's side of one worker process: its pipes, the bytes still to write to it,
    the bytes read from it that do not yet make a whole frame, and whole frames not yet used."""

    __slots__ = ("process", "task_fd", "result_fd", "outgoing", "header", "body", "got", "frames", "outstanding", "dead")

    def __init__(self, process: multiprocessing.process.BaseProcess, task_fd: int, result_fd: int) -> None:
        self.process = process
        self.task_fd = task_fd
        self.result_fd = result_fd
        self.outgoing = bytearray()
        # The frame being read: its header, then (body not None) its body, ``got`` bytes so far.
        self.header = bytearray(_FRAME.size)
        self.body: bytearray | None = None
        self.got = 0
        self.frames: Deque[bytearray | _WorkerDied] = deque()
        self.outstanding = 0  # chunks sent (or queued to send) whose outcomes have not come back
        self.dead = False


class _Workers:
    """Worker processes this generator owns outright (no multiprocessing.Pool).

    Why not a Pool: ``Pool.terminate()`` after a Ctrl-C could hang (its handler threads and a
    shared task queue whose lock a worker may hold when it is killed). Here each worker has its
    own two pipes and no shared locks; the parent does non-blocking writes and reads every
    worker's pipe in one ``select`` loop, so neither side can wait on the other forever; and
    stopping is ``SIGKILL`` to each worker, closing the pipes, and ``waitpid``. Nothing in
    that can block on a worker's state.
    """

    def __init__(self, context: multiprocessing.context.BaseContext, options_json: bytes | None) -> None:
        self._context = context
        self._options_json = options_json
        self._fork = context.get_start_method() == "fork"
        self._selector = selectors.DefaultSelector()
        self.workers: list[_Worker] = []

    def start(self, processes: int) -> None:
        """Starts the workers (one at a time, so that stop() knows every one that started)."""
        while len(self.workers) < processes:
            self._start(len(self.workers))

    def _start(self, slot: int) -> None:
        """Starts a worker into ``self.workers[slot]`` (appending when slot is the length)."""
        task_r, task_w = self._context.Pipe(duplex=False)
        result_r, result_w = self._context.Pipe(duplex=False)
        inherited: list[int] = []
        if self._fork:
            inherited = [task_w.fileno(), result_r.fileno()]
            inherited += [fd for w in self.workers if not w.dead for fd in (w.task_fd, w.result_fd)]
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(task_r, result_w, self._options_json, inherited), daemon=True,
            name="claimkit-worker",
        )
        # SIGINT is blocked while starting: the child inherits the mask and ignores SIGINT
        # before unblocking it, so no Ctrl-C ever interrupts a half-started child; and the
        # parent records the worker before it can see the KeyboardInterrupt (delivered when
        # the mask is restored), so stop() always finds it.
        blocked = _block_sigint()
        try:
            try:
                process.start()
            finally:
                task_r.close()
                result_w.close()
            # The parent keeps raw descriptors, its own copies, so the Connection objects can go.
            task_fd, result_fd = os.dup(task_w.fileno()), os.dup(result_r.fileno())
            task_w.close()
            result_r.close()
            os.set_blocking(task_fd, False)
            os.set_blocking(result_fd, False)
            _grow_pipe(result_fd)
            worker = _Worker(process, task_fd, result_fd)
            if slot == len(self.workers):
                self.workers.append(worker)
            else:
                self.workers[slot] = worker
            self._selector.register(result_fd, selectors.EVENT_READ, worker)
        finally:
            _restore_sigmask(blocked)

    def send(self, jobs: list[tuple[bytes, bytes | None, bytes | None]]) -> _Worker:
        """Queues a chunk for the least busy live worker (starting a new one for a dead one)."""
        for i, w in enumerate(self.workers):
            if w.dead:
                self._start(i)
        worker = min(self.workers, key=lambda w: w.outstanding)
        payload = pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL)
        worker.outgoing += _FRAME.pack(len(payload))
        worker.outgoing += payload
        worker.outstanding += 1
        self._flush(worker)
        if worker.outgoing and not worker.dead:  # the rest goes when the pipe has room
            try:
                self._selector.register(worker.task_fd, selectors.EVENT_WRITE, worker)
            except KeyError:  # already waiting to write
                pass
        return worker

    def _flush(self, worker: _Worker) -> None:
        try:
            while worker.outgoing:
                n = os.write(worker.task_fd, worker.outgoing)
                del worker.outgoing[:n]
        except BlockingIOError:
            pass
        except OSError:  # broken pipe: the worker is gone
            self._died(worker)
            return
        if not worker.outgoing:
            try:
                self._selector.unregister(worker.task_fd)
            except KeyError:
                pass

    def _read(self, worker: _Worker) -> None:
        """Reads what the pipe has: into the header, then straight into a buffer the size of
        the frame's body (so the output is copied once, by the kernel)."""
        try:
            while True:
                target = worker.header if worker.body is None else worker.body
                if worker.got < len(target):
                    n = os.readv(worker.result_fd, [memoryview(target)[worker.got:]])
                    if n == 0:
                        self._died(worker)
                        return
                    worker.got += n
                    if worker.got < len(target):
                        continue
                if worker.body is None:
                    (size,) = _FRAME.unpack(worker.header)
                    worker.body, worker.got = bytearray(size), 0
                    if size:
                        continue
                worker.frames.append(worker.body)
                worker.body, worker.got = None, 0
        except BlockingIOError:
            return
        except OSError:
            self._died(worker)

    def _died(self, worker: _Worker) -> None:
        if worker.dead:
            return
        worker.dead = True
        for fd in (worker.task_fd, worker.result_fd):
            try:
                self._selector.unregister(fd)
            except KeyError:
                pass
            os.close(fd)
        worker.process.join(5)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        died = _WorkerDied(f"worker process died ({how}) while extracting this item's chunk")
        # Frames already complete stay; every chunk still out gets the error.
        missing = worker.outstanding - len(worker.frames)
        worker.frames.extend([died] * max(missing, 0))
        worker.outgoing.clear()
        worker.body = None

    def receive(self, worker: _Worker) -> bytearray | _WorkerDied:
        """The next chunk's result frame from ``worker``, in the order chunks were sent;
        meanwhile keeps every other worker's pipes moving."""
        while not worker.frames:
            for key, events in self._selector.select():
                w = key.data
                if events & selectors.EVENT_WRITE and key.fd == w.task_fd:
                    self._flush(w)
                if events & selectors.EVENT_READ and key.fd == w.result_fd:
                    self._read(w)
        worker.outstanding -= 1
        return worker.frames.popleft()

    def stop(self, graceful: bool) -> None:
        """Graceful (the batch ended): close the task pipes so workers exit; wait a little,
        then kill any that have not. Otherwise (Ctrl-C, an error, the consumer stopped early):
        kill them at once. Uninterruptible: a second Ctrl-C is delivered after the cleanup."""
        blocked = _block_sigint()
        try:
            live = [w for w in self.workers if not w.dead]
            if not graceful:
                for w in live:
                    _kill(w.process)
            for w in live:
                w.dead = True
                for fd in (w.task_fd, w.result_fd):
                    os.close(fd)
            deadline = time.monotonic() + 5.0
            for w in live:
                w.process.join(max(0.0, deadline - time.monotonic()))
                if w.process.exitcode is None:
                    _kill(w.process)
                    w.process.join()
            self._selector.close()
        finally:
            _restore_sigmask(blocked)


def _kill(process: multiprocessing.process.BaseProcess) -> None:
    try:
        process.kill()
    except (OSError, ValueError, AttributeError):  # already reaped, or not started
        pass


def _block_sigint() -> bool:
    if hasattr(signal, "pthread_sigmask"):
        return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    return False


def _restore_sigmask(was_blocked: bool) -> None:
    if hasattr(signal, "pthread_sigmask") and not was_blocked:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _default_context(start_method: str | None) -> multiprocessing.context.BaseContext:
    """On Linux, ``fork`` while this process has one thread: a worker starts in about a
    millisecond, with the library loaded and warm, instead of importing everything again. With
    other threads running, ``forkserver``: a lock another thread holds at the fork (in logging,
    in some C library) would stay locked in the child forever."""
    methods = multiprocessing.get_all_start_methods()
    if start_method is None and sys.platform.startswith("linux") and "fork" in methods:
        start_method = "fork" if threading.active_count() == 1 or "forkserver" not in methods else "forkserver"
    return multiprocessing.get_context(start_method)


# The library builds its tables (lexicons, the model) on first use: about 6 ms. Before forking,
# the parent does that once, so forked workers start warm instead of each paying it.
_WARM_UP = (
    ("On Monday, officials said 5% of the 300 homes had flooded. \u201cWe will rebuild by 2025,\u201d "
     "the mayor, Ana Ruiz, told reporters. Prices may rise by $2 million, according to the council.").encode("utf-8"),
    b"<html><head><title>T</title></head><body><article><p>Rain fell, she said.</p></article></body></html>",
)
_warm = False


def _warm_up() -> None:
    global _warm
    if _warm:
        return
    extractor = _native.NativeExtractor(None)
    try:
        with extractor.session() as call:
            call(_WARM_UP[0], b'{"input_format":"text","reference_date":"2024-06-20"}')
            call(_WARM_UP[1], b'{"input_format":"html"}')
    finally:
        extractor.close()
    _warm = True


def _in_pool(
    items: Iterable[Item],
    processes: int,
    as_json: bool,
    default_date: DateLike,
    options_json: bytes | None,
    chunksize: int,
    start_method: str | None,
) -> Iterator[Document | str | ExtractionError]:
    context = _default_context(start_method)
    pool: _Workers | None = None
    finished = False
    # (prepared chunk, the worker it went to or None when no item of it needs a worker)
    pending: Deque[tuple[list[_Job | ExtractionError], _Worker | None]] = deque()
    max_pending = 3 * processes
    try:
        if context.get_start_method() == "fork":
            _warm_up()
        pool = _Workers(context, options_json)
        pool.start(processes)
        source = enumerate(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_pending:
                chunk = [_prepare(index, item, default_date) for index, item in itertools.islice(source, chunksize)]
                if len(chunk) < chunksize:
                    exhausted = True
                if not chunk:
                    break
                jobs = [(j.data, j.context, _id_prefix(j.id)) for j in chunk if isinstance(j, _Job)]
                pending.append((chunk, pool.send(jobs) if jobs else None))
            if not pending:
                break
            chunk, worker = pending.popleft()
            frame = pool.receive(worker) if worker is not None else None
            outcomes: list[str | bytes | tuple[int, str, int | None]] | None = None
            failure = ""
            if isinstance(frame, bytearray):
                try:
                    outcomes = _decode_outcomes(frame, as_json)
                except (ValueError, struct.error, UnicodeDecodeError) as exc:
                    failure = str(exc)
                if outcomes is not None and len(outcomes) != sum(isinstance(j, _Job) for j in chunk):
                    failure, outcomes = "claimkit: a worker returned the wrong number of results", None
            elif isinstance(frame, _WorkerDied):
                failure = str(frame)
            next_outcome = iter(outcomes or ())
            for job in chunk:
                if isinstance(job, ExtractionError):
                    yield job
                elif outcomes is None:
                    yield ExtractionError(job.id, job.index, "internal_error", failure)
                else:
                    outcome = next(next_outcome)
                    if isinstance(outcome, tuple):
                        status, message, offset = outcome
                        yield ExtractionError(job.id, job.index, _CODES.get(status, "internal_error"), message, offset)
                    elif isinstance(outcome, str):
                        yield outcome  # as_json: the worker already put the id in
                    else:
                        text = job.text if job.text is not None else job.data.decode("utf-8", "replace")
                        yield document_from_json(outcome, text)
        finished = True
    finally:
        # Normal end: let workers exit. Ctrl-C, an error, or the consumer stopping early
        # (generator closed): kill the workers now, without waiting for queued chunks.
        if pool is not None:
            pool.stop(graceful=finished)
