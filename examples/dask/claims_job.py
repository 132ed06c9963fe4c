#!/usr/bin/env python3
"""Extract claims from articles with Dask: a distributed LocalCluster of worker processes
runs claimkit on partitions of the articles and writes the claims as Parquet.

    python examples/dask/claims_job.py ARTICLES OUT [--workers 2]

ARTICLES is JSON Lines or Parquet (by extension) with ``id``, ``text`` (or ``html``) and
optionally ``date`` (YYYY-MM-DD). OUT gets:

  OUT/claims     one row per claim: claimkit.RECORD_COLUMNS
  OUT/articles   article_id, sentences, claims, quantities, error_code

How the library is used: each partition is processed by ``claims_and_summaries`` in a worker
process. This file is uploaded to the workers (``Client.upload_file``) and imported there as the
module ``claims_job``, so its module-level ``_EXTRACTOR`` is built once per worker process on
first use and reused for every partition. Each partition is extracted once; both tables come
from the same results. Workers need the ``claimkit`` package installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

# One extractor per worker process, built on first use (never pickled).
_EXTRACTOR: Any = None

ARTICLE_COLUMNS = ["article_id", "sentences", "claims", "quantities", "error_code"]
SUMMARY_DTYPES = {"article_id": object, "sentences": "int64", "claims": "int64", "quantities": "int64", "error_code": object}


def extractor() -> Any:
    """The process's claimkit Extractor (imports the library on first use)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import claimkit

        _EXTRACTOR = claimkit.Extractor()
    return _EXTRACTOR


def claims_and_summaries(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One partition of articles -> (claims, per-article summaries)."""
    import claimkit

    records = []
    for row in frame.to_dict("records"):
        record: dict[str, Any] = {"id": None if pd.isna(row.get("id")) else str(row.get("id"))}
        for key in ("text", "html"):
            if isinstance(row.get(key), str):
                record[key] = row[key]
                break
        if isinstance(row.get("date"), str) and row["date"]:
            record["date"] = row["date"]
        records.append(record)
    results = list(extractor().extract_many(records))
    summaries = []
    for record, result in zip(records, results):
        if isinstance(result, claimkit.ExtractionError):  # one bad article never fails the job
            summaries.append((record["id"], 0, 0, 0, result.code))
        else:
            summaries.append((record["id"], len(result.sentences), len(result.claims), len(result.quantities), None))
    claims = claimkit.to_dataframe(results, errors="skip")
    summary = pd.DataFrame(summaries, columns=ARTICLE_COLUMNS).astype(SUMMARY_DTYPES)
    # Text columns as object whatever pandas infers (pandas 3 would say "str"), like the meta.
    return claims.astype({c: object for c in claims.columns if claims[c].dtype.kind not in "if"}), summary


def claim_meta() -> pd.DataFrame:
    """Empty frame with the claims' columns and types (Dask needs them up front)."""
    import claimkit

    empty = claimkit.to_dataframe([])
    return empty.astype({c: object for c in empty.columns if empty[c].dtype.kind not in "if"})


def arrow_schemas() -> tuple[Any, Any]:
    """Parquet schemas of the two tables (object columns cannot be inferred from empty meta)."""
    import pyarrow as pa

    text = pa.string()
    claims = pa.schema([
        ("article_id", text), ("claim_id", text), ("kind", text), ("speaker_name", text), ("speaker_type", text),
        ("speaker_role", text), ("cue", text), ("content", text), ("content_start", pa.int64()),
        ("content_end", pa.int64()), ("modality", text), ("checkworthiness", pa.float64()),
        ("quantity_texts", pa.list_(text)), ("quantity_values", pa.list_(pa.float64())),
        ("quantity_units", pa.list_(text)),
    ])
    articles = pa.schema([
        ("article_id", text), ("sentences", pa.int64()), ("claims", pa.int64()), ("quantities", pa.int64()),
        ("error_code", text),
    ])
    return claims, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract claims from articles with Dask and claimkit.")
    parser.add_argument("articles", help="JSON Lines or Parquet with id, text (or html), optional date")
    parser.add_argument("out", help="output directory (overwritten)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (one thread each)")
    parser.add_argument("--blocksize", default="256KiB", help="JSON Lines bytes per partition")
    args = parser.parse_args(argv)

    import dask
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    import claims_job

    dask.config.set({"dataframe.convert-string": False})
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.upload_file(str(Path(__file__).resolve()))  # workers import claims_job by name
        if args.articles.endswith(".parquet") or Path(args.articles).is_dir():
            articles = dd.read_parquet(args.articles)
        else:
            articles = dd.read_json(args.articles, lines=True, blocksize=args.blocksize, dtype={"id": "object"})
        # Extract each partition once; derive both tables from the persisted results.
        both = articles.to_delayed()
        results = [dask.delayed(claims_job.claims_and_summaries)(part) for part in both]
        results = dask.persist(*results)
        claims = dd.from_delayed([r[0] for r in results], meta=claims_job.claim_meta())
        summaries = dd.from_delayed(
            [r[1] for r in results],
            meta=pd.DataFrame({c: pd.Series(dtype=t) for c, t in SUMMARY_DTYPES.items()}),
        )
        claim_schema, article_schema = arrow_schemas()
        claims.to_parquet(f"{args.out}/claims", overwrite=True, write_index=False, schema=claim_schema)
        summaries.to_parquet(f"{args.out}/articles", overwrite=True, write_index=False, schema=article_schema)
        n_claims = len(dd.read_parquet(f"{args.out}/claims"))
        summary = dd.read_parquet(f"{args.out}/articles").compute()
        failed = int(summary["error_code"].notna().sum())
        print(f"claims_job: {len(summary)} articles ({failed} failed), {n_claims} claims -> {args.out}/claims "
              f"({args.workers} worker processes)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # `import claims_job` here too
    sys.exit(main())
