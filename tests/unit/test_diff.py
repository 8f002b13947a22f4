"""The diff on hand-built events: each kind of change, its order, and applying it back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from boothmanager.domain import (
    Amenity,
    AssignmentDiff,
    BoothDiff,
    DiffDoesNotApply,
    DiffKind,
    Event,
    KeepClearZone,
    Level,
    Point,
    Rect,
    Side,
    StandDiff,
    StandStatus,
    apply_diff,
    diff_events,
)
from boothmanager.domain.diff_json import diff_json

from .diff_support import BASE, EG, OG, SECRETS, booth, in_order, stand, with_booth, with_stand

K = DiffKind


def kinds(old: Event, new: Event) -> list[tuple[DiffKind, str | int]]:
    """The diff as (kind, subject) pairs, after checking that it applies back to `new`."""
    diff = diff_events(old, new)
    assert in_order(apply_diff(old, diff)) == in_order(new)
    assert diff_events(new, new).entries == ()
    return [(e.kind, getattr(e, "number", None) or getattr(e, "stand_id", "")) for e in diff]


def test_nothing_changed() -> None:
    diff = diff_events(BASE, BASE)
    assert not diff and len(diff) == 0 and diff_json(diff) == []
    assert apply_diff(BASE, diff) == BASE


def test_booth_added_and_removed() -> None:
    added = replace(BASE, booths=(*BASE.booths, booth("S3", 9_000)))
    assert kinds(BASE, added) == [(K.BOOTH_ADDED, "S3")]
    assert kinds(added, BASE) == [(K.BOOTH_REMOVED, "S3")]


def test_booth_removed_with_its_stand_also_ends_the_assignment() -> None:
    removed = replace(BASE, booths=BASE.booths[1:])
    assert kinds(BASE, removed) == [(K.BOOTH_REMOVED, "S1"), (K.ASSIGNMENT_REMOVED, 1)]
    assert kinds(removed, BASE) == [(K.BOOTH_ADDED, "S1"), (K.ASSIGNMENT_MADE, 1)]


def test_booth_moved_on_its_level_or_to_another() -> None:
    moved = with_booth(BASE, "S10", rect=Rect(6_500, 100, 2_000, 3_000))
    assert kinds(BASE, moved) == [(K.BOOTH_MOVED, "S10")]
    upstairs = with_booth(BASE, "S10", level="OG")
    (entry,) = diff_events(BASE, upstairs)
    assert isinstance(entry, BoothDiff) and entry.kind is K.BOOTH_MOVED
    assert (entry.old.level, entry.new.level) == ("EG", "OG")
    assert diff_json(diff_events(BASE, upstairs))[0]["fields"] == ["level"]


def test_booth_resized_rotated_and_moved_are_separate_entries() -> None:
    changed = with_booth(BASE, "S2", rect=Rect(3_100, 0, 3_000, 3_000), rotation=90)
    assert kinds(BASE, changed) == [(K.BOOTH_MOVED, "S2"), (K.BOOTH_RESIZED, "S2"),
                                    (K.BOOTH_ROTATED, "S2")]


def test_open_sides_amenities_and_reservation() -> None:
    changed = with_booth(BASE, "S10", open_sides=frozenset({Side.NORTH, Side.EAST}),
                         amenities=frozenset({Amenity.POWER}), reserved=True)
    assert kinds(BASE, changed) == [(K.OPEN_SIDES_CHANGED, "S10"), (K.AMENITIES_CHANGED, "S10"),
                                    (K.RESERVATION_CHANGED, "S10")]
    assert [entry["to"] for entry in diff_json(diff_events(BASE, changed))] == [
        {"open_sides": ["north", "east"]}, {"amenities": ["power"]}, {"reserved": True}]


def test_stand_added_and_removed() -> None:
    added = replace(BASE, stands=(*BASE.stands, stand(4, "Vier")))
    assert kinds(BASE, added) == [(K.STAND_ADDED, 4)]
    removed = replace(BASE, stands=BASE.stands[:2])
    assert kinds(BASE, removed) == [(K.STAND_REMOVED, 3)]


def test_stand_removed_from_its_booth() -> None:
    removed = with_booth(replace(BASE, stands=BASE.stands[1:]), "S1", stand_id=None)
    assert kinds(BASE, removed) == [(K.STAND_REMOVED, 1), (K.ASSIGNMENT_REMOVED, 1)]


def test_stand_record_changed_names_the_fields() -> None:
    renamed = with_stand(BASE, 3, project="Drei neu", theme="Arbeit", min_area_mm2=9_000_000)
    assert kinds(BASE, renamed) == [(K.STAND_CHANGED, 3)]
    (entry,) = diff_events(BASE, renamed)
    assert isinstance(entry, StandDiff)
    assert entry.fields == ("project", "theme", "min_area_mm2")
    assert entry.name == "Drei neu"
    assert diff_json(diff_events(BASE, renamed))[0] == {
        "kind": "stand_changed", "stand_id": 3, "stand": "Drei neu",
        "fields": ["project", "theme", "min_area_mm2"],
        "from": {"project": "Drei", "theme": "Bildung", "min_area_mm2": None},
        "to": {"project": "Drei neu", "theme": "Arbeit", "min_area_mm2": 9_000_000}}


def test_private_fields_are_named_never_given() -> None:
    changed = with_stand(BASE, 1, **{name: "neu-" + value for name, value in SECRETS.items()})
    added = replace(changed, stands=(*changed.stands, stand(4, "Vier", **SECRETS)))
    diff = diff_events(BASE, added)
    (entry,) = diff.of_kind(K.STAND_CHANGED)
    assert entry.fields == ("contact", "contact_name", "email", "phone", "notes")
    for text in (repr(diff), json.dumps(diff_json(diff), ensure_ascii=False)):
        for secret in SECRETS.values():
            assert secret not in text
    (data,) = [item for item in diff_json(diff) if item["kind"] == "stand_changed"]
    assert (data["fields"], data["from"], data["to"]) == (list(entry.fields), {}, {})
    # Applied, the private fields keep their old values: the diff never carried the new ones.
    assert apply_diff(BASE, diff).stand(1) == BASE.stand(1)


def test_status_changed_is_its_own_kind() -> None:
    accepted = with_stand(BASE, 3, status=StandStatus.ACCEPTED)
    assert kinds(BASE, accepted) == [(K.STATUS_CHANGED, 3)]
    assert diff_json(diff_events(BASE, accepted))[0]["to"] == {"status": "accepted"}


def test_assignments_made_changed_and_removed() -> None:
    made = with_booth(BASE, "S10", stand_id=3)
    assert kinds(BASE, made) == [(K.ASSIGNMENT_MADE, 3)]
    moved = with_booth(with_booth(BASE, "S1", stand_id=None), "S10", stand_id=1)
    assert kinds(BASE, moved) == [(K.ASSIGNMENT_CHANGED, 1)]
    (entry,) = diff_events(BASE, moved)
    assert isinstance(entry, AssignmentDiff)
    assert (entry.old_booth, entry.new_booth, entry.name) == ("S1", "S10", "Eins")
    removed = with_booth(BASE, "S2", stand_id=None)
    assert kinds(BASE, removed) == [(K.ASSIGNMENT_REMOVED, 2)]


def test_two_stands_swap_booths() -> None:
    swapped = with_booth(with_booth(BASE, "S1", stand_id=2), "S2", stand_id=1)
    assert kinds(BASE, swapped) == [(K.ASSIGNMENT_CHANGED, 2), (K.ASSIGNMENT_CHANGED, 1)]
    assert diff_events(BASE, swapped).booths == {"S1", "S2"}


def test_event_facts_changed() -> None:
    later = replace(BASE, info=replace(BASE.info, ends=date(2020, 9, 23), motto="Neu"))
    assert kinds(BASE, later) == [(K.EVENT_CHANGED, "")]
    assert diff_json(diff_events(BASE, later))[0] == {
        "kind": "event_changed", "fields": ["motto", "ends"],
        "from": {"motto": "", "ends": "2020-09-22"}, "to": {"motto": "Neu", "ends": "2020-09-23"}}


def test_venue_changed_names_the_levels() -> None:
    redrawn = replace(EG, zones=(KeepClearZone(rect=Rect(0, 0, 1_000, 1_000)),))
    keller = Level(name="UG", outline=(Point(0, 0), Point(1_000, 0), Point(1_000, 1_000)))
    venue = replace(BASE.venue, city="Halle", levels=(redrawn, OG, keller))
    changed = replace(BASE, venue=venue)
    assert kinds(BASE, changed) == [(K.VENUE_CHANGED, "")]
    data = diff_json(diff_events(BASE, changed))[0]
    assert (data["fields"], data["levels"]) == (["city", "levels"], ["EG", "UG"])
    assert data["to"] == {"city": "Halle", "levels": ["EG", "OG", "UG"]}


def test_entries_come_by_kind_then_in_natural_booth_order() -> None:
    new = replace(BASE, booths=(
        booth("S1", 0, stand_id=1, open_sides=frozenset({Side.SOUTH}),
              amenities=frozenset({Amenity.TABLE})),
        booth("S10", 6_100), booth("S2", 3_100, stand_id=2), booth("S9", 9_000, stand_id=3),
        booth("S11", 12_000)))
    assert kinds(BASE, new) == [(K.BOOTH_ADDED, "S9"), (K.BOOTH_ADDED, "S11"),
                                (K.BOOTH_MOVED, "S2"), (K.BOOTH_MOVED, "S10"),
                                (K.ASSIGNMENT_MADE, 3)]
    diff = diff_events(BASE, new)
    assert diff.booths == {"S2", "S9", "S10", "S11"} and diff.stands == {3}


def test_a_diff_does_not_apply_to_another_event() -> None:
    diff = diff_events(BASE, with_booth(BASE, "S10", rotation=180))
    with pytest.raises(DiffDoesNotApply, match="S10"):
        apply_diff(replace(BASE, booths=BASE.booths[:2]), diff)
    diff = diff_events(BASE, with_stand(BASE, 3, status=StandStatus.ACCEPTED))
    with pytest.raises(DiffDoesNotApply, match="stand 3"):
        apply_diff(replace(BASE, stands=BASE.stands[:2]), diff)
