"""Attributions and claim sources on the Wojood NER sample (real Arabic text, ../shared/data),
to judge precision by eye: Wojood has no reported-speech gold, so this lists what khabar finds.

Each sentence block (tokens joined by spaces, as bench/claims_wojood.py reads them) runs through
the whole pipeline; every attribution (kind, cue, speaker and type, content) and every claim
with a source is printed with the text around it.

Usage: .venv/bin/python bench/attribution_wojood.py [train|val]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import khabar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims_wojood import sentences  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", nargs="?", default="train", choices=("train", "val"))
    args = ap.parse_args()
    n_att = n_src = 0
    for text, _spans in sentences(args.split):
        doc = khabar.analyze(text, "2024-04-01")
        for a in doc.attributions:
            n_att += 1
            sp = a.speaker
            around = text[max(0, a.cue.start - 60):a.cue.end + 10]
            print(f"A {a.kind:8} cue={a.cue.text} | speaker={sp.text if sp else None} ({sp.type if sp else ''})"
                  f" | content={a.content.text[:90]} || ...{around}")
        for c in doc.claims:
            if c.source is not None:
                n_src += 1
                around = text[max(0, c.quantity.start - 120):c.quantity.end + 20]
                print(f"C {c.quantity.text} {c.category} source={c.source.text} || ...{around}")
    print(f"{n_att} attributions, {n_src} claims with a source", file=sys.stderr)


if __name__ == "__main__":
    main()
