"""Build test Documents from marked-up sentences.

Markup: ``[surface|LABEL|Canonical]`` is an entity mention, ``{surface|VALUE}`` a DATE timex.
The markup is removed and the items get exact offsets into the clean text, as the entity
and timex stages would give them.
"""

from __future__ import annotations

import re

from khabar.events import events_stage
from khabar.model import Document, Entity, Event, Timex
from khabar.pipeline import new_document

_MARK = re.compile(r"\[([^\]|]+)\|([A-Z]+)\|([^\]]+)\]|\{([^}|]+)\|([^}]+)\}")


def build(marked: str, date: str | None = "2024-04-01") -> Document:
    """A Document for ``marked`` with its entities and timexes, before the events stage."""
    text_parts: list[str] = []
    ents: list[tuple[int, int, str, str]] = []
    tims: list[tuple[int, int, str]] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(marked):
        text_parts.append(marked[last:m.start()])
        pos += m.start() - last
        surface = m.group(1) or m.group(4)
        if m.group(1):
            ents.append((pos, pos + len(surface), m.group(2), m.group(3)))
        else:
            tims.append((pos, pos + len(surface), m.group(5)))
        text_parts.append(surface)
        pos += len(surface)
        last = m.end()
    text_parts.append(marked[last:])
    text = "".join(text_parts)
    doc = new_document(text, date)
    for s, e, label, canon in ents:
        doc.entities.append(Entity(start=s, end=e, text=text[s:e], label=label,  # type: ignore[arg-type]
                                   canonical=canon, entity_id=canon, source="test"))
    for s, e, value in tims:
        doc.timexes.append(Timex(start=s, end=e, text=text[s:e], type="DATE", value=value))
    return doc


def code(marked: str, date: str | None = "2024-04-01") -> tuple[Document, list[Event]]:
    """Run the events stage on a marked-up text."""
    doc = build(marked, date)
    events_stage(doc)
    return doc, doc.events


# (type, a word inside the trigger, actors, targets or None to skip, modality or date)
Expected = tuple[str, str, list[str], list[str] | None, str | None]


def assert_events(marked: str, expected: list[Expected], *, date: str | None = "2024-04-01",
                  last: str = "modality", loose_trigger: bool = False) -> None:
    """The events coded for ``marked`` are ``expected``, in order.

    ``last`` names what the fifth field of an expected event checks: ``modality`` (always
    compared, None included) or ``date`` (compared when given). ``loose_trigger`` also accepts
    a trigger that lies inside the expected word. Every span must quote the text.
    """
    doc, events = code(marked, date)
    got = [(e.type, e.trigger.text, e.actors, e.targets, getattr(e, last)) for e in events]
    assert len(events) == len(expected), got
    for ev, (typ, word, actors, targets, fifth) in zip(events, expected, strict=True):
        assert (ev.type, ev.actors) == (typ, actors), got
        assert word in ev.trigger.text or (loose_trigger and ev.trigger.text in word), got
        if targets is not None:
            assert ev.targets == targets, got
        if last == "modality" or fifth is not None:
            assert getattr(ev, last) == fifth, got
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        for sp in ev.actor_spans + ev.target_spans:
            assert doc.text[sp.start:sp.end] == sp.text
