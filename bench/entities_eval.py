"""Entities on annotated articles (the dev set eval/ and the seed), scored by the shared scorer.

usage: .venv/bin/python bench/entities_eval.py [--errors] [GOLD.json ...]

With no gold files, every eval/gold/*.json that has its text plus the shared seed is scored.
Runs the layout and entities stages only, scores with ../shared/tools/score.py's
``score_entities`` and prints per-article and summed strict/coarse P/R/F1 and linking.
``--errors`` lists the missed (FN) and spurious (FP) mentions, for error analysis.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from khabar.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path(f"{Path(__file__).resolve().parents[2]}/shared/tools/score.py")


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    errors = "--errors" in sys.argv
    golds = [Path(a) for a in args] or sorted((ROOT / "eval" / "gold").glob("*.json")) + \
        [Path(f"{Path(__file__).resolve().parents[2]}/shared/gold/seed-000.json")]
    sc = _scorer()
    tot = {"strict": Counter(), "coarse": Counter()}
    links = Counter()
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        tpath = gp.parent.parent / gold["text_file"]
        if not tpath.exists():
            continue
        text = tpath.read_text(encoding="utf-8")
        doc = analyze(text, gold.get("publication_date", {}).get("value"), stages=("layout", "entities"))
        pred = json.loads(doc.model_dump_json())
        words = sc.Words(text)
        lay = gold.get("layout", {})
        zones = [words.words(z["start"], z["end"]) for z in lay.get("chrome", []) + lay.get("duplicates", [])]
        res = sc.score_entities(gold, pred, words, zones)
        for k in tot:
            tot[k].update({x: res[k][x] for x in ("tp", "fp", "fn")})
        links.update(entities=res["linking"]["entities"], consistent=res["linking"]["consistent"])
        s, c = res["strict"], res["coarse"]
        print(f"{gp.stem:10s} strict F1 {s['f1']:.3f} (P {s['p']:.3f} R {s['r']:.3f})  coarse F1 {c['f1']:.3f}  "
              f"linking {res['linking']['score']:.3f}")
        if errors:
            g = {(words.span(e["start"], e["end"]), sc.COARSE[e["label"]]): e for e in gold.get("entities", [])}
            p = {(words.span(e["start"], e["end"]), sc.COARSE[e["label"]]): e for e in pred["entities"]
                 if not sc.in_zone(words, zones, e["start"], e["end"])}
            for k in sorted(set(g) - set(p), key=lambda x: g[x]["start"]):
                if not g[k].get("optional"):
                    print(f"   FN {g[k]['label']:6s} {g[k]['text']}  [{g[k].get('canonical', '')}]")
            for k in sorted(set(p) - set(g), key=lambda x: p[x]["start"]):
                print(f"   FP {p[k]['label']:6s} {p[k]['text']}  ({p[k]['source']})")
    for k, c in tot.items():
        p, r, f = (sc.prf(c["tp"], c["fp"], c["fn"])[x] for x in ("p", "r", "f1"))
        print(f"all {k:6s} F1 {f:.3f} (P {p:.3f} R {r:.3f})  tp {c['tp']} fp {c['fp']} fn {c['fn']}")
    print(f"linking consistent {links['consistent']}/{links['entities']}")


if __name__ == "__main__":
    main()
