"""Throughput of the timex stage, in words per second on one core.

usage: .venv/bin/python bench/timex_speed.py [--repeat 3]

Text: the Wojood sample (train + val sentences, tokens joined by spaces, grouped into
~400-word "articles") plus the seed article, so the mix has real dates and mostly non-dates.
Each article is a fresh Document (DCT 2024-04-01). Two figures: "stage" has the shared text
view already computed (in the pipeline the layout and entity stages run first and build it),
"with normalization" starts from a bare Document, so it also pays for the text layer's
normalization. Words are runs of letters/digits (the scorer's definition). The best of
``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from khabar.pipeline import new_document
from khabar.text import view
from khabar.timex import timex_stage

SHARED = Path(f"{Path(__file__).resolve().parents[2]}/shared")


def articles() -> list[str]:
    sents: list[str] = []
    for name in ("train.txt", "val.txt"):
        cur: list[str] = []
        for line in (SHARED / "data/wojood-sample" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if cur:
                    sents.append(" ".join(cur))
                cur = []
            else:
                cur.append(line.split()[0])
        if cur:
            sents.append(" ".join(cur))
    out: list[str] = []
    buf: list[str] = []
    n = 0
    for s in sents:
        buf.append(s)
        n += s.count(" ") + 1
        if n >= 400:
            out.append("\n\n".join(buf))
            buf, n = [], 0
    if buf:
        out.append("\n\n".join(buf))
    out.append((SHARED / "corpus/seed-000.txt").read_text(encoding="utf-8"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    arts = articles()
    words = sum(len(re.findall(r"\w+", a)) for a in arts)
    timex_stage(new_document(arts[0], "2024-04-01"))  # warm up: lexicons, regex compilation
    found = 0
    for label, prebuilt in (("stage (text view built)", True), ("with normalization", False)):
        best = float("inf")
        for _ in range(args.repeat):
            docs = [new_document(a, "2024-04-01") for a in arts]
            if prebuilt:
                for d in docs:
                    _ = view(d).norm
            t0 = time.perf_counter()
            for d in docs:
                timex_stage(d)
            best = min(best, time.perf_counter() - t0)
            found = sum(len(d.timexes) for d in docs)
        print(f"timex {label}: {best:.3f}s  ->  {words / best:,.0f} words/s (one core, best of {args.repeat})")
    print(f"articles {len(arts)}  words {words}  timexes {found}")
    print(f"seed-000 (earlier stages run first): {seed_ms(args.repeat):.2f} ms CPU per article (best of {args.repeat})")
    return 0


def seed_ms(repeat: int, n: int = 30) -> float:
    """CPU ms of the timex stage on the seed article, as the pipeline runs it (layout and
    entities have run; process time, because the machine is shared)."""
    from khabar.pipeline import get_stage

    text = (SHARED / "corpus/seed-000.txt").read_text(encoding="utf-8")
    best = float("inf")
    for _ in range(repeat):
        docs = [new_document(text, "2024-04-01") for _ in range(n)]
        for d in docs:
            get_stage("layout")(d)
            get_stage("entities")(d)
        t0 = time.process_time()
        for d in docs:
            timex_stage(d)
        best = min(best, (time.process_time() - t0) / n)
    return best * 1000


if __name__ == "__main__":
    sys.exit(main())
