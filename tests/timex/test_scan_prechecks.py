"""The paragraph prechecks of ``find_candidates`` (``grammar._ALSO``) skip only families that cannot match."""

from __future__ import annotations

from khabar.text import normalize
from khabar.timex.grammar import _ALSO, PATTERNS, _also_patterns, _digit_led, find_candidates

from .cases import CASES

# sentences that hold a match of the families with a precheck (besides the table's cases)
EXTRA = [
    "من 3 إلى 5 مارس 2023", "بين الخامس والسابع من أبريل", "في النصف الأول من شهر مايو",
    "صباح يوم الخميس 12 مارس", "مساء 3 يناير 2020", "بتاريخ 12/3/2021", "في 2021-03-12",
    "في عام 1998", "في أيار 2019", "سنة 1445 هـ", "بين 3 و5 أيام", "من ثلاثة إلى خمسة أشهر",
    "وبعد ذلك بيومين", "قبلها بثلاث ساعات", "في 12 رمضان 1445", "في ربيع الأول 1445",
    "في الوقت الحالي", "حتى الآن", "في العشر الأواخر من رمضان",
    # long whitespace runs: that paragraph is scanned without the reach bound
    "وقع الهجوم في الخامس من" + " " * 90 + "مارس 2023", "الرقم 12345678901234567 بعد ثلاثة" + " " * 90 + "أيام",
]


def _texts() -> list[str]:
    texts = [normalize(c[0]).text for c in CASES] + [normalize(t).text for t in EXTRA]
    return [*texts, "\n".join(texts)]


def test_every_match_holds_its_precheck() -> None:
    """One of each family's prechecks matches inside every match of the family's regex."""
    needs = {name: _also_patterns(name) for name in _ALSO}
    seen = dict.fromkeys(needs, 0)
    for text in _texts():
        for rx, handler in PATTERNS:
            need = needs.get(handler.__name__)
            if need is None:
                continue
            for m in rx.finditer(text):
                seen[handler.__name__] += 1
                assert any(n.search(text, m.start(), m.end()) for n in need), (handler.__name__, m.group())
    assert all(seen.values()), [k for k, v in seen.items() if not v]


def test_prechecked_scan_equals_full_scan() -> None:
    """Gated and full scans agree, also when only some paragraphs have long whitespace runs."""
    for text in [*_texts(), normalize("\n".join(EXTRA[-2:] + EXTRA[:3])).text]:
        fast = [(c.start, c.end, c.type, c.kind) for c in find_candidates(text)]
        full = [(c.start, c.end, c.type, c.kind) for c in find_candidates(text, gate=False)]
        assert fast == full


def test_digit_led_only_when_every_match_starts_with_a_digit() -> None:
    assert _digit_led(r"\d\d\d") and _digit_led(r"\d\s*(?:a|b)") and _digit_led(r"\da|\db")
    assert not any(_digit_led(rx) for rx in (r"\d?x", r"\d*x", r"\d|x", r"x\d", r"1\d", r"[0-9]", r"(?:\d|x)y"))
