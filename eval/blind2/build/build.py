#!/usr/bin/env python3
"""Build eval/blind2/gold/*.json from the substring specs in specs/ (run: python3 eval/blind2/build/build.py).

Each specs/bNNN.py defines build() -> annot.Spec. Offsets are computed by annot.Spec.loc and
checked (text[start:end] == text) before a gold file is written.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str]) -> int:
    specs = sorted((HERE / "specs").glob("c*.py"))
    for path in specs:
        if argv and path.stem not in argv:
            continue
        mod_spec = importlib.util.spec_from_file_location(path.stem, path)
        assert mod_spec and mod_spec.loader
        mod = importlib.util.module_from_spec(mod_spec)
        mod_spec.loader.exec_module(mod)
        spec = mod.build()
        out = spec.dump()
        print(f"{out.name}: {len(spec.entities)} entities, {len(spec.timexes)} timexes, "
              f"{len(spec.attributions)} attributions, {len(spec.claims)} claims, {len(spec.events)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
