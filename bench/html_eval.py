"""Score HTML extraction on the held-out Arabic pages of ``eval/html/`` against trafilatura.

usage: .venv/bin/python bench/html_eval.py [--pages eval/html] [--verbose]

Each page has a gold JSON (headline, dek, captions with credits, body paragraphs; see
``eval/html/README.md``). Body paragraphs are matched exactly after white space is collapsed;
a paragraph split or merged differently counts as a miss. Scored: khabar's default path
(trafilatura + khabar's layer), khabar ``--fast`` (resiliparse on the article's box) and
trafilatura's own ``extract`` (its text lines). Headline, dek and captions are khabar's only:
trafilatura's text output has no such parts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def prf(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    g = {clean(x) for x in gold}
    p = [clean(x) for x in pred if clean(x)]
    return sum(1 for x in p if x in g), len(p), len(g)


def f1(tp: int, np_: int, ng: int) -> tuple[float, float, float]:
    p, r = tp / max(np_, 1), tp / max(ng, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default=str(ROOT / "eval" / "html"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--rounds", type=int, default=5, help="passes over the pages for the speed table")
    args = ap.parse_args()

    import trafilatura

    from khabar.errors import KhabarError
    from khabar.ingest.html import html_document

    golds = sorted(Path(args.pages).glob("*.json"))
    if not golds:
        print(f"no gold files in {args.pages}", file=sys.stderr)
        return 2
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in ("trafilatura", "khabar", "khabar --fast")}
    parts: dict[str, dict[str, int]] = {k: {"headline": 0, "dek": 0, "captions": 0, "credits": 0}
                                        for k in ("khabar", "khabar --fast")}
    n_dek = n_caps = 0
    print("| page | family | KB | trafilatura F1 | khabar F1 | khabar --fast F1 |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        data = (gpath.parent / gold["file"]).read_bytes()
        row = []
        traf = trafilatura.extract(data) or ""
        runs: dict[str, list[str]] = {"trafilatura": [ln for ln in traf.split("\n") if ln.strip()]}
        docs = {}
        for name, fast in (("khabar", False), ("khabar --fast", True)):
            try:
                doc = html_document(data, fast=fast, analyze=False)
            except KhabarError as exc:
                print(f"{gpath.name}: {name} failed: {exc}", file=sys.stderr)
                runs[name] = []
                continue
            docs[name] = doc
            runs[name] = [b.text for b in doc.layout.body]
        for name, lines in runs.items():
            counts = prf(lines, gold["body"])
            totals[name] = [a + b for a, b in zip(totals[name], counts, strict=True)]
            row.append(f"{f1(*counts)[2]:.3f}")
            if args.verbose and (counts[0] != counts[2] or counts[0] != counts[1]):
                g = {clean(x) for x in gold["body"]}
                p = {clean(x) for x in lines}
                for x in sorted(g - p):
                    print(f"    {name} missed: {x[:90]}", file=sys.stderr)
                for x in sorted(p - g):
                    print(f"    {name} extra:  {x[:90]}", file=sys.stderr)
        gold_caps = {clean(c["text"]): sorted(c.get("credits", [])) for c in gold.get("captions", [])}
        n_caps += len(gold_caps)
        n_dek += 1 if gold.get("dek") else 0
        for name, doc in docs.items():
            lay = doc.layout
            if lay.headline and clean(lay.headline.text) == clean(gold["headline"]):
                parts[name]["headline"] += 1
            if gold.get("dek") and lay.dek and clean(lay.dek.text) == clean(gold["dek"]):
                parts[name]["dek"] += 1
            elif args.verbose and (gold.get("dek") or lay.dek):
                print(f"    {name} dek: {lay.dek.text[:60] if lay.dek else None} | gold: {str(gold.get('dek'))[:60]}",
                      file=sys.stderr)
            if args.verbose and not (lay.headline and clean(lay.headline.text) == clean(gold["headline"])):
                print(f"    {name} headline: {lay.headline.text[:60] if lay.headline else None}", file=sys.stderr)
            if args.verbose:
                for c in lay.captions:
                    if clean(c.text) not in gold_caps or sorted(c.credits) != gold_caps[clean(c.text)]:
                        print(f"    {name} caption: {c.text[:70]} {c.credits}", file=sys.stderr)
                for g in gold_caps:
                    if g not in {clean(c.text) for c in lay.captions}:
                        print(f"    {name} caption missed: {g[:70]} {gold_caps[g]}", file=sys.stderr)
            for c in lay.captions:
                if clean(c.text) in gold_caps:
                    parts[name]["captions"] += 1
                    if sorted(c.credits) == gold_caps[clean(c.text)]:
                        parts[name]["credits"] += 1
        print(f"| {gold['file']} | {gold.get('family', '')} | {len(data) / 1024:.0f} | {' | '.join(row)} |")
    print("\n| extractor | body precision | recall | F1 |\n| --- | ---: | ---: | ---: |")
    for name, counts in totals.items():
        p, r, f = f1(*counts)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    n = len(golds)
    for name, got in parts.items():
        print(f"\n{name}: headline {got['headline']}/{n}, dek {got['dek']}/{n_dek}, captions {got['captions']}/{n_caps} "
              f"(with their credits {got['credits']}/{n_caps})", end="")
    print()
    if args.rounds > 0:
        speed(golds, args.rounds)
    return 0


def speed(golds: list[Path], rounds: int) -> None:
    """Docs/s of CPU time on these pages, pipelines interleaved page by page, ``rounds`` passes."""
    import time

    import trafilatura

    from khabar.errors import KhabarError
    from khabar.ingest.html import html_document

    pages = [(g.parent / json.loads(g.read_text(encoding="utf-8"))["file"]).read_bytes() for g in golds]
    runs = {
        "trafilatura.extract (text only)": lambda h: trafilatura.extract(h),
        "khabar full analysis": lambda h: html_document(h),
        "khabar full analysis --fast": lambda h: html_document(h, fast=True),
    }
    cpu = dict.fromkeys(runs, 0.0)
    for h in pages:  # warm up lexicons and lazy imports
        for fn in runs.values():
            try:
                fn(h)
            except KhabarError:
                pass
    for _ in range(rounds):
        for h in pages:
            for name, fn in runs.items():
                c0 = time.process_time()
                try:
                    fn(h)
                except KhabarError:
                    pass
                cpu[name] += time.process_time() - c0
    n = rounds * len(pages)
    base = n / cpu["trafilatura.extract (text only)"]
    print(f"\nSpeed on these {len(pages)} pages ({rounds} passes, CPU time, one process):\n")
    print("| pipeline | docs/s | x trafilatura.extract |\n| --- | ---: | ---: |")
    for name, t in cpu.items():
        print(f"| {name} | {n / t:.1f} | {n / t / base:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
