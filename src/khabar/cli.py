"""The ``khabar`` command.

Sub-commands live in small modules that only declare their arguments at import time and
import their heavy code when run, so ``khabar --version`` starts fast. A module listed in
``COMMAND_MODULES`` exposes ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from khabar import __version__
from khabar.errors import BadDateError, KhabarError

if TYPE_CHECKING:
    from khabar.model import Document

COMMAND_MODULES = (
    "khabar.ingest.commands",  # batch
    "khabar.store.commands",  # ingest, search, entity, claims, export
    "khabar.api.commands",  # serve
)

EPILOG = """examples:
  khabar analyze examples/seed-000.txt --date 2024-04-01
  khabar analyze page.html --format text
  cat article.txt | khabar analyze - --format jsonl
  khabar schema > khabar.schema.json
"""

OUTPUT_FORMATS = ("json", "jsonl", "text", "plover")
INPUT_FORMATS = ("auto", "text", "html", "warc", "jsonl")


def _date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadDateError(f"bad --date {value!r}: expected YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Arabic news to structured, source-attributed facts with exact spans.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    an = sub.add_parser(
        "analyze",
        help="analyze one article (text, HTML, WARC or JSONL) and print its layers",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    an.add_argument("path", help="input file, or - for standard input")
    an.add_argument("--date", help="document date (DCT), YYYY-MM-DD; inferred from the text if absent")
    an.add_argument("--format", choices=OUTPUT_FORMATS, default="json", help="output format (default json)")
    an.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                    help="input format (default: by file extension, else text)")
    an.add_argument("--fast", action="store_true",
                    help="HTML: the body from the article's box with resiliparse instead of trafilatura (faster)")
    an.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, help="refuse larger input (default 10 MB)")
    an.add_argument("--text-field", default="text", help="JSONL: field holding the article text")
    an.add_argument("--date-field", default="date", help="JSONL: field holding the date")
    an.add_argument("--url-field", default="url", help="JSONL: field holding the URL")
    an.set_defaults(func=cmd_analyze)

    sc = sub.add_parser("schema", help="print the JSON Schema of khabar's output")
    sc.set_defaults(func=cmd_schema)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # an optional part not installed
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _documents(args: argparse.Namespace) -> Iterator[Document]:
    """The Documents of the input: one for text, one or many for HTML/WARC/JSONL."""
    from khabar.ingest.text import read_path

    fmt = args.input_format
    if fmt == "auto":
        from khabar.ingest.detect import detect_format

        fmt = detect_format(args.path)
    if fmt == "text":
        from khabar.ingest.text import decode_bytes
        from khabar.pipeline import analyze

        data = read_path(args.path, max_bytes=args.max_bytes)
        text, enc = decode_bytes(data, max_bytes=args.max_bytes)
        doc = analyze(text, args.date, source=None if args.path == "-" else args.path)
        doc.meta.input_encoding = enc
        yield doc
        return
    from khabar.ingest import analyze_path

    yield from analyze_path(args.path, fmt, date=args.date, max_bytes=args.max_bytes,
                            text_field=args.text_field, date_field=args.date_field,
                            url_field=args.url_field, fast=args.fast)


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.date:
        args.date = _date(args.date)
    out = sys.stdout
    for doc in _documents(args):
        if args.format == "json":
            out.write(doc.to_json() + "\n")
        elif args.format == "jsonl":
            out.write(doc.to_json(indent=None) + "\n")
        elif args.format == "plover":
            import json

            from khabar.events.plover import plover_records

            for rec in plover_records(doc):
                out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        else:
            from khabar.render import render_text

            out.write(render_text(doc) + "\n")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    import json

    from khabar.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KhabarError as exc:
        print(f"khabar: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        import os

        if os.environ.get("KHABAR_DEBUG"):
            raise
        print(f"khabar: internal error: {type(exc).__name__}: {exc} (KHABAR_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
