"""Errors map C status codes to the exception hierarchy, with messages naming the problem."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import (
    ClaimkitError,
    InputTooLargeError,
    InternalError,
    InvalidInputError,
    InvalidOptionsError,
    InvalidUTF8Error,
)


def test_hierarchy():
    assert issubclass(InvalidInputError, ClaimkitError) and issubclass(InvalidInputError, ValueError)
    assert issubclass(InvalidOptionsError, ClaimkitError) and issubclass(InvalidOptionsError, ValueError)
    assert issubclass(InvalidUTF8Error, InvalidInputError)
    assert issubclass(InputTooLargeError, InvalidInputError)
    assert issubclass(InternalError, ClaimkitError) and not issubclass(InternalError, ValueError)


@pytest.mark.parametrize(
    "options, named",
    [
        ({"no_such_option": True}, "no_such_option"),
        ({"strict_encoding": "yes"}, "strict_encoding"),
        ({"include_text": 1}, "include_text"),
        ({"max_input_bytes": -1}, "max_input_bytes"),
        ({"max_input_bytes": 1e300}, "max_input_bytes"),
        ({"max_input_bytes": 2.5}, "max_input_bytes"),
        ({"offset_unit": "furlong"}, "offset_unit"),
        ({"input_format": "pdf"}, "input_format"),
        ({"stages": ["numbers", "astrology"]}, "stages"),
        ({"stages": object()}, "stages"),
        ({"max_input_bytes": float("nan")}, "max_input_bytes"),
    ],
)
def test_invalid_options_name_the_field(options, named):
    with pytest.raises(InvalidOptionsError) as info:
        claimkit.Extractor(**options)
    assert named in str(info.value)
    assert info.value.status == 4
    with pytest.raises(ValueError):
        claimkit.extract("Some text.", options=options)


def test_strict_mode_reports_invalid_utf8_with_offset():
    data = b"Caf\xc3\xa9 ok \xff here."
    with claimkit.Extractor(strict_encoding=True) as strict:
        with pytest.raises(InvalidUTF8Error) as info:
            strict.extract(data)
        assert info.value.byte_offset == 9
        assert info.value.status == 2
        assert "byte 9" in str(info.value)
        with pytest.raises(InvalidUTF8Error):
            strict.extract_json(data)
        # Valid input is fine in strict mode.
        assert strict.extract("Café ok.").sentences


def test_input_over_the_limit():
    with claimkit.Extractor(max_input_bytes=10) as small:
        assert small.extract("0123456789").text == "0123456789"
        with pytest.raises(InputTooLargeError) as info:
            small.extract("0123456789A")
        assert "max_input_bytes" in str(info.value)
        # The limit is in UTF-8 bytes, not characters.
        with pytest.raises(InputTooLargeError):
            small.extract("ééééé é")


@pytest.mark.parametrize("date", ["yesterday", "2024-13-40", "20240620", ""])
def test_bad_reference_date(date, article):
    with pytest.raises(InvalidInputError) as info:
        claimkit.extract(article, reference_date=date)
    assert "reference_date" in str(info.value) or "date" in str(info.value)


def test_bad_arguments(article):
    with pytest.raises(InvalidInputError):
        claimkit.extract(article, reference_date=20240620)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        claimkit.extract(article, input_format="pdf")
    with pytest.raises(TypeError):
        claimkit.extract(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as info:
        claimkit.extract("abc\ud800def")
    assert "index 3" in str(info.value)


def test_closed_extractor_raises(article):
    extractor = claimkit.Extractor()
    extractor.close()
    extractor.close()  # twice is fine
    assert extractor.closed
    with pytest.raises(ValueError, match="closed"):
        extractor.extract(article)
    with claimkit.Extractor() as extractor:
        pass
    with pytest.raises(ValueError):
        extractor.extract_json(article)
