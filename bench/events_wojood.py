"""Run the event coder on real Arabic text: the Wojood NER sample with its gold entity tags.

Each sentence becomes a document whose entities are Wojood's outermost PERS/ORG/GPE/LOC/FAC/NORP
spans (canonical = the surface words, since Wojood does not link). Prints the events for
reading (precision review) and the stage's speed on real text.

Usage: .venv/bin/python bench/events_wojood.py [train|val] [--show N] [--join N]

--join N makes each document of N consecutive sentences (one paragraph), so the rules that read
the sentence before (carried-over subjects, bare collective nouns, claims, attacks in context)
run on real text too.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from khabar.events.coder import code_document
from khabar.model import Entity
from khabar.pipeline import new_document
from khabar.text import view

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wojood-sample"
LABELS = {"PERS": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP"}


def sentences(split: str) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in (DATA / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                out.append(cur)
            cur = []
            continue
        if parts[0] == "$#$":
            continue
        cur.append((parts[0], parts[1] if len(parts) > 1 else "O"))
    if cur:
        out.append(cur)
    return out


def document(sent: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    text = " ".join(tok for tok, _ in sent)
    doc = new_document(text, "2024-01-01")
    pos = 0
    spans: list[list] = []  # type: ignore[type-arg]
    for tok, tag in sent:
        start, end = pos, pos + len(tok)
        pos = end + 1
        if tag.startswith("B-"):
            spans.append([start, end, tag[2:]])
        elif tag.startswith("I-") and spans and spans[-1][2] == tag[2:]:
            spans[-1][1] = end
    for s, e, lab in spans:
        if lab in LABELS:
            doc.entities.append(Entity(start=s, end=e, text=text[s:e], label=LABELS[lab],  # type: ignore[arg-type]
                                       canonical=text[s:e], entity_id=text[s:e], source="wojood"))
    return doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--join", type=int, default=1, help="sentences per document (one paragraph)")
    a = ap.parse_args()
    sents = sentences(a.split)
    step = max(1, a.join)
    docs = [document([tok for s in sents[k:k + step] for tok in s]) for k in range(0, len(sents), step)]
    words = sum(len(d.text.split()) for d in docs)
    for d in docs:
        view(d).tokens  # noqa: B018
    t0 = time.process_time()
    found = [(d, code_document(d)) for d in docs]
    dt = time.process_time() - t0
    n = sum(len(evs) for _, evs in found)
    print(f"{len(docs)} {'documents' if step > 1 else 'sentences'}, {words} words, {n} events, {dt:.2f} s CPU, {words / dt:,.0f} words/s")
    shown = 0
    for d, evs in found:
        for ev in evs:
            if shown >= a.show:
                return
            shown += 1
            print(f"- {ev.type} {ev.mode or ''} {ev.modality or ''} [{ev.trigger.text}] {ev.actors} -> {ev.targets}"
                  f" @{ev.place}\n    {d.text[:160]}")


if __name__ == "__main__":
    main()
