"""Exceptions raised by claimkit, one per C status code (see include/claimkit.h)."""

from __future__ import annotations

__all__ = [
    "ClaimkitError",
    "InvalidInputError",
    "InvalidUTF8Error",
    "InputTooLargeError",
    "InvalidOptionsError",
    "InternalError",
    "error_for_status",
]


class ClaimkitError(Exception):
    """Base class of every error claimkit raises.

    Attributes
    ----------
    status : int
        The C status code (``CLAIMKIT_ERROR_*``).
    message : str
        What went wrong, in English.
    byte_offset : int or None
        Where in the input (UTF-8 bytes) the problem is, when it has a place.
    """

    def __init__(self, message: str, *, status: int = 7, byte_offset: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.byte_offset = byte_offset

    def __str__(self) -> str:
        if self.byte_offset is not None:
            return f"{self.message} (at byte {self.byte_offset})"
        return self.message


class InvalidInputError(ClaimkitError, ValueError):
    """The input or an argument cannot be used: a bad argument or context value, input that
    is not UTF-8 in strict mode, or input over the ``max_input_bytes`` limit."""


class InvalidUTF8Error(InvalidInputError):
    """Strict mode only: the input is not UTF-8; ``byte_offset`` is the first bad byte."""


class InputTooLargeError(InvalidInputError):
    """The input is larger than the ``max_input_bytes`` option."""


class InvalidOptionsError(ClaimkitError, ValueError):
    """The extractor options are wrong: an unknown name, or a value of the wrong type or range.
    The message names the option."""


class InternalError(ClaimkitError):
    """A claimkit bug (or an unknown status). Please report it with the input."""


# C status codes from include/claimkit.h.
OK = 0
INVALID_ARGUMENT = 1
INVALID_UTF8 = 2
INPUT_TOO_LARGE = 3
INVALID_OPTIONS = 4
INVALID_JSON = 5
OUT_OF_MEMORY = 6
INTERNAL = 7

_CLASSES: dict[int, type[ClaimkitError]] = {
    INVALID_ARGUMENT: InvalidInputError,
    INVALID_UTF8: InvalidUTF8Error,
    INPUT_TOO_LARGE: InputTooLargeError,
    INVALID_OPTIONS: InvalidOptionsError,
    INVALID_JSON: InvalidInputError,
}


def error_for_status(status: int, message: str, byte_offset: int | None = None) -> Exception:
    """The exception for a non-zero C status."""
    if status == OUT_OF_MEMORY:
        return MemoryError(message or "claimkit: out of memory")
    cls = _CLASSES.get(status, InternalError)
    return cls(message or f"claimkit status {status}", status=status, byte_offset=byte_offset)
