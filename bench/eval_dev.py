#!/usr/bin/env python3
"""Score khabar on the project's own development set (eval/gold/*.json) with the shared scorer.

usage: .venv/bin/python bench/eval_dev.py [--json] [--only NAME ...] [--scorer PATH] [--check-gold]

Each article in eval/corpus is analyzed with its gold publication date (as the CLI's
``khabar analyze FILE --date D --format json`` would) and scored layer by layer with
shared/tools/score.py, imported by path (ROOT/../shared/tools/score.py). Prints one row per
article and micro/macro averages: micro pools true/false positives and negatives (and weights
accuracies by matched items) over all articles; macro is the plain mean of per-article figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score.py"

# (layer, key) pairs of P/R/F1 blocks and the accuracies that ride on their true positives
PRF_BLOCKS: list[tuple[str, str | None, list[str]]] = [
    ("entities", "strict", []),
    ("entities", "coarse", []),
    ("timexes", None, ["value_accuracy"]),
    ("attributions", None, ["speaker_accuracy", "kind_accuracy"]),
    ("claims", None, ["category_accuracy", "bound_accuracy", "source_accuracy", "hedge_accuracy"]),
    ("events", None, ["actor_accuracy"]),
]

# column label -> path into one article's score dict
COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    ("layout", ("layout", "score")),
    ("ent.F1", ("entities", "strict", "f1")),
    ("coarse", ("entities", "coarse", "f1")),
    ("link", ("entities", "linking", "score")),
    ("tmx.F1", ("timexes", "f1")),
    ("value", ("timexes", "value_accuracy")),
    ("att.F1", ("attributions", "f1")),
    ("spkr", ("attributions", "speaker_accuracy")),
    ("clm.F1", ("claims", "f1")),
    ("cat", ("claims", "category_accuracy")),
    ("bound", ("claims", "bound_accuracy")),
    ("src", ("claims", "source_accuracy")),
    ("hedge", ("claims", "hedge_accuracy")),
    ("evt.F1", ("events", "f1")),
    ("actors", ("events", "actor_accuracy")),
]


def load_scorer(path: Path) -> ModuleType | None:
    """Import the shared scorer by path; None when it is not there."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("khabar_shared_score", path)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dig(d: dict[str, Any], path: tuple[str, ...]) -> float:
    """Follow ``path`` into a nested score dict; 0.0 when a layer is missing."""
    cur: Any = d
    for k in path:
        if not isinstance(cur, dict) or k not in cur:
            return 0.0
        cur = cur[k]
    return float(cur) if isinstance(cur, (int, float)) else 0.0


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from pooled counts (same rounding as the scorer)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def micro(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Pool counts over articles; accuracies are weighted by each article's matched items."""
    out: dict[str, Any] = {}
    for layer, key, accs in PRF_BLOCKS:
        blocks = [r[layer][key] if key else r[layer] for r in results]
        tp = sum(b["tp"] for b in blocks)
        agg: dict[str, Any] = prf(tp, sum(b["fp"] for b in blocks), sum(b["fn"] for b in blocks))
        for a in accs:
            agg[a] = round(sum(round(b[a] * b["tp"]) for b in blocks) / tp, 3) if tp else 0.0
        if key:
            out.setdefault(layer, {})[key] = agg
        else:
            out[layer] = agg
    groups = sum(r["entities"]["linking"]["entities"] for r in results)
    linked = sum(r["entities"]["linking"]["score"] * r["entities"]["linking"]["entities"] for r in results)
    out["entities"]["linking"] = {"entities": groups, "score": round(linked / groups, 3) if groups else 0.0}
    lay: dict[str, Any] = {"score": round(sum(r["layout"]["score"] for r in results) / len(results), 3)}
    for part in ("chrome", "duplicates", "captions", "body", "credits"):
        lay[part] = prf(*(sum(r["layout"][part][k] for r in results) for k in ("tp", "fp", "fn")))
    lay["headline"] = sum(bool(r["layout"]["headline"]) for r in results) / len(results)
    lay["dek"] = sum(bool(r["layout"]["dek"]) for r in results) / len(results)
    out["layout"] = lay
    return out


def macro(results: list[dict[str, Any]]) -> dict[str, float]:
    """Plain mean of each table column over articles."""
    return {label: round(sum(dig(r, path) for r in results) / len(results), 3) for label, path in COLUMNS}


def check_gold() -> int:
    """Verify that every gold span quotes its text (text[start:end] == span text); returns errors."""
    bad = 0
    for gpath in sorted((EVAL / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (EVAL / gold["text_file"]).read_text(encoding="utf-8")
        stack: list[tuple[Any, str]] = [(gold, "$")]
        while stack:
            node, path = stack.pop()
            if isinstance(node, dict):
                if {"start", "end", "text"} <= node.keys() and text[node["start"]:node["end"]] != node["text"]:
                    print(f"{gpath.name}: {path} does not quote the text")
                    bad += 1
                stack.extend((v, f"{path}.{k}") for k, v in node.items())
            elif isinstance(node, list):
                stack.extend((v, f"{path}[{i}]") for i, v in enumerate(node))
    return bad


def run(names: list[str] | None, scorer: ModuleType) -> list[tuple[str, dict[str, Any], float]]:
    """Analyze and score every gold article; returns (name, scores, seconds)."""
    import khabar

    rows = []
    for gpath in sorted((EVAL / "gold").glob("*.json")):
        if names and gpath.stem not in names:
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (EVAL / gold["text_file"]).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        try:
            doc = khabar.analyze(text, gold["publication_date"]["value"])
            pred = json.loads(doc.to_json())
        except Exception as exc:  # one failing article must not hide the others' figures
            print(f"{gpath.stem}: analyze failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            pred = {}
        secs = time.perf_counter() - t0
        res = scorer.score(gold, pred, text)
        res["offset_errors"] = len(scorer.check_offsets(pred, text))
        rows.append((gpath.stem, res, secs))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score khabar on eval/ (the development set).")
    ap.add_argument("--json", action="store_true", help="print all figures as JSON")
    ap.add_argument("--only", nargs="*", help="article names (eval-001 ...) to run")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path to score.py")
    ap.add_argument("--check-gold", action="store_true", help="only verify the gold offsets")
    a = ap.parse_args(argv)
    if a.check_gold:
        bad = check_gold()
        print(f"gold offsets: {bad} bad spans")
        return 1 if bad else 0
    scorer = load_scorer(a.scorer)
    if scorer is None:
        print(f"scorer not found at {a.scorer}; nothing to do (pass --scorer PATH)")
        return 0
    rows = run(a.only, scorer)
    if not rows:
        print("no gold articles found under eval/gold")
        return 0
    results = [r for _, r, _ in rows]
    m = micro(results)
    mac = macro(results)
    seconds = round(sum(s for _, _, s in rows), 2)
    summary: dict[str, Any] = {"articles": len(rows), "micro": m, "macro": mac, "seconds": seconds}
    if a.json:
        print(json.dumps({"per_article": {n: r for n, r, _ in rows}, **summary}, ensure_ascii=False, indent=1))
        return 0
    head = f"{'article':<10}" + "".join(f"{label:>7}" for label, _ in COLUMNS) + "  offs"
    print(head)
    print("-" * len(head))
    for name, res, _ in rows:
        print(f"{name:<10}" + "".join(f"{dig(res, p):>7.3f}" for _, p in COLUMNS) + f"  {res['offset_errors']:>4}")
    print("-" * len(head))
    micro_row = {label: dig(m, path) for label, path in COLUMNS}
    print(f"{'micro':<10}" + "".join(f"{micro_row[label]:>7.3f}" for label, _ in COLUMNS))
    print(f"{'macro':<10}" + "".join(f"{mac[label]:>7.3f}" for label, _ in COLUMNS))
    print()
    for layer, key, _ in PRF_BLOCKS:
        b = m[layer][key] if key else m[layer]
        name = f"{layer}{'/' + key if key else ''}"
        print(f"micro {name:<20} P {b['p']:.3f}  R {b['r']:.3f}  F1 {b['f1']:.3f}  (tp {b['tp']} fp {b['fp']} fn {b['fn']})")
    lay = m["layout"]
    def f1(part: dict[str, Any]) -> str:
        return f"{part['f1']:.3f}" if part["tp"] + part["fp"] + part["fn"] else "n/a"

    print("micro layout parts         " + "  ".join(f"{p} F1 {f1(lay[p])}" for p in ("chrome", "duplicates", "captions", "body", "credits"))
          + f"  headline {lay['headline']:.2f} dek {lay['dek']:.2f}")
    print(f"\n{len(rows)} articles analyzed in {seconds} s (includes first-call lexicon loading)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
