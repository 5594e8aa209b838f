"""The event coder on hand-written sentences: types, triggers, actors, targets, factuality."""

from __future__ import annotations

import pytest
from events_cases import ALL, Case
from events_helpers import code


def _id(case: Case) -> str:
    return case[0][:40]


@pytest.mark.parametrize("case", ALL, ids=[_id(c) for c in ALL])
def test_sentence(case: Case) -> None:
    marked, expected = case
    doc, events = code(marked)
    got = [(e.type, e.trigger.text, e.actors, e.targets, e.modality) for e in events]
    assert len(events) == len(expected), got
    for ev, (typ, word, actors, targets, modality) in zip(events, expected, strict=True):
        assert ev.type == typ, got
        assert word in ev.trigger.text, got
        assert ev.actors == actors, got
        if targets is not None:
            assert ev.targets == targets, got
        assert ev.modality == modality, got
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


def test_every_type_is_covered() -> None:
    types = {e[0] for _, exp in ALL for e in exp}
    assert types == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(ALL) >= 150
