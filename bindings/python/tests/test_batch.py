"""extract_many: order, records, failures reported in place, processes (fork and spawn),
the JSON fast path, laziness, early stop, Ctrl-C; to_records / to_dataframe."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import claimkit
from conftest import ARTICLE, HTML_ARTICLE, repository_root

TEXTS = [
    ARTICLE,
    "Officials said on Monday that 1,200 people had left the town.",
    "“We are not leaving,” said Ana Pérez, 41. Prices rose 4% in May.",
    "",
    "Short one.",
]


def numbered(n: int) -> list[str]:
    return [f"Report {i}: officials said {i * 7} homes flooded in the valley." for i in range(n)]


def test_results_keep_input_order_and_equal_single_calls():
    docs = list(claimkit.extract_many(TEXTS))
    assert len(docs) == len(TEXTS)
    for text, doc in zip(TEXTS, docs):
        assert isinstance(doc, claimkit.Document)
        assert doc == claimkit.extract(text)
        assert doc.text == text


def test_as_json_is_extract_json():
    out = list(claimkit.extract_many(TEXTS, as_json=True, reference_date="2024-06-20"))
    assert out == [claimkit.extract_json(t, reference_date="2024-06-20") for t in TEXTS]


def test_records_with_id_html_and_date():
    items = [
        {"id": "a1", "text": ARTICLE, "date": "2024-06-20"},
        {"id": 2, "html": HTML_ARTICLE},
        {"text": "No id here, officials said."},
        b"Bytes input, said the agency.",
    ]
    docs = list(claimkit.extract_many(items))
    assert [d.id for d in docs] == ["a1", 2, None, None]
    assert docs[0].reference_date == "2024-06-20"
    assert docs[0] == claimkit.extract(ARTICLE, reference_date="2024-06-20").__class__(
        **{**{f: getattr(docs[0], f) for f in docs[0].__dataclass_fields__}}
    )
    assert docs[1].input_format == "html"
    assert docs[3].text == "Bytes input, said the agency."
    lines = list(claimkit.extract_many(items, as_json=True))
    first = json.loads(lines[0])
    assert list(first)[0] == "id" and first["id"] == "a1"
    assert json.loads(lines[1])["id"] == 2
    assert "id" not in json.loads(lines[2])
    # The Document keeps the JSON with its id, ready for compare().
    assert json.loads(docs[0].to_json())["id"] == "a1"


@pytest.mark.parametrize("processes", [1, 2])
def test_every_kind_of_id_is_written_as_json_writes_it(processes):
    ids = ["plain", 'quote " and \\ slash', "Zoë 李明 🌊", "\n\t\u2028\x00", "", 0, -17, 2**70, 1.5, True, ["a", 1], {"k": [None]}]
    lines = list(claimkit.extract_many(({"id": i, "text": "Short, said Ana."} for i in ids), processes, as_json=True))
    for record_id, line in zip(ids, lines, strict=True):
        assert line.startswith('{"id":' + json.dumps(record_id, ensure_ascii=False, separators=(",", ":")) + ","), line
        assert json.loads(line)["id"] == record_id


def test_same_json_as_the_command_line_jsonl(tmp_path):
    from conftest import cli_path

    cli = cli_path()
    if cli is None:
        pytest.skip("no claimkit command built")
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate(TEXTS)] + [{"id": "h", "html": HTML_ARTICLE}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([str(cli), "extract", "--jsonl", str(path)], capture_output=True, check=True)
    expected = out.stdout.decode("utf-8").splitlines()
    assert list(claimkit.extract_many(records, as_json=True)) == expected


def test_failures_are_reported_in_place_and_do_not_end_the_batch():
    items = [
        "Fine text, said the mayor.",
        {"id": "no-text", "title": "x"},
        42,
        {"id": "bad-date", "text": "x", "date": 20240620},
        "A" * 200,  # over max_input_bytes below
        "Fine again.",
        "Lone \udc80 surrogate.",
    ]
    for processes in (1, 2):
        out = list(claimkit.extract_many(items, processes, options={"max_input_bytes": 100}, chunksize=2))
        assert len(out) == len(items)
        kinds = [type(r).__name__ for r in out]
        assert kinds == ["Document", "ExtractionError", "ExtractionError", "ExtractionError", "ExtractionError",
                         "Document", "ExtractionError"]
        errors = [r for r in out if isinstance(r, claimkit.ExtractionError)]
        assert [(e.index, e.id, e.code) for e in errors] == [
            (1, "no-text", "invalid_record"),
            (2, None, "invalid_record"),
            (3, "bad-date", "invalid_record"),
            (4, None, "input_too_large"),
            (6, None, "invalid_record"),
        ]
        assert "max_input_bytes" in errors[3].message
        line = json.loads(errors[0].to_json())
        assert line == {"id": "no-text", "line": 2, "error": {"code": "invalid_record", "message": errors[0].message}}


def test_strict_encoding_errors_carry_the_byte_offset():
    out = list(claimkit.extract_many([b"Caf\xc3\xa9 ok \xff here.", b"ok"], options={"strict_encoding": True}))
    assert isinstance(out[0], claimkit.ExtractionError)
    assert out[0].code == "invalid_utf8" and out[0].byte_offset == 9
    assert isinstance(out[1], claimkit.Document)


def test_bad_options_and_arguments_raise_at_once():
    with pytest.raises(claimkit.InvalidOptionsError):
        claimkit.extract_many(TEXTS, options={"no_such_option": True})
    with pytest.raises(claimkit.InvalidOptionsError):
        claimkit.extract_many(TEXTS, 2, options={"offset_unit": "furlong"})
    with pytest.raises(ValueError):
        claimkit.extract_many(TEXTS, processes=0)
    with pytest.raises(ValueError):
        claimkit.extract_many(TEXTS, chunksize=0)
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.extract_many(TEXTS, reference_date="yesterday-ish")


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_processes_give_the_same_results_in_order(start_method):
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{start_method} not available")
    items = numbered(150) + TEXTS
    expected = list(claimkit.extract_many(items, as_json=True))
    got = list(claimkit.extract_many(items, 2, as_json=True, chunksize=7, start_method=start_method))
    assert got == expected
    docs = list(claimkit.extract_many(items[:40], 2, chunksize=3, start_method=start_method))
    assert docs == list(claimkit.extract_many(items[:40]))


def test_results_larger_than_the_pipes_while_the_consumer_waits():
    """Each chunk's JSON is larger than a pipe holds, and the consumer pauses: workers keep
    their outcomes until the pipe has room (and go on with their next chunk meanwhile)."""
    items = [{"id": i, "text": "Report %d: officials said %d homes flooded, the mayor said. " % (i, i) * 200} for i in range(48)]
    expected = list(claimkit.extract_many(items, as_json=True))
    assert sum(len(e) for e in expected[:4]) > 1 << 20
    results = claimkit.extract_many(items, 2, chunksize=4, as_json=True)
    got = [next(results)]
    time.sleep(0.5)
    got += list(results)
    assert got == expected


def test_input_is_read_lazily_with_bounded_look_ahead():
    consumed = 0

    def source():
        nonlocal consumed
        for text in numbered(100_000):
            consumed += 1
            yield text

    results = claimkit.extract_many(source(), 2, chunksize=8, as_json=True)
    first = [next(results) for _ in range(5)]
    assert len(first) == 5
    # 2 workers x 3 chunks of 8 in flight, plus the chunk being filled: far from 100,000.
    assert consumed <= 8 * 3 * 2 + 8 * 2
    results.close()  # stops the workers


def child_pids() -> set[int]:
    me = os.getpid()
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == me:
                pids.add(int(entry.name))
    return pids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_stopping_early_stops_the_workers():
    before = child_pids()
    results = claimkit.extract_many(numbered(10_000), 2, chunksize=4)
    next(results)
    assert len(child_pids() - before) >= 2
    results.close()
    deadline = time.monotonic() + 10
    while child_pids() - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (child_pids() - before)


def test_processes_while_other_threads_run():
    # With another thread alive the default start method is not fork (a lock that thread holds
    # would stay held in the child); the results are the same.
    import threading

    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        items = numbered(30)
        assert list(claimkit.extract_many(items, 2, as_json=True, chunksize=4)) == list(
            claimkit.extract_many(items, as_json=True)
        )
    finally:
        stop.set()
        helper.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_that_dies_costs_only_its_items():
    items = numbered(400)
    before = child_pids()
    results = claimkit.extract_many(items, 2, chunksize=4, as_json=True)
    out = [next(results)]
    victim = min(child_pids() - before)
    os.kill(victim, signal.SIGKILL)
    out += list(results)
    # One result per item, in order; the items the dead worker held are errors saying so, and a
    # new worker takes over the rest.
    assert len(out) == len(items)
    failed = [r for r in out if isinstance(r, claimkit.ExtractionError)]
    assert all(e.code == "internal_error" and "worker process died" in e.message for e in failed)
    assert [e.index for e in failed] == sorted(e.index for e in failed)
    assert isinstance(out[-1], str) and len(failed) <= 4 * 6
    assert not (child_pids() - before)


CTRL_C_SCRIPT = textwrap.dedent(
    """
    import multiprocessing, os, signal, sys, time
    import claimkit

    texts = ("Report %d: officials said %d homes flooded in the valley. " % (i, i) * 40 for i in range(200_000))
    processes, when = int(sys.argv[1]), sys.argv[2]
    seen = 0
    try:
        if when == "start":  # the signal lands while the workers start or take their first chunks
            print("RUNNING", flush=True)
        for doc in claimkit.extract_many(texts, processes, chunksize=4):
            seen += 1
            if seen == 50 and when != "start":
                print("RUNNING", flush=True)
        print("FINISHED-UNEXPECTEDLY", flush=True)
    except KeyboardInterrupt:
        print("INTERRUPTED after", seen, flush=True)
    # No worker is left behind, and the process is still usable: single calls and a new batch work.
    assert not multiprocessing.active_children(), multiprocessing.active_children()
    doc = claimkit.extract("Officials said 300 homes flooded.")
    assert doc.sentences, doc
    again = list(claimkit.extract_many(["One, said Ana.", "Two."] * 20, processes))
    assert len(again) == 40 and all(isinstance(d, claimkit.Document) for d in again)
    assert not multiprocessing.active_children(), multiprocessing.active_children()
    print("USABLE", flush=True)
    """
)


# With processes=2 this used to hang now and then in multiprocessing.Pool.terminate(); the
# batch now owns its workers (kills them and closes their pipes). The signal is sent at
# different moments: while workers start, and after a varying delay into the batch.
@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize("when,delay", [("start", 0.0), ("start", 0.01), ("running", 0.0), ("running", 0.2)])
def test_ctrl_c_leaves_the_process_usable(tmp_path, processes, when, delay):
    script = tmp_path / "ctrl_c.py"
    script.write_text(CTRL_C_SCRIPT)
    # A session of its own, so that on a hang the script and any worker it left can be killed
    # together (a leftover worker holds the output pipes open, and communicate() would wait).
    child = subprocess.Popen(
        [sys.executable, str(script), str(processes), when], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "RUNNING", line + (child.stderr.read() if child.stderr else "")
    time.sleep(delay)
    child.send_signal(signal.SIGINT)
    try:
        out, err = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        pytest.fail("the interrupted batch hung:\n" + out + err)
    assert child.returncode == 0, err
    assert "INTERRUPTED after" in out and "USABLE" in out, out + err


# ---- tables -----------------------------------------------------------------------------


def fixture_documents() -> list[claimkit.Document]:
    root = repository_root()
    paths = [root / "tests" / "compare" / f"harbour-{x}.json" for x in "ab"] if root else []
    if not paths or not all(p.is_file() for p in paths):
        pytest.skip("tests/compare fixtures not found")
    return [claimkit.Document.from_json(p.read_text(encoding="utf-8")) for p in paths]


def test_to_records_one_dict_per_claim():
    a, b = fixture_documents()
    rows = a.to_records()
    assert len(rows) == len(a.claims) == 4
    assert all(tuple(r) == claimkit.RECORD_COLUMNS for r in rows)
    first = rows[0]
    assert first["article_id"] == "harbour-a" and first["claim_id"] == "c1"
    assert first["kind"] == "reported"
    assert (first["speaker_name"], first["speaker_type"], first["speaker_role"]) == ("Helena Voss", "person", None)
    assert first["cue"] == "said"
    assert first["content"] == "the harbour bridge carries 60,000 vehicles a day in Eastgate"
    assert first["modality"] == "asserted" and first["checkworthiness"] == pytest.approx(0.8)
    assert first["quantity_texts"] == ["60,000 vehicles"]
    assert first["quantity_values"] == [60000.0] and first["quantity_units"] == ["vehicles"]
    statement = b.to_records()[1]
    assert statement["kind"] == "statement" and statement["speaker_name"] is None
    assert b.to_records()[2]["modality"] == "denied"


def test_to_dataframe():
    pd = pytest.importorskip("pandas")
    a, b = fixture_documents()
    df = claimkit.to_dataframe([a, b])
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(claimkit.RECORD_COLUMNS)
    assert len(df) == 8
    assert list(df["article_id"].unique()) == ["harbour-a", "harbour-b"]
    assert df.loc[df.modality == "denied", "speaker_name"].tolist() == ["Port Authority"]
    assert len(a.to_dataframe()) == 4
    # JSON text works too; errors raise by default or are skipped.
    assert len(claimkit.to_dataframe([a.to_json()])) == 4
    error = claimkit.ExtractionError("x", 3, "invalid_record", "no text")
    with pytest.raises(ValueError, match="item 3"):
        claimkit.to_dataframe([a, error])
    assert len(claimkit.to_dataframe([a, error], errors="skip")) == 4
    # No claims: the columns are still there.
    empty = claimkit.to_dataframe(claimkit.extract_many([""]))
    assert list(empty.columns) == list(claimkit.RECORD_COLUMNS) and len(empty) == 0
    assert str(empty["content_start"].dtype) == "int64" and str(empty["checkworthiness"].dtype) == "float64"


def test_readme_three_lines():
    """The README's path, exactly."""
    pytest.importorskip("pandas")
    texts = [ARTICLE, "Officials said on Monday that 1,200 people had left the town."]
    import claimkit; docs = claimkit.extract_many(texts); df = claimkit.to_dataframe(docs)  # noqa: E702, E401
    assert list(df.columns) == list(claimkit.RECORD_COLUMNS)
    expected = sum(len(claimkit.extract(t).claims) for t in texts)
    assert len(df) == expected


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="pip install pandas"):
        claimkit.to_dataframe([])
    with pytest.raises(ImportError, match="pip install pandas"):
        claimkit.extract("x").to_dataframe()


def test_extractor_extract_many_reuses_the_extractor():
    with claimkit.Extractor(max_input_bytes=100) as extractor:
        out = list(extractor.extract_many(["Short, said Ana.", "B" * 150, {"id": 7, "text": "Ok."}], as_json=True))
        assert isinstance(out[0], str) and json.loads(out[0])["sentences"]
        assert isinstance(out[1], claimkit.ExtractionError) and out[1].code == "input_too_large"
        assert json.loads(out[2])["id"] == 7
        docs = list(extractor.extract_many(["One.", "Two."], reference_date="2024-06-20"))
        assert [d.reference_date for d in docs] == ["2024-06-20", "2024-06-20"]
        assert not extractor.closed  # the batch does not close an extractor it was lent
