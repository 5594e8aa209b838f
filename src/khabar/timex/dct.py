"""Inferring the document creation time (DCT) when the caller gives none.

Evidence, strongest first: a full date in a dateline (the layout's ``datelines``, or a short
line near the top, or a date after نشر/آخر تحديث); a weekday printed with a matching full
date (``الاثنين 1 أبريل 2024``: publishers print that for the day of publication); the
latest dated photo caption (the article cannot be older than its photos), moved forward to
the weekday the text calls today (``اليوم الاثنين``) when it names one. Anything weaker is
a guess, and relative expressions then stay unresolved instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from khabar.model import Document
from khabar.timex.grammar import Cand

PUB_CUE = re.compile(r"(?:نشر|تاريخ\s+النشر|اخر\s+تحديث|تم\s+التحديث|محدث|تحديث|published|updated)\W{0,12}[^\n]{0,30}$",
                     re.IGNORECASE)
HEAD_CHARS = 400
SHORT_LINE = 100


def infer_dct(doc: Document, norm_text: str, kept: Sequence[tuple[Cand, int, int]]) -> tuple[dt.date, str] | None:
    """(date, source) inferred from the text, or None. ``kept`` holds (candidate, start, end)
    with original offsets."""
    dated = [(c, s, e) for c, s, e in kept if c.absolute is not None]
    # 1. datelines marked by the layout
    for span in doc.layout.datelines:
        for c, s, e in dated:
            if span.start <= s and e <= span.end + 40:
                assert c.absolute is not None
                return c.absolute, "inferred:dateline"
    # 2. a date on a short line at the top, or right after a "published" cue
    for c, s, e in dated:
        assert c.absolute is not None
        line_start = doc.text.rfind("\n", 0, s) + 1
        line_end = doc.text.find("\n", e)
        line_end = len(doc.text) if line_end < 0 else line_end
        if PUB_CUE.search(norm_text[max(0, c.start - 60):c.start]):
            return c.absolute, "inferred:dateline"
        if s < HEAD_CHARS and line_end - line_start <= SHORT_LINE and _is_dateline(
                doc.text[line_start:s], doc.text[e:line_end]):
            return c.absolute, "inferred:dateline"
    # 3. a weekday printed with a date that falls on it
    wd_dates = [c.absolute for c, _, _ in dated if c.weekday is not None and c.absolute is not None
                and c.absolute.isoweekday() == c.weekday]
    if wd_dates:
        return max(wd_dates), "inferred:weekday-date"
    # 4. the latest caption date, moved to the weekday the text calls today
    caption_dates: list[dt.date] = []
    for cap in doc.layout.captions:
        for iso in cap.dates:
            try:
                caption_dates.append(dt.date.fromisoformat(iso))
            except ValueError:
                continue
        caption_dates += [c.absolute for c, s, e in dated if cap.start <= s and e <= cap.end and c.absolute]
    if caption_dates:
        latest = max(caption_dates)
        today_wd = next((c for c, _, _ in kept if c.kind == "today-weekday" and c.weekday), None)
        if today_wd is not None and today_wd.weekday is not None:
            off = int(today_wd.extra.get("offset", 0) or 0)  # type: ignore[call-overload]
            named = today_wd.weekday
            # the day named is DCT + off; find the first DCT >= latest whose shifted weekday matches
            for k in range(7):
                cand = latest + dt.timedelta(days=k)
                if (cand + dt.timedelta(days=off)).isoweekday() == named:
                    return cand, "inferred:caption+weekday"
        return latest, "inferred:caption"
    return None


def _is_dateline(before: str, after: str) -> bool:
    """A line that is a date plus at most a place or a time set off by a separator
    (``القاهرة - 1 أبريل 2024``, ``1 أبريل 2024 | 10:30``), not a sentence that mentions one."""
    rest = (before + " " + after).strip()
    if rest.endswith(".") or len(re.findall(r"[^\W\d_]+", rest)) > 3:
        return False
    return not re.search(r"[^\W\d_]", rest) or bool(re.search(r"[-–—|/:،,(]", rest))
