"""Helpers for attribution tests: run the stage on a sentence, optionally with entities."""

from __future__ import annotations

from khabar.attribution import attribution_stage
from khabar.model import Attribution, Document, Entity
from khabar.pipeline import new_document


def analyze(text: str, entities: list[tuple[str, str, str]] | None = None) -> Document:
    """A document for ``text`` with the given (surface, label, canonical) entities marked at
    their first occurrence, run through the attribution stage only.

    The grammar tests read every statement the stage extracted, so according-to items
    (``doc.according_to``) are merged back into ``attributions`` in text order here;
    ``extracted_apart`` keeps the stage's own split for the tests of that split.
    """
    doc = extracted_apart(text, entities)
    doc.attributions = sorted([*doc.attributions, *doc.according_to], key=lambda a: (a.cue.start, a.cue.end))
    return doc


def extracted_apart(text: str, entities: list[tuple[str, str, str]] | None = None) -> Document:
    """Like :func:`analyze`, with reported speech and according-to items in their own lists."""
    doc = new_document(text)
    for surface, label, canonical in entities or []:
        start = text.index(surface)
        doc.entities.append(Entity(start=start, end=start + len(surface), text=surface, label=label,  # type: ignore[arg-type]
                                   canonical=canonical, entity_id=canonical))
    attribution_stage(doc)
    return doc


def summary(a: Attribution) -> tuple[str, str, str | None, str | None, str]:
    """(kind, cue, speaker text, speaker type, content) of one attribution."""
    sp = a.speaker
    return (a.kind, a.cue.text, sp.text if sp else None, sp.type if sp else None, a.content.text)
