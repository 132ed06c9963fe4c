"""claimkit: find what news articles claim: by whom, how firmly, with which numbers and dates.

>>> import claimkit
>>> doc = claimkit.extract("“We will rebuild,” said Mayor Ana Ruiz on Monday.", reference_date="2024-06-20")
>>> doc.sentences[0].span.text
'“We will rebuild,” said Mayor Ana Ruiz on Monday.'

``extract`` returns a ``Document`` of frozen dataclasses whose spans are ``str`` indices;
``extract_json`` returns the interchange JSON, byte-identical to the C library and the
command line. An ``Extractor`` holds options and may be shared by threads. The work is done
by the bundled native library (``libclaimkit.so``, through ctypes; the GIL is released).
"""

from ._errors import (
    ClaimkitError,
    InputTooLargeError,
    InternalError,
    InvalidInputError,
    InvalidOptionsError,
    InvalidUTF8Error,
)
from ._extractor import OPTION_NAMES, Extractor, extract, extract_json
from ._model import (
    Block,
    Claim,
    Diagnostic,
    Document,
    Entity,
    Modality,
    Quantity,
    Sentence,
    Span,
    Speaker,
    TimeExpression,
)
from ._native import library_path as _library_path
from ._native import library_version, library_version_number

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "library_version",
    "library_version_number",
    "extract",
    "extract_json",
    "Extractor",
    "OPTION_NAMES",
    "Document",
    "Block",
    "Sentence",
    "Claim",
    "Speaker",
    "Quantity",
    "TimeExpression",
    "Entity",
    "Modality",
    "Diagnostic",
    "Span",
    "ClaimkitError",
    "InvalidInputError",
    "InvalidUTF8Error",
    "InputTooLargeError",
    "InvalidOptionsError",
    "InternalError",
]
