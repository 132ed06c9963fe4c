"""The worker processes behind ``extract_many(..., processes=N)``: starting them, feeding them,
reading their results, and stopping them (also on Ctrl-C).

Each worker builds one native extractor and keeps it. The parent sends chunks of prepared
items over the worker's own pipe; a worker sends back only the JSON bytes (the parent still
holds the items, so the text never crosses a process boundary twice). Workers ignore SIGINT:
Ctrl-C reaches the parent, which kills the workers, closes their pipes, reaps them and
re-raises ``KeyboardInterrupt``. A worker that dies costs only the chunks it held, and is
replaced. Works with the ``fork``, ``spawn`` and ``forkserver`` start methods (the library
starts no threads and is safe after fork).
"""

from __future__ import annotations

import fcntl
import itertools
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
from typing import Deque, Union

from . import _native

__all__ = ["Outcome", "Worker", "WorkerDied", "Workers", "decode_outcomes", "default_context", "warm_up"]

# (status, message, byte_offset) of a failed call; bytes for a successful one.
Outcome = Union[bytes, "tuple[int, str, int | None]"]

# Frames on the pipes between the parent and a worker: an 8-byte little-endian length, then
# that many bytes. Parent to worker: a pickled list of jobs (small: the input text). Worker to
# parent (about nine times the input, JSON): a count, a table of (status, length, byte offset)
# per item, then the items' bytes end to end (the JSON, or the error message). The parent
# reads a frame straight into one buffer and decodes each JSON from its slice: no pickle, and
# no copy of the output besides the pipe's own.
_FRAME = struct.Struct("<Q")
_COUNT = struct.Struct("<I")
_ENTRY = struct.Struct("<iQq")  # status (0: JSON follows), byte length, error byte offset or -1


def _encode_outcomes(outcomes: list[Outcome], prefixes: list[bytes | None]) -> list[bytes | memoryview]:
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


def decode_outcomes(frame: memoryview, as_json: bool) -> list[str | bytes | tuple[int, str, int | None]]:
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
    outcomes: list[Outcome] = []
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


