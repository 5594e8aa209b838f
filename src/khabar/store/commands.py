"""CLI plug-in: ``khabar ingest|search|entity|claims|export`` over the store.

Only argument declarations live at module level; the store is imported when a command
runs, so ``khabar --version`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from khabar.model import Document
    from khabar.store import Store

DB_HELP = "database URL or SQLite file (default: $KHABAR_DB, else khabar.db in the current directory)"
INGEST_SUFFIXES = (".txt", ".text", ".html", ".htm", ".warc", ".warc.gz", ".jsonl", ".ndjson")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help=DB_HELP)


def register(sub: Any) -> None:
    """Add the store's sub-commands to the ``khabar`` parser."""
    p = sub.add_parser("ingest", help="analyze files (text, HTML, WARC, JSONL, or directories) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    p.add_argument("--date", help="publication date for inputs that carry none, YYYY-MM-DD")
    p.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, help="refuse larger input (default 10 MB)")
    _add_db(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="full-text search of stored articles (normalized Arabic)")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("entity", help="an entity: mentions, co-occurring entities, quotes by it")
    p.add_argument("name", help="canonical name, Arabic surface form or id")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("claims", help="numeric claims grouped into series over time")
    p.add_argument("--category", required=True, help="killed, injured, displaced, ...")
    p.add_argument("--place", help="only this place")
    p.add_argument("--since", help="only articles published on or after YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("export", help="export the store: documents as JSONL, claims as CSV, events as PLOVER JSONL")
    p.add_argument("--format", choices=("jsonl", "csv", "plover"), default="jsonl")
    _add_db(p)
    p.set_defaults(func=cmd_export)


def _open(args: argparse.Namespace) -> Store:
    from khabar.store import open_store

    return open_store(args.db)


def _expand(paths: list[str]) -> Iterator[str]:
    from pathlib import Path

    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.name.lower().endswith(INGEST_SUFFIXES):
                    yield str(f)
        else:
            yield p


def _documents(path: str, date: str | None, max_bytes: int, on_failure: Any) -> Iterator[Document]:
    """The analyzed Documents of one input; bad records of a container go to the store's failures."""
    from khabar.ingest.detect import detect_format

    fmt = detect_format(path)
    if fmt == "text":
        from khabar.ingest.text import decode_bytes, read_path
        from khabar.pipeline import analyze

        data = read_path(path, max_bytes=max_bytes)
        text, enc = decode_bytes(data, max_bytes=max_bytes)
        doc = analyze(text, date, source=path)
        doc.meta.input_encoding = enc
        yield doc
        return
    try:
        from khabar.ingest import analyze_path  # type: ignore[attr-defined]
    except ImportError:
        from khabar.errors import ParseError

        raise ParseError(f"{path}: {fmt} input is not supported by this build") from None
    yield from analyze_path(path, fmt, date=date, max_bytes=max_bytes, on_failure=on_failure)


def cmd_ingest(args: argparse.Namespace) -> int:
    from khabar.cli import _date
    from khabar.errors import KhabarError

    date = _date(args.date) if args.date else None
    added = same = failed = 0
    with _open(args) as store:

        def skipped(f: Any) -> None:
            nonlocal failed
            failed += 1
            print(f"khabar: skipped {f.key}: {f.reason}: {f.message}", file=sys.stderr)
            store.add_failure(f.key, f.reason, f.message)

        for path in _expand(args.paths):
            try:
                for doc in _documents(path, date, args.max_bytes, skipped):
                    _, new = store.add(doc)
                    added += new
                    same += not new
            except KhabarError as exc:
                failed += 1
                store.add_failure(path, exc.reason, str(exc))
                print(f"khabar: {exc}", file=sys.stderr)
            except Exception as exc:  # a bug in a stage must not stop the other files
                failed += 1
                store.add_failure(path, "internal_error", f"{type(exc).__name__}: {exc}")
                print(f"khabar: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    print(f"added {added}, already stored {same}, failed {failed}")
    return 1 if failed and not (added or same) else 0


def _json(obj: Any) -> None:
    import json

    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as store:
        total, hits = store.search(args.query, offset=args.offset, limit=args.limit)
    if args.json:
        _json({"total": total, "items": hits})
        return 0
    print(f"{total} result(s)")
    for h in hits:
        print(f"{h['id'][:12]}  {h['pub_date'] or '----------'}  {h['headline']}")
        print(f"    {h['snippet']}")
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    with _open(args) as store:
        ent = store.entity(args.name)
    if ent is None:
        print(f"khabar: no entity {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        _json(ent)
        return 0
    print(f"{ent['canonical']} ({ent['label']}): {ent['mentions_total']} mention(s) in {ent['documents']} article(s)")
    for m in ent["mentions"][:20]:
        print(f"  {m['pub_date'] or '----------'} {m['doc_id'][:12]} …{m['before'][-30:]}[{m['text']}]{m['after'][:30]}…")
    if ent["cooccurring"]:
        print("with: " + ", ".join(f"{c['canonical']} ({c['documents']})" for c in ent["cooccurring"][:15]))
    for q in ent["quotes"][:20]:
        print(f"  quote {q['pub_date'] or ''}: «{q['content']['text']}»")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    from khabar.cli import _date

    since = _date(args.since) if args.since else None
    with _open(args) as store:
        series = store.claim_series(args.category, args.place, since)
    if args.json:
        _json(series)
        return 0
    if not series:
        print("no claims")
    for s in series:
        print(f"{s['category']} in {s['place'] or '(no place)'}: {len(s['points'])} point(s)")
        for p in s["points"]:
            val = f"{p['value']}" + (f"-{p['value_max']}" if p["value_max"] is not None else "")
            flag = "  !! disagreement" if p["disagreement"] else ""
            hedges = f"  hedges: {', '.join(p['hedges'])}" if p["hedges"] else ""
            print(f"  {p['date'] or '----------'}  {val:>10} ({p['bound']})  per {p['source'] or '?'}"
                  f"  [{p['doc_id'][:12]}]{hedges}{flag}")
    return 0


CSV_FIELDS = ("doc_id", "pub_date", "category", "place", "value", "value_max", "bound", "unit",
              "source", "hedges", "quantity", "start", "end", "disagreement")


def cmd_export(args: argparse.Namespace) -> int:
    import csv
    import json

    out = sys.stdout
    with _open(args) as store:
        if args.format == "jsonl":
            for doc in store.iter_documents():
                out.write(doc.to_json(indent=None) + "\n")
        elif args.format == "csv":
            w = csv.writer(out, lineterminator="\n")
            w.writerow(CSV_FIELDS)
            for s in store.claim_series():
                for p in s["points"]:
                    w.writerow([p["doc_id"], p["date"] or "", s["category"], s["place"] or "", p["value"],
                                "" if p["value_max"] is None else p["value_max"], p["bound"], p["unit"] or "",
                                p["source"] or "", "|".join(p["hedges"]), p["quantity"]["text"],
                                p["quantity"]["start"], p["quantity"]["end"], int(p["disagreement"])])
        else:
            for doc in store.iter_documents():
                for rec in plover_records(doc):
                    out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def plover_records(doc: Document) -> list[dict[str, Any]]:
    """PLOVER-style event records; the events stage's own writer when it is installed."""
    try:
        from khabar.events.plover import plover_records as recs  # type: ignore[import-not-found]

        return list(recs(doc))
    except ImportError:
        pass
    from khabar.store import content_id

    doc_id = content_id(doc.text)
    out = []
    for i, ev in enumerate(doc.events):
        out.append({
            "id": f"{doc_id[:16]}-{i}", "event_type": ev.type, "mode": ev.mode or "",
            "event_date": ev.date or doc.publication_date.value, "actor": ev.actors, "recipient": ev.targets,
            "location": ev.place, "event_text": ev.sentence.text if ev.sentence else ev.trigger.text,
            "trigger": ev.trigger.model_dump(), "source_document": doc_id, "url": doc.meta.url,
        })
    return out
