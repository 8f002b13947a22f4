"""Diffs of shared booths: stands joining and leaving one, the front split anew, the stands'
order and the capacity changed; worded for the CLI, as JSON, and kept by snapshot documents."""

from __future__ import annotations

import json
from dataclasses import replace

from boothmanager.cli.diff_text import diff_text
from boothmanager.domain import (
    AssignmentDiff,
    DiffKind,
    Event,
    Share,
    apply_diff,
    diff_events,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.diff import SharesDiff
from boothmanager.domain.diff_json import diff_json

from .diff_support import BASE, SHARED, in_order, with_booth

K = DiffKind


def kinds(old: Event, new: Event) -> list[tuple[DiffKind, str | int]]:
    """(kind, subject) of each entry, after checking the diff applies back both ways."""
    diff = diff_events(old, new)
    assert in_order(apply_diff(old, diff)) == in_order(new)
    back = diff_events(new, old)
    assert in_order(apply_diff(new, back)) == in_order(old)
    assert len(back) == len(diff)
    return [(e.kind, getattr(e, "number", None) or getattr(e, "stand_id", "")) for e in diff]


def test_a_stand_joining_an_occupied_booth_says_whom_it_shares_with() -> None:
    joined = with_booth(BASE, "S2", shares=(Share(3), Share(2)))  # stand 3 comes in front
    assert kinds(BASE, joined) == [(K.ASSIGNMENT_MADE, 3)]
    (entry,) = diff_events(BASE, joined)
    assert isinstance(entry, AssignmentDiff)
    assert (entry.new_booth, entry.shared_after, entry.position) == ("S2", ("Zwei",), 0)
    assert diff_json(diff_events(BASE, joined))[0]["to"] == {
        "booth": "S2", "shared_with": ["Zwei"], "position": 0, "frontage_mm": None}
    assert diff_text(diff_events(BASE, joined)) == [
        "assignments made (1):", "  S2  3  Drei  shared with 'Zwei'"]


def test_a_stand_leaving_a_shared_booth_names_who_stays() -> None:
    left = with_booth(SHARED, "S2", shares=(Share(2, 1_800),))
    assert kinds(SHARED, left) == [(K.ASSIGNMENT_REMOVED, 3)]
    (entry,) = diff_json(diff_events(SHARED, left))
    assert entry["from"] == {"booth": "S2", "shared_with": ["Zwei"]} and entry["to"] is None
    # Unshared booths keep the JSON shape they always had.
    alone = diff_json(diff_events(BASE, with_booth(BASE, "S10", stand_id=3)))
    assert alone[0]["to"] == {"booth": "S10"}


def test_a_stand_moving_between_shared_booths_keeps_the_others_in_place() -> None:
    moved = with_booth(with_booth(SHARED, "S2", shares=(Share(3, 1_200),)), "S1",
                       shares=(Share(1), Share(2, 1_800)))
    assert kinds(SHARED, moved) == [(K.ASSIGNMENT_CHANGED, 2)]
    (entry,) = diff_events(SHARED, moved)
    assert isinstance(entry, AssignmentDiff)
    assert (entry.shared_before, entry.shared_after) == (("Drei",), ("Eins",))
    assert (entry.position, entry.frontage_mm) == (1, 1_800)


def test_the_front_split_anew_is_a_sharing_change() -> None:
    split = with_booth(SHARED, "S2", shares=(Share(2, 1_000), Share(3, 2_000)))
    assert kinds(SHARED, split) == [(K.SHARES_CHANGED, "S2")]
    (entry,) = diff_events(SHARED, split)
    assert isinstance(entry, SharesDiff) and entry.fields == ("frontage",)
    assert diff_events(SHARED, split).booths == {"S2"}
    assert diff_json(diff_events(SHARED, split)) == [{
        "kind": "shares_changed", "booth": "S2", "fields": ["frontage"],
        "from": {"capacity": 2, "shares": [{"stand_id": 2, "stand": "Zwei", "frontage_mm": 1_800},
                                           {"stand_id": 3, "stand": "Drei", "frontage_mm": 1_200}]},
        "to": {"capacity": 2, "shares": [{"stand_id": 2, "stand": "Zwei", "frontage_mm": 1_000},
                                         {"stand_id": 3, "stand": "Drei", "frontage_mm": 2_000}]}}]
    assert diff_text(diff_events(SHARED, split)) == [
        "shared booths changed (1):",
        "  S2  'Zwei' 1.80 m, 'Drei' 1.20 m → 'Zwei' 1.00 m, 'Drei' 2.00 m"]


def test_another_order_and_another_capacity() -> None:
    turned = with_booth(SHARED, "S2", shares=SHARED.booth("S2").shares[::-1], capacity=3)
    assert kinds(SHARED, turned) == [(K.SHARES_CHANGED, "S2")]
    (entry,) = diff_events(SHARED, turned)
    assert isinstance(entry, SharesDiff) and entry.fields == ("capacity", "order")
    (line,) = diff_text(diff_events(SHARED, turned))[1:]
    assert line == ("  S2  room for 2 → 3 stands; 'Zwei' 1.80 m, 'Drei' 1.20 m → "
                    "'Drei' 1.20 m, 'Zwei' 1.80 m")
    # Capacity alone, on a booth without stands.
    room = with_booth(BASE, "S10", capacity=2)
    assert kinds(BASE, room) == [(K.SHARES_CHANGED, "S10")]
    assert diff_json(diff_events(BASE, room))[0]["fields"] == ["capacity"]


def test_a_stand_joining_with_its_part_needs_no_sharing_entry() -> None:
    joined = with_booth(with_booth(SHARED, "S1", stand_id=None), "S2",
                        shares=(*SHARED.booth("S2").shares, Share(1, 500)))
    assert kinds(SHARED, joined) == [(K.ASSIGNMENT_CHANGED, 1)]
    assert diff_json(diff_events(SHARED, joined))[0]["to"] == {
        "booth": "S2", "shared_with": ["Zwei", "Drei"], "position": 2, "frontage_mm": 500}


def test_an_added_shared_booth_comes_back_whole() -> None:
    added = replace(SHARED, booths=(*SHARED.booths, replace(
        SHARED.booth("S10"), number="S11", shares=(Share(1, 2_000), Share(3, 1_000)),
        capacity=4)))
    moved = with_booth(with_booth(added, "S1", stand_id=None), "S2", shares=(Share(2, 1_800),))
    assert kinds(SHARED, moved) == [(K.BOOTH_ADDED, "S11"), (K.ASSIGNMENT_CHANGED, 1),
                                    (K.ASSIGNMENT_CHANGED, 3)]


def test_snapshot_documents_keep_shares_and_capacity_and_read_old_ones() -> None:
    again = event_from_snapshot(snapshot_document(SHARED))
    assert again.booth("S2") == SHARED.booth("S2")
    assert again.booth("S2").capacity == 2 and again.booth("S2").shared
    assert not diff_events(SHARED, again)
    # A document from before sharing knows one stand per booth, by "stand_id".
    data = json.loads(snapshot_document(BASE))
    assert all("shares" not in booth and "capacity" not in booth for booth in data["booths"])
    assert event_from_snapshot(json.dumps(data)) == event_from_snapshot(snapshot_document(BASE))
    assert event_from_snapshot(json.dumps(data)).booth("S1").stand_ids == (1,)
