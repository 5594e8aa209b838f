"""Temporal expressions (TIMEX3): find them, then resolve them on the calendar against the DCT.

One pass of precompiled regex families over the normalized text (``grammar``) yields
candidates whose values are closures over a resolution context; the DCT is then taken
from the input or inferred (``dct``), and each candidate is resolved in text order, so an
anchored chain ("بعد ذلك بيومين") resolves against the nearest earlier date. See
``grammar`` for why khabar has its own grammar rather than dateparser alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from pydantic import TypeAdapter

from khabar.model import Document, PublicationDate, Timex
from khabar.text import view
from khabar.timex.dct import infer_dct
from khabar.timex.grammar import Cand, Ctx, find_candidates
from khabar.timex.lexicon import _rows, alternation, norm_phrase
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
    speech = _speech_days(text, kept, dct)
    values: list[str] = []
    anchor: str | None = None
    last_day: tuple[int, str] | None = None  # (normalized end, value) of the latest day-precision date or time
    last_body_day: str | None = None  # the latest day-precision date outside captions
    items: list[dict[str, object]] = []
    pod_days: dict[str, str] = {}  # part-of-day word (فجر، مساء) -> the day the article gave it
    for i, (c, s, e) in enumerate(kept):
        tense = clause_tense(text, c.start, c.end) if c.needs_tense else 0
        if tense == PRESENT and any(a <= s and e <= b for a, b in display):
            tense = 0  # headlines and captions tell past events in the present ("الجيش يقصف ... الخميس")
        future, past, present = tense == FUTURE, tense == PAST, tense == PRESENT
        day = day_pod = None
        if c.kind == "clock":
            day, day_pod = _clock_day(text, c, last_day, kept[i + 1:], dct, anchor, kept[i - 1][0].end if i else -1)
            if day is None:
                day = _same_part_of_day(doc.text[s:e], pod_days)
        elif c.kind == "narrative-day" and last_body_day is not None:
            day = last_body_day
        here = dct
        said = speech.get(i)
        if said is not None:  # inside a quotation whose reporting clause dates the speech
            days = [said] if isinstance(said, str) else [values[j][:10] for j in said if j < len(values)]
            days = [d for d in days if _DAY.match(d)]
            if days:  # the day named last in the reporting clause
                here = dt.date.fromisoformat(days[-1])
        ctx = Ctx(dct=here, future=future, anchor=anchor, day=day, past=past, present=present, day_pod=day_pod)
        value, mod = c.resolve(ctx)
        values.append(value)
        used: str | None = None
        if c.kind == "anchored":
            used = anchor
        elif here is not None and c.resolve(Ctx(dct=None, future=future, anchor=anchor, day=day, past=past, present=present, day_pod=day_pod))[0] != value:
            used = ("DCT" if here == dct else here.isoformat()) if day is None else day
        items.append({"start": s, "end": e, "text": doc.text[s:e], "type": c.type, "value": value,
                      "anchor": used, "mod": mod})
        if not any(a <= s and e <= b for a, b in captions):
            if c.type == "DATE" and _CONCRETE.match(value):
                anchor = value
            elif c.type == "TIME" and _DAY.match(value[:10]):
                anchor = value[:10]
        if c.kind != "clock" and _POD_VALUE.match(value) and not any(a <= s and e <= b for a, b in captions):
            for word, _pod in _CLOCK_POD:  # the first 'dawn of <day>' the article names
                if word in doc.text[s:e]:
                    pod_days.setdefault(word, value[:10])
        if _DAY.match(value[:10]) and c.type in ("DATE", "TIME"):
            last_day = (c.end, value)
            if not any(a <= s and e <= b for a, b in captions):
                last_body_day = value[:10]
    doc.timexes.extend(_TIMEXES.validate_python(items))  # one validation pass, not one per item


_TIMEXES = TypeAdapter(list[Timex])
# part-of-day words of a clock time ("الساعة الثالثة فجرا") and the TIMEX3 part they fall in
_CLOCK_POD = (("فجر", "MO"), ("صباح", "MO"), ("ظهر", "AF"), ("عصر", "AF"), ("مساء", "EV"), ("ليل", "NI"))


def _same_part_of_day(clock: str, pod_days: dict[str, str]) -> str | None:
    """The day of a clock time with no day near it, from the part of the day it names: an
    article that said "فجر أمس الاثنين" and later quotes "في الساعة الثالثة و40 دقيقة فجرا"
    tells the same dawn (news gives the event's day once, then its hour)."""
    for word, _pod in _CLOCK_POD:
        if word in clock:
            return pod_days.get(word)
    return None
_SENT_END = re.compile(r"[.!؟?\n]")
_POD_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT(MO|MI|AF|EV|NI)$")


def _day_and_pod(value: str) -> tuple[str, str | None]:
    m = _POD_VALUE.match(value)
    return value[:10], (m[1] if m else None)


def _clock_day(text: str, c: Cand, last_day: tuple[int, str] | None, rest: list[tuple[Cand, int, int]],
               dct: dt.date | None, anchor: str | None, prev_end: int = -1) -> tuple[str | None, str | None]:
    """The day (and part of it) a bare clock time falls on: the day named last before it in the
    same sentence (or right before it, across a full stop), else the first day named after it
    in the same sentence ("قصفت الطائرات مواقع فجر الخميس عند الساعة الثالثة" is that
    Thursday at 03:00), else the day named last in the previous sentence of the same
    paragraph ("قتل ثلاثة فجر أمس. ووقع الهجوم نحو الساعة الرابعة فجرا": news tells the
    event's day once, then its hour) when no other timex stands in the clock's sentence before
    it ("بعد ذلك بساعات ... عند الساعة العاشرة" moves off that day); with none, the clock
    keeps the DCT."""
    prev_sentence = False
    if last_day is not None and c.start >= last_day[0]:
        gap = c.start - last_day[0]
        ends = _SENT_END.search(text, last_day[0], c.start)
        if gap <= 14 or gap <= 160 and not ends:
            return _day_and_pod(last_day[1])
        if ends is not None and text[ends.start()] != "\n" and _SENT_END.search(text, ends.end(), c.start) is None \
                and prev_end <= ends.start():
            prev_sentence = True
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
    if prev_sentence and last_day is not None:
        return _day_and_pod(last_day[1])
    return None, None


_QUOTE = re.compile(r"«[^«»\n]*»|“[^“”\n]*”|\"[^\"\n]*\"")
_CLAUSE_END = re.compile(r"[.!؟?\n«»“”\"]")
_LEAD = re.compile(r"[\s،,:\-–]*(?:\w+\s+)?")  # between a quote and its reporting verb ("«...»، كما قال")


def _resolve_alone(text: str, c: Cand, dct: dt.date | None) -> str:
    """A candidate's value on its own (its clause's tense, no anchor): for a date met out of order."""
    tense = clause_tense(text, c.start, c.end) if c.needs_tense else 0
    return c.resolve(Ctx(dct=dct, future=tense == FUTURE, past=tense == PAST, present=tense == PRESENT))[0]


def _speech_days(text: str, kept: list[tuple[Cand, int, int]], dct: dt.date | None) -> dict[int, tuple[int, ...] | str]:
    """Candidates inside a quotation whose reporting clause names the day it was said ("وقال
    الوزير أمس: «اليوم نفتح صفحة جديدة»", "«...»، قالت الوزيرة يوم الأحد"): the quote's
    اليوم/غدا/أمس are the speaker's, so they count from that day, not from the publication
    date. Maps a candidate's index to the indices of the earlier candidates of the reporting
    clause (the last of them that is a day dates the speech), or to the day itself when it is
    named after the quote. The timex stage runs before
    attribution, so the reporting clause is found here: a reporting verb (the attribution
    verb list, read as data) between the sentence start and the quote, or right after it."""
    if dct is None or not kept or ("«" not in text and '"' not in text and "“" not in text):
        return {}
    out: dict[int, tuple[int, ...] | str] = {}
    starts = [c.start for c, _, _ in kept]
    for q in _QUOTE.finditer(text):
        qs, qe = q.start(), q.end()
        lo = bisect.bisect_left(starts, qs + 1)
        hi = bisect.bisect_left(starts, qe)
        if lo >= hi:
            continue  # no timex inside the quote
        said: tuple[int, ...] | str | None = None
        back = max(text.rfind(ch, 0, qs) for ch in ".!؟?\n«»“”")
        before = [j for j in range(bisect.bisect_left(starts, back + 1), lo)
                  if kept[j][0].end <= qs and kept[j][0].type in ("DATE", "TIME")]
        if before and _reporting_verbs().search(text, back + 1, qs):
            said = tuple(before)
        else:
            end = _CLAUSE_END.search(text, qe)
            stop = end.start() if end else len(text)
            vm = _reporting_verbs().search(text, qe, min(stop, qe + 40))
            if vm is not None and _LEAD.fullmatch(text, qe, vm.start()):
                for j in range(hi, len(kept)):
                    cj = kept[j][0]
                    if cj.start >= stop:
                        break
                    if cj.type in ("DATE", "TIME"):
                        said = _resolve_alone(text, cj, dct)[:10]
                        break
        if said is None:
            continue
        for j in range(lo, hi):
            if kept[j][0].end <= qe:
                out[j] = said
    return out


@lru_cache(maxsize=1)
def _reporting_verbs() -> re.Pattern[str]:
    """The 3rd-person past and present forms and participles of the reporting verbs in
    ``attribution_verbs.tsv`` (read-only data shared with attribution), normalized."""
    forms: set[str] = set()
    for row in _rows("attribution_verbs.tsv"):
        if len(row) < 4 or row[0] == "past":
            continue
        past, present, part, cls = (norm_phrase(x) for x in row[:4])
        stem = past[:-1] if cls == "defective" else past
        forms.update({past, stem + "ت", stem + "وا", past + "ا", stem + "تا"})
        pstem = present[:-1] if cls == "defective" else present
        forms.update({present, "ت" + present[1:], pstem + "ون", present + "ان", "ت" + present[1:] + "ان"})
        if part != "-":
            forms.update({part + "ا", part + "ه", part + "ين"})
    return re.compile(rf"(?<!\w)[وف]?{alternation(forms)}(?!\w)")


def extract(text: str, dct: str | dt.date | None = None) -> list[Timex]:
    """The timexes of ``text`` alone (no layout), resolved against ``dct`` — for tests and benches."""
    from khabar.pipeline import new_document

    doc = new_document(text, dct)
    timex_stage(doc)
    return doc.timexes
