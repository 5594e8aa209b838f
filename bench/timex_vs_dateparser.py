"""Side-by-side: khabar's timex stage vs dateparser on khabar's table of timex test cases.

usage: .venv/bin/python bench/timex_vs_dateparser.py [--show N] [--dev]

Cases come from ``tests/timex/cases.py`` (text, DCT, type, value). A system is right on a
case when:
- near-miss rows (no timex): it finds nothing;
- otherwise khabar must give the exact (type, value); dateparser (``search_dates`` with
  ``languages=["ar"]``, ``RELATIVE_BASE`` = the DCT, ``PREFER_DATES_FROM="past"``) is judged
  leniently: any date it finds, printed at the precision of the expected value (day, ISO week,
  month, year; hours and minutes for clock times, the day alone for parts of the day), must
  equal it. dateparser has no durations, sets or PRESENT_REF-style values, so those rows
  count against it; the "calendar" line restricts to rows whose value is a calendar date.
Note: the cases are khabar's own development table, so khabar's figure on them measures
coverage of the listed families, not held-out accuracy. ``--dev`` instead takes every
required gold timex of the project's development set (eval/gold), each with the sentence
that holds it and the article's date, as a row judged the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from khabar.timex import extract  # noqa: E402
from timex.cases import CASES  # noqa: E402


def dateparser_values(found: list[tuple[str, dt.datetime]] | None, expected: str) -> list[str]:
    return [_at_precision(d, expected) for _, d in found or []]


def _at_precision(d: dt.datetime, expected: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*", expected):
        return d.strftime("%Y-%m-%dT%H:%M") + expected[16:]
    if re.fullmatch(r"\d{4}-\d\d-\d\dT[A-Z]{2}", expected):
        return d.date().isoformat() + expected[10:]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", expected):
        return d.date().isoformat()
    if re.fullmatch(r"\d{4}-W\d\d", expected):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if re.fullmatch(r"\d{4}-\d\d", expected):
        return d.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", expected):
        return d.strftime("%Y")
    return d.isoformat()


def dev_rows() -> list[tuple[str, str | None, str | None, str | None]]:
    """(sentence, DCT, type, value) for each required gold timex of eval/gold."""
    import json

    root = Path(__file__).resolve().parent.parent / "eval"
    rows: list[tuple[str, str | None, str | None, str | None]] = []
    for g in sorted((root / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = (root / "corpus" / f"{g.stem}.txt").read_text(encoding="utf-8")
        for t in gold["timexes"]:
            if t.get("optional"):
                continue
            a = max((m.end() for m in re.finditer(r"[.!؟?\n]", text[:t["start"]])), default=0)
            b = next((m.start() for m in re.finditer(r"[.!؟?\n]", text[t["end"]:])), len(text) - t["end"])
            rows.append((text[a:t["end"] + b].strip(), gold["publication_date"]["value"], t["type"], t["value"]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print N rows dateparser gets wrong")
    ap.add_argument("--dev", action="store_true", help="rows from the development set's gold instead")
    args = ap.parse_args()
    rows = dev_rows() if args.dev else CASES
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    calendar_re = re.compile(r"^\d{4}(?:-W\d\d|-\d\d(?:-\d\d(?:T.*)?)?)?$")
    k_ok = d_ok = k_cal = d_cal = n_cal = 0
    wrong: list[str] = []
    k_time = d_time = 0.0
    for text, dct, typ, value in rows:
        t0 = time.perf_counter()
        got = [(t.type, t.value) for t in extract(text, dct)]
        k_time += time.perf_counter() - t0
        k_right = got == [] if typ is None else (typ, value) in got
        base = dt.datetime.combine(dt.date.fromisoformat(dct), dt.time(12)) if dct else None
        settings = {"PREFER_DATES_FROM": "past"} | ({"RELATIVE_BASE": base} if base else {})
        t0 = time.perf_counter()
        try:
            found = search_dates(text, languages=["ar"], settings=settings)  # type: ignore[arg-type]
        except Exception:
            found = None
        d_time += time.perf_counter() - t0
        if typ is None:
            d_right = not found
        else:
            d_right = value is not None and value in dateparser_values(found, value)
        k_ok += k_right
        d_ok += d_right
        if typ is not None and value is not None and calendar_re.match(value):
            n_cal += 1
            k_cal += k_right
            d_cal += d_right
        if not d_right:
            wrong.append(f"{text!r} dct={dct} expected {typ} {value}; dateparser {found}")
    n = len(rows)
    print(f"cases {n} (calendar-valued {n_cal}, near-misses {sum(1 for c in rows if c[2] is None)})")
    print(f"all cases       khabar {k_ok / n:.3f} ({k_ok}/{n})   dateparser {d_ok / n:.3f} ({d_ok}/{n})")
    print(f"calendar values khabar {k_cal / n_cal:.3f} ({k_cal}/{n_cal})   dateparser {d_cal / n_cal:.3f} ({d_cal}/{n_cal})")
    print(f"time            khabar {k_time:.2f}s   dateparser {d_time:.2f}s")
    for row in wrong[:args.show]:
        print("  ", row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
