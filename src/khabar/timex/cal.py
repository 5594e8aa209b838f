"""Calendar arithmetic for TIMEX3 values: ISO weeks, month shifts, Hijri dates, zone offsets.

Hijri dates use hijridate's Umm al-Qura tables (1343-1500 AH, 1924-2077 CE), the official
Saudi calendar most Arabic outlets print. Outside that range (historical texts) the
arithmetical (tabular) Islamic calendar is used: it may differ from an observed month
start by a day, which TIMEX3 cannot express anyway at month or year precision.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

_VALUE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_VALUE_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_VALUE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_VALUE_YEAR = re.compile(r"^(\d{4})$")

UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after ``y-m``."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def shift(dct: dt.date, n: int, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` that lies ``n`` units from ``dct`` (n < 0: past)."""
    if unit in ("second", "minute", "hour"):
        secs = {"second": 1, "minute": 60, "hour": 3600}[unit] * n
        return (dct + dt.timedelta(days=math.floor(secs / 86400))).isoformat() if abs(secs) >= 86400 else dct.isoformat()
    if unit == "day":
        return (dct + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return fmt_week(dct + dt.timedelta(weeks=n))
    if unit == "month":
        return fmt_month(*add_months(dct.year, dct.month, n))
    if unit == "quarter":
        q = (dct.year * 4 + (dct.month - 1) // 3) + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{dct.year + n:04d}"
    if unit == "decade":
        return f"{dct.year // 10 + n:03d}"
    if unit == "century":
        return f"{dct.year // 100 + n:02d}"
    raise ValueError(unit)


def shift_value(value: str, n: int, unit: str) -> str | None:
    """Shift a resolved TIMEX3 value by ``n`` units, keeping the coarser of the two precisions.

    Used for anchored chains ("بعد ذلك بيومين"): two days after a week stays that week when
    the day inside it is unknown, rather than inventing a day.
    """
    m = _VALUE_DAY.match(value)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if unit in ("second", "minute", "hour"):
            return d.isoformat()
        return shift(d, n, unit)
    m = _VALUE_WEEK.match(value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if unit in ("second", "minute", "hour"):
            return value
        if unit == "day":
            return fmt_week(monday + dt.timedelta(days=n)) if abs(n) >= 7 else value
        return shift(monday, n, unit)
    m = _VALUE_MONTH.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        if unit in ("month", "quarter", "year", "decade", "century"):
            return shift(dt.date(y, mo, 1), n, unit)
        if unit == "week" and abs(n) >= 5 or unit == "day" and abs(n) >= 31:
            days = n * 7 if unit == "week" else n
            return fmt_month(*add_months(y, mo, round(days / 30.44)))
        return value
    m = _VALUE_YEAR.match(value)
    if m:
        y = int(m[1])
        if unit in ("year", "decade", "century"):
            return shift(dt.date(y, 7, 1), n, unit)
        return value
    return None


AGAINST_TENSE = 3.0  # a date against the tense must be this many times nearer to win (about 3 months ahead at most)


PAST_GRACE = 3  # days: a past verb still takes a date this close ahead (a late or inferred DCT), not a year back


def nearest_year(dct: dt.date, month: int, day: int | None, future: bool, strict: bool = False,
                 past: bool = False) -> int:
    """Year putting ``month``/``day`` nearest the DCT, past-biased: news reports what
    happened, so a date ahead of the DCT in a sentence not in the future tense must be
    ``AGAINST_TENSE`` times nearer than the one behind it (7 October in a June article is
    last October, not next). ``strict``: only the tense's side of the DCT (a month in the
    DCT's own month counts as both sides). ``past``: a past verb governs the date, so one
    ahead of the DCT is out unless within ``PAST_GRACE`` days."""
    best: tuple[float, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        if day is None:
            start = dt.date(y, month, 1)
            end = dt.date(*add_months(y, month, 1), 1) - dt.timedelta(days=1)
            if start <= dct <= end:
                return y
            delta = (dct - end).days if end < dct else -(start - dct).days
        else:
            d = valid_date(y, month, day) or dt.date(y, month, 28)
            delta = (dct - d).days  # > 0: in the past
        dist = float(abs(delta))
        if past and delta < -(PAST_GRACE if day is not None else 0):
            continue
        if delta != 0 and (delta < 0) != future:
            if strict:
                continue
            dist *= AGAINST_TENSE  # against the tense: needs to be much nearer to win
        if best is None or dist < best[0]:
            best = (dist, y)
    assert best is not None
    return best[1]


def nearest_weekday(dct: dt.date, iso_weekday: int, direction: str) -> dt.date:
    """The day of ``iso_weekday`` nearest the DCT: ``past``/``future`` include the DCT itself;
    ``last``/``next`` exclude it (الاثنين الماضي on a Monday is a week ago)."""
    diff = (dct.isoweekday() - iso_weekday) % 7
    if direction == "past":
        return dct - dt.timedelta(days=diff)
    if direction == "last":
        return dct - dt.timedelta(days=diff or 7)
    ahead = (iso_weekday - dct.isoweekday()) % 7
    if direction == "future":
        return dct + dt.timedelta(days=ahead)
    return dct + dt.timedelta(days=ahead or 7)


# --- Hijri ------------------------------------------------------------------------------

_HIJRI_EPOCH_JDN = 1948439  # 1 Muharram 1 AH (civil epoch) minus one, as a Julian day number
_JDN_ORDINAL = 1721425  # JDN of proleptic Gregorian ordinal 0


def _tabular_to_gregorian(y: int, m: int, d: int) -> dt.date:
    jdn = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + _HIJRI_EPOCH_JDN
    return dt.date.fromordinal(jdn - _JDN_ORDINAL)


@lru_cache(maxsize=4096)
def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Gregorian date of a Hijri date (Umm al-Qura where hijridate covers it)."""
    if not (1 <= m <= 12 and 1 <= d <= 30 and 1 <= y <= 2000):
        return None
    if 1343 <= y <= 1500:
        from hijridate import Hijri

        try:
            g = Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            if d == 30:  # a 29-day month in Umm al-Qura
                return None
            raise
        return dt.date(g.year, g.month, g.day)
    try:
        return _tabular_to_gregorian(y, m, d)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=1024)
def gregorian_to_hijri_year(d: dt.date) -> int:
    if dt.date(1924, 8, 1) <= d <= dt.date(2077, 11, 16):
        from hijridate import Gregorian

        return int(Gregorian(d.year, d.month, d.day).to_hijri().year)
    return round((d.year - 622) * 33 / 32)


def hijri_month_value(y: int, m: int) -> str | None:
    """A Hijri month as the Gregorian month holding its middle (TIMEX3 has no Hijri months)."""
    mid = hijri_to_gregorian(y, m, 15)
    return fmt_month(mid.year, mid.month) if mid else None


def hijri_year_value(y: int) -> str | None:
    """A Hijri year as the Gregorian year holding its middle."""
    mid = hijri_to_gregorian(y, 7, 1)
    return f"{mid.year:04d}" if mid else None


# --- time zones -------------------------------------------------------------------------


@lru_cache(maxsize=512)
def zone_offset(zone: str, day: dt.date | None) -> str:
    """UTC offset of an IANA ``zone`` on ``day`` (noon), as ``+03:00`` or ``Z``."""
    if zone == "Etc/UTC":
        return "Z"
    try:
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(zone)
    except Exception:  # no tz database on this system: no offset rather than a wrong one
        return ""
    when = dt.datetime.combine(day or dt.date(2024, 1, 15), dt.time(12), tzinfo=tz)
    off = when.utcoffset() or dt.timedelta(0)
    mins = int(off.total_seconds() // 60)
    if mins == 0:
        return "Z"
    sign = "+" if mins > 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
