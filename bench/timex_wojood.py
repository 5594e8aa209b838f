"""Extraction check of khabar's timexes against the DATE/TIME tags of the Wojood sample.

usage: .venv/bin/python bench/timex_wojood.py [../shared/data/wojood-sample/val.txt] [--show N]

Each sentence's tokens are joined with single spaces and run through the timex stage (no
DCT: Wojood sentences are undated). Wojood tags DATE and TIME (TIME also covers durations
such as "30 دقيقة"), so the comparison is of extents only, on two levels:
- token: a token is positive when any tag column marks it DATE/TIME (gold) or it overlaps a
  khabar timex of any type (prediction);
- mention: a gold DATE/TIME mention and a khabar timex match when they share a token
  (greedy one-to-one, like the project's scorer).
Values are not compared: Wojood has none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.timex import extract

DEFAULT = Path(f"{Path(__file__).resolve().parents[2]}/shared/data/wojood-sample/val.txt")


def read_sentences(path: Path) -> list[list[list[str]]]:
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append(line.split())
    if cur:
        sents.append(cur)
    return sents


def gold_mentions(sent: list[list[str]]) -> list[tuple[int, int]]:
    """(first, last) token indexes of DATE/TIME mentions, in any nesting column."""
    out: list[tuple[int, int]] = []
    ncols = max(len(t) for t in sent)
    for col in range(1, ncols):
        start = None
        for i, tok in enumerate(sent):
            tag = tok[col] if col < len(tok) else "O"
            is_t = tag[2:] in ("DATE", "TIME")
            if tag.startswith("B-") and is_t:
                if start is not None:
                    out.append((start, i - 1))
                start = i
            elif tag.startswith("I-") and is_t and start is not None:
                continue
            else:
                if start is not None:
                    out.append((start, i - 1))
                start = None
        if start is not None:
            out.append((start, len(sent) - 1))
    return sorted(set(out))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="print N misses and N false alarms")
    args = ap.parse_args()
    sents = read_sentences(args.path)
    ttp = tfp = tfn = 0
    mtp = mfp = mfn = 0
    misses: list[str] = []
    alarms: list[str] = []
    for sent in sents:
        toks = [t[0] for t in sent]
        text = " ".join(toks)
        offs = []
        pos = 0
        for t in toks:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        pred = []
        for tx in extract(text, None):
            idx = [i for i, (s, e) in enumerate(offs) if s < tx.end and e > tx.start]
            if idx:
                pred.append((idx[0], idx[-1], tx.text, tx.value))
        gold = gold_mentions(sent)
        gtok = {i for a, b in gold for i in range(a, b + 1)}
        ptok = {i for a, b, _, _ in pred for i in range(a, b + 1)}
        ttp += len(gtok & ptok)
        tfp += len(ptok - gtok)
        tfn += len(gtok - ptok)
        used: set[int] = set()
        for a, b in gold:
            hit = next((j for j, p in enumerate(pred) if j not in used and p[0] <= b and a <= p[1]), None)
            if hit is None:
                mfn += 1
                misses.append(" ".join(toks[a:b + 1]) + "   ⟵ " + text[:90])
            else:
                used.add(hit)
                mtp += 1
        for j, p in enumerate(pred):
            if j not in used:
                mfp += 1
                alarms.append(f"{p[2]} = {p[3]}   ⟵ " + text[:90])
    tp_, tr_, tf_ = prf(ttp, tfp, tfn)
    mp_, mr_, mf_ = prf(mtp, mfp, mfn)
    print(f"sentences {len(sents)}  gold DATE/TIME mentions {mtp + mfn}")
    print(f"token   P {tp_:.3f} R {tr_:.3f} F1 {tf_:.3f}  (tp {ttp} fp {tfp} fn {tfn})")
    print(f"mention P {mp_:.3f} R {mr_:.3f} F1 {mf_:.3f}  (tp {mtp} fp {mfp} fn {mfn})")
    for title, rows in (("misses", misses), ("false alarms", alarms)):
        if args.show and rows:
            print(f"-- {title}")
            for r in rows[:args.show]:
                print("  ", r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
