"""Numbers and claims on the Wojood NER sample (real Arabic text, ../shared/data).

Wojood tags CARDINAL, MONEY, PERCENT (and QUANTITY) spans. This script joins each sentence's
tokens with spaces, runs khabar's number finder and the claims stage, and reports:
- number recall: the share of CARDINAL/MONEY/PERCENT spans that a found quantity overlaps;
- claims found (with --show, every claim with its sentence, to judge precision by eye);
- words/s of the claims stage over the whole sample as one document per sentence block.
Usage: .venv/bin/python bench/claims_wojood.py [train|val] [--show] [--misses]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from khabar.claims import claims_stage
from khabar.numbers import find_quantities, tokenize
from khabar.pipeline import new_document
from khabar.text import normalize

DATA = Path(f"{Path(__file__).resolve().parents[2]}/shared/data/wojood-sample")
NUMERIC = {"CARDINAL", "MONEY", "PERCENT"}


def sentences(split: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, type)]) of each sentence, outermost numeric tags only."""
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    toks: list[tuple[str, list[str]]] = []

    def flush() -> None:
        if not toks:
            return
        text, spans, pos = "", [], 0
        cur: list[int | str] | None = None
        for word, tags in toks:
            start = pos
            text += word + " "
            pos += len(word) + 1
            tag = next((t for t in tags if t[2:] in NUMERIC), "O")
            if tag.startswith("B-"):
                if cur:
                    spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
                cur = [start, start + len(word), tag[2:]]
            elif tag.startswith("I-") and cur:
                cur[1] = start + len(word)
            else:
                if cur:
                    spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
                cur = None
        if cur:
            spans.append((int(cur[0]), int(cur[1]), str(cur[2])))
        out.append((text.rstrip(), spans))
        toks.clear()

    for line in (DATA / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        parts = line.split()
        toks.append((parts[0], parts[1:]))
    flush()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="val")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    sents = sentences(args.split)
    gold = found = 0
    for text, spans in sents:
        norm = normalize(text)
        qs = [norm.to_original(q.num_start, q.num_end) for q in find_quantities(tokenize(norm.text))]
        for s, e, kind in spans:
            gold += 1
            if any(a < e and s < b for a, b in qs):
                found += 1
            elif args.misses:
                print(f"MISS {kind}: {text[s:e]!r} | {text[max(0, s - 40):e + 40]}")
    print(f"numeric spans {gold}, overlapped by a found quantity {found} (recall {found / max(gold, 1):.3f})")
    doc_text = "\n".join(t for t, _ in sents)
    words = len(re.findall(r"\w+", doc_text))
    doc = new_document(doc_text, "2024-04-01")
    t0 = time.perf_counter()
    claims_stage(doc)
    dt = time.perf_counter() - t0
    print(f"claims: {len(doc.claims)} in {words} words; claims stage {words / dt:,.0f} words/s (cold)")
    if args.show:
        for c in doc.claims:
            sent = doc_text[max(0, c.quantity.start - 60):c.quantity.end + 50].replace("\n", " / ")
            src = c.source.text if c.source else None
            print(f"{c.category:10s} {c.value!s:>10} {c.bound:6s} {c.quantity.text!r} src={src!r} | {sent}")


if __name__ == "__main__":
    main()
