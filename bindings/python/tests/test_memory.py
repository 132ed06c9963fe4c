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
