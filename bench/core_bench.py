"""Benchmark of the spine: text layer + layout speed, peak RSS, CLI cold start.

usage: python bench/core_bench.py [--rounds 7] [--per-round 100]

Measures, on one core, articles/s (of CPU time: the VM's wall clock is noisy) and words/s of
``analyze(text, stages=["layout"])`` and of the whole pipeline, each with the full text view
(normalization, tokens, sentences), on the bundled seed article, as the median of rounds; the
peak RSS of this process; and the wall time of ``khabar --version`` and of
``khabar analyze examples/seed-000.txt`` as fresh processes (median of 5).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rates(text: str, stages: list[str], rounds: int, per_round: int) -> list[float]:
    """Articles per second of CPU time, one figure per round of ``per_round`` articles."""
    from khabar.pipeline import analyze
    from khabar.text import view

    analyze(text, "2024-04-01", stages=stages)  # warm up: lexicons load once per process
    out = []
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(per_round):
            doc = analyze(text, "2024-04-01", stages=stages)
            tv = view(doc)
            _ = tv.tokens, tv.sentences
        out.append(per_round / (time.process_time() - t0))
    return sorted(out)


def _cold(args: list[str]) -> float:
    exe = str(Path(sys.executable).with_name("khabar"))
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([exe, *args], capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--per-round", type=int, default=100)
    a = ap.parse_args()
    text = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    words = len(text.split())
    all_stages = ["layout", "entities", "timex", "attribution", "claims", "events"]
    for name, stages in (("text+layout", ["layout"]), ("full analyze", all_stages)):
        r = _rates(text, stages, a.rounds, a.per_round)
        med = statistics.median(r)
        print(f"{name}: median {med:,.0f} articles/s of CPU time (min {r[0]:,.0f}, best {r[-1]:,.0f}; "
              f"{a.rounds} rounds of {a.per_round}), {med * words:,.0f} words/s ({words} words/article)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    print(f"cold start khabar --version: {_cold(['--version']):.3f} s")
    print(f"cold start khabar analyze example: {_cold(['analyze', 'examples/seed-000.txt', '--date', '2024-04-01']):.3f} s")


if __name__ == "__main__":
    main()
