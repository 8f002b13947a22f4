"""The solver's input: built from an event with the rules not stored yet, and checked."""

from __future__ import annotations

import pytest

from boothmanager.domain import Event, InvalidValue
from boothmanager.domain.assignment import (
    AssignmentSettings,
    BoothState,
    StandRules,
    Weights,
    Wish,
    problem_from_event,
    solve,
)
from boothmanager.seed import demo_event

from .auto_support import M2, POWER, booth, problem, row, stand


@pytest.fixture
def event() -> Event:
    create = demo_event()
    return Event(info=create.info, venue=create.venue, booths=create.booths, stands=create.stands)


def test_the_event_gives_needs_themes_and_current_booths(event: Event) -> None:
    built = problem_from_event(event)
    assert [s.stand_id for s in built.stands] == [1, 2, 3, 4, 5]
    assert [s.current_booth for s in built.stands] == ["S1", "S2", "S3", None, None]
    assert {s.theme for s in built.stands} == {"Strukturorientierte Integrationsarbeit"}
    assert [b.number for b in built.booths] == ["S1", "S2", "S3", "S4", "S5"]
    assert built.booths[0].rect.area_mm2 == 6 * M2 and built.booths[0].zone == ""


def test_rules_not_stored_yet_are_passed_in(event: Event) -> None:
    settings = AssignmentSettings(
        rules={1: StandRules(locked=True), 4: StandRules(wishes=(Wish(booth="S5"),),
                                                        apart=frozenset({5}))},
        zones={"S5": "Ost"}, weights=Weights(move=0))
    built = problem_from_event(event, settings)
    assert built.stands[0].locked_booth == "S1"
    assert built.stands[3].wishes == (Wish(booth="S5"),) and built.stands[3].apart == {5}
    assert built.booths[4].zone == "Ost" and built.weights.move == 0
    assert built.booth_state("S1") is BoothState.LOCKED
    assert built.booth_state("S4") is BoothState.FREE
    proposal = solve(built)
    assert proposal.booth_of(1) == "S1" and proposal.booth_of(4) == "S5"


def test_reserved_booths(event: Event) -> None:
    from dataclasses import replace

    booths = tuple(replace(b, reserved=b.number in ("S1", "S5")) for b in event.booths)
    built = problem_from_event(replace(event, booths=booths))
    assert built.booth_state("S1") is BoothState.LOCKED  # reserved, and its stand stays
    assert built.booth_state("S5") is BoothState.RESERVED
    proposal = solve(built)
    assert proposal.booth_of(1) == "S1" and "S5" not in {p.booth for p in proposal.placements}


@pytest.mark.parametrize(("settings", "field"), [
    (AssignmentSettings(rules={99: StandRules()}), "stand rules"),
    (AssignmentSettings(rules={4: StandRules(locked=True)}), "lock"),
    (AssignmentSettings(rules={4: StandRules(near=frozenset({99}))}), "near/apart"),
    (AssignmentSettings(rules={4: StandRules(wishes=(Wish(booth="S9"),))}), "wish"),
])
def test_rules_that_name_what_is_not_there_are_refused(event: Event, settings: AssignmentSettings,
                                                       field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        problem_from_event(event, settings)
    assert refused.value.field == field


@pytest.mark.parametrize("build", [
    lambda: problem([stand(1), stand(1)], row(1)),
    lambda: problem([stand(1)], [*row(1), *row(1)]),
    lambda: problem([stand(1, current_booth="S1"), stand(2, current_booth="S1")], row(1)),
    lambda: problem([stand(1, locked_booth="S1"), stand(2, locked_booth="S1")], row(1)),
    lambda: problem([stand(1, locked_booth="S7")], row(1)),
    lambda: stand(1, near=frozenset({1})),
    lambda: stand(1, min_area_mm2=-1),
    lambda: Wish(),
    lambda: Wish(booth="S1", zone="Z"),
    lambda: Wish(booth="S1", weight=0),
    lambda: Weights(wish=-1),
    lambda: booth("S1", needs=frozenset({POWER})),
], ids=["stand twice", "booth twice", "two on one booth", "two locks on one booth",
        "unknown lock", "near itself", "negative area", "empty wish", "booth and zone",
        "zero weight", "negative weight", "not a booth field"])
def test_impossible_input_is_refused(build) -> None:  # noqa: ANN001
    with pytest.raises((InvalidValue, TypeError)):
        build()


def test_a_problem_with_nothing_in_it() -> None:
    proposal = solve(problem([], []))
    assert proposal.placements == () == proposal.unplaced and proposal.objective == 0
    lonely = solve(problem([stand(1)], []))
    assert lonely.unplaced[0].blocker.zones == frozenset()  # "no booth is free"
