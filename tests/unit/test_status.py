"""The stand status workflow: which steps it allows, and how a refusal is worded."""

from __future__ import annotations

import pytest

from boothmanager.domain import StandStatus, TransitionRefused
from boothmanager.domain.status import TRANSITIONS, allowed

S = StandStatus
ALLOWED = [(S.APPLIED, S.ACCEPTED), (S.ACCEPTED, S.PLACED), (S.PLACED, S.CONFIRMED),
           (S.APPLIED, S.WAITLIST), (S.WAITLIST, S.ACCEPTED), (S.ACCEPTED, S.WAITLIST),
           (S.PLACED, S.ACCEPTED), (S.CONFIRMED, S.PLACED), (S.CANCELLED, S.APPLIED)]
REFUSED = [(S.APPLIED, S.PLACED), (S.APPLIED, S.CONFIRMED), (S.WAITLIST, S.PLACED),
           (S.ACCEPTED, S.CONFIRMED), (S.CANCELLED, S.ACCEPTED), (S.CANCELLED, S.PLACED),
           (S.CONFIRMED, S.ACCEPTED), (S.WAITLIST, S.APPLIED)]


@pytest.mark.parametrize(("old", "new"), ALLOWED)
def test_allowed_steps(old: StandStatus, new: StandStatus) -> None:
    assert allowed(old, new)


@pytest.mark.parametrize(("old", "new"), REFUSED)
def test_refused_steps(old: StandStatus, new: StandStatus) -> None:
    assert not allowed(old, new)


@pytest.mark.parametrize("status", list(StandStatus))
def test_every_status_may_be_cancelled_or_left_as_it_is(status: StandStatus) -> None:
    assert allowed(status, status)
    assert status is S.CANCELLED or allowed(status, S.CANCELLED)
    assert TRANSITIONS[status]  # no dead end


def test_a_refusal_names_the_stand_and_the_ways_out() -> None:
    error = TransitionRefused(stand_id=7, old=S.APPLIED, new=S.CONFIRMED)
    assert str(error) == ("stand 7 cannot go from applied to confirmed "
                          "(from applied: accepted, waitlist, cancelled)")
