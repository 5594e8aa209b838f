"""The ``khabar batch`` sub-command (arguments only; the work is imported when it runs)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EPILOG = """examples:
  khabar batch crawl/*.warc.gz --out out/ --workers 2
  khabar batch dump.jsonl --out out/ --output-format parquet --text-field body --date-field published
  khabar batch pages/ --out out/ --engine dask --workers 4
  khabar batch crawl/ --db sqlite:///khabar.db --engine dask --scheduler tcp://10.0.0.5:8786

A run killed at any moment and started again with the same arguments resumes: finished
partitions are skipped and every document is written exactly once. Bad documents are
listed with their source and reason in OUT/failures.jsonl (or the store's failures table).
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "batch",
        help="analyze many pages, WARC files or JSONL dumps (local processes or Dask), resumable",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories (walked recursively)")
    dest = p.add_mutually_exclusive_group(required=True)
    dest.add_argument("--out", metavar="DIR", help="write one JSONL/Parquet file per partition under DIR")
    dest.add_argument("--db", metavar="URL", help="write into the khabar store at URL")
    p.add_argument("--state", metavar="DIR", help="with --db: where the done-manifest lives "
                   "(default .khabar-batch/<run id>)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or dask.distributed")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="--engine dask: an existing scheduler, tcp://host:port")
    p.add_argument("--input-format", choices=("auto", "html", "warc", "jsonl", "text"), default="auto",
                   help="input format (default: by file extension)")
    p.add_argument("--output-format", choices=("jsonl", "parquet"), default="jsonl", help="with --out (default jsonl)")
    p.add_argument("--fast", action="store_true", help="resiliparse instead of trafilatura for the page body")
    p.add_argument("--partition-size", type=int, default=200, help="records per task (default 200)")
    p.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, help="refuse larger documents (default 10 MB)")
    p.add_argument("--date", help="force this document date (DCT) on every document, YYYY-MM-DD")
    p.add_argument("--text-field", default="text", help="JSONL: field holding the article text (dotted path)")
    p.add_argument("--date-field", default="date", help="JSONL: field holding the date")
    p.add_argument("--url-field", default="url", help="JSONL: field holding the URL")
    p.add_argument("--title-field", default="title", help="JSONL: field holding the headline")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or summary table")
    p.add_argument("--json-summary", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(func=cmd_batch)


def cmd_batch(args: argparse.Namespace) -> int:
    from khabar.ingest.batch import BatchError, Options, run_batch

    date = None
    if args.date:
        import datetime as dt

        from khabar.errors import BadDateError

        try:
            date = dt.date.fromisoformat(args.date).isoformat()
        except ValueError:
            raise BadDateError(f"bad --date {args.date!r}: expected YYYY-MM-DD") from None
    if args.partition_size < 1 or args.workers < 1:
        raise BatchError("--partition-size and --workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise BatchError("--scheduler needs --engine dask")
    opts = Options(fast=args.fast, max_bytes=args.max_bytes, text_field=args.text_field,
                   date_field=args.date_field, url_field=args.url_field, title_field=args.title_field, date=date)
    summary = run_batch(args.inputs, out=args.out, db=args.db, state=args.state, input_format=args.input_format,
                        output_format=args.output_format, engine=args.engine, workers=args.workers,
                        scheduler=args.scheduler, partition_size=args.partition_size, opts=opts,
                        progress=not args.no_progress)
    if args.json_summary:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    return 0
