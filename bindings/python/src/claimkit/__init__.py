"""claimkit: find what news articles claim: by whom, how firmly, with which numbers and dates.

>>> import claimkit
>>> doc = claimkit.extract("“We will rebuild,” said Mayor Ana Ruiz on Monday.", reference_date="2024-06-20")
>>> doc.sentences[0].span.text
'“We will rebuild,” said Mayor Ana Ruiz on Monday.'

``extract`` returns a ``Document`` of frozen dataclasses whose spans are ``str`` indices;
``extract_json`` returns the interchange JSON, byte-identical to the C library and the
command line. ``extract_many`` runs batches (in order, optionally over several processes,
with failed items reported in place); ``to_dataframe`` turns the claims into a pandas table;
``compare`` groups claims across articles into agree / conflict / related.

>>> docs = claimkit.extract_many(texts)
>>> df = claimkit.to_dataframe(docs)
 An ``Extractor`` holds options and may be shared by threads. The work is done
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
from ._batch import ExtractionError, Item, extract_many
from ._compare import Comparable, Comparison, Group, GroupClaim, SharedEntity, compare
from ._extractor import OPTION_NAMES, Extractor, extract, extract_json
from ._frames import to_dataframe, to_records
from ._model import (
    RECORD_COLUMNS,
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
    "extract_many",
    "ExtractionError",
    "Item",
    "to_records",
    "to_dataframe",
    "RECORD_COLUMNS",
    "compare",
    "Comparable",
    "Comparison",
    "Group",
    "GroupClaim",
    "SharedEntity",
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
