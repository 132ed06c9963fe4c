"""The one place that talks to libclaimkit.so (through ctypes).

Finds and loads the library, declares the C signatures of include/claimkit.h, checks that the
library's major version is the one this binding was written for, and wraps an extractor
handle so that its lifetime is safe from Python: a handle is freed exactly once, and never
while a call (from any thread) is still using it.

Only the JSON path of the C interface is used (``claimkit_extract_json``,
``claimkit_compare_json`` and ``claimkit_string_free``): one allocation to free per call and no struct layouts to mirror.
ctypes releases the GIL around every foreign call, so threads run extractions in parallel.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import weakref
from ctypes import POINTER, byref, c_char, c_char_p, c_int32, c_size_t, c_uint32, c_void_p
from pathlib import Path

from ._errors import error_for_status

#: The library major version this binding speaks to (CLAIMKIT_VERSION_MAJOR).
EXPECTED_MAJOR = 0
LIBRARY_FILE = "libclaimkit.so"
_SIZE_MAX = ctypes.c_size_t(-1).value


class _Error(ctypes.Structure):
    """struct claimkit_error."""

    _fields_ = [("status", c_int32), ("byte_offset", c_size_t), ("message", c_char * 256)]


class _Span(ctypes.Structure):
    """struct claimkit_span."""

    _fields_ = [("start", c_size_t), ("end", c_size_t)]


def _repository_candidates() -> list[Path]:
    """Libraries built in a claimkit checkout this file lives in (development use)."""
    found: list[Path] = []
    for root in Path(__file__).resolve().parents:
        if (root / "Package.swift").is_file():
            found += [
                root / ".build-lib" / "dist" / LIBRARY_FILE,
                root / ".build-py" / "dist" / LIBRARY_FILE,
                root / ".build" / "release" / "libclaimkit_c.so",
                root / ".build" / "debug" / "libclaimkit_c.so",
            ]
            break
    return found


def library_candidates() -> list[str]:
    """Where the library is looked for, in order.

    ``$CLAIMKIT_LIBRARY``, else the copy bundled in this package (``claimkit/_lib``), else a
    build in the surrounding repository checkout, else the system (``find_library``).
    """
    override = os.environ.get("CLAIMKIT_LIBRARY")
    if override:
        return [override]
    candidates = [Path(__file__).resolve().parent / "_lib" / LIBRARY_FILE, *_repository_candidates()]
    paths = [str(p) for p in candidates if p.is_file()]
    system = ctypes.util.find_library("claimkit")
    if system:
        paths.append(system)
    return paths


def _load() -> tuple[ctypes.CDLL, str]:
    candidates = library_candidates()
    if not candidates:
        raise ImportError(
            "claimkit: cannot find libclaimkit.so (not bundled in the package, not built in the "
            "repository, not installed). Reinstall the package, or set CLAIMKIT_LIBRARY to its path."
        )
    errors = []
    for path in candidates:
        try:
            return ctypes.CDLL(path), path
        except OSError as exc:
            errors.append(f"{path}: {exc}")
    raise ImportError("claimkit: cannot load libclaimkit.so: " + "; ".join(errors))


def _declare(lib: ctypes.CDLL) -> None:
    """argtypes/restype for every function of include/claimkit.h.

    Returned strings the caller must free are ``c_void_p`` (not ``c_char_p``, which would copy
    them to bytes and lose the pointer that claimkit_string_free needs).
    """
    opaque_out = POINTER(c_void_p)
    error_p = POINTER(_Error)
    signatures = {
        "claimkit_version_number": ([], c_uint32),
        "claimkit_version_string": ([], c_char_p),
        "claimkit_status_string": ([c_int32], c_char_p),
        "claimkit_extractor_new": ([c_char_p, opaque_out, error_p], c_int32),
        "claimkit_extractor_free": ([c_void_p], None),
        "claimkit_extract": ([c_void_p, c_char_p, c_size_t, c_char_p, opaque_out, error_p], c_int32),
        "claimkit_document_free": ([c_void_p], None),
        "claimkit_document_to_json": ([c_void_p, c_uint32, opaque_out, POINTER(c_size_t), error_p], c_int32),
        "claimkit_extract_json": (
            [c_void_p, c_char_p, c_size_t, c_char_p, c_uint32, opaque_out, POINTER(c_size_t), error_p],
            c_int32,
        ),
        "claimkit_string_free": ([c_void_p], None),
        "claimkit_compare_json": ([c_char_p, c_size_t, c_uint32, opaque_out, POINTER(c_size_t), error_p], c_int32),
        "claimkit_document_text": ([c_void_p, POINTER(c_size_t)], c_void_p),
        "claimkit_document_sentence_count": ([c_void_p], c_size_t),
        "claimkit_document_sentence": ([c_void_p, c_size_t, POINTER(_Span)], c_int32),
        "claimkit_document_claim_count": ([c_void_p], c_size_t),
        "claimkit_document_diagnostic_count": ([c_void_p], c_size_t),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = restype


_lib, library_path = _load()
_declare(_lib)

JSON_PRETTY = 1


def library_version_number() -> int:
    """CLAIMKIT_VERSION_NUMBER of the loaded library (major * 1_000_000 + minor * 1_000 + patch)."""
    return int(_lib.claimkit_version_number())


def library_version() -> str:
    """The loaded library's version string, e.g. ``"0.1.0"``."""
    return (_lib.claimkit_version_string() or b"").decode("ascii", "replace")


if library_version_number() // 1_000_000 != EXPECTED_MAJOR:
    raise ImportError(
        f"claimkit: {library_path} is version {library_version()}, but this binding needs major "
        f"version {EXPECTED_MAJOR} (0.x). Install matching versions of the binding and the library."
    )


