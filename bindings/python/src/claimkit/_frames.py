"""Tables: claims as pandas DataFrames (pandas is imported only when asked for)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Iterable, Literal, Union

from ._batch import ExtractionError
from ._model import RECORD_COLUMNS, Document, document_from_json

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["to_dataframe", "to_records"]

Result = Union[Document, str, bytes, ExtractionError]


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "claimkit.to_dataframe needs pandas, which is not installed: pip install pandas "
            "(or use Document.to_records() for plain dicts)"
        ) from exc


def to_records(
    docs: Iterable[Result], *, errors: Literal["raise", "skip"] = "raise"
) -> list[dict[str, Any]]:
    """One dict per claim over many documents (``Document.to_records`` of each).

    Parameters
    ----------
    docs : iterable of Document, JSON text, or ExtractionError
        What ``extract``/``extract_many`` give (JSON text from ``as_json=True`` works too).
    errors : {"raise", "skip"}
        What to do with an ``ExtractionError`` in ``docs``: raise ``ValueError`` naming the
        item (default), or leave it out.
    """
    rows: list[dict[str, Any]] = []
    for doc in docs:
        if isinstance(doc, ExtractionError):
            if errors == "skip":
                continue
            raise ValueError(f"claimkit: item {doc.index} (id {doc.id!r}) failed: {doc.code}: {doc.message}")
        if isinstance(doc, (str, bytes)):
            doc = document_from_json(doc, None)
        if not isinstance(doc, Document):
            raise TypeError(f"claimkit: expected Document, JSON text or ExtractionError, not {type(doc).__name__}")
        rows.extend(doc.to_records())
    return rows


def to_dataframe(docs: Iterable[Result], *, errors: Literal["raise", "skip"] = "raise") -> pandas.DataFrame:
    """The claims of many documents as one pandas DataFrame, one row per claim.

    Columns are ``claimkit.RECORD_COLUMNS`` (also when there are no claims): ``article_id``,
    ``claim_id``, ``kind``, ``speaker_name``/``speaker_type``/``speaker_role``, ``cue``,
    ``content`` (with ``content_start``/``content_end``), ``modality``, ``checkworthiness``,
    and the claim's numbers as parallel lists ``quantity_texts``/``quantity_values``/
    ``quantity_units``.

    Parameters
    ----------
    docs : iterable of Document, JSON text, or ExtractionError
        E.g. the generator ``claimkit.extract_many(texts)`` (consumed here).
    errors : {"raise", "skip"}
        ``ExtractionError`` items raise ``ValueError`` (default) or are left out.

    Raises
    ------
    ImportError
        When pandas is not installed.

    Examples
    --------
    >>> docs = claimkit.extract_many(texts)
    >>> df = claimkit.to_dataframe(docs)
    """
    pd = _pandas()
    frame = pd.DataFrame.from_records(to_records(docs, errors=errors), columns=list(RECORD_COLUMNS))
    # The same dtypes with or without rows (an empty frame would otherwise be all object).
    return frame.astype(_NUMERIC_DTYPES)


_NUMERIC_DTYPES = {"content_start": "int64", "content_end": "int64", "checkworthiness": "float64"}


