"""Entity stage throughput (words/s, one process, one core) and peak RSS with all lexicons.

usage: .venv/bin/python bench/entities_speed.py [WORDS]

Articles are built from the Wojood sample's sentences plus the seed article (about 500
words each) until WORDS words (default 200,000); each runs through the entities stage
alone on a fresh Document. The seed article is also timed alone (CPU ms per article, best of
several runs). Lexicon loading is timed separately (it happens once per
process): a build from the TSV files and wordfreq, then the load from the disk cache
(khabar.entities.cache) that every later process does.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from khabar.entities import entities_stage
from khabar.entities.lexicon import lexicon
from khabar.pipeline import new_document
from khabar.text import view

SHARED = Path(f"{Path(__file__).resolve().parents[2]}/shared")


def articles(target: int) -> list[str]:
    sents = []
    for name in ("train.txt", "val.txt"):
        cur: list[str] = []
        for line in (SHARED / "data/wojood-sample" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                cur.append(line.split(" ")[0])
            elif cur:
                sents.append(" ".join(cur))
                cur = []
    seed = (SHARED / "corpus/seed-000.txt").read_text(encoding="utf-8")
    out, cur_words, buf, total, k = [], 0, [], 0, 0
    while total < target:
        s = sents[k % len(sents)]
        k += 1
        buf.append(s)
        cur_words += len(s.split())
        if cur_words >= 500:
            out.append("\n".join(buf))
            total += cur_words
            buf, cur_words = [], 0
            if len(out) % 20 == 0:
                out.append(seed)
                total += len(seed.split())
    return out


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    docs = articles(target)
    words = sum(len(d.split()) for d in docs)
    # a fresh build without the disk cache, then the cached load a new process does
    from khabar.entities.freq import _build as build_freq
    from khabar.entities.lexicon import build_lexicon

    t0 = time.perf_counter()
    build_lexicon()
    build_freq()
    fresh = time.perf_counter() - t0
    t0 = time.perf_counter()
    lexicon()
    entities_stage(new_document("تحميل"))
    load = time.perf_counter() - t0
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    view_wall = view_cpu = dt = cpu = 0.0
    n_ent = 0
    for text in docs:
        doc = new_document(text, "2024-04-01")
        t0, c0 = time.perf_counter(), time.process_time()
        _ = view(doc).tokens  # the shared text view, built once per document for all stages
        view_wall += time.perf_counter() - t0
        view_cpu += time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        entities_stage(doc)
        dt += time.perf_counter() - t0
        cpu += time.process_time() - c0
        n_ent += len(doc.entities)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seed_best, seed_median = seed_ms()
    print(f"lexicon build without the cache: {fresh:.2f} s; load from the disk cache: {load:.2f} s (once per process)")
    print(f"peak RSS with all lexicons loaded (built and cached copies both in memory): {rss_loaded:.0f} MB")
    print(f"{len(docs)} articles, {words} words, {n_ent} entities")
    print(f"entities stage: {words / cpu:,.0f} words/s of CPU time ({words / dt:,.0f} words/s wall clock)")
    print(f"including the text view (normalize + tokenize): {words / (cpu + view_cpu):,.0f} words/s of CPU time "
          f"({words / (dt + view_wall):,.0f} wall)")
    print(f"peak RSS at the end: {rss:.0f} MB")
    print(f"seed article (text view and layout built first): {seed_best:.2f} ms of CPU time per article "
          f"(best of 7 runs of 50; median {seed_median:.2f} ms)")


def seed_ms(runs: int = 7, per_run: int = 50) -> tuple[float, float]:
    """CPU milliseconds of the entities stage on the seed article, best and median of ``runs``.

    Each document gets its text view (tokens) and layout first, as in the pipeline, so only
    the stage itself is timed.
    """
    from khabar.pipeline import get_stage

    text = (SHARED / "corpus/seed-000.txt").read_text(encoding="utf-8")
    layout = get_stage("layout")
    times = []
    for _ in range(runs):
        docs = []
        for _ in range(per_run):
            doc = new_document(text, "2024-04-01")
            _ = view(doc).tokens
            layout(doc)
            docs.append(doc)
        c0 = time.process_time()
        for doc in docs:
            entities_stage(doc)
        times.append((time.process_time() - c0) / per_run * 1000)
    times.sort()
    return times[0], times[len(times) // 2]


if __name__ == "__main__":
    main()
