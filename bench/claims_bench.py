"""Words per second of the claims stage on one core.

Three inputs: the seed article (../shared/corpus/seed-000.txt, ordinary news text with few
figures), a figure-dense text made of the test sentences of tests/claims (every sentence
holds a number) and the Wojood validation sample (../shared/data, real text as one
document). Each document is analyzed fresh ("cold": the stage also pays for the shared
text view: normalization and sentence split) and with the text view already built ("warm":
what the stage adds when earlier stages built the view). The last lines time the attribution
stage (another helper's, run as is) followed by claims, cold, as the issue's target reads. Usage:
    .venv/bin/python bench/claims_bench.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from khabar.claims import claims_stage
from khabar.pipeline import get_stage, new_document
from khabar.text import view

ROOT = Path(__file__).resolve().parent.parent


def dense_text() -> str:
    sys.path.insert(0, str(ROOT / "tests" / "claims"))
    from claims_cases import CLAIM_CASES, NON_CLAIMS  # type: ignore[import-not-found]

    lines = [c[0] for c in CLAIM_CASES] + list(NON_CLAIMS)
    return "\n\n".join(lines)


WOJOOD = Path(f"{Path(__file__).resolve().parents[2]}/shared/data/wojood-sample/val.txt")


def wojood_text() -> str:
    """The Wojood validation sample as running text (tokens joined by spaces, a line per sentence)."""
    lines, cur = [], []
    for line in WOJOOD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line.split()[0])
        elif cur:
            lines.append(" ".join(cur))
            cur = []
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines)


def measure(text: str, seconds: float, warm: bool, rounds: int = 5, with_attribution: bool = False) -> tuple[float, int]:
    """Best words/s over ``rounds`` rounds of ``seconds / rounds`` each (the cores are shared,
    so the best round is the least disturbed one)."""
    words = len(re.findall(r"\w+", text))
    best = 0.0
    for _ in range(rounds):
        n = 0
        spent = 0.0
        while spent < seconds / rounds:
            doc = new_document(text, "2024-04-01")
            if warm:
                tv = view(doc)
                _ = tv.norm, tv.sentences
            t0 = time.perf_counter()
            if with_attribution:
                get_stage("attribution")(doc)
            claims_stage(doc)
            spent += time.perf_counter() - t0
            n += 1
        best = max(best, words * n / spent)
    return best, words


def seed_ms(text: str, repeat: int = 15) -> float:
    """CPU milliseconds of the claims stage on the seed article after the earlier stages ran
    (layout, entities, timex, attribution), best of ``repeat`` runs: the issue 7 budget."""
    best = float("inf")
    for _ in range(repeat):
        doc = new_document(text, "2024-04-01")
        for name in ("layout", "entities", "timex", "attribution"):
            get_stage(name)(doc)
        c0 = time.process_time()
        claims_stage(doc)
        best = min(best, time.process_time() - c0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    seed = Path(f"{Path(__file__).resolve().parents[2]}/shared/corpus/seed-000.txt").read_text(encoding="utf-8")
    claims_stage(new_document(seed, "2024-04-01"))  # load the tables once
    print(f"claims  seed-000 after layout/entities/timex/attribution: {seed_ms(seed):.2f} ms CPU (best of 15)")
    texts = [("seed-000", seed), ("figure-dense", dense_text())]
    if WOJOOD.exists():
        texts.append(("wojood-val", wojood_text()))
    for name, text in texts:
        for warm in (False, True):
            wps, words = measure(text, args.seconds, warm)
            print(f"claims              {name:13s} {words:6d} words  {'warm' if warm else 'cold'}  {wps:10,.0f} words/s")
    for name, text in texts:
        wps, words = measure(text, args.seconds, False, with_attribution=True)
        print(f"attribution+claims  {name:13s} {words:6d} words  cold  {wps:10,.0f} words/s")


if __name__ == "__main__":
    main()
