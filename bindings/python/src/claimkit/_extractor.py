"""The Python API: ``Extractor`` and the module-level ``extract`` / ``extract_json``."""

from __future__ import annotations

import datetime as _dt
import json
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Literal, Mapping, Union, overload

from . import _native
from ._errors import InvalidInputError, InvalidOptionsError
from ._model import Document, document_from_json

if TYPE_CHECKING:
    from ._batch import ExtractionError

__all__ = ["Extractor", "extract", "extract_json", "OPTION_NAMES"]

#: Options an Extractor accepts (the C library checks names and values and names the field).
OPTION_NAMES = ("strict_encoding", "max_input_bytes", "offset_unit", "include_text", "input_format", "stages")
_INPUT_FORMATS = ("auto", "text", "html")

Text = Union[str, bytes, bytearray, memoryview]
DateLike = Union[str, _dt.date, None]


def _options_json(options: Mapping[str, Any]) -> bytes | None:
    """The options as JSON for claimkit_extractor_new; errors name the option."""
    if not options:
        return None
    clean: dict[str, Any] = {}
    for name, value in options.items():
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        elif isinstance(value, tuple):
            value = list(value)
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidOptionsError(f"option '{name}' has a value JSON cannot represent: {exc}", status=4) from None
        clean[name] = value
    return json.dumps(clean).encode("utf-8")


def _context_json(reference_date: DateLike, input_format: str | None) -> bytes | None:
    context: dict[str, str] = {}
    if reference_date is not None:
        if isinstance(reference_date, _dt.datetime):
            reference_date = reference_date.date()
        if isinstance(reference_date, _dt.date):
            reference_date = reference_date.isoformat()
        if not isinstance(reference_date, str):
            raise InvalidInputError(
                f"reference_date must be a 'YYYY-MM-DD' string or a datetime.date, not {type(reference_date).__name__}",
                status=1,
            )
        context["reference_date"] = reference_date
    if input_format is not None:
        if input_format not in _INPUT_FORMATS:
            raise InvalidInputError(f"input_format must be 'auto', 'text' or 'html', not {input_format!r}", status=1)
        context["input_format"] = input_format
    return json.dumps(context).encode("utf-8") if context else None


def _input_bytes(text: Text) -> tuple[bytes, str | None]:
    """The UTF-8 bytes to analyse, and the str they came from (None for bytes input)."""
    if isinstance(text, str):
        try:
            return text.encode("utf-8"), text
        except UnicodeEncodeError as exc:
            raise InvalidInputError(
                f"text contains a lone surrogate at index {exc.start}; it cannot be UTF-8", status=1
            ) from None
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text), None
    raise TypeError(f"claimkit: text must be str or bytes, not {type(text).__name__}")


class Extractor:
    """Reads articles. Immutable once built; share one across threads.

    Parameters
    ----------
    strict_encoding : bool, optional
        Raise ``InvalidUTF8Error`` for input that is not UTF-8 instead of repairing it.
    max_input_bytes : int, optional
        Larger input raises ``InputTooLargeError`` (default 64 MiB).
    offset_unit : {"utf8", "codepoint"}, optional
        Offsets in ``extract_json`` output. ``extract`` always gives ``str`` indices.
    include_text : bool, optional
        Always include the text in ``extract_json`` output.
    input_format : {"auto", "text", "html"}, optional
        How input is read when a call does not say; ``auto`` detects markup.
    stages : iterable of str, optional
        Stages to run after structure: ``numbers``, ``dates``, ``attribution``, ``modality``,
        ``scoring`` (default all).

    Raises
    ------
    InvalidOptionsError
        For an unknown option or a wrong value; the message names the option.

    Examples
    --------
    >>> with claimkit.Extractor(strict_encoding=True) as extractor:
    ...     doc = extractor.extract("“We will rebuild,” said the mayor.")
    """

    __slots__ = ("_native", "_options", "__weakref__")

    def __init__(self, **options: Any) -> None:
        self._options = dict(options)
        self._native = _native.NativeExtractor(_options_json(options))

    @property
    def options(self) -> dict[str, Any]:
        """The options the extractor was built with (a copy)."""
        return dict(self._options)

    @property
    def closed(self) -> bool:
        """True after ``close()``."""
        return self._native.closed

    def extract_json(
        self,
        text: Text,
        *,
        reference_date: DateLike = None,
        input_format: str | None = None,
        pretty: bool = False,
    ) -> str:
        """Extracts and returns the interchange JSON text.

        Parameters
        ----------
        text : str or bytes
            The article: plain text or HTML. Bytes are read as UTF-8 (repaired unless strict).
        reference_date : str or datetime.date, optional
            What relative dates ("yesterday") resolve against, ``YYYY-MM-DD``.
        input_format : {"auto", "text", "html"}, optional
            Overrides the extractor's ``input_format`` for this call.
        pretty : bool, optional
            Indent the JSON.

        Returns
        -------
        str
            Exactly the JSON the C function ``claimkit_extract_json`` (and the command line
            ``claimkit extract``, without its trailing newline) writes for the same input.

        Raises
        ------
        InvalidInputError
            Invalid UTF-8 in strict mode, input over ``max_input_bytes``, a bad argument.
        """
        data, _ = _input_bytes(text)
        raw = self._native.extract_json(
            data, _context_json(reference_date, input_format), _native.JSON_PRETTY if pretty else 0
        )
        return raw.decode("utf-8")

    def extract(self, text: Text, *, reference_date: DateLike = None, input_format: str | None = None) -> Document:
        """Extracts one article into a ``Document``.

        Parameters
        ----------
        text : str or bytes
            The article: plain text or HTML.
        reference_date : str or datetime.date, optional
            What relative dates resolve against, ``YYYY-MM-DD``.
        input_format : {"auto", "text", "html"}, optional
            Overrides the extractor's ``input_format`` for this call.

        Returns
        -------
        Document
            Spans are ``str`` indices into ``Document.text``.

        Raises
        ------
        InvalidInputError
            Invalid UTF-8 in strict mode, input over ``max_input_bytes``, a bad argument.
        """
        data, as_str = _input_bytes(text)
        raw = self._native.extract_json(data, _context_json(reference_date, input_format))
        if as_str is None:
            as_str = data.decode("utf-8", "replace")
        return document_from_json(raw, as_str)

    @overload
    def extract_many(
        self, items: Iterable[Any], *, as_json: Literal[False] = ..., reference_date: DateLike = ...
    ) -> Iterator[Document | ExtractionError]: ...

    @overload
    def extract_many(
        self, items: Iterable[Any], *, as_json: Literal[True], reference_date: DateLike = ...
    ) -> Iterator[str | ExtractionError]: ...

    def extract_many(
        self, items: Iterable[Any], *, as_json: bool = False, reference_date: DateLike = None
    ) -> Iterator[Document | str | ExtractionError]:
        """``claimkit.extract_many`` in this process with this extractor: one result per item,
        in order (``Document``, or JSON text with ``as_json=True``, or ``ExtractionError`` in
        the place of an item that failed). For code that keeps one extractor per process, such
        as a Spark or Dask task; see ``claimkit.extract_many`` for the items accepted."""
        from ._batch import _check_date, _in_process

        _check_date(reference_date)
        return _in_process(self._native, items, as_json, reference_date, close=False)

    def close(self) -> None:
        """Frees the native extractor. Calls still running finish first; later calls raise
        ``ValueError``. Closing twice is fine."""
        self._native.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        options = ", ".join(f"{k}={v!r}" for k, v in self._options.items())
        return f"<claimkit.Extractor({options}) {state}>"


