"""Repeated calls do not leak: the JSON strings are freed, handles are freed."""

from __future__ import annotations

import gc
import os
import sys

import pytest

import claimkit
from conftest import ARTICLE


def rss_kib() -> int:
    """Current resident set size in KiB (Linux)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_rss_is_flat_over_many_calls():
    extractor = claimkit.Extractor()
    big = ARTICLE * 50  # about 25 KB per call, about 100 MB of JSON in total
    for _ in range(200):
        extractor.extract_json(big)
    gc.collect()
    before = rss_kib()
    for _ in range(2000):
        extractor.extract_json(big)
    for _ in range(1000):
        with pytest.raises(claimkit.InvalidOptionsError):
            claimkit.Extractor(bogus=True)
        claimkit.Extractor(include_text=True).close()
    gc.collect()
    growth = rss_kib() - before
    extractor.close()
    assert growth < 4096, f"RSS grew by {growth} KiB"


TINY = "Officials said 300 homes flooded."
#: CLAIMKIT_LONG_TESTS=1 raises the object-building part from 10,000 to 100,000 calls.
LONG = os.environ.get("CLAIMKIT_LONG_TESTS") == "1"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_rss_is_flat_over_100000_calls():
    """100,000 native calls through the batch API (JSON path, about 2 s), then 10,000 (or
    100,000 with CLAIMKIT_LONG_TESTS=1) with Documents, records and a comparison each 1,000."""
    for _ in claimkit.extract_many([TINY] * 2000, as_json=True):
        pass
    gc.collect()
    before = rss_kib()
    n = 0
    for _ in claimkit.extract_many((TINY for _ in range(100_000)), as_json=True):
        n += 1
    assert n == 100_000
    gc.collect()
    json_growth = rss_kib() - before

    objects = 100_000 if LONG else 10_000
    before = rss_kib()
    for i, doc in enumerate(claimkit.extract_many(TINY for _ in range(objects))):
        assert isinstance(doc, claimkit.Document)
        doc.to_records()
        if i % 1000 == 0:
            claimkit.compare([doc, doc])
    gc.collect()
    object_growth = rss_kib() - before
    assert json_growth < 4096, f"RSS grew by {json_growth} KiB over 100,000 JSON calls"
    assert object_growth < 4096, f"RSS grew by {object_growth} KiB over {objects} Document calls"
