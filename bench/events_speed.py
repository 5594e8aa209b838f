"""Benchmark the PLOVER event stage (words/s, one core) and the whole analyze pipeline.

Usage: .venv/bin/python bench/events_speed.py [--repeat N]

- seed: ../shared/corpus/seed-000.txt run through all earlier stages once; the event stage is
  then timed alone on it (text view already built, as in the pipeline), N times.
- sentences: the test sentences of tests/events (with their hand-made entities) joined into
  one long document, timed the same way.
- pipeline: ``khabar.pipeline.analyze`` on the seed, all stages, articles/s, and each stage's
  share (median CPU ms per article when the stages are run one by one).
Words are counted as runs of letters/digits (the scorer's definition). Times are CPU time
(time.process_time), best of three rounds, because the benchmark machine is shared.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed-000.txt"


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def time_stage(doc, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds per run (process time: the machine is shared), best of three rounds."""
    from khabar.events.coder import code_document

    code_document(doc)  # warm the lexicon
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(repeat):
            code_document(doc)
        best = min(best, (time.process_time() - t0) / repeat)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    a = ap.parse_args()
    from khabar.pipeline import DEFAULT_STAGES, analyze, new_document, run
    from khabar.text import view

    text = SEED.read_text(encoding="utf-8")
    doc = run(new_document(text, "2024-04-01"), [s for s in DEFAULT_STAGES if s != "events"])
    view(doc).tokens  # noqa: B018 - built by earlier stages in the pipeline
    dt = time_stage(doc, a.repeat)
    n = words(text)
    print(f"seed: {n} words, {len(doc.entities)} entities, {dt * 1000:.2f} ms/doc, {n / dt:,.0f} words/s")

    sys.path.insert(0, str(ROOT / "tests" / "events"))
    from events_cases import ALL
    from events_helpers import build

    big = build(" ".join(marked for marked, _ in ALL))
    view(big).tokens  # noqa: B018
    dt = time_stage(big, max(1, a.repeat // 5))
    n = words(big.text)
    print(f"sentences: {n} words, {len(big.entities)} entities, {dt * 1000:.2f} ms/doc, {n / dt:,.0f} words/s")

    analyze(text, "2024-04-01")
    reps = max(5, a.repeat // 5)
    dt = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(reps):
            analyze(text, "2024-04-01")
        dt = min(dt, (time.process_time() - t0) / reps)
    print(f"pipeline (all stages): {dt * 1000:.1f} ms/article, {1 / dt:.1f} seed-sized articles/s")

    # where the pipeline's time goes: each stage alone, CPU ms per seed article (median of 3 x reps)
    per: dict[str, list[float]] = {st: [] for st in DEFAULT_STAGES}
    for _ in range(3 * reps):
        d = new_document(text, "2024-04-01")
        for st in DEFAULT_STAGES:
            t0 = time.process_time()
            run(d, [st])
            per[st].append(time.process_time() - t0)
    print("stages: " + ", ".join(f"{st} {sorted(v)[len(v) // 2] * 1000:.2f}" for st, v in per.items()) + " (ms)")


if __name__ == "__main__":
    main()
