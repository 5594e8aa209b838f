"""Lexicon coverage by PLOVER type, sense disambiguation, carried-over subjects, participles."""

from __future__ import annotations

import pytest
from events_cases import Case
from events_cases_coverage import AGENTLESS, CARRY, COVERAGE
from events_helpers import code


def _check(case: Case) -> None:
    marked, expected = case
    doc, events = code(marked)
    got = [(e.type, e.trigger.text, e.actors, e.targets, e.modality) for e in events]
    assert len(events) == len(expected), got
    for ev, (typ, word, actors, targets, modality) in zip(events, expected, strict=True):
        assert (ev.type, ev.actors, ev.modality) == (typ, actors, modality), got
        assert word in ev.trigger.text, got
        if targets is not None:
            assert ev.targets == targets, got
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


@pytest.mark.parametrize("case", COVERAGE, ids=[c[0][:40] for c in COVERAGE])
def test_coverage(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", AGENTLESS, ids=[c[0][:40] for c in AGENTLESS])
def test_agentless(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CARRY, ids=[c[0][:40] for c in CARRY])
def test_carried_subject(case: Case) -> None:
    _check(case)


def test_carried_actor_span_points_at_the_earlier_sentence() -> None:
    doc, events = code("قال [الجيش الإسرائيلي|ORG|Israel Defense Forces] إن الوضع تحت السيطرة. "
                       "وأضاف أنه قصف مواقع في [لبنان|GPE|Lebanon].")
    (ev,) = events
    assert ev.actor_spans[0].text == "الجيش الإسرائيلي"
    assert ev.actor_spans[0].start < ev.sentence.start
