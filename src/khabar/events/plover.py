"""PLOVER JSONL export: one record per coded event, every field traced to its text span.

The record follows the PLOVER event-data fields (id, date, actor, event, recipient, mode,
context, event_loc) and adds khabar's evidence: the trigger, actor, recipient and location
spans as character offsets into the input, the sentence, and the factuality (``modality``)
so a planned or cancelled event is never read as one that happened.

``date`` is the event's own date when its clause names one, else the document date (DCT):
PLOVER records always carry a date; ``date_source`` says which it was.
"""

from __future__ import annotations

import hashlib
from typing import Any

from khabar.model import Document, Event, Span

PLOVER_FIELDS = ("id", "date", "actor", "event", "recipient", "mode", "context", "event_loc")
EVIDENCE_FIELDS = ("date_source", "modality", "actors", "recipients", "trigger", "actor_spans",
                   "recipient_spans", "event_loc_span", "sentence", "doc_id", "source")


def _span(sp: Span | None) -> dict[str, Any] | None:
    return None if sp is None else {"start": sp.start, "end": sp.end, "text": sp.text}


def doc_id(doc: Document) -> str:
    """Stable id of a document: a hash of its text (the same input gives the same ids)."""
    return hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]


def _context(ev: Event) -> list[str]:
    """PLOVER context tags from the trigger's lemma row (military, diplomatic, legal ...)."""
    from khabar.events.lexicon import CLITICS, lexicon
    from khabar.text import normalize_word

    word = normalize_word(ev.trigger.text.split()[0]) if ev.trigger.text.split() else ""
    cands = [word] + [word[k:] for k in (1, 2, 3, 4) if word[:k] in CLITICS and len(word) - k >= 2]
    for stem in cands:
        for entry, _ in lexicon().forms.get(stem, ()):
            if entry.type == ev.type and entry.context:
                return [entry.context]
    return []


def plover_records(doc: Document) -> list[dict[str, Any]]:
    """The PLOVER records of ``doc``'s events (run the events stage first)."""
    did = doc_id(doc)
    dct = doc.publication_date.value
    out: list[dict[str, Any]] = []
    for n, ev in enumerate(doc.events):
        out.append({
            "id": f"{did}-{n:03d}",
            "doc_id": did,
            "source": doc.meta.url or doc.meta.source,
            "date": ev.date or dct,
            "date_source": "text" if ev.date else ("dct" if dct else None),
            "actor": ev.actors[0] if ev.actors else None,
            "actors": list(ev.actors),
            "event": ev.type,
            "recipient": ev.targets[0] if ev.targets else None,
            "recipients": list(ev.targets),
            "mode": ev.mode or "",
            "modality": ev.modality,
            "context": _context(ev),
            "event_loc": ev.place,
            "event_loc_span": _span(ev.place_span),
            "trigger": _span(ev.trigger),
            "actor_spans": [_span(s) for s in ev.actor_spans],
            "recipient_spans": [_span(s) for s in ev.target_spans],
            "sentence": _span(ev.sentence),
        })
    return out
