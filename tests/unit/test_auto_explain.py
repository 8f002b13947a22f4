"""Why a stand has no booth: the blocking rule, computed from the data, and its wording."""

from __future__ import annotations

from boothmanager.cli.auto import blocker_text, reason_text
from boothmanager.domain.assignment import (
    FitsNeeds,
    FreeBoothsTooSmall,
    InZone,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Shortage,
    solve,
)

from .auto_support import M2, PINBOARD, POWER, TABLE, booth, problem, row, stand


def test_a_power_shortage_names_the_stands_and_the_booths() -> None:
    booths = [*row(2, amenities=frozenset({POWER})), *row(2, start=3)]
    stands = [stand(1, needs=frozenset({POWER})), stand(2, needs=frozenset({POWER})),
              stand(3, needs=frozenset({POWER})), stand(4)]
    proposal = solve(problem(stands, booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == Shortage(stand_ids=(1, 2, 3), booths=("S1", "S2"),
                                        needs=frozenset({POWER}), min_area_mm2=None,
                                        zones=frozenset(), places=2)
    assert blocker_text(unplaced.blocker) == "3 stands need power, 2 free booths have it (S1, S2)"
    assert len(proposal.placements) == 3  # the most that can be placed


def test_every_stand_of_one_shortage_gets_the_same_explanation() -> None:
    stands = [stand(i, needs=frozenset({POWER})) for i in range(1, 5)]
    proposal = solve(problem(stands, row(1, amenities=frozenset({POWER})) + row(3, start=2)))
    assert len(proposal.unplaced) == 3
    (blocker,) = {u.blocker for u in proposal.unplaced}
    assert blocker_text(blocker) == "4 stands need power, 1 free booth has it (S1)"


def test_a_shortage_of_large_booths() -> None:
    booths = [booth("B1", width=4_000, depth=3_000), booth("B2", x=5_000)]
    stands = [stand(1, min_area_mm2=10 * M2), stand(2, min_area_mm2=12 * M2), stand(3)]
    proposal = solve(problem(stands, booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker.stand_ids == (1, 2) and unplaced.blocker.booths == ("B1",)
    assert blocker_text(unplaced.blocker) == (
        "2 stands (10 m² or more) compete for 1 booth that fits them (B1)")


def test_a_stand_larger_than_any_free_booth() -> None:
    booths = [booth("B1", width=3_000, depth=3_000), booth("B2", x=5_000, width=5_000,
                                                          depth=4_000, reserved=True)]
    proposal = solve(problem([stand(1, min_area_mm2=12 * M2)], booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == FreeBoothsTooSmall(12 * M2, 9 * M2, frozenset(), frozenset())
    assert blocker_text(unplaced.blocker) == "needs 12 m²; the largest free booth has 9 m²"


def test_too_small_among_the_booths_with_the_needs() -> None:
    booths = [booth("B1", width=3_000, depth=3_000, amenities=frozenset({POWER})),
              booth("B2", x=5_000, width=5_000, depth=4_000)]
    proposal = solve(problem([stand(1, min_area_mm2=12 * M2, needs=frozenset({POWER}))], booths))
    assert blocker_text(proposal.unplaced[0].blocker) == (
        "needs 12 m²; the largest free booth with power has 9 m²")


def test_no_booth_of_the_zone_is_free() -> None:
    booths = [*row(2, zone="Z", reserved=True), *row(2, start=3, zone="Y")]
    proposal = solve(problem([stand(1, zones=frozenset({"Z"}))], booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == NoFreeBoothInZones(frozenset({"Z"}))
    assert blocker_text(unplaced.blocker) == "no booth of zone Z is free"


def test_a_zone_is_a_zone_name_or_a_level() -> None:
    booths = [*row(1, level="EG", zone="Z"), *row(1, start=2, level="OG")]
    proposal = solve(problem([stand(1, zones=frozenset({"OG"})), stand(2, zones=frozenset({"Z"}))],
                             booths))
    assert {p.stand_id: p.booth for p in proposal.placements} == {1: "S2", 2: "S1"}
    assert InZone("OG") in proposal.placements[1].reasons


def test_a_need_no_free_booth_has() -> None:
    booths = [*row(2, amenities=frozenset({POWER})), booth("S9", x=9_000,
                                                          amenities=frozenset({PINBOARD}),
                                                          reserved=True)]
    proposal = solve(problem([stand(1, needs=frozenset({POWER, PINBOARD}))], booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == NoFreeBoothWithNeeds(frozenset({POWER, PINBOARD}),
                                                    frozenset({PINBOARD}), frozenset())
    assert blocker_text(unplaced.blocker) == "needs pinboard; no free booth has it"


def test_needs_no_single_free_booth_has_together() -> None:
    booths = [booth("S1", amenities=frozenset({POWER})), booth("S2", x=9_000,
                                                              amenities=frozenset({TABLE}))]
    proposal = solve(problem([stand(1, needs=frozenset({POWER, TABLE}), zones=frozenset({"EG"}))],
                             booths))
    assert blocker_text(proposal.unplaced[0].blocker) == (
        "needs power and table; no free booth in zone EG has all of them")


def test_a_locked_stand_takes_the_only_power_booth() -> None:
    booths = [booth("S1", amenities=frozenset({POWER})), booth("S2", x=9_000)]
    stands = [stand(1, current_booth="S1", locked_booth="S1"), stand(2, needs=frozenset({POWER}))]
    proposal = solve(problem(stands, booths))
    assert proposal.unplaced[0].blocker == NoFreeBoothWithNeeds(
        frozenset({POWER}), frozenset({POWER}), frozenset())


def test_a_displaced_stand_says_which_booth_it_loses() -> None:
    booths = [booth("S1", amenities=frozenset({POWER}))]
    stands = [stand(1, current_booth="S1", wishes=()), stand(2, needs=frozenset({POWER}),
                                                           min_area_mm2=6 * M2)]
    proposal = solve(problem(stands, booths, displace=0, waste=1))
    # Both fit; leaving 1 out costs nothing (displace 0) and 2 wastes less: 2 gets the booth.
    assert [p.stand_id for p in proposal.placements] == [2]
    (unplaced,) = proposal.unplaced
    assert unplaced.stand_id == 1 and unplaced.previous == "S1"
    assert [(m.stand_id, m.from_booth, m.to_booth) for m in proposal.moves()] == [
        (1, "S1", None), (2, None, "S1")]


def test_reasons_in_words() -> None:
    fits = FitsNeeds(frozenset({POWER}), 9 * M2, 12 * M2)
    assert reason_text(fits) == "fits (power; 9 m², has 12 m²)"
    assert reason_text(FitsNeeds(frozenset(), None, 6 * M2)) == "fits"
