#!/usr/bin/env python3
"""Score khabar on the blind set (eval/blind2/) with the shared scorer, exactly as bench/eval_dev.py scores eval/.

usage: .venv/bin/python eval/blind2/build/score_blind.py [--json] [--only NAME ...] [--scorer PATH]
                                                       [--check-gold] [--misses]

bench/eval_dev.py is imported by path and pointed at eval/blind2 instead of eval/, so the
per-article table and the micro/macro averages are computed by the same code (each article is
analyzed with its gold publication date by khabar.analyze and scored with
ROOT/../shared/tools/score.py). --misses lists, per layer, the gold items khabar missed and the
items it gave that the gold does not have (same matching rules as the scorer), for error analysis.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parent.parent


def load(path: Path, name: str) -> ModuleType:
    """Import a module from a file path."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def misses(scorer: ModuleType, names: list[str] | None) -> None:
    """Print unmatched gold (FN) and predicted (FP) items per layer and article."""
    import khabar

    for gpath in sorted((BLIND / "gold").glob("*.json")):
        if names and gpath.stem not in names:
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (BLIND / gold["text_file"]).read_text(encoding="utf-8")
        pred = json.loads(khabar.analyze(text, gold["publication_date"]["value"]).to_json())
        print(f"=== {gpath.stem}")
        misses_one(scorer, gold, pred, text)


def misses_one(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any], text: str) -> None:
    """Unmatched and mismatched items of one article."""
    if True:
        words = scorer.Words(text)
        lay = gold["layout"]
        zones = [words.words(z["start"], z["end"]) for z in lay.get("chrome", []) + lay.get("duplicates", [])]

        def show(layer: str, g: list[dict[str, Any]], p: list[dict[str, Any]], same: Any, fmt: Any) -> None:
            _, _, _, pairs = scorer.match_sets(g, p, same)
            gm = {id(a) for a, _ in pairs}
            pm = {id(b) for _, b in pairs}
            for a in g:
                if id(a) not in gm and not a.get("optional"):
                    print(f"  {layer} FN  {fmt(a)}")
            for b in p:
                if id(b) not in pm:
                    print(f"  {layer} FP  {fmt(b)}")
            for a, b in pairs:
                if layer == "TMX" and not a.get("optional") and str(a["value"]) != str(b.get("value")):
                    print(f"  TMX value {a['text']!r}: gold {a['value']} got {b.get('value')}")
                if layer == "ENT" and a["label"] != b["label"] and not a.get("optional"):
                    print(f"  ENT label {a['text']!r}: gold {a['label']} got {b['label']}")
                if layer == "CLM" and not a.get("optional"):
                    for k in ("category", "bound"):
                        if a[k] != b.get(k):
                            print(f"  CLM {k} {a['quantity']['text']!r}: gold {a[k]} got {b.get(k)}")
                if layer == "EVT" and not a.get("optional") and not set(a["actors"]) & set(b.get("actors") or []):
                    print(f"  EVT actors {a['trigger']['text']!r} {a['type']}: gold {a['actors']} got {b.get('actors')}")
                if layer == "ATT" and not a.get("optional") and not (a["_s"] & b["_s"] or (a["_canon"] and a["_canon"] == b["_canon"])):
                    print(f"  ATT speaker {a['cue']['text']!r}: gold {a['speaker']['text']!r} got {(b.get('speaker') or {}).get('text')!r}")

        ge = [dict(e, _w=words.span(e["start"], e["end"])) for e in gold["entities"]]
        pe = [dict(e, _w=words.span(e["start"], e["end"])) for e in pred.get("entities", [])
              if not scorer.in_zone(words, zones, e["start"], e["end"])]
        show("ENT", ge, pe, lambda a, b: a["_w"] == b["_w"], lambda x: f"{x['text']!r} {x['label']}")
        gt = [dict(t, _w=words.words(t["start"], t["end"])) for t in gold["timexes"]]
        pt = [dict(t, _w=words.words(t["start"], t["end"])) for t in pred.get("timexes", [])
              if not scorer.in_zone(words, zones, t["start"], t["end"])]
        show("TMX", gt, pt, lambda a, b: bool(a["_w"] & b["_w"]), lambda x: f"{x['text']!r} {x.get('value')}")

        def prep_a(a: dict[str, Any]) -> dict[str, Any]:
            c, s = a.get("content") or {}, a.get("speaker") or {}
            return dict(a, _c=words.words(c["start"], c["end"]) if "start" in c else set(),
                        _s=words.words(s["start"], s["end"]) if "start" in s else set(), _canon=s.get("canonical"))
        ga = [prep_a(a) for a in gold["attributions"]]
        pa = [prep_a(a) for a in pred.get("attributions", [])
              if not (a.get("content") and scorer.in_zone(words, zones, a["content"]["start"], a["content"]["end"]))]
        show("ATT", ga, pa,
             lambda a, b: scorer.overlap(a["_c"], b["_c"]) >= 0.5 and scorer.overlap(b["_c"], a["_c"]) >= 0.5,
             lambda x: f"{x['cue']['text']!r} {(x.get('speaker') or {}).get('text')!r}: {x['content']['text'][:60]!r}")

        def prep_c(c: dict[str, Any]) -> dict[str, Any]:
            q = c.get("quantity") or {}
            return dict(c, _w=words.words(q["start"], q["end"]) if "start" in q else set())

        def same_c(a: dict[str, Any], b: dict[str, Any]) -> bool:
            try:
                return float(a["value"]) == float(b.get("value")) and bool(a["_w"] & b["_w"])  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return False
        show("CLM", [prep_c(c) for c in gold["claims"]], [prep_c(c) for c in pred.get("claims", [])], same_c,
             lambda x: f"{x['quantity']['text']!r} {x.get('value')} {x.get('category')}")

        def prep_e(e: dict[str, Any]) -> dict[str, Any]:
            t = e.get("trigger") or {}
            return dict(e, _w=words.words(t["start"], t["end"]) if "start" in t else set())
        show("EVT", [prep_e(e) for e in gold["events"]], [prep_e(e) for e in pred.get("events", [])],
             lambda a, b: a["type"] == b.get("type") and bool(a["_w"] & b["_w"]),
             lambda x: f"{x['trigger']['text']!r} {x['type']} {x.get('actors')}")


def main(argv: list[str]) -> int:
    dev = load(ROOT / "bench" / "eval_dev.py", "khabar_eval_dev")
    dev.__dict__["EVAL"] = BLIND  # same code, pointed at the blind folder
    if "--misses" in argv:
        scorer = dev.load_scorer(dev.DEFAULT_SCORER)
        if scorer is None:
            raise SystemExit(f"scorer not found at {dev.DEFAULT_SCORER}")
        rest = [a for a in argv if a != "--misses"]
        misses(scorer, rest[rest.index("--only") + 1:] if "--only" in rest else None)
        return 0
    return int(dev.main(argv) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