class _Output:
    """A worker's results on their way into its result pipe. Writes do not block: when the
    pipe is full (the parent is busy), the worker goes on with the next chunk it has and
    writes the rest when the pipe has room. What waits here is bounded by the chunks the
    parent has in flight."""

    __slots__ = ("fd", "views")

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.views: Deque[memoryview] = deque()
        os.set_blocking(fd, False)

    def add(self, buffers: list[bytes | memoryview]) -> None:
        self.views.extend(memoryview(b) for b in buffers if b)
        self.push()

    def push(self) -> None:
        """Writes what the pipe takes now (a ``writev`` may stop short: go on from there)."""
        views = self.views
        while views:
            try:
                written = os.writev(self.fd, list(itertools.islice(views, _IOV_MAX)))
            except BlockingIOError:
                return
            while views and written >= len(views[0]):
                written -= len(views[0])
                views.popleft()
            if views and written:
                views[0] = views[0][written:]

    def finish(self) -> None:
        """Writes everything left, waiting for room as needed (unless the parent is gone)."""
        try:
            os.set_blocking(self.fd, True)
            self.push()
        except OSError:  # a broken pipe: no one is left to read the results
            self.views.clear()


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
    until its task pipe ends (or a zero-length frame). Reading a chunk blocks; writing its
    outcomes does not (``_Output``): while they wait for room in the pipe the worker waits for
    whichever comes first, room or its next chunk. The parent never lets both sides wait on
    each other (it reads every worker's results while it writes)."""
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
    output = _Output(result_fd)
    ready = selectors.DefaultSelector()
    ready.register(task_fd, selectors.EVENT_READ)
    extractor = _native.NativeExtractor(options_json)
    with extractor.session() as call:
        while True:
            if output.views:
                ready.register(result_fd, selectors.EVENT_WRITE)
                events = ready.select()
                ready.unregister(result_fd)
                if any(key.fd == result_fd for key, _ in events):
                    output.push()
                if not any(key.fd == task_fd for key, _ in events):
                    continue
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
            output.add(frame)
    output.finish()
    extractor.close()


class WorkerDied(Exception):
    """Stands in a worker's queue of outcomes for each chunk it had when it died."""


class Worker:
    """The parent's side of one worker process: its pipes, the bytes still to write to it,
    the bytes read from it that do not yet make a whole frame, and whole frames not yet used."""

    __slots__ = ("process", "task_fd", "result_fd", "outgoing", "header", "body", "got", "frames", "outstanding", "in_flight", "dead")

    def __init__(self, process: multiprocessing.process.BaseProcess, task_fd: int, result_fd: int) -> None:
        self.process = process
        self.task_fd = task_fd
        self.result_fd = result_fd
        self.outgoing = bytearray()
        # The frame being read: its header, then (body not None) its body, ``got`` bytes so far.
        self.header = bytearray(_FRAME.size)
        self.body: memoryview | None = None
        self.got = 0
        self.frames: Deque[memoryview | WorkerDied] = deque()
        self.outstanding = 0  # chunks sent (or queued to send) whose outcomes have not been used
        self.in_flight = 0  # chunks sent whose outcomes have not arrived yet
        self.dead = False


class Workers:
    """Worker processes this generator owns outright (no multiprocessing.Pool).

    Why not a Pool: ``Pool.terminate()`` after a Ctrl-C could hang (its handler threads and a
    shared task queue whose lock a worker may hold when it is killed). Here each worker has its
    own two pipes and no shared locks; the parent does non-blocking writes and reads every
    worker's pipe in one ``select`` loop, so neither side can wait on the other forever; and
    stopping is ``SIGKILL`` to each worker, closing the pipes, and ``waitpid``. Nothing in
    that can block on a worker's state.
    """

    def __init__(self, context: multiprocessing.context.BaseContext, options_json: bytes | None, size: int) -> None:
        self._context = context
        self._options_json = options_json
        self._fork = context.get_start_method() == "fork"
        self._selector = selectors.DefaultSelector()
        self.size = size
        # Started one at a time, by send() (so that stop() knows every one that started).
        self.workers: list[Worker] = []
        self._spare: list[bytearray] = []  # buffers of used frames, for the next ones
        self._no_more_tasks = False

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
            _grow_pipe(task_fd)
            _grow_pipe(result_fd)
            worker = Worker(process, task_fd, result_fd)
            if slot == len(self.workers):
                self.workers.append(worker)
            else:
                self.workers[slot] = worker
            self._selector.register(result_fd, selectors.EVENT_READ, worker)
        finally:
            _restore_sigmask(blocked)

    def send(self, jobs: list[tuple[bytes, bytes | None, bytes | None]]) -> Worker:
        """Queues a chunk for the least busy live worker (starting one while there are fewer
        than ``size``, and a new one for a dead one)."""
        for i, w in enumerate(self.workers):
            if w.dead:
                self._start(i)
        if len(self.workers) < self.size:
            self._start(len(self.workers))
            worker = self.workers[-1]
        else:
            # The worker with the least work left, not the fewest results unused: results are
            # used in input order, so a worker that is ahead may have several waiting, and it
            # is the one that should get the next chunk.
            worker = min(self.workers, key=lambda w: w.in_flight)
        payload = pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL)
        worker.outgoing += _FRAME.pack(len(payload))
        worker.outgoing += payload
        worker.outstanding += 1
        worker.in_flight += 1
        self._flush(worker)
        if worker.outgoing and not worker.dead:  # the rest goes when the pipe has room
            try:
                self._selector.register(worker.task_fd, selectors.EVENT_WRITE, worker)
            except KeyError:  # already waiting to write
                pass
        return worker

    def _flush(self, worker: Worker) -> None:
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
            if self._no_more_tasks:
                self._close_tasks(worker)

    def no_more_tasks(self) -> None:
        """Every chunk has been sent: each worker gets end of file on its task pipe as soon as
        its chunks are written, so it exits after its last results, while the parent is still
        reading those (instead of the parent waiting for the exits at the end)."""
        self._no_more_tasks = True
        for w in self.workers:
            if not w.dead and not w.outgoing:
                self._close_tasks(w)

    def _close_tasks(self, worker: Worker) -> None:
        if worker.task_fd >= 0:
            try:
                self._selector.unregister(worker.task_fd)
            except KeyError:
                pass
            os.close(worker.task_fd)
            worker.task_fd = -1

    def _buffer(self, size: int) -> memoryview:
        """Room for a frame's body: a buffer a used frame left, or a new one. (Fresh memory
        costs a page fault per 4 KiB; the output is about nine times the input.)"""
        spare = self._spare
        for i, buffer in enumerate(spare):
            if len(buffer) >= size:
                del spare[i]
                return memoryview(buffer)[:size]
        return memoryview(bytearray(size + (size >> 3)))[:size]  # some room for the next

    def recycle(self, frame: memoryview) -> None:
        """Takes back a frame's buffer once nothing refers to its bytes any more."""
        buffer = frame.obj
        frame.release()
        if isinstance(buffer, bytearray) and len(self._spare) < 2 * self.size + 2:
            self._spare.append(buffer)

    def _read(self, worker: Worker) -> None:
        """Reads what the pipe has: into the header, then straight into a buffer for the
        frame's body (so the output is copied once, by the kernel)."""
        try:
            while True:
                target = memoryview(worker.header) if worker.body is None else worker.body
                if worker.got < len(target):
                    n = os.readv(worker.result_fd, [target[worker.got:]])
                    if n == 0:
                        self._died(worker)
                        return
                    worker.got += n
                    if worker.got < len(target):
                        continue
                if worker.body is None:
                    (size,) = _FRAME.unpack(worker.header)
                    worker.body, worker.got = self._buffer(size), 0
                    if size:
                        continue
                worker.frames.append(worker.body)
                worker.in_flight -= 1
                worker.body, worker.got = None, 0
        except BlockingIOError:
            return
        except OSError:
            self._died(worker)

    def _died(self, worker: Worker) -> None:
        """The worker's result pipe ended: it died, or (after ``no_more_tasks``) it exited
        having written everything, in which case no chunk is missing."""
        if worker.dead:
            return
        worker.dead = True
        for fd in (worker.task_fd, worker.result_fd):
            if fd < 0:
                continue
            try:
                self._selector.unregister(fd)
            except KeyError:
                pass
            os.close(fd)
        worker.process.join(5)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        died = WorkerDied(f"worker process died ({how}) while extracting this item's chunk")
        # Frames already complete stay; every chunk still out gets the error.
        missing = worker.outstanding - len(worker.frames)
        worker.frames.extend([died] * max(missing, 0))
        worker.outgoing.clear()
        worker.body = None

    def receive(self, worker: Worker) -> memoryview | WorkerDied:
        """The next chunk's result frame from ``worker``, in the order chunks were sent;
        meanwhile keeps every other worker's pipes moving."""
        # Even when the frame is already here, take what the pipes have: a worker whose
        # result pipe is full waits, idle, until the parent reads it.
        self._service(0)
        while not worker.frames:
            self._service(None)
        worker.outstanding -= 1
        return worker.frames.popleft()

    def _service(self, timeout: float | None) -> None:
        """Writes to and reads from every pipe that is ready (waiting up to ``timeout``)."""
        for key, events in self._selector.select(timeout):
            w = key.data
            if events & selectors.EVENT_WRITE and key.fd == w.task_fd:
                self._flush(w)
            if events & selectors.EVENT_READ and key.fd == w.result_fd:
                self._read(w)

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
                    if fd >= 0:
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


def default_context(start_method: str | None) -> multiprocessing.context.BaseContext:
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


def warm_up() -> None:
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