def _raise(status: int, error: _Error) -> None:
    message = error.message.decode("utf-8", "replace")
    if not message:
        message = (_lib.claimkit_status_string(status) or b"").decode("ascii", "replace")
    offset = None if error.byte_offset == _SIZE_MAX else int(error.byte_offset)
    raise error_for_status(status, message, offset)


# One lock for every handle's in-flight count: it is held only to update a counter. A child
# after fork gets a fresh lock, so a lock held by another thread at fork time cannot hang it.
_state_lock = threading.Lock()


def _reset_lock_in_child() -> None:
    global _state_lock
    _state_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_lock_in_child)


def _free_handle(address: int) -> None:
    _lib.claimkit_extractor_free(address)


class NativeExtractor:
    """Owns one ``claimkit_extractor *``.

    ``close()`` frees it at once when no call is running, or when the last running call
    returns. Calls after ``close()`` raise ``ValueError``. A ``weakref``-style finalizer frees
    the handle if the owner forgets to close it.
    """

    __slots__ = ("_address", "_active", "_closed", "_release", "__weakref__")

    def __init__(self, options_json: bytes | None) -> None:
        handle = c_void_p()
        error = _Error()
        status = _lib.claimkit_extractor_new(options_json, byref(handle), byref(error))
        if status != 0:
            _raise(status, error)
        if not handle.value:
            raise error_for_status(7, "claimkit_extractor_new returned no extractor")
        self._address: int = handle.value
        self._active = 0
        self._closed = False
        # Called exactly once: by close(), by the last call after close(), or at collection.
        self._release = weakref.finalize(self, _free_handle, self._address)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        with _state_lock:
            self._closed = True
            free_now = self._active == 0
        if free_now:
            self._release()

    def extract_json(self, data: bytes, context_json: bytes | None, flags: int = 0) -> bytes:
        """Runs claimkit_extract_json; returns the JSON bytes or raises the status's error."""
        with _state_lock:
            if self._closed:
                raise ValueError("claimkit: the extractor is closed")
            self._active += 1
        try:
            out = c_void_p()
            out_len = c_size_t()
            error = _Error()
            status = _lib.claimkit_extract_json(
                self._address, data, len(data), context_json, flags, byref(out), byref(out_len), byref(error)
            )
            if status != 0:
                _raise(status, error)
            if not out.value:
                raise error_for_status(7, "claimkit_extract_json succeeded but returned no JSON")
            try:
                return ctypes.string_at(out.value, out_len.value)
            finally:
                _lib.claimkit_string_free(out)
        finally:
            with _state_lock:
                self._active -= 1
                free_now = self._closed and self._active == 0
            if free_now:
                self._release()

    def session(self) -> Session:
        """A ``Session`` for many calls in a row (the batch fast path); use it as a context
        manager. The extractor stays in use (cannot be freed) until the session ends."""
        with _state_lock:
            if self._closed:
                raise ValueError("claimkit: the extractor is closed")
            self._active += 1
        return Session(self)

    def _end_session(self) -> None:
        with _state_lock:
            self._active -= 1
            free_now = self._closed and self._active == 0
        if free_now:
            self._release()


class Session:
    """Calls claimkit_extract_json many times with one extractor: the extractor is marked in
    use once, and the ctypes out-parameters are allocated once and reused, so the cost per
    article is the C call itself. Calling it never raises for a failed article: it returns the
    JSON bytes, or ``(status, message, byte_offset)``. Not for use from several threads at once
    (each thread takes its own session)."""

    __slots__ = ("_owner", "_address", "_out", "_out_len", "_error", "_refs", "_ended")

    def __init__(self, owner: NativeExtractor) -> None:
        self._owner = owner
        self._address = owner._address
        self._out = c_void_p()
        self._out_len = c_size_t()
        self._error = _Error()
        self._refs = (byref(self._out), byref(self._out_len), byref(self._error))
        self._ended = False

    def __call__(self, data: bytes, context: bytes | None) -> bytes | tuple[int, str, int | None]:
        if self._ended:
            raise ValueError("claimkit: the session has ended")
        out = self._out
        out_ref, len_ref, error_ref = self._refs
        status = _lib.claimkit_extract_json(self._address, data, len(data), context, 0, out_ref, len_ref, error_ref)
        if status != 0 or not out.value:
            error = self._error
            message = error.message.decode("utf-8", "replace") if status else "no JSON returned"
            offset = None if error.byte_offset == _SIZE_MAX else int(error.byte_offset)
            return (status or 7, message, offset)
        json_bytes = ctypes.string_at(out.value, self._out_len.value)
        _lib.claimkit_string_free(out)
        out.value = None
        return json_bytes

    def end(self) -> None:
        """Ends the session (idempotent); the extractor may then be freed."""
        if not self._ended:
            self._ended = True
            self._owner._end_session()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()

    def __del__(self) -> None:
        self.end()


def compare_json(documents: bytes, flags: int = 0) -> bytes:
    """Runs claimkit_compare_json on documents' JSON (an array, JSON Lines, or a sequence);
    returns the comparison JSON bytes or raises the status's error (``InvalidInputError`` with
    ``byte_offset`` for malformed input)."""
    out = c_void_p()
    out_len = c_size_t()
    error = _Error()
    status = _lib.claimkit_compare_json(documents, len(documents), flags, byref(out), byref(out_len), byref(error))
    if status != 0:
        _raise(status, error)
    if not out.value:
        raise error_for_status(7, "claimkit_compare_json succeeded but returned no JSON")
    try:
        return ctypes.string_at(out.value, out_len.value)
    finally:
        _lib.claimkit_string_free(out)
