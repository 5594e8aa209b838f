"""Words per second of the attribution stage on one core.

Input: the shared seed article and the Wojood sample sentences (joined one sentence per
paragraph into documents of about 400 words, a news-article size). Two figures: the stage
alone on documents whose shared text view (normalization, tokens, sentences) is already
built, as in the pipeline where an earlier stage builds it; and the stage including that
view. CPU time (process_time) is reported next to wall time because the machine is shared.

    .venv/bin/python bench/attribution_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from khabar.attribution import attribution_stage
from khabar.pipeline import get_stage, new_document
from khabar.text import view

SHARED = Path(__file__).resolve().parents[2] / "shared"


def corpus() -> list[str]:
    """Documents to run: the seed article and ~400-word chunks of the Wojood sample."""
    docs = [(SHARED / "corpus" / "seed-000.txt").read_text(encoding="utf-8")]
    sents: list[str] = []
    cur: list[str] = []
    for name in ("train.txt", "val.txt"):
        for line in (SHARED / "data" / "wojood-sample" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if cur:
                    sents.append(" ".join(cur))
                    cur = []
                continue
            cur.append(line.split()[0])
    chunk: list[str] = []
    words = 0
    for s in sents:
        chunk.append(s)
        words += len(s.split())
        if words >= 400:
            docs.append("\n\n".join(chunk))
            chunk, words = [], 0
    if chunk:
        docs.append("\n\n".join(chunk))
    return docs


def run(label: str, texts: list[str], repeat: int) -> None:
    """Time the stage over ``texts`` and print the best of ``repeat`` runs."""
    n_words = sum(len(t.split()) for t in texts)
    attribution_stage(new_document(texts[0]))  # load the lexicons once
    best: dict[str, tuple[float, float]] = {}
    found = 0
    for _ in range(repeat):
        docs = [new_document(t) for t in texts]
        for d in docs:
            tv = view(d)
            _ = (tv.tokens, tv.sentences, tv.paragraphs)
        w0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            attribution_stage(d)
        w, c = time.perf_counter() - w0, time.process_time() - c0
        found = sum(len(d.attributions) for d in docs)
        best["stage"] = min(best.get("stage", (w, c)), (w, c))
        docs = [new_document(t) for t in texts]
        w0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            attribution_stage(d)
        w, c = time.perf_counter() - w0, time.process_time() - c0
        best["with_view"] = min(best.get("with_view", (w, c)), (w, c))
    print(f"{label}: documents {len(texts)}  words {n_words}  attributions found {found}")
    for key, (w, c) in best.items():
        print(f"  {key:10s} wall {w:.3f}s  cpu {c:.3f}s  {n_words / w:,.0f} words/s wall  {n_words / c:,.0f} words/s cpu")


def seed_ms(text: str, repeat: int = 15) -> float:
    """CPU milliseconds of the stage on the seed article after the earlier stages ran
    (layout, entities, timex), best of ``repeat`` runs: the issue 7 per-stage budget."""
    best = float("inf")
    for _ in range(repeat):
        doc = new_document(text, "2024-04-01")
        for name in ("layout", "entities", "timex"):
            get_stage(name)(doc)
        c0 = time.process_time()
        attribution_stage(doc)
        best = min(best, time.process_time() - c0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = corpus()
    attribution_stage(new_document(texts[0]))  # load the lexicons once
    print(f"seed article, after layout/entities/timex: {seed_ms(texts[0]):.2f} ms CPU (best of 15)")
    run("seed + wojood sample", texts, args.repeat)
    run("seed article x100 (speech-dense news)", [texts[0]] * 100, args.repeat)


if __name__ == "__main__":
    main()
