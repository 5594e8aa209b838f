"""Benchmark of the spine: text layer + layout speed, peak RSS, CLI cold start.

usage: python bench/core_bench.py [--seconds 5]

Measures, on one core, articles/s and words/s of ``analyze(text, stages=["layout"])`` plus
the full text view (normalization, tokens, sentences) on the bundled seed article; the
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


def _rate(text: str, seconds: float, stages: list[str]) -> float:
    from khabar.pipeline import analyze
    from khabar.text import view

    analyze(text, "2024-04-01", stages=stages)  # warm up: lexicons load once per process
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        doc = analyze(text, "2024-04-01", stages=stages)
        tv = view(doc)
        _ = tv.tokens, tv.sentences
        n += 1
    return n / (time.perf_counter() - t0)


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
    ap.add_argument("--seconds", type=float, default=5.0)
    a = ap.parse_args()
    text = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    words = len(text.split())
    rate = _rate(text, a.seconds, ["layout"])
    full = _rate(text, a.seconds, ["layout", "entities", "timex", "attribution", "claims", "events"])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text+layout: {rate:,.0f} articles/s, {rate * words:,.0f} words/s ({words} words/article)")
    print(f"full analyze: {full:,.0f} articles/s, {full * words:,.0f} words/s")
    print(f"peak RSS: {rss:.0f} MB")
    print(f"cold start khabar --version: {_cold(['--version']):.3f} s")
    print(f"cold start khabar analyze example: {_cold(['analyze', 'examples/seed-000.txt', '--date', '2024-04-01']):.3f} s")


if __name__ == "__main__":
    main()
