"""Lexicon coverage by PLOVER type, sense disambiguation, carried-over subjects, participles."""

from __future__ import annotations

import pytest
from events_cases import Case
from events_cases_coverage import AGENTLESS, CARRY, COVERAGE
from events_helpers import assert_events, code


def _check(case: Case) -> None:
    assert_events(*case)


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
