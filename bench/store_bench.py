"""Store benchmark: ingest rate (articles/s) into SQLite and PostgreSQL, and search latency
(p50/p99) over 10,000 stored articles.

Articles are variants of a few analyzed base texts (the seed example plus short reports):
each variant appends a distinct sentence of words drawn from the base vocabulary, so every
text hashes differently and search terms range from rare to common. Only ``store.add`` and
``store.search`` are timed (analysis is benchmarked elsewhere).

    .venv/bin/python bench/store_bench.py --n 10000 --queries 300 --keep-sqlite /tmp/khabar-bench-10k.db
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import khabar
from khabar.model import Document
from khabar.store import open_store
from khabar.text import normalize as norm
from khabar.text import tokenize

ROOT = Path(__file__).resolve().parents[1]
BASES = [
    "قال وزير الخارجية الأردني في عمان إن بلاده ستواصل إرسال المساعدات إلى غزة والضفة الغربية.",
    "أعلنت وزارة الصحة في غزة أن عدد القتلى ارتفع إلى 120 شخصا، فيما أصيب 300 آخرون.",
    "أكد الرئيس المصري خلال لقائه وفدا أوروبيا في القاهرة أهمية وقف إطلاق النار في السودان.",
    "اعتقلت الشرطة في بيروت 15 شخصا بعد احتجاجات على ارتفاع الأسعار، بحسب مصدر أمني.",
]


def variants(n: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    bases = [khabar.analyze((ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8"), "2024-04-01")]
    bases += [khabar.analyze(t, "2024-04-02") for t in BASES]
    vocab = sorted({t.text for b in bases for t in tokenize(norm(b.text)) if len(t.text) > 2})
    out = []
    for i in range(n):
        base = bases[i % len(bases)] if i % 10 else bases[0]
        extra = "\n\n" + " ".join(rng.choice(vocab) for _ in range(12)) + f" (مرجع {i})."
        doc = base.model_copy(deep=True)
        doc.text = base.text + extra
        day = 1 + (i % 28)
        doc.publication_date.value = f"2024-{1 + (i // 28) % 12:02d}-{day:02d}"
        for c in doc.claims:
            c.value = c.value + (i % 50)
        out.append(doc)
    return out, vocab  # type: ignore[return-value]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def bench(url: str, docs: list[Document], vocab: list[str], queries: int, single: int) -> dict[str, float]:
    store = open_store(url)
    t0 = time.perf_counter()
    for d in docs[:single]:  # one transaction per article, as `khabar ingest` does
        store.add(d)
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    for k in range(single, len(docs), 100):  # batches of 100 per transaction (add_many)
        store.add_many(docs[k:k + 100])
    many = time.perf_counter() - t0
    rng = random.Random(11)
    lat = []
    hits = []
    for i in range(queries):
        q = " ".join(rng.choice(vocab) for _ in range(1 + i % 2))
        t = time.perf_counter()
        total, _ = store.search(q, 0, 20)
        lat.append((time.perf_counter() - t) * 1000)
        hits.append(total)
    n = store.count()
    store.close()
    return {"docs": n, "rate": single / one, "rate_many": (len(docs) - single) / many, "p50": pct(lat, 50),
            "p99": pct(lat, 99), "mean_hits": statistics.mean(hits)}


def bench_pg(base: str, keep: str | None, docs: list[Document], vocab: list[str], queries: int,
             single: int) -> dict[str, float]:
    """The same run on PostgreSQL, in a fresh schema (dropped afterwards unless ``keep``)."""
    subprocess.run([str(ROOT / "scripts" / "ensure-postgres.sh")], check=True)
    import psycopg

    schema = keep or f"kbench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        c.execute(f'CREATE SCHEMA "{schema}"')
    url = f"{base}?options=-csearch_path%3D{schema}"
    try:
        return bench(url, docs, vocab, queries, single)
    finally:
        if keep:
            print(f"PostgreSQL store kept: {url}")
        else:
            with psycopg.connect(base, autocommit=True) as c:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--single", type=int, default=2000, help="articles added one per transaction")
    ap.add_argument("--pg", default="postgresql://127.0.0.1:5432/test")
    ap.add_argument("--keep-sqlite", help="also leave the SQLite store at this path (for bench/api_bench.py)")
    ap.add_argument("--keep-pg", metavar="SCHEMA",
                    help="leave the PostgreSQL store in this schema (replaced if present; for bench/api_bench.py)")
    ap.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    args = ap.parse_args()
    backends = set(args.backends.split(","))
    docs, vocab = variants(args.n)  # type: ignore[misc]
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    sqlite_path = Path(args.keep_sqlite) if args.keep_sqlite else tmp / "bench.db"
    sqlite_path.unlink(missing_ok=True)
    results: dict[str, dict[str, float]] = {}
    if "sqlite" in backends:
        results["SQLite (file, WAL)"] = bench(f"sqlite:///{sqlite_path}", docs, vocab, args.queries, args.single)
    if "postgresql" in backends:
        results["PostgreSQL 15 (loopback)"] = bench_pg(args.pg, args.keep_pg, docs, vocab, args.queries, args.single)
    print(f"{args.n} articles (avg {statistics.mean(len(d.text) for d in docs):.0f} chars, "
          f"{statistics.mean(len(d.entities) for d in docs):.1f} entity mentions each), {args.queries} queries")
    print("| backend | ingest articles/s (1 per txn) | ingest articles/s (100 per txn) | search p50 ms "
          "| search p99 ms | mean hits/query |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        print(f"| {name} | {r['rate']:.0f} | {r['rate_many']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} "
              f"| {r['mean_hits']:.0f} |")


if __name__ == "__main__":
    main()
