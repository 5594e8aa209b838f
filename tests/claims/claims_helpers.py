"""Run the claims stage alone on one sentence, checking every quantity span quotes the text."""

from __future__ import annotations

from khabar.claims import claims_stage
from khabar.model import Claim
from khabar.pipeline import new_document


def claims_of(text: str) -> list[Claim]:
    doc = new_document(text, "2024-04-01")
    claims_stage(doc)
    for c in doc.claims:
        assert doc.text[c.quantity.start:c.quantity.end] == c.quantity.text
    return doc.claims
