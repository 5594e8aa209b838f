"""Claims of single sentences: category, bound, source, hedges; and figures that are not claims."""

from __future__ import annotations

import pytest
from claims_cases import CLAIM_CASES, MULTI_CASES, NON_CLAIMS

from khabar.claims import claims_stage
from khabar.model import Claim, Document
from khabar.pipeline import new_document


def claims_of(text: str) -> tuple[Document, list[Claim]]:
    doc = new_document(text, "2024-04-01")
    claims_stage(doc)
    return doc, doc.claims


def _spans_ok(doc: Document) -> None:
    for c in doc.claims:
        assert doc.text[c.quantity.start:c.quantity.end] == c.quantity.text
        if c.source is not None:
            assert doc.text[c.source.start:c.source.end] == c.source.text
        for h in c.hedges:
            assert doc.text[h.start:h.end] == h.text


@pytest.mark.parametrize(
    ("sentence", "quantity", "value", "bound", "category", "source", "hedged"),
    CLAIM_CASES, ids=[c[0][:40] for c in CLAIM_CASES],
)
def test_claim(sentence: str, quantity: str, value: float, bound: str, category: str,
               source: str | None, hedged: bool) -> None:
    doc, claims = claims_of(sentence)
    _spans_ok(doc)
    assert len(claims) == 1, [c.quantity.text for c in claims]
    c = claims[0]
    assert c.quantity.text == quantity
    assert c.value == value
    assert c.bound == bound
    assert c.category == category
    if source is None:
        assert c.source is None, c.source
    else:
        assert c.source is not None and source in c.source.text, c.source
    assert bool(c.hedges) == hedged, c.hedges


@pytest.mark.parametrize(("sentence", "expected"), MULTI_CASES, ids=[c[0][:40] for c in MULTI_CASES])
def test_several_claims(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    doc, claims = claims_of(sentence)
    _spans_ok(doc)
    assert [(c.quantity.text, c.value, c.category) for c in claims] == expected


@pytest.mark.parametrize("sentence", NON_CLAIMS)
def test_not_a_claim(sentence: str) -> None:
    _, claims = claims_of(sentence)
    assert claims == [], [(c.quantity.text, c.category) for c in claims]
