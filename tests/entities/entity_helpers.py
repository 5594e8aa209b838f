"""Run the entity recognizer alone on one text, checking every mention quotes the text."""

from __future__ import annotations

from khabar.entities import find_entities
from khabar.model import Entity
from khabar.pipeline import new_document


def ents(text: str, date: str | None = "2024-04-01") -> list[Entity]:
    doc = new_document(text, date)
    out = find_entities(doc)
    for e in out:
        assert doc.text[e.start:e.end] == e.text
    return out
