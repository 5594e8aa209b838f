"""The event coder on hand-written sentences: types, triggers, actors, targets, factuality."""

from __future__ import annotations

import pytest
from events_cases import ALL, Case
from events_helpers import assert_events


def _id(case: Case) -> str:
    return case[0][:40]


@pytest.mark.parametrize("case", ALL, ids=[_id(c) for c in ALL])
def test_sentence(case: Case) -> None:
    assert_events(*case)


def test_every_type_is_covered() -> None:
    types = {e[0] for _, exp in ALL for e in exp}
    assert types == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(ALL) >= 150
