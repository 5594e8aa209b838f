"""Fast paths that must give exactly what the plain code they replace gives."""

from __future__ import annotations

import bisect
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.model import Claim, Document, Meta, Span
from khabar.pipeline import analyze
from khabar.text import segment_index


def _by_bisect(positions: list[int], seg_starts: list[int]) -> list[int]:
    return [max(bisect.bisect_right(seg_starts, p) - 1, 0) for p in positions]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60)), st.lists(st.integers(0, 60)))
def test_segment_index_is_a_bisect_per_position(positions: list[int], seg_starts: list[int]) -> None:
    positions.sort()
    seg_starts.sort()
    assert segment_index(positions, seg_starts) == _by_bisect(positions, seg_starts)


def _reference_json(doc: Document, indent: int | None = 1) -> str:
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def test_to_json_is_the_json_module_output_on_an_article() -> None:
    doc = analyze("قال وزير الصحة إن 1.5 مليون شخص نزحوا منذ 7 أكتوبر، بحسب الأمم المتحدة.\n"
                  "وأضاف: «الوضع \"كارثي\"» \\ \t.", "2024-04-01")
    for indent in (None, 0, 1, 2):
        assert doc.to_json(indent) == _reference_json(doc, indent)


@pytest.mark.parametrize("value", [0.0, -0.0, 1e-4, 9.9e-5, 1e-7, 1.5, 1e16, 1e300, float("nan"),
                                   float("inf"), -float("inf"), 3, 2**70, True])
def test_to_json_prints_every_number_like_json(value: float) -> None:
    doc = Document(text="x", meta=Meta(khabar_version="0"))
    doc.claims = [Claim(quantity=Span(start=0, end=1, text="x"), value=value, value_max=value,
                        bound="exact", category="x")]
    assert doc.to_json() == _reference_json(doc)


@pytest.mark.parametrize("text", ["a\ud800b", "\x00\x1f\x7f\u2028\u2029\ufeff\"\\/", "\U0001F600 نص"])
def test_to_json_escapes_like_json(text: str) -> None:
    doc = Document(text=text, meta=Meta(khabar_version="0", extra={}))
    assert doc.to_json() == _reference_json(doc)
    doc.meta.extra = {"k": [1e-7, {"n": None}], "t": (1, 2)}
    assert doc.to_json() == _reference_json(doc)


def test_span_of_is_the_constructor() -> None:
    text = "قال الوزير"
    fast = Span.of(text, 4, 10)
    plain = Span(start=4, end=10, text=text[4:10])
    assert fast == plain and type(fast) is Span
    assert fast.model_fields_set == plain.model_fields_set
    with pytest.raises(ValueError):
        Span.of(text, -1, 2)
