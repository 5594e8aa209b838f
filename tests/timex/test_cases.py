"""Table-driven timex tests: each row is (text, DCT, expected type, expected value)."""

from __future__ import annotations

import pytest

from khabar.timex import extract

from .cases import CASES


@pytest.mark.parametrize(("text", "dct", "typ", "value"), CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case(text: str, dct: str | None, typ: str | None, value: str | None) -> None:
    found = extract(text, dct)
    for t in found:
        assert text[t.start:t.end] == t.text
        assert isinstance(t.value, str)
    got = [(t.type, t.value) for t in found]
    if typ is None:
        assert got == [], f"near-miss read as a date: {[(t.text, t.value) for t in found]}"
    else:
        assert (typ, value) in got, f"{text!r}: got {[(t.text, t.type, t.value) for t in found]}"


def test_enough_cases() -> None:
    assert len(CASES) >= 300
    assert sum(1 for c in CASES if c[2] is None) >= 30
