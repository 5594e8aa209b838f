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

from pydantic import TypeAdapter

from khabar.model import Document, PublicationDate, Timex
from khabar.text import view
from khabar.timex.dct import infer_dct
from khabar.timex.grammar import Cand, Ctx, find_candidates
from khabar.timex.tense import FUTURE, PAST, PRESENT, clause_tense

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
    display = captions + [(x.start, x.end) for x in (doc.layout.headline, doc.layout.dek) if x is not None]
    anchor: str | None = None
    last_day: tuple[int, str] | None = None  # (normalized end, value) of the latest day-precision date or time
    last_body_day: str | None = None  # the latest day-precision date outside captions
    items: list[dict[str, object]] = []
    for i, (c, s, e) in enumerate(kept):
        tense = clause_tense(text, c.start, c.end) if c.needs_tense else 0
        if tense == PRESENT and any(a <= s and e <= b for a, b in display):
            tense = 0  # headlines and captions tell past events in the present ("الجيش يقصف ... الخميس")
        future, past, present = tense == FUTURE, tense == PAST, tense == PRESENT
        day = day_pod = None
        if c.kind == "clock":
            day, day_pod = _clock_day(text, c, last_day, kept[i + 1:], dct, anchor)
        elif c.kind == "narrative-day" and last_body_day is not None:
            day = last_body_day
        ctx = Ctx(dct=dct, future=future, anchor=anchor, day=day, past=past, present=present, day_pod=day_pod)
        value, mod = c.resolve(ctx)
        used: str | None = None
        if c.kind == "anchored":
            used = anchor
        elif dct is not None and c.resolve(Ctx(dct=None, future=future, anchor=anchor, day=day, past=past, present=present, day_pod=day_pod))[0] != value:
            used = "DCT" if day is None else day
        items.append({"start": s, "end": e, "text": doc.text[s:e], "type": c.type, "value": value,
                      "anchor": used, "mod": mod})
        if not any(a <= s and e <= b for a, b in captions):
            if c.type == "DATE" and _CONCRETE.match(value):
                anchor = value
            elif c.type == "TIME" and _DAY.match(value[:10]):
                anchor = value[:10]
        if _DAY.match(value[:10]) and c.type in ("DATE", "TIME"):
            last_day = (c.end, value)
            if not any(a <= s and e <= b for a, b in captions):
                last_body_day = value[:10]
    doc.timexes.extend(_TIMEXES.validate_python(items))  # one validation pass, not one per item


_TIMEXES = TypeAdapter(list[Timex])
_SENT_END = re.compile(r"[.!؟?\n]")
_POD_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT(MO|MI|AF|EV|NI)$")


def _day_and_pod(value: str) -> tuple[str, str | None]:
    m = _POD_VALUE.match(value)
    return value[:10], (m[1] if m else None)


def _clock_day(text: str, c: Cand, last_day: tuple[int, str] | None, rest: list[tuple[Cand, int, int]],
               dct: dt.date | None, anchor: str | None) -> tuple[str | None, str | None]:
    """The day (and part of it) a bare clock time falls on: the day named last before it in the
    same sentence (or right before it, across a full stop), else the first day named after it
    in the same sentence ("قصفت الطائرات مواقع فجر الخميس عند الساعة الثالثة" is that
    Thursday at 03:00); with none, the clock keeps the DCT."""
    if last_day is not None and c.start >= last_day[0]:
        gap = c.start - last_day[0]
        if gap <= 14 or gap <= 160 and not _SENT_END.search(text, last_day[0], c.start):
            return _day_and_pod(last_day[1])
    for nxt, _, _ in rest[:3]:
        if nxt.start - c.end > 80 or _SENT_END.search(text, c.end, nxt.start):
            break
        if nxt.type not in ("DATE", "TIME") or nxt.kind in ("clock", "anchored"):
            continue
        tense = clause_tense(text, nxt.start, nxt.end) if nxt.needs_tense else 0
        value = nxt.resolve(Ctx(dct=dct, future=tense == FUTURE, anchor=anchor, past=tense == PAST,
                                present=tense == PRESENT))[0]
        if _DAY.match(value[:10]):
            return _day_and_pod(value)
        break
    return None, None


def extract(text: str, dct: str | dt.date | None = None) -> list[Timex]:
    """The timexes of ``text`` alone (no layout), resolved against ``dct`` — for tests and benches."""
    from khabar.pipeline import new_document

    doc = new_document(text, dct)
    timex_stage(doc)
    return doc.timexes
