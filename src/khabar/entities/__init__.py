"""Named entities (issue 4): PERSON, ORG, GPE, LOC, FAC and NORP mentions, linked.

``entities_stage`` is what the pipeline calls. Recognition (gazetteers, patterns) lives in
:mod:`khabar.entities.recognize`, the lexicons in :mod:`khabar.entities.lexicon`, linking
and coreference in :mod:`khabar.entities.link`.
"""

from __future__ import annotations

from khabar.model import Document, Entity

__all__ = ["entities_stage", "find_entities"]


def find_entities(doc: Document) -> list[Entity]:
    """The linked entity mentions of ``doc`` (sorted, without set-aside spans)."""
    from khabar.entities.lexicon import lexicon
    from khabar.entities.link import link, slug
    from khabar.entities.recognize import recognize
    from khabar.text import view

    tv = view(doc)
    mentions = recognize(doc.text, tv.tokens, tv.norm.to_original)
    linked = link(mentions, lexicon(), doc.publication_date.value)
    seen: set[tuple[int, int, str]] = set()
    out: list[Entity] = []
    for m in sorted(linked, key=lambda x: (x.start, -x.end, x.label)):
        if m.end <= m.start or (m.start, m.end, m.label) in seen or doc.is_set_aside(m.start, m.end):
            continue
        seen.add((m.start, m.end, m.label))
        canon = m.canonical or ""
        out.append(Entity(start=m.start, end=m.end, text=doc.text[m.start:m.end], label=m.label,  # type: ignore[arg-type]
                          canonical=canon, entity_id=slug(m.label, canon), source=m.source,
                          role=m.role))
    return out


def entities_stage(doc: Document) -> None:
    """Find PERSON/ORG/GPE/LOC/FAC/NORP mentions, link them, append them to ``doc.entities``."""
    doc.entities.extend(find_entities(doc))
