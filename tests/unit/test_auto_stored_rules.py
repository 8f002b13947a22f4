"""The solver takes what the event file holds: wishes, allowed zones, near, apart, locks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from boothmanager.domain import Event, Rect
from boothmanager.domain.assignment import (
    ApartFrom,
    InZone,
    Locked,
    NearStand,
    Shortage,
    Weights,
    WishGranted,
    problem_from_event,
    solve,
)
from boothmanager.domain.assignment.adapter import AssignmentSettings
from boothmanager.domain.stand import StandWish
from boothmanager.seed import demo_event


@pytest.fixture
def event() -> Event:
    """The demo event: stands 1–3 on S1–S3 (a touching row), 4 and 5 without a booth."""
    create = demo_event()
    return Event(info=create.info, venue=create.venue, booths=create.booths, stands=create.stands)


def with_stands(event: Event, **changes: dict[str, object]) -> Event:
    """`s4={"wishes": …}` changes stand 4."""
    stands = tuple(replace(s, **changes.get(f"s{s.id}", {})) for s in event.stands)
    return replace(event, stands=stands)


def with_booths(event: Event, **changes: dict[str, object]) -> Event:
    booths = tuple(replace(b, **changes.get(b.number, {})) for b in event.booths)
    return replace(event, booths=booths)


def reasons(proposal, stand_id: int) -> tuple[object, ...]:  # noqa: ANN001
    return next(p.reasons for p in proposal.placements if p.stand_id == stand_id)


def test_a_locked_stand_stays_although_it_wishes_elsewhere(event: Event) -> None:
    wishing = with_stands(event, s1={"wishes": (StandWish(booth="S5"),)})
    free = solve(problem_from_event(wishing, AssignmentSettings(weights=Weights(move=0))))
    assert free.booth_of(1) == "S5"  # unlocked, its wish wins

    locked = with_booths(wishing, S1={"locked": True})
    built = problem_from_event(locked, AssignmentSettings(weights=Weights(move=0)))
    assert built.stands[0].locked_booth == "S1"
    proposal = solve(built)
    assert proposal.booth_of(1) == "S1"
    assert Locked("S1") in reasons(proposal, 1)


def test_a_stand_goes_only_to_booths_of_its_allowed_zones(event: Event) -> None:
    zoned = with_booths(event, S4={"zone": "Nord"}, S5={"zone": "Süd"})
    zoned = with_stands(zoned, s4={"zones": frozenset({"Süd"})}, s5={"zones": frozenset({"Süd"})})
    built = problem_from_event(zoned)
    assert {b.number: b.zone for b in built.booths}["S4"] == "Nord"
    proposal = solve(built)
    placed = {proposal.booth_of(4), proposal.booth_of(5)}
    assert placed - {None} == {"S5"}  # one gets Süd, the other nothing rather than Nord
    (left,) = proposal.unplaced
    assert isinstance(left.blocker, Shortage)  # "2 stands may use zone Süd, 1 booth is free"
    assert left.blocker.booths == ("S5",) and left.blocker.zones == {"Süd"}
    winner = 4 if proposal.booth_of(4) == "S5" else 5
    assert InZone("Süd") in reasons(proposal, winner)


def test_a_level_name_counts_as_a_zone(event: Event) -> None:
    level = event.booths[0].level
    built = problem_from_event(with_stands(event, s4={"zones": frozenset({level})}))
    assert solve(built).booth_of(4) in {"S4", "S5"}


def test_wishes_are_granted_in_order_and_explained(event: Event) -> None:
    wishing = with_booths(event, S4={"zone": "Eingang"})
    wishing = with_stands(wishing, s4={"wishes": (StandWish(booth="S5"), StandWish(zone="Eingang"))},
                          s5={"wishes": (StandWish(booth="S2"), StandWish(zone="Eingang"))})
    built = problem_from_event(wishing)
    assert [w.weight for w in built.stands[3].wishes] == [2, 1]  # strongest first
    proposal = solve(built)
    assert proposal.booth_of(4) == "S5"
    assert WishGranted(1, "S5", None) in reasons(proposal, 4)
    assert proposal.booth_of(5) == "S4"  # S2 is taken by stand 2, which would have to move
    assert WishGranted(2, None, "Eingang") in reasons(proposal, 5)


def test_a_wish_for_a_booth_gone_since_is_left_out(event: Event) -> None:
    wishing = with_stands(event, s4={"wishes": (StandWish(booth="X9"), StandWish(booth="S5"))})
    built = problem_from_event(wishing)
    assert [(w.booth, w.weight) for w in built.stands[3].wishes] == [("S5", 1)]


def spread(event: Event, *, alone: tuple[str, ...] = ("S4", "S5")) -> Event:
    """Stands 1–5 without booths; S1–S3 a touching row, S4 and S5 alone far away."""
    booths = []
    for booth in event.booths:
        rect = booth.rect
        if booth.number == "S4" and "S4" in alone:
            rect = Rect(2_000, 3_000, rect.width, rect.depth)
        elif booth.number == "S5":
            rect = Rect(2_000, 12_000, rect.width, rect.depth)
        booths.append(replace(booth, shares=(), rect=rect))
    return replace(event, booths=tuple(booths))


def neighbours(a: str | None, b: str | None) -> bool:
    return {a, b} in ({"S1", "S2"}, {"S2", "S3"}, {"S3", "S4"})


def test_keep_apart_stands_are_not_placed_side_by_side(event: Event) -> None:
    apart = with_stands(spread(event), s1={"apart": frozenset({2})}, s2={"apart": frozenset({1})},
                        s3={"apart": frozenset({4})})
    proposal = solve(problem_from_event(apart))
    assert len(proposal.placements) == 5
    assert not neighbours(proposal.booth_of(1), proposal.booth_of(2))
    assert not neighbours(proposal.booth_of(3), proposal.booth_of(4))
    assert ApartFrom(2, honoured=True) in reasons(proposal, 1)


def test_near_stands_are_placed_close(event: Event) -> None:
    near = with_stands(spread(event, alone=("S5",)), s4={"near": frozenset({5})}, s5={"near": frozenset({4})})
    proposal = solve(problem_from_event(near, AssignmentSettings(weights=Weights(near=10))))
    assert neighbours(proposal.booth_of(4), proposal.booth_of(5))
    assert any(isinstance(r, NearStand) and r.stand_id == 5 for r in reasons(proposal, 4))


def test_near_and_apart_naming_a_removed_or_cancelled_stand_are_ignored(event: Event) -> None:
    from boothmanager.domain.status import StandStatus

    gone = with_stands(event, s4={"near": frozenset({77}), "apart": frozenset({5})},
                       s5={"status": StandStatus.CANCELLED})
    built = problem_from_event(gone)
    request = next(s for s in built.stands if s.stand_id == 4)
    assert request.near == frozenset() and request.apart == frozenset()
