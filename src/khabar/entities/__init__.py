"""Named entities (issue 4): PERSON, ORG, GPE, LOC, FAC and NORP mentions, linked.

``entities_stage`` is what the pipeline calls. Recognition (gazetteers, patterns) lives in
:mod:`khabar.entities.recognize`, the lexicons in :mod:`khabar.entities.lexicon`, linking
and coreference in :mod:`khabar.entities.link`.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import TypeAdapter

from khabar.model import Document, Entity

__all__ = ["entities_stage", "find_entities"]


def find_entities(doc: Document) -> list[Entity]:
    """The linked entity mentions of ``doc`` (sorted, without set-aside spans)."""
    from khabar.entities.lexicon import lexicon
    from khabar.entities.link import link, slug
    from khabar.entities.recognize import recognize
    from khabar.text import view

    tv = view(doc)
    text = doc.text
    mentions = recognize(text, tv.tokens, tv.norm.to_original)
    linked = link(mentions, lexicon(), doc.publication_date.value)
    seen: set[tuple[int, int, str]] = set()
    out: list[dict[str, object]] = []
    lay = doc.layout
    # the set-aside zones, as Document.is_set_aside reads them (looked at here once, not per mention)
    zones = [(z.start, z.end) for z in (*lay.chrome, *lay.duplicates)]
    for m in sorted(linked, key=lambda x: (x.start, -x.end, x.label)):
        start, end, label = m.start, m.end, m.label
        if end <= start or (start, end, label) in seen:
            continue
        hidden = False
        for s, e in zones:  # (a plain loop: cheaper than any() over a generator)
            if s <= start and end <= e:
                hidden = True
                break
        if hidden:
            continue
        seen.add((start, end, label))
        canon = m.canonical or ""
        out.append({"start": start, "end": end, "text": text[start:end], "label": label,
                    "canonical": canon, "entity_id": slug(label, canon), "source": m.source,
                    "role": m.role})
    return _entities().validate_python(out)  # all at once: same validation, less overhead


@lru_cache(maxsize=1)
def _entities() -> TypeAdapter[list[Entity]]:
    """Validates a list of entity dicts in one call (built once, on first use)."""
    return TypeAdapter(list[Entity])


def entities_stage(doc: Document) -> None:
    """Find PERSON/ORG/GPE/LOC/FAC/NORP mentions, link them, append them to ``doc.entities``."""
    doc.entities.extend(find_entities(doc))
