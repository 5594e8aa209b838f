"""Arabic number expressions -> value, value_max, bound (table in cases.py)."""

from __future__ import annotations

import pytest
from claims_cases import NUMBER_CASES

from khabar.numbers import as_number, number_words, parse_quantity
from khabar.text import normalize_word


@pytest.mark.parametrize(("expr", "value", "value_max", "bound"), NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_number_expression(expr: str, value: float, value_max: float | None, bound: str) -> None:
    q = parse_quantity(expr)
    assert q is not None, expr
    assert as_number(q.value) == value
    assert (as_number(q.value_max) if q.value_max is not None else None) == value_max
    assert q.bound == bound


def test_whole_values_are_ints_and_decimals_exact() -> None:
    q = parse_quantity("2.3 مليون")
    assert q is not None and as_number(q.value) == 2300000 and isinstance(as_number(q.value), int)
    q = parse_quantity("3.5")
    assert q is not None and as_number(q.value) == 3.5


@pytest.mark.parametrize("text", ["أحد المسؤولين", "عدة أشخاص", "نصف السكان", "المئة", "كلمة"])
def test_not_a_number(text: str) -> None:
    assert parse_quantity(text) is None


def test_lexicon_agrees_with_pyarabic() -> None:
    """Every plain number word pyarabic knows has the same value in khabar's table."""
    from pyarabic.number_const import NUMBER_WORDS

    ours = number_words()
    checked = 0
    for word, value in NUMBER_WORDS.items():
        w = normalize_word(word)
        if w in ours and ours[w][1] in ("unit", "ten", "hundred", "hundreds", "scale", "dual"):
            assert ours[w][0] == value, word
            checked += 1
    assert checked >= 50


def test_pyarabic_misses_what_khabar_reads() -> None:
    """The forms pyarabic gets wrong (reason for khabar's own parser)."""
    from pyarabic.number import text2number

    assert text2number("مئتا") == 0
    q = parse_quantity("مئتا")
    assert q is not None and as_number(q.value) == 200


def test_value_of() -> None:
    from khabar.numbers import value_of

    assert value_of("أكثر من 32 ألف") == (32000, None, "lower")
    assert value_of("بين 10 و20") == (10, 20, "approx")
    assert value_of("لا أرقام") is None
