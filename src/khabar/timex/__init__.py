"""Temporal expressions (TIMEX3): find them, then resolve them on the calendar against the DCT.

One pass of precompiled regex families over the normalized text (``grammar``) yields
candidates whose values are closures over a resolution context; the DCT is then taken
from the input or inferred (``dct``), and each candidate is resolved in text order, so an
anchored chain ("بعد ذلك بيومين") resolves against the nearest earlier date. See
``grammar`` for why khabar has its own grammar rather than dateparser alone.
"""

from __future__ import annotations

import datetime as dt
import re

from khabar.model import Document, PublicationDate, Timex
from khabar.text import view
from khabar.timex.dct import infer_dct
from khabar.timex.grammar import Cand, Ctx, find_candidates, is_future

__all__ = ["extract", "timex_stage"]

_CONCRETE = re.compile(r"^\d{4}(?:-(?:W\d\d|Q\d|H\d|\d\d(?:-\d\d)?))?$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def timex_stage(doc: Document) -> None:
    """Append the document's timexes and infer its DCT when none was given."""
    tv = view(doc)
    norm = tv.norm
    text = norm.text
    found_all: list[tuple[Cand, int, int]] = []
    kept: list[tuple[Cand, int, int]] = []
    for c in find_candidates(text):
        s, e = norm.to_original(c.start, c.end)
        found_all.append((c, s, e))
        if not doc.is_set_aside(s, e):
            kept.append((c, s, e))
    dct: dt.date | None = None
    if doc.publication_date.value:
        dct = dt.date.fromisoformat(doc.publication_date.value)
    else:
        # a date in set-aside page furniture (a "published on" banner) still dates the page
        found = infer_dct(doc, text, found_all)
        if found is not None:
            dct = found[0]
            doc.publication_date = PublicationDate(value=dct.isoformat(), given_as_input=False, source=found[1])
    captions = [(cap.start, cap.end) for cap in doc.layout.captions]
    anchor: str | None = None
    last_day: tuple[int, str] | None = None  # (normalized end, value) of the latest day-precision date
    last_body_day: str | None = None  # the latest day-precision date outside captions
    for c, s, e in kept:
        future = is_future(text, c.start, c.end) if c.needs_tense else False
        day = None
        if c.kind == "clock" and last_day is not None and 0 <= c.start - last_day[0] <= 14:
            day = last_day[1]
        elif c.kind == "narrative-day" and last_body_day is not None:
            day = last_body_day
        ctx = Ctx(dct=dct, future=future, anchor=anchor, day=day)
        value, mod = c.resolve(ctx)
        used: str | None = None
        if c.kind == "anchored":
            used = anchor
        elif dct is not None and c.resolve(Ctx(dct=None, future=future, anchor=anchor, day=day))[0] != value:
            used = "DCT" if day is None else day
        doc.timexes.append(Timex(start=s, end=e, text=doc.text[s:e], type=c.type, value=value,  # type: ignore[arg-type]
                                 anchor=used, mod=mod))
        if not any(a <= s and e <= b for a, b in captions):
            if c.type == "DATE" and _CONCRETE.match(value):
                anchor = value
            elif c.type == "TIME" and _DAY.match(value[:10]):
                anchor = value[:10]
        if _DAY.match(value[:10]) and c.type in ("DATE", "TIME"):
            last_day = (c.end, value[:10])
            if not any(a <= s and e <= b for a, b in captions):
                last_body_day = value[:10]


def extract(text: str, dct: str | dt.date | None = None) -> list[Timex]:
    """The timexes of ``text`` alone (no layout), resolved against ``dct`` — for tests and benches."""
    from khabar.pipeline import new_document

    doc = new_document(text, dct)
    timex_stage(doc)
    return doc.timexes
