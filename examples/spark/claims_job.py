#!/usr/bin/env python3
"""Extract claims from articles with Spark: read articles, run claimkit in the executors,
write the claims (and a per-article summary) as Parquet.

    spark-submit --master 'local[2]' examples/spark/claims_job.py ARTICLES OUT
    python examples/spark/claims_job.py ARTICLES OUT --master 'local[2]'

ARTICLES is JSON Lines or Parquet (by extension, or a directory of either) with a string
column ``id``, a string column ``text`` (or ``html``) and optionally ``date`` (YYYY-MM-DD, the
reference date for relative dates). OUT gets three datasets:

  OUT/documents  article_id, document_json (claimkit's interchange JSON) or error_code/message
  OUT/claims     one row per claim: claimkit.RECORD_COLUMNS (speaker, cue, content, modality,
                 check-worthiness, numbers as parallel lists)
  OUT/articles   article_id, sentences, claims, quantities, error_code

How the library is used: extraction runs inside ``mapInPandas`` in the executors' Python
workers. This file ships itself to the executors (``addPyFile``) and its functions are
imported there as the module ``claims_job``, so the module-level ``_EXTRACTOR`` is built
once per Python worker process, on first use, and reused for every batch that process handles
(Spark reuses Python workers by default). Each article is extracted once: the documents are
persisted and both tables are derived from their JSON. Every executor needs the ``claimkit``
package installed (``pip install ./bindings/python``; it bundles libclaimkit.so).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

DOCUMENT_SCHEMA = "article_id string, document_json string, error_code string, error_message string"
CLAIM_SCHEMA = (
    "article_id string, claim_id string, kind string, speaker_name string, speaker_type string, "
    "speaker_role string, cue string, content string, content_start long, content_end long, modality string, "
    "checkworthiness double, quantity_texts array<string>, quantity_values array<double>, "
    "quantity_units array<string>"
)
ARTICLE_SCHEMA = "article_id string, sentences long, claims long, quantities long, error_code string"

# One extractor per Python worker process, built on first use (not pickled with the functions).
_EXTRACTOR: Any = None


def extractor() -> Any:
    """The process's claimkit Extractor (imports the library on first use)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import claimkit

        _EXTRACTOR = claimkit.Extractor()
    return _EXTRACTOR


def _records(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The rows of a batch as claimkit records {"id", "text"|"html", "date"}."""
    columns = set(frame.columns)
    for row in frame.to_dict("records"):
        record: dict[str, Any] = {"id": None if pd.isna(row.get("id")) else str(row.get("id"))}
        for key in ("text", "html"):
            if key in columns and isinstance(row.get(key), str):
                record[key] = row[key]
                break
        if isinstance(row.get("date"), str) and row["date"]:
            record["date"] = row["date"]
        yield record


def extract_documents(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: articles -> (article_id, document_json) or (article_id, error)."""
    import claimkit

    for frame in batches:
        records = list(_records(frame))
        rows = []
        # One result per record, in order; the JSON carries the record's id as its "id".
        for record, result in zip(records, extractor().extract_many(records, as_json=True)):
            if isinstance(result, claimkit.ExtractionError):  # one bad article never fails the job
                rows.append((record["id"], None, result.code, result.message))
            else:
                rows.append((record["id"], result, None, None))
        yield pd.DataFrame(rows, columns=["article_id", "document_json", "error_code", "error_message"])


def claims_of(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: documents -> one row per claim."""
    import claimkit

    for frame in batches:
        rows: list[dict[str, Any]] = []
        for article_id, json_text in zip(frame["article_id"], frame["document_json"]):
            if isinstance(json_text, str):
                for record in claimkit.Document.from_json(json_text).to_records():
                    record["article_id"] = article_id
                    rows.append(record)
        yield pd.DataFrame.from_records(rows, columns=list(claimkit.RECORD_COLUMNS))


def summaries_of(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: documents -> one summary row per article."""
    import json

    for frame in batches:
        rows = []
        for article_id, json_text, code in zip(frame["article_id"], frame["document_json"], frame["error_code"]):
            if isinstance(json_text, str):
                doc = json.loads(json_text)
                rows.append((article_id, len(doc["sentences"]), len(doc["claims"]), len(doc["quantities"]), None))
            else:
                rows.append((article_id, 0, 0, 0, code))
        yield pd.DataFrame(rows, columns=["article_id", "sentences", "claims", "quantities", "error_code"])


def read_articles(spark: Any, path: str) -> Any:
    p = Path(path)
    probe = next(iter(sorted(p.glob("*.parquet")) + sorted(p.glob("*.json*"))), p) if p.is_dir() else p
    if probe.suffix == ".parquet":
        return spark.read.parquet(path)
    return spark.read.json(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract claims from articles with Spark and claimkit.")
    parser.add_argument("articles", help="JSON Lines or Parquet with id, text (or html), optional date")
    parser.add_argument("out", help="output directory (overwritten)")
    parser.add_argument("--master", default=None, help="e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="at least this many partitions (default: the cores Spark has)")
    args = parser.parse_args(argv)

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("claimkit-claims")
    if args.master:
        builder = builder.master(args.master)
    spark = (
        builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        # Ship this file so executors import its functions (and its lazy extractor) by module name.
        spark.sparkContext.addPyFile(str(Path(__file__).resolve()))
        import claims_job

        articles = read_articles(spark, args.articles)
        # Small inputs arrive as one partition: spread them so every core works.
        partitions = args.partitions or spark.sparkContext.defaultParallelism
        if articles.rdd.getNumPartitions() < partitions:
            articles = articles.repartition(partitions)
        documents = articles.mapInPandas(claims_job.extract_documents, DOCUMENT_SCHEMA)
        documents = documents.persist(StorageLevel.MEMORY_AND_DISK)
        documents.write.mode("overwrite").parquet(f"{args.out}/documents")
        documents.mapInPandas(claims_job.claims_of, CLAIM_SCHEMA).write.mode("overwrite").parquet(f"{args.out}/claims")
        documents.mapInPandas(claims_job.summaries_of, ARTICLE_SCHEMA).write.mode("overwrite").parquet(f"{args.out}/articles")
        claims = spark.read.parquet(f"{args.out}/claims").count()
        summary = spark.read.parquet(f"{args.out}/articles")
        n_articles = summary.count()
        failed = summary.filter("error_code IS NOT NULL").count()
        print(f"claims_job: {n_articles} articles ({failed} failed), {claims} claims -> {args.out}/claims")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # `import claims_job` on the driver
    sys.exit(main())