_default: Extractor | None = None
_default_lock = threading.Lock()


def _default_extractor() -> Extractor:
    global _default
    extractor = _default
    if extractor is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
            extractor = _default
    return extractor


def _module_options(input_format: str, options: Mapping[str, Any] | None) -> dict[str, Any]:
    if input_format not in _INPUT_FORMATS:
        raise InvalidInputError(f"input_format must be 'auto', 'text' or 'html', not {input_format!r}", status=1)
    merged = dict(options or {})
    if input_format != "auto" or "input_format" not in merged:
        merged["input_format"] = input_format
    if merged == {"input_format": "auto"}:
        return {}
    return merged


def extract_json(
    text: Text,
    *,
    reference_date: DateLike = None,
    input_format: str = "auto",
    options: Mapping[str, Any] | None = None,
    pretty: bool = False,
) -> str:
    """Extracts one article and returns the interchange JSON text.

    Parameters
    ----------
    text : str or bytes
        The article: plain text or HTML.
    reference_date : str or datetime.date, optional
        What relative dates resolve against, ``YYYY-MM-DD``.
    input_format : {"auto", "text", "html"}, optional
        How to read the input; a value other than ``"auto"`` wins over ``options``.
    options : dict, optional
        Extractor options (see ``Extractor``).
    pretty : bool, optional
        Indent the JSON.

    Returns
    -------
    str
        Byte for byte what ``claimkit extract FILE`` prints for the same input and options
        (``--date``, ``--input-format``, ``--options``, ``--pretty``), minus its trailing newline.
    """
    merged = _module_options(input_format, options)
    if not merged:
        return _default_extractor().extract_json(text, reference_date=reference_date, pretty=pretty)
    with Extractor(**merged) as extractor:
        return extractor.extract_json(text, reference_date=reference_date, pretty=pretty)


def extract(
    text: Text,
    *,
    reference_date: DateLike = None,
    input_format: str = "auto",
    options: Mapping[str, Any] | None = None,
) -> Document:
    """Extracts one article into a ``Document``.

    Parameters
    ----------
    text : str or bytes
        The article: plain text or HTML.
    reference_date : str or datetime.date, optional
        What relative dates resolve against, ``YYYY-MM-DD``.
    input_format : {"auto", "text", "html"}, optional
        How to read the input; a value other than ``"auto"`` wins over ``options``.
    options : dict, optional
        Extractor options (see ``Extractor``).

    Returns
    -------
    Document

    Examples
    --------
    >>> doc = claimkit.extract("Prices rose 4% in May, the agency said.", reference_date="2024-06-20")
    >>> [s.span.text for s in doc.sentences]
    ['Prices rose 4% in May, the agency said.']
    """
    merged = _module_options(input_format, options)
    if not merged:
        return _default_extractor().extract(text, reference_date=reference_date)
    with Extractor(**merged) as extractor:
        return extractor.extract(text, reference_date=reference_date)
