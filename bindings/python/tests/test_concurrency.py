"""Threads share one extractor; forked children keep working; lifetimes are safe."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor

import pytest

import claimkit
from conftest import ARTICLE, HTML_ARTICLE

INPUTS = [ARTICLE, HTML_ARTICLE, ARTICLE * 20, "Short one. Another “quote,” he said."]


def test_eight_threads_share_one_extractor():
    with claimkit.Extractor() as extractor:
        expected = [extractor.extract_json(text) for text in INPUTS]
        barrier = threading.Barrier(8)

        def work(seed: int) -> list[str]:
            barrier.wait()
            out = []
            for i in range(40):
                k = (seed + i) % len(INPUTS)
                out.append((k, extractor.extract_json(INPUTS[k])))
            return out

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(work, range(8)))
    assert sum(len(r) for r in results) == 320
    for result in results:
        for k, json_text in result:
            assert json_text == expected[k]


def test_documents_from_threads_are_equal():
    extractor = claimkit.Extractor()
    expected = extractor.extract(ARTICLE)
    with ThreadPoolExecutor(8) as pool:
        docs = list(pool.map(lambda _: extractor.extract(ARTICLE), range(64)))
    assert all(doc == expected for doc in docs)
    extractor.close()


def test_calls_release_the_gil():
    """A pure-Python thread keeps running while another thread is inside the library."""
    big = ARTICLE * 400  # about 200 KB
    extractor = claimkit.Extractor()
    extractor.extract_json(big)
    stop = threading.Event()
    ticks = 0

    def spin():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    spinner = threading.Thread(target=spin)
    spinner.start()
    started = time.perf_counter()
    calls = 0
    while time.perf_counter() - started < 0.5:
        extractor.extract_json(big)
        calls += 1
    stop.set()
    spinner.join()
    extractor.close()
    assert calls >= 1 and ticks > 10_000


def test_close_while_threads_are_extracting_is_safe():
    extractor = claimkit.Extractor()
    errors: list[BaseException] = []
    done = []

    def work():
        try:
            for _ in range(200):
                extractor.extract_json(ARTICLE)
        except ValueError as exc:  # closed: expected
            done.append(str(exc))
        except BaseException as exc:  # pragma: no cover - a failure
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.01)
    extractor.close()
    for t in threads:
        t.join()
    assert not errors
    assert all("closed" in message for message in done)


def test_finalizer_frees_a_forgotten_extractor():
    extractor = claimkit.Extractor()
    finalizer = extractor._native._release
    assert finalizer.alive
    ref = weakref.ref(extractor)
    del extractor
    gc.collect()
    assert ref() is None
    assert not finalizer.alive


def test_many_extractors_created_and_freed():
    for i in range(500):
        with claimkit.Extractor(max_input_bytes=1000 + i) as extractor:
            extractor.extract_json("One. Two.")


def _child_extract(text: str) -> str:
    return claimkit.extract_json(text)


def test_multiprocessing_fork():
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("fork start method unavailable")
    expected = [claimkit.extract_json(text) for text in INPUTS]  # parent used the library first
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        results = pool.map(_child_extract, INPUTS * 10)
    assert results == expected * 10


def test_raw_fork_while_threads_are_inside_the_library():
    extractor = claimkit.Extractor()
    expected = extractor.extract_json(ARTICLE)
    stop = threading.Event()

    def busy():
        while not stop.is_set():
            extractor.extract_json(ARTICLE * 5)

    threads = [threading.Thread(target=busy) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(20):
            pid = os.fork()
            if pid == 0:  # child: uses the inherited extractor, then a new one
                try:
                    ok = extractor.extract_json(ARTICLE) == expected
                    with claimkit.Extractor() as fresh:
                        ok = ok and fresh.extract_json(ARTICLE) == expected
                    os._exit(0 if ok else 1)
                except BaseException:
                    os._exit(2)
            deadline = time.monotonic() + 20
            while True:
                waited, status = os.waitpid(pid, os.WNOHANG)
                if waited:
                    break
                if time.monotonic() > deadline:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                    pytest.fail("forked child hung")
                time.sleep(0.005)
            assert os.waitstatus_to_exitcode(status) == 0
    finally:
        stop.set()
        for t in threads:
            t.join()
        extractor.close()
